/**
 * The office's 裁量基准 as an .xlsx workbook (exceljs, loaded on first use): read the first sheet
 * into rows of text for rowsToEntries, write entries with a header row, column widths and a
 * second sheet 说明 describing each column. Column layout: docs/domain/violations.md.
 */
import { extensionOf } from '@shared/ipc/file-filters'
import type { ViolationEntry } from '@shared/discretion/types'
import { MAX_IMPORT_ROWS, VIOLATION_COLUMNS, entriesToRows } from '@shared/discretion/xlsx-rows'
import { loadExcel } from './xlsx-export'

/** Sheet names of the exported workbook. */
export const VIOLATIONS_SHEET = '裁量基准'
export const VIOLATIONS_HELP_SHEET = '说明'

/** Largest workbook read (bytes); a 5000-row 裁量基准 is far smaller. */
const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
/** Rows beyond this are not read (row numbers must stay those of the file). */
const MAX_SHEET_ROW = MAX_IMPORT_ROWS + 1000

/** The text of a cell as the user sees it (rich text joined, formulas by their result). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    const o = v as {
      text?: unknown
      richText?: { text: string }[]
      result?: unknown
      error?: unknown
    }
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('')
    if (o.text !== undefined) return cellText(o.text)
    if (o.result !== undefined) return cellText(o.result)
    if (o.error !== undefined) return String(o.error)
    return ''
  }
  return String(v as string | number | boolean)
}

/**
 * The first worksheet of an .xlsx file as rows of trimmed text (row i of the result is sheet
 * row i + 1), or a Chinese message saying what to do.
 */
export async function readViolationsWorkbook(
  name: string,
  bytes: Uint8Array,
): Promise<{ ok: true; rows: string[][] } | { ok: false; message: string }> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
  if (extensionOf(name) !== 'xlsx' || !isZip) {
    return {
      ok: false,
      message: `“${name}”不是 Excel 工作簿（.xlsx）。请选择“导出为 Excel”得到的文件；旧版 .xls 或 CSV 请在 Excel 中另存为 .xlsx 后再导入。`,
    }
  }
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) {
    return { ok: false, message: `“${name}”超过 20 MB，不像是裁量基准表，请检查后重新选择。` }
  }
  try {
    const Excel = await loadExcel()
    const wb = new Excel.Workbook()
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    const ws = wb.worksheets[0]
    if (!ws) return { ok: false, message: `“${name}”中没有工作表，请从导出的模板开始填写。` }
    const rows: string[][] = []
    const width = Math.min(ws.columnCount, 200)
    let tooFar = false
    ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
      const cells: string[] = []
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim())
      if (cells.every((c) => c === '')) return
      if (rowNo > MAX_SHEET_ROW) {
        tooFar = true
        return
      }
      while (rows.length < rowNo - 1) rows.push([])
      rows[rowNo - 1] = cells
    })
    if (tooFar) {
      return {
        ok: false,
        message: `“${name}”第 ${MAX_SHEET_ROW} 行以后还有内容。一次最多导入${MAX_IMPORT_ROWS}条，请删去多余的行或分开导入。`,
      }
    }
    if (rows.length === 0) {
      return { ok: false, message: `“${name}”的第一个工作表是空的，请从导出的模板开始填写。` }
    }
    return { ok: true, rows }
  } catch (err) {
    return {
      ok: false,
      message: `无法读取“${name}”：文件可能已损坏或不是有效的 Excel 工作簿，请用 Excel 打开确认后另存为 .xlsx 再试。（${err instanceof Error ? err.message : String(err)}）`,
    }
  }
}

/**
 * A workbook of `entries`: sheet 裁量基准 (bold frozen header, column widths, every cell text)
 * and sheet 说明 (each column: header, whether the header is required, what to write).
 */
export async function writeViolationsWorkbook(
  entries: readonly ViolationEntry[],
): Promise<Uint8Array> {
  const rows = entriesToRows(entries)
  const Excel = await loadExcel()
  const wb = new Excel.Workbook()
  wb.creator = 'CaseDesk'
  const ws = wb.addWorksheet(VIOLATIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = VIOLATION_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: { numFmt: '@' },
  }))
  for (const r of rows) ws.addRow(r)
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.alignment = { wrapText: true, vertical: 'middle' }
  header.height = 48

  const help = wb.addWorksheet(VIOLATIONS_HELP_SHEET)
  help.columns = [
    { header: '列标题', key: 'header', width: 40 },
    { header: '表头', key: 'required', width: 10 },
    { header: '填写说明', key: 'help', width: 90 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of VIOLATION_COLUMNS) {
    help.addRow({ header: c.header, required: c.required ? '必需' : '可删去', help: c.help })
  }
  help.addRow({})
  for (const note of WORKBOOK_NOTES) help.addRow({ header: '说明', help: note })
  help.getColumn('help').alignment = { wrapText: true, vertical: 'top' }
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

/** General notes at the end of the 说明 sheet. */
const WORKBOOK_NOTES = [
  '第 1 行是列标题，不要改动；从第 2 行起每行一条违法行为，空行会被跳过。',
  '导入会用本表替换本机关原有的全部裁量基准；内置条目不会被删除，编号相同的内置条目由本表的条目替换。',
  '任何一行有误时整个文件都不会导入，程序会列出每一处错误（第几行、哪一列、怎么改）。',
  '金额以元为单位，最多两位小数；倍数可写小数（如 0.5）；条、款、项写阿拉伯数字。',
]
