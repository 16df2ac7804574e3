// Office input of one year's holiday schedule (设置 → 节假日): the form's date lines and an imported
// JSON file, both turned into a validated HolidayYear with Chinese messages saying what to fix.
// The schedule is the one 国务院办公厅 publishes each year (关于20XX年部分节假日安排的通知);
// working-day counting over it follows docs/domain/deadlines.md (docs/domain/deadlines.md).
import type { z } from 'zod'
import { isIsoDate, shiftDays, yearOf } from '../util/date'
import { HolidayYearSchema, type HolidayYear } from './holiday-table'

/** One dated entry, as in HolidayYear. */
export type HolidayEntry = HolidayYear['holidays'][number]

/** The longest block one line may give (the longest State Council block is 8–9 days). */
export const MAX_RANGE_DAYS = 31

const rangeSeparator = /\s*(?:至|到|~|～|—|－)\s*/

/**
 * Parses date lines such as "元旦 2027-01-01" or "春节 2027-02-06 至 2027-02-13" (also "~", "到")
 * into one entry per day, named by the line's first word. Blank lines are skipped. Every line must
 * be in `year`. Returns the first problem per line, in Chinese, with its line number.
 * @param text the textarea content, one holiday block per line
 * @param year the year being entered
 * @param what the list's name in messages, e.g. '放假日期'
 */
export function parseHolidayLines(
  text: string,
  year: number,
  what: string,
): { ok: true; entries: HolidayEntry[] } | { ok: false; message: string } {
  const entries: HolidayEntry[] = []
  const problems: string[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (!line) return
    const at = `${what}第 ${index + 1} 行`
    const m = /^(\S+)\s+(.+)$/.exec(line)
    if (!m || /^\d/.test(m[1] as string)) {
      problems.push(`${at}应先写节日名称，再写日期，例如“元旦 ${year}-01-01”`)
      return
    }
    const name = m[1] as string
    const parts = (m[2] as string).trim().split(rangeSeparator)
    if (parts.length > 2) {
      problems.push(`${at}只能写一个日期或一段起止日期`)
      return
    }
    const [from, to = from] = parts as [string, string?]
    for (const d of [from, to]) {
      if (!isIsoDate(d)) {
        problems.push(`${at}的日期“${d}”无效，应为 YYYY-MM-DD，例如 ${year}-01-01`)
        return
      }
      if (yearOf(d) !== year) {
        problems.push(`${at}的日期 ${d} 不在 ${year} 年内`)
        return
      }
    }
    if (to < from) {
      problems.push(`${at}的结束日期 ${to} 早于开始日期 ${from}`)
      return
    }
    let day = from
    let count = 0
    while (day <= to) {
      if (++count > MAX_RANGE_DAYS) {
        problems.push(`${at}一段超过 ${MAX_RANGE_DAYS} 天，请检查起止日期`)
        return
      }
      entries.push({ date: day, name })
      day = shiftDays(day, 1)
    }
  })
  if (problems.length) return { ok: false, message: problems.join('；') }
  return { ok: true, entries: entries.sort((a, b) => (a.date < b.date ? -1 : 1)) }
}

/** What the add-a-year form holds. */
export interface HolidayYearForm {
  year: number | null
  /** 依据：国务院办公厅通知文号. */
  source: string
  /** Lines of 放假 blocks. */
  holidays: string
  /** Lines of 调休上班 days. */
  makeUpWorkdays: string
}

/** Form field → Chinese message. */
export type HolidayFormErrors = Partial<Record<keyof HolidayYearForm, string>>

/**
 * The form as a validated HolidayYear, or a Chinese message per field (nothing is saved then).
 * @param form the add-a-year form
 */
export function holidayYearFromForm(
  form: HolidayYearForm,
): { ok: true; year: HolidayYear } | { ok: false; errors: HolidayFormErrors } {
  const errors: HolidayFormErrors = {}
  const year = form.year
  if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) {
    errors.year = '请填写年份（2000–2100 之间的四位数字），例如 2027'
  }
  if (!form.source.trim())
    errors.source = '请填写依据：国务院办公厅通知文号，例如 国办发明电〔2026〕X号'
  if (errors.year) return { ok: false, errors }
  const y = year as number
  const holidays = parseHolidayLines(form.holidays, y, '放假日期')
  if (!holidays.ok) errors.holidays = holidays.message
  else if (holidays.entries.length === 0) errors.holidays = '请至少录入一个放假日期'
  const work = parseHolidayLines(form.makeUpWorkdays, y, '调休上班日期')
  if (!work.ok) errors.makeUpWorkdays = work.message
  if (!holidays.ok || !work.ok || Object.keys(errors).length) return { ok: false, errors }
  const parsed = HolidayYearSchema.safeParse({
    year: y,
    holidays: holidays.entries,
    makeUpWorkdays: work.entries,
    source: form.source.trim(),
  })
  if (!parsed.success) {
    // Left: the same date in both lists, or entered twice.
    return { ok: false, errors: { holidays: parsed.error.issues.map((i) => i.message).join('；') } }
  }
  return { ok: true, year: parsed.data }
}

/**
 * An imported file (JSON in the HolidayYearSchema shape) as a validated HolidayYear, or one
 * Chinese message per problem naming the field (e.g. "holidays 第 2 项的日期（date）…"). On any
 * problem nothing is to be imported.
 * @param text the file's content
 */
export function parseHolidayYearFile(
  text: string,
): { ok: true; year: HolidayYear } | { ok: false; errors: string[] } {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return {
      ok: false,
      errors: ['文件不是有效的 JSON，请用文本编辑器检查括号、逗号和引号，或按页面上的示例重新制作'],
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      errors: ['文件内容应为一个对象，包含 year、source、holidays、makeUpWorkdays 四项'],
    }
  }
  const parsed = HolidayYearSchema.safeParse(data)
  if (parsed.success) return { ok: true, year: parsed.data }
  return { ok: false, errors: parsed.error.issues.map((i) => chineseIssue(i, data)) }
}

const FIELD_NAMES: Record<string, string> = {
  year: '年份（year）',
  source: '依据（source）',
  holidays: '放假日期列表（holidays）',
  makeUpWorkdays: '调休上班日期列表（makeUpWorkdays）',
  date: '日期（date）',
  name: '名称（name）',
}

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  array: '列表 [ ]',
  object: '对象 { }',
}

/** One zod issue as a Chinese sentence naming where it is. */
function chineseIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path.map(String)
  const where = path
    .map((p) => (/^\d+$/.test(p) ? ` 第 ${Number(p) + 1} 项的` : (FIELD_NAMES[p] ?? p)))
    .join('')
  const at = where ? `${where}：` : ''
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined
        ? `缺少${where || '内容'}，请补上`
        : `${at}应为${TYPE_NAMES[issue.expected] ?? issue.expected}`
    case 'too_small':
      if (path[0] === 'year') return `${at}应为 2000–2100 之间的年份`
      return `${at}${/[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '内容过少'}`
    case 'too_big':
      if (path[0] === 'year') return `${at}应为 2000–2100 之间的年份`
      return `${at}内容过多`
    case 'unrecognized_keys':
      return `${at}有无法识别的项 ${issue.keys.join('、')}，请删除`
    default:
      return `${at}${/[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '格式不符'}`
  }
}

/** The value at `path` inside `data` (undefined when any step is missing). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<PropertyKey, unknown>)[p]
  }
  return v
}
