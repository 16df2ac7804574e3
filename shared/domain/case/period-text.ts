// Period lengths written out as on the SAMR model forms (五个工作日, 十五日, 六十日, 六个月): the
// number comes from DEADLINE_RULES or the office's override (docs/domain/deadlines.md).
import { deadlineRule, type DeadlineRule, type DeadlineRuleId } from './rules'
import { defaultRuleSettings, ruleLength, type RuleSettings } from './settings'

const DIGITS = '零一二三四五六七八九'

/**
 * A whole number 1–9999 in Chinese numerals as statutes write counts: 十, 十五, 二十, 六十,
 * 一百零五, 一千二百. Throws RangeError outside 1–9999.
 */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`期限长度应为 1 至 9999 的整数，收到：${n}`)
  }
  if (n < 10) return DIGITS.charAt(n)
  if (n < 20) return `十${n === 10 ? '' : DIGITS.charAt(n - 10)}`
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ]
  let out = ''
  let zero = false
  for (const [size, name] of units) {
    const d = Math.floor(n / size) % 10
    if (d === 0) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS.charAt(d) + name
  }
  return out
}

/** 两 rather than 二 before a measure word (两个月, 两个工作日), as written Chinese does. */
function countWithMeasure(n: number): string {
  return n === 2 ? '两' : chineseCount(n)
}

/** A length in a unit, e.g. (5, 'working') → 五个工作日, (15, 'natural') → 十五日, (6, 'months') → 六个月. */
export function lengthText(n: number, unit: 'working' | 'natural' | 'months'): string {
  switch (unit) {
    case 'working':
      return `${countWithMeasure(n)}个工作日`
    case 'months':
      return `${countWithMeasure(n)}个月`
    default:
      return `${chineseCount(n)}日`
  }
}

/**
 * The length of `rule` for this office written in Chinese (五个工作日, 十五日, 六个月), using the
 * office's override of a configurable rule (see {@link ruleLength}). A rule whose due date comes
 * from the act (unit 'fixed', e.g. 责令改正期限) gives '按通知书载明的期限'.
 */
export function periodText(
  rule: DeadlineRule | DeadlineRuleId,
  settings: Pick<RuleSettings, 'periodOverrides'> = defaultRuleSettings,
): string {
  const r = typeof rule === 'string' ? deadlineRule(rule) : rule
  const n = ruleLength(r, settings)
  if (n === null || r.unit === 'fixed') return '按通知书载明的期限'
  return lengthText(n, r.unit)
}
