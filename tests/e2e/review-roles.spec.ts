/**
 * Signers are picked from the officer register, never typed (docs/domain/signers.md): the
 * approving 负责人 from the officers holding that role; the 审核人员 from the 法制审核人员 who are
 * not on the case — the case's own officer 李娜 (办案人员 and 法制审核人员) is not offered, the
 * field says why and links to 设置 → 执法人员, where a second reviewer is added and then picked.
 * (The refusal of a case officer forced through the pure layer is tested in
 * tests/unit/shared/domain/case/signers.test.ts.)
 */
import { test, expect } from './support/fixtures'
import { foodShop, office, officerA, officerB, scenarioOfficers } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { OfficersPanel } from '../pages/officers-panel'
import { CasePage, createCaseFromUi } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('审核人员 and 负责人 are picked from the register; the case handler is not offered as reviewer', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  // 李娜 handles this case herself, so she may not review it.
  let cp = await createCaseFromUi(page, {
    ...foodShop,
    officers: [officerA.name, officerB.name],
    source: '监督检查',
    sourceDate: '2026-07-01',
    cause: '涉嫌未按规定公示营业执照案',
  })

  // 立案: the approver is one of the register's 负责人, chosen from a list.
  let d = await cp.start('立案', '2026-07-03')
  expect((await d.pickOptions('批准立案的负责人')).sort()).toEqual(['刘芳', '王建国'].sort())
  await d.pick('批准立案的负责人', '刘芳')
  await d.text('立案理由', '检查发现营业执照未公示')
  await d.saveOk()
  await expect(cp.timeline.getByText('刘芳').first()).toBeVisible()

  d = await cp.start('案件调查终结', '2026-08-20')
  await d.text('调查终结报告摘要', '当事人首次违法，已当场改正，未造成危害后果')
  await d.select('拟处理意见', '不予行政处罚')
  await d.saveOk()
  d = await cp.start('提交审核', '2026-08-21')
  await d.select('审核类别', '案件审核')
  await d.saveOk()

  // The only 法制审核人员 is on the case: nobody is offered, and the field says what to do.
  d = await cp.start('案件审核/法制审核', '2026-08-25')
  const shortage = d.item('审核人员').getByRole('alert')
  await expect(shortage).toContainText(
    '执法人员名单中没有可选的法制审核人员（本案办案人员不能担任）',
  )
  await d.item('审核人员').locator('.el-select__wrapper').click()
  await expect(page.locator('.el-select-dropdown__item:visible')).toHaveCount(0)
  await expect(page.locator('.el-select-dropdown__empty:visible')).toContainText(
    '本案办案人员不能担任',
  )
  await d.item('审核人员').locator('.el-select__wrapper').click()
  await d.save()
  await expect(d.error('请选择审核人员')).toBeVisible()
  await shot(page, 'review-roles-01-handler-not-offered')

  // Never a dead end: the link opens 执法人员, where a reviewer outside the case is added.
  const caseUrl = page.url()
  await shortage.getByRole('link', { name: '打开 设置 → 执法人员' }).click()
  await expect(page).toHaveURL(/#\/settings\/officers$/)
  await new OfficersPanel(page).add({
    name: '陈静',
    certificateNo: 'HB4201050014',
    unit: '法制科',
    mobile: '13871230014',
    roles: ['法制审核人员'],
  })

  await page.goto(caseUrl)
  cp = new CasePage(page)
  await expect(cp.header).toBeVisible()
  d = await cp.start('案件审核/法制审核', '2026-08-25')
  await expect(d.item('审核人员').getByRole('alert')).toHaveCount(0)
  // 陈静 is offered; 李娜 (on the case) and 张伟 (no 法制审核人员 role) are not.
  expect(await d.pickOptions('审核人员')).toEqual(['陈静'])
  await d.pick('审核人员', '陈静')
  await shot(page, 'review-roles-02-reviewer-picked')
  await d.saveOk()
  await cp.expectLatestAct('案件审核/法制审核')
  await expect(cp.timeline.getByText('陈静').first()).toBeVisible()
})
