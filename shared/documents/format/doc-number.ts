/**
 * 文号 (document numbers): `{代字}{code}〔YYYY〕N号` — GB/T 9704 §7.2.5 as quoted in docs/domain/numbering.md:
 * the full year in hexagonal brackets 〔〕 (U+3014/U+3015), the serial number in Arabic digits
 * without 第 and without leading zeros, then 号.
 */

/** The parts of a 文号. `prefix` is 代字 and form code already joined (e.g. 鄂汉阳市监处罚). */
export interface DocNumberParts {
  prefix: string
  year: number
  serial: number
}

/** Result of parsing a 文号 string. */
export type DocNumberParseResult =
  { ok: true; value: DocNumberParts } | { ok: false; error: string }

const OPEN = '\u3014'
const CLOSE = '\u3015'
const SHARED_JUNCTION = '市监'

/**
 * Joins an office's 代字 and a form code. Offices write their 代字 either as the bureau code alone
 * (鄂汉阳 + 市监处罚) or including 市监 (鄂汉阳市监 + 市监处罚); in the second case the repeated
 * 市监 is written once, so both give 鄂汉阳市监处罚.
 */
export function joinDocPrefix(officeCode: string, formCode: string): string {
  const office = officeCode.trim()
  const form = formCode.trim()
  if (office.endsWith(SHARED_JUNCTION) && form.startsWith(SHARED_JUNCTION)) {
    return office + form.slice(SHARED_JUNCTION.length)
  }
  return office + form
}

/**
 * Formats a 文号. With `serial` null (a draft before the number is allocated) the serial is left
 * as a blank of two full-width spaces, as on the printed model forms (〔2026〕  号).
 * Throws when the parts cannot form a valid number (programming error: validate input first).
 */
export function formatDocNumber(parts: {
  prefix: string
  year: number
  serial: number | null
}): string {
  if (!parts.prefix.trim()) throw new Error('文号缺少机关代字：请在单位设置中填写机关代字。')
  if (!Number.isInteger(parts.year) || parts.year < 1900 || parts.year > 9999) {
    throw new Error(`文号年份无效：${parts.year}，应为四位年份。`)
  }
  if (parts.serial !== null && (!Number.isInteger(parts.serial) || parts.serial < 1)) {
    throw new Error(`文号序号无效：${parts.serial}，应为从 1 开始的整数。`)
  }
  const serial = parts.serial === null ? '\u3000\u3000' : String(parts.serial)
  return `${parts.prefix.trim()}${OPEN}${parts.year}${CLOSE}${serial}号`
}

/**
 * Parses and validates a 文号 string. Errors name the rule that was broken, in Chinese, so the
 * message can be shown to the user as is (e.g. a number typed in by hand for an old case).
 */
export function parseDocNumber(input: string): DocNumberParseResult {
  const text = input.trim()
  if (/[[\]［］（）()〈〉【】]\s*\d{4}\s*[[\]［］（）()〈〉【】]/.test(text)) {
    return { ok: false, error: '年份应使用六角括号〔〕，不能使用方括号、圆括号或其他括号。' }
  }
  const match = /^(.+?)\u3014(\d+)\u3015(.*)$/.exec(text)
  if (!match)
    return {
      ok: false,
      error: '文号格式应为“机关代字+文书代码〔年份〕序号号”，例如：鄂汉阳市监处罚〔2026〕12号。',
    }
  const [, prefix = '', yearText = '', rest = ''] = match
  if (yearText.length !== 4) return { ok: false, error: '年份应写全四位数字，例如〔2026〕。' }
  if (rest.startsWith('第')) return { ok: false, error: '序号前不加“第”字。' }
  const serialMatch = /^(\d+)号$/.exec(rest)
  if (!serialMatch) return { ok: false, error: '序号应为阿拉伯数字并以“号”结尾，例如 12号。' }
  const serialText = serialMatch[1] ?? ''
  if (serialText.startsWith('0'))
    return { ok: false, error: '序号不编虚位：写 1号，不写 01号或 001号。' }
  if (!prefix.trim()) return { ok: false, error: '文号缺少机关代字。' }
  return { ok: true, value: { prefix, year: Number(yearText), serial: Number(serialText) } }
}
