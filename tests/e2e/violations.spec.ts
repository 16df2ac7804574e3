/**
 * 设置 → 违法行为库 (docs/domain/violations.md): the built-in catalogue exported as the .xlsx
 * template; a file that is not .xlsx is refused in Chinese; an edited file with one bad row shows
 * the error by row and column and saves nothing; a good file adds the office's entry to the list.
 */
import ExcelJS from 'exceljs'
import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'

/** Review screenshot of the 1366×768 window as the user sees it (when CASEDESK_SHOTS_DIR is set). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.CASEDESK_SHOTS_DIR
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` })
}

/** Wait until the CSS transitions of `selector` (dialog, drawer) have finished. */
async function settled(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .last()
    .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
}

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

/** The office's restatement of 食品安全法 第一百二十六条第一款第（三）项 as typed into the sheet. */
const officeRow: Record<string, string | number> = {
  编号: 'e2e-本局-001',
  违法行为名称: '食品经营者未按规定建立进货查验记录（本局裁量基准）',
  领域: '食品安全',
  '违反条款（法律名称|条|款|项，多条用；分隔）': '食品安全法|53|2',
  处罚依据法律: '食品安全法',
  条: 126,
  款: 1,
  项: 3,
  '处罚种类（警告/通报批评/罚款/没收违法所得/没收非法财物/责令停产停业/吊销许可证件/吊销营业执照，用、分隔）':
    '警告、罚款',
  '罚款方式（固定金额/倍数/分档/无法计算时适用）': '固定金额',
  '最低罚款（元）': 5000,
  '最高罚款（元）': 50000,
  '必须责令改正（是/否）': '是',
  '拒不改正才罚款（是/否）': '是',
  '可首违不罚（是/否）': '否',
  条文原文:
    '由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款',
  来源: '某市市场监督管理局行政处罚裁量基准（测试）',
}

/** The template with its entries replaced by the given data rows (cells by header). */
async function workbookWith(template: Buffer, rows: Record<string, string | number>[]) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(template as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]!
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''))
  // Clear the exported entries, then write the rows from row 2.
  for (let n = 2; n <= ws.rowCount; n++) ws.getRow(n).eachCell((cell) => (cell.value = null))
  rows.forEach((r, i) => {
    ws.getRow(2 + i).values = headers.map((h) => r[h] ?? '')
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}

test('export the template; a bad row blocks the import; a good file adds the office entry', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await new AppShell(page).goTo('违法行为库')
  await expect(page.locator('.el-table__body tbody tr').first()).toBeVisible()
  await expect(page.getByText('内置').first()).toBeVisible()
  await shot(page, 'violations-01-list')

  // The template: every entry in use, with the documented header row and a 说明 sheet.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出为 Excel' }).click()
  await page.getByRole('menuitem', { name: '全部条目（可作导入模板）' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^违法行为库-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const template = await readFile(await file.path())
  const exported = new ExcelJS.Workbook()
  await exported.xlsx.load(template as unknown as ArrayBuffer)
  expect(exported.worksheets.map((w) => w.name)).toEqual(['裁量基准', '说明'])
  expect(exported.worksheets[0]!.getRow(1).getCell(1).value).toBe('编号')

  // Not an .xlsx file.
  let chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '从 Excel 导入' }).click()
  await (
    await chooser
  ).setFiles({
    name: '裁量基准.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('编号,违法行为名称\n'),
  })
  await expect(page.getByRole('alert').filter({ hasText: '裁量基准.csv' })).toBeVisible()

  // One good row and one whose minimum exceeds its maximum: nothing is saved.
  const bad = test.info().outputPath('一行有误.xlsx')
  await writeFile(
    bad,
    await workbookWith(template, [
      officeRow,
      { ...officeRow, 编号: 'e2e-本局-002', '最低罚款（元）': 60000 },
    ]),
  )
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '从 Excel 导入' }).click()
  await (await chooser).setFiles(bad)
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入裁量基准' })
  await expect(dialog).toContainText('有 1 处错误，整个文件都没有导入')
  const errors = dialog.getByRole('table', { name: '导入错误' }).or(dialog.locator('.el-table'))
  await expect(errors.locator('tbody tr')).toHaveCount(1)
  await expect(errors.locator('tbody tr').first().locator('td').first()).toHaveText('3')
  await expect(errors.locator('tbody tr').first()).toContainText('最低罚款（元）')
  await expect(errors.locator('tbody tr').first()).toContainText('最低罚款不能高于最高罚款')
  await expect(dialog.getByRole('button', { name: /确定导入/ })).toHaveCount(0)
  await settled(page, '.el-dialog')
  await shot(page, 'violations-02-import-errors')
  await dialog.getByRole('button', { name: '关闭', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('本机关裁量基准')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '清除本机关裁量基准' })).toBeDisabled()

  // The good file.
  const good = test.info().outputPath('本局裁量基准.xlsx')
  await writeFile(good, await workbookWith(template, [officeRow]))
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '从 Excel 导入' }).click()
  await (await chooser).setFiles(good)
  await expect(dialog).toContainText('共有 1 条裁量基准，检查无误')
  await dialog.getByRole('button', { name: '确定导入 1 条' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('本机关裁量基准')).toContainText('本机关裁量基准 1 条')
  await expect(page.getByLabel('本机关裁量基准')).toContainText('本局裁量基准.xlsx')

  await page.getByPlaceholder('名称、编号、条款').fill('e2e-本局')
  const row = page.locator('.el-table__body tbody tr').filter({ hasText: '本局裁量基准）' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('本机关')
  await expect(row).toContainText('《中华人民共和国食品安全法》第一百二十六条第一款第（三）项')
  await row.getByRole('button', { name: /查看/ }).click()
  const drawer = page.getByRole('dialog', { name: /本局裁量基准/ })
  await expect(drawer).toContainText('拒不改正的，处五千元以上五万元以下罚款')
  await expect(drawer).toContainText('某市市场监督管理局行政处罚裁量基准（测试）')
  await settled(page, '.el-drawer')
  await shot(page, 'violations-03-detail')
})
