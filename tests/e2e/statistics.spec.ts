// 统计: after the demo data, each figure's count equals the number of cases its click-through
// lists, and the 年度执法统计表 downloads as .xlsx whose 合计 row equals the page's figures; the
// 信用公示 信息摘要 (.csv) and a 典型案例 (.txt) download with no unmasked ID number.
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { StatisticsPage } from '../pages/statistics'

/**
 * Picks an option of the select list that is open now. Lists of selects met on earlier pages stay
 * in the DOM, so the option is looked up in the visible list only (a lookup over all of them can
 * resolve to a node that is re-rendered under it, and wait without end).
 */
async function pickOption(page: Page, text: string): Promise<void> {
  await page
    .locator('.el-select-dropdown__item:visible')
    .getByText(text, { exact: true })
    .first()
    .click()
}

const FIGURES = [
  'outcome:penalty',
  'outcome:noPenalty',
  'outcome:softClosed',
  'source:inspection',
  'source:complaint',
  'procedure:summary',
  'followUp:due',
  'soft:correctionOrdered',
]

test('statistics of the demo data: counts equal click-through lists; .xlsx, 公示 .csv and 典型案例 .txt download masked', async ({
  app,
}) => {
  test.slow()
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await app.open('/settings/demo?cases=60&auto=1')
  await expect(page.locator('[data-demo-state="done"]')).toBeVisible({ timeout: 60_000 })

  const stats = new StatisticsPage(page)
  await stats.open()
  // The demo cases spread over three years up to today; the whole of last year is fully past.
  await page.getByRole('combobox', { name: '年度' }).click({ force: true })
  const lastYear = new Date().getFullYear() - 1
  await pickOption(page, `${lastYear}年`)
  await page.getByRole('button', { name: '统计', exact: true }).click()
  await stats.ready()
  await expect(
    page.getByText(`${lastYear}年（${lastYear}-01-01 至 ${lastYear}-12-31`),
  ).toBeVisible()

  await page.screenshot({ path: test.info().outputPath('statistics-top-1366.png') })

  let total = 0
  for (const key of FIGURES) {
    const n = await stats.count(key)
    total += n
    await stats.pick(key)
    await expect(stats.selectedTitle()).toContainText(`共 ${n} 件`)
    await expect(stats.caseRows()).toHaveCount(n)
  }
  expect(total).toBeGreaterThan(0)

  // A listed case opens its page.
  await stats.pick('source:inspection')
  const penalties = await stats.count('outcome:penalty')
  const summary = await stats.count('procedure:summary')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: test.info().outputPath('statistics-1366.png'), fullPage: false })
  await shot(page, 'l30-statistics')

  const download = await stats.exportXlsx()
  expect(download.suggestedFilename()).toBe(`年度执法统计表-${lastYear}年.xlsx`)
  const path = test.info().outputPath('annual.xlsx')
  await download.saveAs(path)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const ws = wb.getWorksheet('年度执法统计表')!
  let totalRow = 0
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === '合计') totalRow = n
  })
  expect(totalRow).toBeGreaterThan(4)
  const colOf = (label: string) => {
    for (let c = 1; c <= ws.columnCount; c++) {
      if (String(ws.getCell(4, c).value ?? ws.getCell(3, c).value).includes(label)) return c
      if (String(ws.getCell(3, c).value ?? '').includes(label)) return c
    }
    throw new Error(`no column ${label}`)
  }
  expect(ws.getCell(totalRow, colOf('处罚案件数')).value).toBe(penalties)
  expect(ws.getCell(totalRow, colOf('简易程序')).value).toBe(summary)
  expect(wb.getWorksheet('包容审慎监管情况')).toBeDefined()

  // 信用公示: the 信息摘要 batch of last year's decisions holds no unmasked resident ID number.
  await page.goto('#/statistics/publication')
  await page.getByRole('combobox', { name: '决定年度' }).click({ force: true })
  await pickOption(page, `${lastYear}年`)
  await page.getByRole('combobox', { name: '显示' }).click({ force: true })
  await pickOption(page, '全部')
  const rows = page.getByRole('table').last().locator('tbody tr')
  await expect(rows.first()).toBeVisible({ timeout: 30_000 })
  await shot(page, 'l31-publication')
  const csvDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出信息摘要（.csv）' }).click()
  const csv = await csvDownload
  expect(csv.suggestedFilename()).toBe(`行政处罚信息摘要-${lastYear}年.csv`)
  const csvPath = test.info().outputPath('summaries.csv')
  await csv.saveAs(csvPath)
  const csvText = readFileSync(csvPath, 'utf8')
  expect(csvText.split('\r\n').length - 2).toBe(await rows.count())
  expect(csvText).not.toMatch(/(?<![0-9A-Za-z*])\d{17}[\dXx](?![0-9A-Za-z])/)
  if (csvText.includes('身份证件号码')) expect(csvText).toMatch(/身份证件号码：\d{4}\*{10}/)

  // 典型案例: a closed case of last year, 以案释法 written, reviewed in the preview, exported.
  await page.goto('#/statistics/typical-case')
  // Within this page's list: the 信用公示 page just left has a 决定年度 select of its own.
  await page
    .getByRole('region', { name: '已结案件' })
    .getByRole('combobox', { name: '决定年度' })
    .click({ force: true })
  await pickOption(page, `${lastYear}年`)
  const candidates = page
    .getByRole('region', { name: '已结案件' })
    .locator('.el-table__body-wrapper tbody tr')
  await expect(candidates.first()).toBeVisible({ timeout: 30_000 })
  await candidates.first().click()
  const preview = page.locator('[data-typical-preview]')
  await expect(preview).toContainText('一、案情')
  await page.getByRole('button', { name: '导出典型案例（.txt，可粘贴到 Word）' }).click()
  await expect(page.getByText('请填写以案释法').first()).toBeVisible()
  await page.getByLabel('四、以案释法').fill('经营者应当建立进货查验制度，定期检查库存。')
  await expect(preview).toContainText('经营者应当建立进货查验制度')
  await shot(page, 'l32-typical-case')
  const txtDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出典型案例（.txt，可粘贴到 Word）' }).click()
  const txt = await txtDownload
  expect(txt.suggestedFilename()).toMatch(/^典型案例-.+\.txt$/)
  const txtPath = test.info().outputPath('typical.txt')
  await txt.saveAs(txtPath)
  const typical = readFileSync(txtPath, 'utf8')
  expect(typical).toContain('四、以案释法\n经营者应当建立进货查验制度')
  expect(typical).not.toMatch(/(?<![0-9A-Za-z*])\d{17}[\dXx](?![0-9A-Za-z])/)

  await page.goto('#/statistics')
  await stats.ready()

  // An empty period says what to do.
  await page.getByRole('radio', { name: '自定义' }).click({ force: true })
  await page.getByPlaceholder('开始日期').fill('2001-01-01')
  await page.getByPlaceholder('结束日期').fill('2001-01-31')
  await page.getByPlaceholder('结束日期').press('Enter')
  await page.getByRole('button', { name: '统计', exact: true }).click()
  await expect(page.locator('[data-stat-state="empty"]')).toContainText('请换一个期间')
})
