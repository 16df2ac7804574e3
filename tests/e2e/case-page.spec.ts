/**
 * The case page on its own: blocked acts show their reason, a refusal of the lifecycle check is
 * shown inside the dialog without losing what was typed, money is validated in 元, and voiding an
 * act keeps it (struck through, with the reason) — also after a reload.
 */
import { test, expect } from './support/fixtures'
import { office, officerA, officerB, scenarioOfficers, qingchuanShop } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('blocked reasons, refusal inside the dialog, money in 元, voiding with a reason', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  const cp = await createCaseFromUi(page, {
    ...qingchuanShop,
    cause: '涉嫌销售标签不符合规定的预包装食品案',
    officers: [officerA.name, officerB.name],
  })

  // Blocked acts: disabled buttons with the reason, and the reason as text in the list.
  await expect(
    cp.blockedButtons.getByRole('button', { name: '行政处罚决定', exact: true }),
  ).toBeDisabled()
  await expect(await cp.blockedReason('行政处罚决定')).toContainText('尚未立案')
  await expect(await cp.blockedReason('案件调查终结')).toContainText('尚未立案')
  await shot(page, 'p01-blocked-reasons')

  // The deadline panel: the filing deadline of a clue from 2026-09-01 is long overdue.
  await expect(cp.deadlines.getByText('核查立案期限')).toBeVisible()
  await expect(cp.deadlines.getByText('逾期', { exact: true })).toBeVisible()

  let d = await cp.start('立案', '2026-09-03')
  await d.pick('批准立案的负责人', '王建国')
  await d.text('立案理由', '标签缺少生产日期')
  await d.saveOk()

  // A refund with a bad amount: the 元 rule is shown under the field, nothing is lost.
  d = await cp.start('责令退还多收价款', '2026-09-05')
  await d.text('应退还金额（元）', '12.345')
  await d.text('退款要求', '十日内退还多收价款')
  await d.save()
  await expect(d.error(/最多两位小数/)).toBeVisible()
  await expect(d.item('退款要求').locator('textarea')).toHaveValue('十日内退还多收价款')
  await d.text('应退还金额（元）', '12.34')
  await d.saveOk()

  // A refusal of the repository's check (an act dated before the last recorded one): shown in
  // the dialog, the typed values stay.
  d = await cp.start('行政指导', '2026-09-05')
  await d.date('办理日期', '2026-09-04')
  await d.select('方式', '实地')
  await d.text('内容', '指导规范标注食品标签')
  await d.save()
  await expect(d.root.getByText(/日期早于已录入的“责令退还多收价款”/)).toBeVisible()
  await shot(page, 'p02-refusal-in-dialog')
  await expect(d.item('内容').locator('textarea')).toHaveValue('指导规范标注食品标签')
  await d.root.getByRole('button', { name: '取消' }).click()
  await expect(d.root).toBeHidden()

  // Voiding the last act: it stays in the list, struck through, with the reason.
  await page.getByRole('button', { name: '作废 责令退还多收价款' }).click()
  const voidDialog = page.getByRole('dialog', { name: '作废记录' })
  await voidDialog.getByRole('button', { name: '确认作废' }).click()
  await expect(voidDialog.getByText('请填写作废的理由')).toBeVisible()
  await voidDialog.getByLabel('作废理由').fill('金额录入错误')
  await voidDialog.getByLabel('作废理由').press('Enter')
  await expect(voidDialog).toBeHidden()
  const voided = cp.timeline.locator('.acts__item.is-voided')
  await expect(voided).toHaveCount(1)
  await expect(voided).toContainText('责令退还多收价款')
  await expect(voided).toContainText('作废理由：金额录入错误')
  await shot(page, 'p03-voided')

  await app.reload()
  await expect(cp.timeline.locator('.acts__item.is-voided')).toContainText('作废理由：金额录入错误')
  await cp.tab(/审计记录/)
  await expect(page.locator('.audit').getByText('撤销/作废').first()).toBeVisible()
})
