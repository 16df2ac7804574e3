/**
 * 文书 on the built web mode: from a recorded act to an issued 行政约谈通知书 — draft preview,
 * issue (文号 allocated), print through the hidden frame and save as a download (both logged),
 * the 文书 page's search and print log, and voiding with a reason (the number is kept).
 */
import { test, expect } from './support/fixtures'
import { foodShop, office, scenarioOfficers } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi, fillInterviewNotice } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })

test('issue, preview, print log and void of a 行政约谈通知书', async ({ app }) => {
  const page = await app.open()
  await new SetupWizard(page).complete({ ...office, effectiveFrom: '2026-01-01' }, scenarioOfficers)
  const cp = await createCaseFromUi(page, {
    ...foodShop,
    source: '监督检查',
    sourceDate: '2026-09-01',
    cause: '涉嫌未建立食品进货查验记录制度案',
  })
  const d = await cp.start('约谈通知送达', '2026-09-02')
  await fillInterviewNotice(d)
  await d.saveOk()

  await cp.tab(/^文书$/)
  const due = page.getByTestId('due-documents')
  const row = due.locator('tr', { hasText: '行政约谈通知书' })
  await expect(row).toContainText('未出具')
  await shot(page, 'documents-01-case-tab')
  await row.getByRole('button', { name: '预览 / 出具' }).click()

  const dialog = page.getByRole('dialog', { name: '出具行政约谈通知书' })
  await expect(dialog).toBeVisible()
  // Only what no act holds is asked for: here the time of the interview.
  await expect(dialog.locator('.el-form-item')).toHaveCount(1)
  await dialog
    .locator('.el-form-item', { hasText: '约谈时间' })
    .locator('.el-select__wrapper')
    .click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '09:30' }).click()
  await shot(page, 'documents-02-issue-dialog')

  await dialog.getByRole('button', { name: '预览草稿' }).click()
  const preview = page.getByRole('dialog', { name: '行政约谈通知书（草稿）' })
  await expect(preview).toBeVisible({ timeout: 60_000 })
  await expect(preview.getByTestId('pdf-preview-frame')).toHaveAttribute('src', /^blob:/)
  await shot(page, 'documents-03-draft-preview')
  await preview
    .getByRole('button', { name: 'Close' })
    .or(preview.locator('.el-dialog__headerbtn'))
    .first()
    .click()

  await dialog.getByRole('button', { name: '出具' }).click()
  const issued = page.getByRole('dialog', { name: '行政约谈通知书 鄂汉阳市监约谈〔2026〕1号' })
  await expect(issued).toBeVisible({ timeout: 60_000 })
  await shot(page, 'documents-04-issued-preview')

  // Headless Chromium has no PDF viewer and its renderer crashes when a PDF frame is printed; the
  // print dialog is replaced (in every frame, including the host's hidden print frame) by a counter.
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as (Window & { __printed?: number }) | null
      if (top) top.__printed = (top.__printed ?? 0) + 1
    }
  })
  await issued.getByRole('button', { name: /打印/ }).click()
  await expect(page.locator('iframe[aria-hidden="true"]')).toHaveCount(1)
  await expect
    .poll(() => page.evaluate(() => (window as Window & { __printed?: number }).__printed ?? 0))
    .toBe(1)
  const download = page.waitForEvent('download')
  await issued.getByRole('button', { name: '另存为 PDF' }).click()
  expect((await download).suggestedFilename()).toBe(
    '行政约谈通知书（鄂汉阳市监约谈〔2026〕1号）.pdf',
  )
  await issued.locator('.el-dialog__headerbtn').click()
  await expect(page.getByTestId('issued-documents')).toContainText('鄂汉阳市监约谈〔2026〕1号')
  await expect(row).toContainText('已出具')

  // The 文书 page: search, print log.
  await page.getByRole('menuitem', { name: '文书', exact: true }).click()
  await page.getByTestId('documents-search').fill('约谈〔2026〕1')
  await page.getByRole('button', { name: '查找', exact: true }).click()
  const docRow = page
    .locator('.documents-page__table tr', { hasText: '鄂汉阳市监约谈〔2026〕1号' })
    .first()
  await expect(docRow).toContainText('武汉市汉阳区鹦鹉食品店有限公司')
  await expect(docRow).toContainText('已出具')
  await docRow.locator('.el-table__expand-icon').click()
  const log = page.getByTestId('print-log')
  await expect(log).toContainText('打印')
  await expect(log).toContainText('另存为 PDF')
  await expect(log.getByText('一致', { exact: true })).toHaveCount(2)
  await shot(page, 'documents-05-page-with-log')

  // Reprint from the snapshot: same hash, logged.
  await docRow.getByRole('button', { name: '重印' }).click()
  const reprint = page.getByRole('dialog', { name: '行政约谈通知书 鄂汉阳市监约谈〔2026〕1号' })
  await expect(reprint).toBeVisible({ timeout: 60_000 })
  await expect(reprint.getByText(/重印结果与出具时的文件不一致/)).toHaveCount(0)
  await reprint.locator('.el-dialog__headerbtn').click()
  await expect(log).toContainText('重印预览')

  // Void with a reason; the number stays.
  await docRow.getByRole('button', { name: '作废' }).click()
  const box = page.getByRole('dialog', { name: '作废行政约谈通知书' })
  await box.getByRole('button', { name: '作废' }).click()
  await expect(box).toContainText('请填写作废理由')
  await box.locator('input').fill('约谈时间变更，重新出具')
  await box.getByRole('button', { name: '作废' }).click()
  await expect(docRow).toContainText('已作废')
  await expect(docRow).toContainText('鄂汉阳市监约谈〔2026〕1号')
  await shot(page, 'documents-06-voided')
})
