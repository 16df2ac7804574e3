// The lawful fine range of a fine rule, in exact integer 分 (docs/domain/discretion.md, "Rule
// kinds" and "Rounding"). "以上/以下" include the amount, "不足" excludes it (SAMR-PR Art. 84).
import { formatFenForText } from './provision'
import {
  FACT_OF_BASE,
  FINE_BASES,
  type FenRange,
  type FineBase,
  type FineFacts,
  type FineRule,
} from './types'

/** A rule cannot be applied to the facts given; the message is Chinese and says what to do. */
export class DiscretionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DiscretionError'
  }
}

/** The value of `base` in `facts`, undefined when not established; throws on a malformed value. */
function baseValue(base: FineBase, facts: FineFacts): number | undefined {
  const v = facts[FACT_OF_BASE[base]]
  if (v === undefined) return undefined
  if (!Number.isSafeInteger(v) || v < 0) {
    throw new DiscretionError(`${FINE_BASES[base]}应为非负整数（单位：分），请重新填写`)
  }
  return v
}

function requireBase(base: FineBase, facts: FineFacts): number {
  const v = baseValue(base, facts)
  if (v === undefined) {
    const label = FINE_BASES[base]
    throw new DiscretionError(`该违法行为的罚款按${label}计算，请先填写${label}`)
  }
  return v
}

function assertFen(fen: number, what: string): void {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new DiscretionError(`罚款规则有误：${what}应为非负整数（单位：分），请检查违法行为库`)
  }
}

/** A multiple (0.5, 1.5, 15 …) as an exact fraction num/den, read from its decimal form. */
function timesAsFraction(times: number): { num: bigint; den: bigint } {
  const m =
    Number.isFinite(times) && times >= 0 ? /^(\d+)(?:\.(\d{1,6}))?$/.exec(String(times)) : null
  if (!m) {
    throw new DiscretionError(`罚款规则有误：倍数${times}无法精确计算，请检查违法行为库`)
  }
  const frac = m[2] ?? ''
  return { num: BigInt(`${m[1] ?? '0'}${frac}`), den: 10n ** BigInt(frac.length) }
}

function toSafeNumber(v: bigint): number {
  const n = Number(v)
  if (!Number.isSafeInteger(n)) {
    throw new DiscretionError('罚款金额超出可计算的范围，请核对计算基数')
  }
  return n
}

/**
 * base × times in whole 分: the minimum rounds UP and the maximum rounds DOWN, so the range never
 * reaches outside the statute. When rounding leaves no whole-分 amount inside (only for bases of a
 * few 分, e.g. 1分 × 0.5–0.9), both ends become the maximum rounded down: the nearest amount that
 * does not exceed the statute (docs/domain/discretion.md, "Rounding").
 */
function multipleRange(base: number, minTimes: number, maxTimes: number): FenRange {
  if (minTimes > maxTimes) {
    throw new DiscretionError('罚款规则有误：最低倍数高于最高倍数，请检查违法行为库')
  }
  const lo = timesAsFraction(minTimes)
  const hi = timesAsFraction(maxTimes)
  const b = BigInt(base)
  const minFen = toSafeNumber((b * lo.num + lo.den - 1n) / lo.den)
  const maxFen = toSafeNumber((b * hi.num) / hi.den)
  return minFen <= maxFen ? { minFen, maxFen } : { minFen: maxFen, maxFen }
}

/** The base a rule is computed from (the primary's base for a fallback rule), if any. */
export function ruleBase(rule: FineRule): FineBase | undefined {
  switch (rule.kind) {
    case 'fixed':
      return undefined
    case 'multiple':
    case 'tiered':
      return rule.base
    case 'fallback':
      return ruleBase(rule.primary)
  }
}

/** Every base a rule may need, in order of first mention (for showing the right input fields). */
export function fineRuleBases(rule: FineRule): FineBase[] {
  const out: FineBase[] = []
  const visit = (r: FineRule): void => {
    const b = r.kind === 'multiple' || r.kind === 'tiered' ? r.base : undefined
    if (b !== undefined && !out.includes(b)) out.push(b)
    if (r.kind === 'tiered') {
      visit(r.below)
      visit(r.atOrAbove)
    } else if (r.kind === 'fallback') {
      visit(r.primary)
      visit(r.fallback)
    }
  }
  visit(rule)
  return out
}

