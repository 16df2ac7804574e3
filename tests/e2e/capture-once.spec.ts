/**
 * Capture once, print everywhere (docs/domain/capture-once.md), from the UI: what the 约谈 dialogs
 * record (time, start and end, recorder, follow-up) fills the 约谈 documents, so issuing them asks
 * nothing; the 约谈 starts from its notice; evidence registered once appears in the 证据清单; and a
 * document re-issued after 作废 starts from the voided one's answers.
 */
import { test, expect } from './support/fixtures'
import { shot } from './support/shots'
import { foodShopCaseFromUi } from './support/food-shop-case'
import { fillInterviewNotice } from '../pages/case-page'
import { CaseDocumentsTab } from '../pages/case-documents'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('约谈 documents are filled from the dialogs; evidence is registered once; re-issue carries the voided answers', async ({
  app,
}) => {
  const page = await app.open()
  const cp = await foodShopCaseFromUi(page, '涉嫌未建立食品进货查验记录制度案')

  let d = await cp.start('约谈通知送达', '2026-09-02')
  await fillInterviewNotice(d)
  await d.text('约谈时间', '9:30') // stored as 09:30
  await d.saveOk()

  d = await cp.start('行政约谈', '2026-09-08')
  // Starts from the notice: place, attendee, the problems from its 事由, the start time.
  await expect(d.item('约谈地点').locator('input')).toHaveValue('汉阳区市场监管局三楼会议室')
  await expect(d.item('指出的问题').locator('textarea')).toHaveValue('未建立食品进货查验记录制度')
  await expect(d.item('开始时间').locator('input')).toHaveValue('09:30')
  // An end before the start is refused in Chinese, and what was typed stays.
  await d.text('结束时间', '09:00')
  await d.text('当事人说明', '店员不熟悉进货查验制度')
  await d.text('整改要求', '十日内建立进货查验台账')
  await d.root.getByRole('button', { name: '添加一行' }).click()
  await d.text('承诺内容', '建立进货查验台账')
  await d.date('完成期限', '2026-09-18')
  await d.check('约谈记录已签字确认')
  await d.save()
  await expect(d.root.getByText(/结束时间（09:00）应晚于开始时间（09:30）/)).toBeVisible()
  await expect(d.item('整改要求').locator('textarea')).toHaveValue('十日内建立进货查验台账')
  await d.text('结束时间', '10:20')
  await d.text('后续跟踪安排', '整改期满后实地复查')
  await shot(page, 'capture-01-interview-dialog')
  await d.saveOk()

  // 证据清单: registered once, listed on the case page.
  const evidence = page.getByLabel('证据清单')
  await expect(evidence).toContainText('尚未登记证据')
  d = await cp.start('证据登记', '2026-09-08')
  await d.text('证据', '现场检查笔录1份，证明未建立进货查验记录\n询问笔录1份')
  await d.saveOk()
  await expect(evidence).toContainText('证据清单（2）')
  await expect(evidence).toContainText('询问笔录1份')
  await shot(page, 'capture-02-evidence')

  // The notice asks nothing now; the record asks only for the recorder, who was not picked.
  await cp.tab(/^文书$/)
  const docs = new CaseDocumentsTab(page)
  await docs.issue('行政约谈通知书')
  await docs.issue('行政约谈记录', { 记录人: '李娜' })
  await expect(docs.issued).toContainText('行政约谈记录')

  // Void the record and issue it again: the dialog starts from the voided document's answers.
  const issuedRow = docs.issued.locator('tr', { hasText: '行政约谈记录' }).first()
  await issuedRow.getByRole('button', { name: '作废' }).click()
  const box = page.getByRole('dialog', { name: '作废行政约谈记录' })
  await box.locator('input').fill('记录人填写有误，重新出具')
  await box.getByRole('button', { name: '作废' }).click()
  await expect(issuedRow).toContainText('已作废')
  await docs.dueRow('行政约谈记录').getByRole('button', { name: '预览 / 出具' }).click()
  const dialog = page.getByRole('dialog', { name: '出具行政约谈记录' })
  await expect(dialog.getByTestId('carried-note')).toContainText('已带入作废文书')
  await expect(dialog.locator('.el-form-item', { hasText: '记录人' }).locator('input')).toHaveValue(
    '李娜',
  )
  await shot(page, 'capture-03-reissue-carried')
})
