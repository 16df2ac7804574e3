/**
 * A case already running when the office was set up: the set-up wizard's 生效日期 defaults to
 * today, so the case's 行政处罚告知书, dated 60 days earlier, is before the first contact version.
 * It is still issued — with the earliest contact version — and the issue dialog says so and
 * links to 设置 → 机关档案 (docs/architecture/overview.md §4). Dates are computed from today's date (Asia/Shanghai, as
 * the test browser), never hard-coded.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { foodShop, office, scenarioOfficers } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi } from '../pages/case-page'
import { CaseDocumentsTab } from '../pages/case-documents'

test.describe.configure({ timeout: 240_000 })
test.use({ actionTimeout: 15_000 })

/** A build with the officer chooser asks once after set-up who is at the keyboard. */
async function chooseOfficerIfAsked(page: Page): Promise<void> {
  // The app fixture answers the chooser with the first officer (tests/e2e/support/fixtures.ts);
  // clicking it here as well raced that handler (a click on a closing dialog). Wait for it only.
  await expect(page.getByRole('dialog', { name: '选择当前执法人员' })).toBeHidden()
}

/** Today in Asia/Shanghai ('YYYY-MM-DD') moved by `days`. */
function shanghaiDay(days: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000)
  now.setUTCDate(now.getUTCDate() + days)
  return now.toISOString().slice(0, 10)
}

test('a 行政处罚告知书 dated before the first contact version is issued with a visible note', async ({
  app,
}) => {
  const page = await app.open()
  const today = shanghaiDay(0)
  // The wizard's 生效日期 is left at its default (today), as an office installing the app does.
  await new SetupWizard(page).complete(office, scenarioOfficers)
  await chooseOfficerIfAsked(page)

  const noticeOn = shanghaiDay(-60)
  const cp = await createCaseFromUi(page, {
    ...foodShop,
    source: '投诉',
    sourceDate: shanghaiDay(-75),
    cause: '涉嫌经营超过保质期的食品案',
  })
  let d = await cp.start('立案', shanghaiDay(-72))
  await d.pick('批准立案的负责人', '王建国')
  await d.text('立案理由', '投诉反映销售过期食品，经核查有违法事实')
  await d.saveOk()

  d = await cp.start('案件调查终结', shanghaiDay(-66))
  await d.text('调查终结报告摘要', '当事人销售超过保质期的饼干 120 袋，货值 3,600 元')
  await d.select('拟处理意见', '给予行政处罚')
  const proposed = d.group('拟处罚内容')
  await d.check('警告', proposed)
  await d.text('罚款（元）', '150000', proposed)
  await d.text('处罚依据', '《中华人民共和国食品安全法》第一百二十四条第一款', proposed)
  await d.saveOk()

  d = await cp.start('提交审核', shanghaiDay(-65))
  await d.select('审核类别', '案件审核')
  await d.saveOk()
  d = await cp.start('案件审核/法制审核', shanghaiDay(-62))
  await d.pick('审核人员', '李娜')
  await d.saveOk()
  await cp.expectStage('告知')

  d = await cp.start('行政处罚告知书送达', noticeOn)
  await d.check('已告知听证权利')
  await d.saveOk()

  await cp.tab(/^文书$/)
  const docs = new CaseDocumentsTab(page)
  const title = '行政处罚告知书'
  await docs.dueRow(title).getByRole('button', { name: '预览 / 出具' }).click()
  const dialog = page.getByRole('dialog', { name: `出具${title}` })
  await expect(dialog).toBeVisible()
  const note = dialog.getByTestId('contact-note')
  await expect(note).toBeVisible()
  await expect(note).toContainText(
    `文书日期 ${noticeOn} 早于联系方式最早生效日期 ${today}，已按最早的联系方式（${today} 起生效）打印。如该日期适用其他联系方式，请在 设置 → 机关档案 补录。`,
  )
  await expect(note.getByRole('link', { name: /机关档案/ })).toHaveAttribute(
    'href',
    /#\/settings\/office$/,
  )
  // No failure alert in the panel: the document can be prepared.
  await expect(page.getByTestId('prepare-error')).toHaveCount(0)
  await shot(page, 'contact-before-first-01-issue-dialog')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()

  const docNo = await docs.issue(title, {
    证据: '现场检查笔录、询问笔录、进货凭证、照片',
    '违反的规定（法律名称及条款）': '《中华人民共和国食品安全法》第三十四条第（十）项',
  })
  expect(docNo).toMatch(/〔\d{4}〕\d+号/)
  await expect(docs.issued.locator('tr', { hasText: title })).toContainText(noticeOn)

  // The note's link takes the officer to 机关档案, where an older version can be entered.
  await docs.dueRow(title).getByRole('button', { name: '再次出具' }).click()
  await expect(dialog).toBeVisible()
  await note.getByRole('link', { name: /机关档案/ }).click()
  await expect(page).toHaveURL(/#\/settings\/office$/)
  await expect(dialog).toBeHidden()
})
