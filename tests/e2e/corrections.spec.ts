/**
 * Corrections that tell the truth (docs/domain/corrections.md): voiding an act restores the case
 * as it was before it, at once (no reload), and the act is re-entered with its true earlier date —
 * the void keeps the day it was made, and the 审计 tab shows both.
 */
import { test, expect } from './support/fixtures'
import { office, officerA, officerB, scenarioOfficers, qingchuanShop } from './support/data'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('void and re-enter with the true earlier date; the case is right without a reload; a date-order error in Chinese', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  const cp = await createCaseFromUi(page, {
    ...qingchuanShop,
    cause: '涉嫌多收价款案',
    officers: [officerA.name, officerB.name],
  })
  let d = await cp.start('立案', '2026-09-03')
  await d.pick('批准立案的负责人', '王建国')
  await d.text('立案理由', '多收价款')
  await d.saveOk()

  d = await cp.start('责令退还多收价款', '2026-09-05')
  await d.text('应退还金额（元）', '120.00')
  await d.text('退款要求', '十日内退还多收价款')
  await d.saveOk()
  await expect(cp.nextSteps.getByRole('button', { name: '多收价款退还完毕' })).toBeVisible()

  // The amount was wrong: void it (today) …
  await page.getByRole('button', { name: '作废 责令退还多收价款' }).click()
  const voidDialog = page.getByRole('dialog', { name: '作废记录' })
  await voidDialog.getByLabel('作废理由').fill('应退还金额录入错误')
  await voidDialog.getByRole('button', { name: '确认作废' }).click()
  await expect(voidDialog).toBeHidden()
  // … and the case is at once as before it: the order can be recorded again, completion cannot.
  await expect(
    cp.nextSteps.getByRole('button', { name: '责令退还多收价款', exact: true }),
  ).toBeVisible()
  await expect(await cp.blockedReason('多收价款退还完毕')).toBeVisible()

  // Re-entered with its true date, 2026-09-05, although the void was recorded today.
  d = await cp.start('责令退还多收价款', '2026-09-05')
  await d.text('应退还金额（元）', '210.00')
  await d.text('退款要求', '十日内退还多收价款')
  await d.saveOk()
  // The timeline holds the standing re-entry (dated 2026-09-05) and the voided original.
  await expect(
    cp.timeline.locator('.acts__item:not(.is-voided)').filter({
      has: page.locator('.acts__label', { hasText: /^责令退还多收价款$/ }),
    }),
  ).toHaveCount(1)
  await expect(cp.timeline.locator('.acts__item.is-voided')).toContainText('应退还金额录入错误')

  // Dates inside one dialog are checked against each other: an interview on the day its notice
  // is served is refused in Chinese, and what was typed stays.
  d = await cp.start('约谈通知送达', '2026-09-10')
  await d.date('约谈日期', '2026-09-10')
  await d.text('约谈地点', '汉阳区市场监管局三楼会议室')
  await d.text('被约谈人姓名', '周洁')
  await d.text('被约谈人职务', '法定代表人')
  await d.text('约谈事由', '多收价款')
  await d.text('约谈依据', '《中华人民共和国价格法》第四十二条')
  await d.save()
  await expect(d.root.getByText(/约谈日期（2026年9月10日）应晚于通知送达日期/)).toBeVisible()
  await expect(d.item('约谈地点').locator('input')).toHaveValue('汉阳区市场监管局三楼会议室')
  await d.root.getByRole('button', { name: '取消' }).click()

  // The 审计 tab records the void and the re-entry.
  await cp.tab(/审计/)
  await expect(page.locator('.audit').getByText('撤销/作废').first()).toBeVisible()
})
