/**
 * The 年度执法统计表 workbook: sheet 1 the table by 领域 (two header rows, 合计 last), sheet 2 the
 * 包容审慎监管 summary. Pure data in (shared/statistics), bytes out; the store saves the file.
 * Columns and sources: docs/domain/statistics.md.
 */
import type { AnnualTable, InclusiveLine } from '@shared/statistics'
import { loadExcel } from './xlsx-export'

/** Sheet names (the e2e test and offices look for them). */
export const ANNUAL_SHEET = '年度执法统计表'
export const INCLUSIVE_SHEET = '包容审慎监管情况'

interface AnnualWorkbookInput {
  officeName: string
  /** e.g. 2026年 (periodLabel). */
  periodText: string
  table: AnnualTable
  inclusive: InclusiveLine[]
  /** What the figures were filtered by, in words ('' = the whole office). */
  scopeText: string
}

const thin = { style: 'thin' as const }
const border = { top: thin, left: thin, bottom: thin, right: thin }

/**
 * Amounts are stored in 分; the sheet shows 元 as a number with two decimals so offices can sum
 * it. fen / 100 is exact to the cent for every amount a case can carry (below 2^53 分).
 */
const yuan = (fen: number) => fen / 100

/** Build the workbook bytes. */
export async function buildAnnualWorkbook(input: AnnualWorkbookInput): Promise<Uint8Array> {
  const Excel = await loadExcel()
  const wb = new Excel.Workbook()
  wb.creator = 'CaseDesk'
  const { table } = input
  const cols = table.columns
  const width = cols.length + 1

  const ws = wb.addWorksheet(ANNUAL_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }] })
  ws.mergeCells(1, 1, 1, width)
  ws.getCell(1, 1).value = `${input.officeName}${input.periodText}行政处罚案件统计表`
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  ws.getCell(1, 1).alignment = { horizontal: 'center' }
  ws.mergeCells(2, 1, 2, width)
  ws.getCell(2, 1).value =
    `统计期间：${table.period.from} 至 ${table.period.to}（按各环节的法定日期统计，截至 ${table.asOf}）` +
    (input.scopeText ? `；范围：${input.scopeText}` : '')

  // Two header rows: a group header merged across its columns, or one cell merged down.
  ws.mergeCells(3, 1, 4, 1)
  ws.getCell(3, 1).value = '领域'
  let i = 0
  while (i < cols.length) {
    const c = cols[i] as (typeof cols)[number]
    const col = i + 2
    if (!c.group) {
      ws.mergeCells(3, col, 4, col)
      ws.getCell(3, col).value = c.header
      i++
      continue
    }
    let j = i
    while (j + 1 < cols.length && cols[j + 1]?.group === c.group) j++
    if (j > i) ws.mergeCells(3, col, 3, j + 2)
    ws.getCell(3, col).value = c.group
    for (let k = i; k <= j; k++) ws.getCell(4, k + 2).value = cols[k]?.header ?? ''
    i = j + 1
  }
  for (const r of [3, 4]) {
    ws.getRow(r).font = { bold: true }
    ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  }
  ws.getRow(4).height = 42
  ws.getColumn(1).width = 16
  cols.forEach((c, k) => (ws.getColumn(k + 2).width = c.kind === 'fen' ? 14 : 9))

  const rows = [...table.rows, table.total]
  rows.forEach((row, r) => {
    const excelRow = ws.getRow(5 + r)
    excelRow.getCell(1).value = row.label
    row.values.forEach((v, k) => {
      const cell = excelRow.getCell(k + 2)
      if (cols[k]?.kind === 'fen') {
        cell.value = yuan(v)
        cell.numFmt = '#,##0.00'
      } else cell.value = v
    })
    if (row === table.total) excelRow.font = { bold: true }
  })
  const lastRow = 4 + rows.length
  for (let r = 3; r <= lastRow; r++) {
    for (let c = 1; c <= width; c++) ws.getCell(r, c).border = border
  }
  ws.getCell(lastRow + 2, 1).value =
    '说明：一案涉及多个领域的，在各领域行中分别统计，“合计”行每案只计一次；金额单位：元；' +
    '罚没款合计 = 罚款 + 没收违法所得；法制审核“纠错”为审核意见为不同意或修改后提交的案件。'

  const ws2 = wb.addWorksheet(INCLUSIVE_SHEET, { views: [{ state: 'frozen', ySplit: 3 }] })
  ws2.mergeCells(1, 1, 1, 3)
  ws2.getCell(1, 1).value = `${input.officeName}${input.periodText}包容审慎监管情况统计表`
  ws2.getCell(1, 1).font = { bold: true, size: 14 }
  ws2.getCell(1, 1).alignment = { horizontal: 'center' }
  ws2.mergeCells(2, 1, 2, 3)
  ws2.getCell(2, 1).value = ws.getCell(2, 1).value
  ws2.getRow(3).values = ['项目', '件数', '依据']
  ws2.getRow(3).font = { bold: true }
  input.inclusive.forEach((l, k) => {
    ws2.getRow(4 + k).values = [l.item, l.count, l.basis]
  })
  ws2.getColumn(1).width = 40
  ws2.getColumn(2).width = 10
  ws2.getColumn(3).width = 56
  for (let r = 3; r < 4 + input.inclusive.length; r++) {
    for (let c = 1; c <= 3; c++) ws2.getCell(r, c).border = border
  }

  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
