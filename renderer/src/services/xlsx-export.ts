/**
 * Writing .xlsx workbooks with exceljs (loaded on first use so the app starts without it).
 * Pure data in, bytes out; saving goes through the host bridge in the stores.
 */
import type * as ExcelJSTypes from 'exceljs'

type ExcelModule = typeof ExcelJSTypes

/** One column of a sheet: header text, row key and width in characters. */
export interface SheetColumn<K extends string = string> {
  header: string
  key: K
  width: number
}

/** The file filter for Excel workbooks (save and open dialogs). */
export const xlsxFilter = { name: 'Excel 工作簿', extensions: ['xlsx'] }

/** exceljs, loaded once. Its browser build is a UMD bundle: the API is on `default`. */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule }
  return mod.default ?? mod
}

/**
 * A workbook with one sheet: bold frozen header row, the given column widths, text cells
 * (numbers such as USCCs and ID numbers stay text, never scientific notation).
 */
export async function buildSheet<K extends string>(
  sheetName: string,
  columns: SheetColumn<K>[],
  rows: Record<K, string>[],
): Promise<Uint8Array> {
  const Excel = await loadExcel()
  const wb = new Excel.Workbook()
  wb.creator = 'CaseDesk'
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: { numFmt: '@' },
  }))
  ws.getRow(1).font = { bold: true }
  for (const r of rows) ws.addRow(r)
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
