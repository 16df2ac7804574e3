// The office's 免罚清单 (首违不罚 / 轻微免罚 / 无主观过错 lists, e.g. 国市监法〔2025〕10号 and the
// Hubei lists of 鄂市监法〔2022〕42号): pure validation of imported rows. Parsing .xlsx/.csv
// happens in the renderer; this module only checks the cells and says what is wrong per row.
import { z } from 'zod'

/** Categories of a 免罚清单 item (APL Art. 33 paras 1–2). */
export const EXEMPTION_CATEGORIES = {
  firstViolation: '首违不罚',
  minor: '轻微免罚',
  noFault: '无主观过错',
} as const
/** Chinese label of a category, as stored on the item. */
export type ExemptionCategory = (typeof EXEMPTION_CATEGORIES)[keyof typeof EXEMPTION_CATEGORIES]

const categoryLabels = Object.values(EXEMPTION_CATEGORIES) as ExemptionCategory[]

/** Aliases accepted in an import for each category (lists word them differently). */
const CATEGORY_ALIASES: Record<string, ExemptionCategory> = {
  首违不罚: '首违不罚',
  初次违法: '首违不罚',
  首次违法: '首违不罚',
  首违免罚: '首违不罚',
  轻微免罚: '轻微免罚',
  轻微不罚: '轻微免罚',
  轻微违法: '轻微免罚',
  无主观过错: '无主观过错',
  无过错: '无主观过错',
}

/** The fields of one item as entered or imported (all text). */
export interface ExemptionRowInput {
  code: string
  title: string
  category: string
  violation: string
  legalBasis: string
  conditions: string
  source: string
}

/** Column headings accepted in an import file → field (the template uses the first heading). */
export const EXEMPTION_COLUMNS: Record<keyof ExemptionRowInput, string[]> = {
  code: ['编号', '序号', '事项编号', '清单编号'],
  title: ['事项名称', '名称', '清单事项'],
  category: ['类别', '清单类别', '类型'],
  violation: ['违法行为', '违法行为表现'],
  legalBasis: ['法律依据', '依据', '处罚依据'],
  conditions: ['适用条件', '免罚条件', '不予处罚条件'],
  source: ['清单名称/文号', '清单名称', '文号', '来源'],
}

const cell = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`)

/** A valid item's fields (category normalised to its Chinese label). */
export const ExemptionRowSchema = z.object({
  code: z
    .string({ error: '请填写编号' })
    .trim()
    .min(1, '请填写编号')
    .max(30, '编号不能超过 30 个字'),
  title: cell('事项名称', 200),
  category: z
    .string({ error: '请填写类别' })
    .trim()
    .transform((v) => CATEGORY_ALIASES[v.replace(/\s/g, '')] ?? v)
    .pipe(
      z.enum(categoryLabels as [ExemptionCategory, ...ExemptionCategory[]], {
        error: `类别应为${categoryLabels.map((c) => `“${c}”`).join('、')}之一`,
      }),
    ),
  violation: cell('违法行为', 1000),
  legalBasis: cell('法律依据', 1000),
  conditions: cell('适用条件', 1000),
  source: z.string().trim().max(200, '清单名称/文号不能超过 200 个字').default(''),
})
/** Parsed {@link ExemptionRowSchema}. */
export type ExemptionRow = z.infer<typeof ExemptionRowSchema>

/** Outcome of checking one row: the item, or the Chinese messages joined. */
export type ExemptionRowResult =
  | { ok: true; value: ExemptionRow }
  | { ok: false; message: string; errors: Partial<Record<keyof ExemptionRowInput, string>> }

/** Validates one item (form or import row). Cells may be numbers in a spreadsheet: they are stringified. */
export function validateExemptionRow(input: object): ExemptionRowResult {
  const cells = input as Record<string, unknown>
  const text: Record<string, unknown> = {}
  for (const key of Object.keys(EXEMPTION_COLUMNS)) {
    const v = cells[key]
    text[key] = typeof v === 'number' ? String(v) : v === null || v === undefined ? '' : v
  }
  const r = ExemptionRowSchema.safeParse(text)
  if (r.success) return { ok: true, value: r.data }
  const errors: Partial<Record<keyof ExemptionRowInput, string>> = {}
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? 'code') as keyof ExemptionRowInput
    errors[key] ??= issue.message
  }
  return { ok: false, message: Object.values(errors).join('；'), errors }
}

/** One row of an import with its 1-based row number in the file (header = row 1). */
export interface NumberedRow {
  row: number
  input: object
}

/** Result of checking an import: valid items with their row numbers, and every bad row. */
export interface ExemptionImportCheck {
  valid: { row: number; value: ExemptionRow }[]
  errors: { row: number; message: string }[]
}

/**
 * Checks every row of an import. A row is bad when a cell is missing or invalid, or when its
 * 编号 repeats an earlier row of the same file (the earlier row is kept). Empty rows (all
 * cells blank) are skipped silently — a spreadsheet often has trailing blank lines.
 */
export function checkExemptionImport(rows: readonly NumberedRow[]): ExemptionImportCheck {
  const out: ExemptionImportCheck = { valid: [], errors: [] }
  const seen = new Map<string, number>()
  for (const { row, input } of rows) {
    const blank = Object.values(input as Record<string, unknown>).every(
      (v) => v === null || v === undefined || String(v).trim() === '',
    )
    if (blank) continue
    const r = validateExemptionRow(input)
    if (!r.ok) {
      out.errors.push({ row, message: `第${row}行：${r.message}` })
      continue
    }
    const first = seen.get(r.value.code)
    if (first !== undefined) {
      out.errors.push({
        row,
        message: `第${row}行：编号“${r.value.code}”与第${first}行重复，请修改其中一行的编号`,
      })
      continue
    }
    seen.set(r.value.code, row)
    out.valid.push({ row, value: r.value })
  }
  return out
}

/**
 * Maps a header row to fields: each field takes the first column whose heading (spaces removed)
 * is one of its accepted headings. Returns the column index per field and the missing fields'
 * Chinese names (a file without the required columns cannot be imported).
 */
export function mapExemptionHeaders(headers: readonly string[]): {
  columns: Partial<Record<keyof ExemptionRowInput, number>>
  missing: string[]
} {
  const norm = headers.map((h) => String(h ?? '').replace(/[\s\u3000]/g, ''))
  const columns: Partial<Record<keyof ExemptionRowInput, number>> = {}
  const missing: string[] = []
  for (const [field, names] of Object.entries(EXEMPTION_COLUMNS) as [
    keyof ExemptionRowInput,
    string[],
  ][]) {
    const idx = norm.findIndex((h) => names.includes(h))
    if (idx >= 0) columns[field] = idx
    else if (field !== 'source') missing.push(names[0] as string)
  }
  return { columns, missing }
}