/**
 * The lawful fine range (both ends inclusive, integer 分) of `rule` for `facts`.
 * - fixed: the amounts as given ("Y元以下" has minFen 0).
 * - multiple: ceil(base × minTimes) … floor(base × maxTimes), computed exactly (see multipleRange).
 * - tiered: `below` when the base is under `thresholdFen` ("不足" excludes the threshold),
 *   `atOrAbove` when it is at or above it ("以上" includes it).
 * - fallback: `fallback` when the primary's base is not established, is 0 with
 *   `fallbackWhenZero`, or the officer marked it unusable (`facts.baseUnusable`, "无法计算或者明显
 *   偏低"); otherwise `primary`.
 * Throws {@link DiscretionError} when the facts lack a base the rule needs ("该违法行为的罚款按货值
 * 金额计算，请先填写货值金额") or the rule itself is malformed.
 */
export function lawfulFineRange(rule: FineRule, facts: FineFacts): FenRange {
  switch (rule.kind) {
    case 'fixed': {
      assertFen(rule.minFen, '最低罚款')
      assertFen(rule.maxFen, '最高罚款')
      if (rule.minFen > rule.maxFen) {
        throw new DiscretionError('罚款规则有误：最低罚款高于最高罚款，请检查违法行为库')
      }
      return { minFen: rule.minFen, maxFen: rule.maxFen }
    }
    case 'multiple':
      return multipleRange(requireBase(rule.base, facts), rule.minTimes, rule.maxTimes)
    case 'tiered': {
      assertFen(rule.thresholdFen, '分档金额')
      const base = requireBase(rule.base, facts)
      return lawfulFineRange(base < rule.thresholdFen ? rule.below : rule.atOrAbove, facts)
    }
    case 'fallback': {
      const b = ruleBase(rule.primary)
      const v = b === undefined ? undefined : baseValue(b, facts)
      const useFallback =
        b !== undefined &&
        (facts.baseUnusable === true ||
          v === undefined ||
          (v === 0 && rule.fallbackWhenZero === true))
      return lawfulFineRange(useFallback ? rule.fallback : rule.primary, facts)
    }
  }
}

/** A multiple as written in a rule sentence: 10倍, 1.5倍; below 1 as a percentage (0.5 → 50%). */
function formatTimes(times: number): string {
  const { num, den } = timesAsFraction(times)
  if (times < 1 && times > 0 && (num * 100n) % den === 0n) return `${(num * 100n) / den}%`
  return `${String(times)}倍`
}

function describeAmounts(lo: string, hi: string, minIsZero: boolean, same: boolean): string {
  if (same) return `处${hi}罚款`
  if (minIsZero) return `处${hi}以下罚款`
  return `处${lo}以上${hi}以下罚款`
}

/**
 * The rule in Chinese, Arabic numerals, as shown in the UI and printed next to the basis:
 * "处5万元以上10万元以下罚款", "处货值金额10倍以上20倍以下罚款", "处5000元以下罚款",
 * "货值金额不足1万元的，处5万元以上10万元以下罚款；货值金额1万元以上的，处货值金额10倍以上20倍以下
 * 罚款", "处广告费用3倍以上5倍以下罚款；广告费用无法计算或者明显偏低的，处20万元以上100万元以下罚款".
 */
export function describeFineRule(rule: FineRule): string {
  switch (rule.kind) {
    case 'fixed':
      return describeAmounts(
        formatFenForText(rule.minFen),
        formatFenForText(rule.maxFen),
        rule.minFen === 0,
        rule.minFen === rule.maxFen,
      )
    case 'multiple': {
      // 处货值金额10倍以上20倍以下罚款: the base is named once, before the lower multiple.
      const label = FINE_BASES[rule.base]
      const hi = formatTimes(rule.maxTimes)
      if (rule.minTimes === rule.maxTimes) return `处${label}${hi}罚款`
      if (rule.minTimes === 0) return `处${label}${hi}以下罚款`
      return `处${label}${formatTimes(rule.minTimes)}以上${hi}以下罚款`
    }
    case 'tiered': {
      const label = FINE_BASES[rule.base]
      const t = formatFenForText(rule.thresholdFen)
      return `${label}不足${t}的，${describeFineRule(rule.below)}；${label}${t}以上的，${describeFineRule(rule.atOrAbove)}`
    }
    case 'fallback': {
      const b = ruleBase(rule.primary)
      const primary = describeFineRule(rule.primary)
      if (b === undefined) return primary
      const label = FINE_BASES[b]
      const when = rule.fallbackWhenZero
        ? `没有${label}或者${label}无法计算的`
        : `${label}无法计算或者明显偏低的`
      return `${primary}；${when}，${describeFineRule(rule.fallback)}`
    }
  }
}
