/**
 * Reading a 免罚清单 file (.xlsx or .csv) into rows for exemptionsRepo.importRows, and writing the
 * import template. Supported: .xlsx (first worksheet, header in row 1); .csv in UTF-8 (with or
 * without BOM) or GBK/GB18030 (what Excel on Chinese Windows saves as "CSV"), comma-separated,
 * double-quoted cells per RFC 4180. Row numbers are kept as in the file so errors point at the
 * right line; blank rows are passed on (the check skips them).
 */
import {
  EXEMPTION_CATEGORIES,
  EXEMPTION_COLUMNS,
  mapExemptionHeaders,
  type ExemptionRowInput,
} from '@shared/domain/exemptions'
import { extensionOf } from '@shared/ipc/file-filters'
import { buildSheet, loadExcel, type SheetColumn } from './xlsx-export'

/** Rows of a file: data rows in file order starting at `firstRow` (the header is row 1). */
type ParsedImport =
  | { ok: true; rows: Partial<Record<keyof ExemptionRowInput, string>>[]; firstRow: number }
  | { ok: false; message: string }

/** File filters for the import dialog. */
export const exemptionImportFilters = [{ name: 'Excel 或 CSV 文件', extensions: ['xlsx', 'csv'] }]

/** Decode CSV bytes: UTF-8 when valid, otherwise GB18030 (a superset of GBK). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** Split CSV text into rows of cells (RFC 4180: quotes, doubled quotes, CRLF/LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'object') {
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown }
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('')
    if (o.text !== undefined) return cellText(o.text)
    if (o.result !== undefined) return cellText(o.result)
    if (v instanceof Date) return v.toISOString().slice(0, 10)
  }
  return String(v as string | number | boolean)
}

async function xlsxTable(bytes: Uint8Array): Promise<string[][]> {
  const Excel = await loadExcel()
  const wb = new Excel.Workbook()
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  const ws = wb.worksheets[0]
  if (!ws) return []
  const out: string[][] = []
  const width = ws.columnCount
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim())
    out.push(cells)
  }
  return out
}

/** Turn a table (header row first) into import rows keyed by field. */
export function tableToRows(table: string[][]): ParsedImport {
  const [header, ...data] = table
  if (!header || header.every((h) => h.trim() === '')) {
    return {
      ok: false,
      message: '文件是空的。请在第 1 行填写列标题，从第 2 行起每行填写一个清单事项。',
    }
  }
  const { columns, missing } = mapExemptionHeaders(header)
  if (missing.length) {
    return {
      ok: false,
      message: `第 1 行缺少列标题：${missing.join('、')}。请下载导入模板，按模板的列标题填写后再导入。`,
    }
  }
  const rows = data.map((cells) => {
    const row: Partial<Record<keyof ExemptionRowInput, string>> = {}
    for (const [field, idx] of Object.entries(columns) as [keyof ExemptionRowInput, number][]) {
      row[field] = (cells[idx] ?? '').trim()
    }
    return row
  })
  return { ok: true, rows, firstRow: 2 }
}

/** Read a picked file into import rows. */
export async function parseExemptionFile(name: string, bytes: Uint8Array): Promise<ParsedImport> {
  const ext = extensionOf(name)
  try {
    if (ext === 'csv') return tableToRows(parseCsv(decodeCsv(bytes)))
    if (ext === 'xlsx') return tableToRows(await xlsxTable(bytes))
  } catch (err) {
    return {
      ok: false,
      message: `无法读取“${name}”：文件可能已损坏或不是有效的 ${ext.toUpperCase()} 文件，请用 Excel 打开确认后另存再试。（${err instanceof Error ? err.message : String(err)}）`,
    }
  }
  return {
    ok: false,
    message: `“${name}”不是 .xlsx 或 .csv 文件。旧版 .xls 请在 Excel 中另存为 .xlsx 后导入。`,
  }
}

type Field = keyof ExemptionRowInput

/** What each template column means (shown on the page and in the template's second sheet). */
export const exemptionColumnHelp: {
  field: Field
  header: string
  required: boolean
  help: string
}[] = [
  {
    field: 'code',
    header: EXEMPTION_COLUMNS.code[0]!,
    required: true,
    help: '本局清单中的事项编号，如 SW-01；再次导入同一编号会更新该事项',
  },
  { field: 'title', header: EXEMPTION_COLUMNS.title[0]!, required: true, help: '清单事项名称' },
  {
    field: 'category',
    header: EXEMPTION_COLUMNS.category[0]!,
    required: true,
    help: `${Object.values(EXEMPTION_CATEGORIES).join('、')}之一`,
  },
  {
    field: 'violation',
    header: EXEMPTION_COLUMNS.violation[0]!,
    required: true,
    help: '违法行为的表现',
  },
  {
    field: 'legalBasis',
    header: EXEMPTION_COLUMNS.legalBasis[0]!,
    required: true,
    help: '违反的规定和不予处罚的依据',
  },
  {
    field: 'conditions',
    header: EXEMPTION_COLUMNS.conditions[0]!,
    required: true,
    help: '如：两年内首次违法、危害后果轻微并及时改正',
  },
  {
    field: 'source',
    header: EXEMPTION_COLUMNS.source[0]!,
    required: false,
    help: '清单名称或文号，如 国市监法〔2025〕10号（可不填）',
  },
]

/** The import template: a header row, and a second sheet explaining each column. */
export async function exemptionTemplate(): Promise<Uint8Array> {
  const columns: SheetColumn<Field>[] = exemptionColumnHelp.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.field === 'code' || c.field === 'category' ? 14 : 36,
  }))
  const Excel = await loadExcel()
  const wb = new Excel.Workbook()
  const first = await buildSheet('免罚清单', columns, [])
  await wb.xlsx.load(first.buffer as ArrayBuffer)
  const help = wb.addWorksheet('填写说明')
  help.columns = [
    { header: '列标题', key: 'header', width: 16 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '说明', key: 'help', width: 70 },
  ]
  help.getRow(1).font = { bold: true }
  for (const c of exemptionColumnHelp) {
    help.addRow({ header: c.header, required: c.required ? '必填' : '可不填', help: c.help })
  }
  help.addRow({})
  help.addRow({
    header: '说明',
    help: '第 1 行为列标题，从第 2 行起每行一个事项；也可另存为 CSV（UTF-8 或 GBK）导入。',
  })
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
