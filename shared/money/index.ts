// Money is integer 分 (fen) everywhere; no floats are ever stored (docs/architecture/overview.md §3).
import { toDayNumber, type IsoDate } from '../util/date'

/** Surcharge rate of APL Art. 72(1): 3 % of the fine per day, as a fraction 3/100. */
export const SURCHARGE_PERCENT_PER_DAY = 3

/** A closed date range [from, to] during which no surcharge accrues (review/litigation pending, APL Art. 73). */
export interface DateRange {
  from: IsoDate
  to: IsoDate
}

function assertFen(fen: number, label: string): void {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new RangeError(`${label}应为非负整数（单位：分），收到：${fen}`)
  }
}

/**
 * Days after `dueDate` up to and including `paidOn` on which a surcharge accrues, leaving out
 * days inside `excluded` ranges (APL Art. 73: not computed while review or litigation is pending).
 */
export function surchargeDays(
  dueDate: IsoDate,
  paidOn: IsoDate,
  excluded: DateRange[] = [],
): number {
  const first = toDayNumber(dueDate) + 1
  const last = toDayNumber(paidOn)
  if (last < first) return 0
  const skip = new Set<number>()
  for (const r of excluded) {
    const a = Math.max(first, toDayNumber(r.from))
    const b = Math.min(last, toDayNumber(r.to))
    for (let d = a; d <= b; d++) skip.add(d)
  }
  return last - first + 1 - skip.size
}

/**
 * Late-payment surcharge (加处罚款) in fen, APL Art. 72(1) and SAMR-PR Art. 75: 3 % of the fine
 * for each day after `dueDate` (the first surcharge day is dueDate + 1) up to `paidOn`, in total
 * never more than the fine. Rounding: the exact total fine × 3 × days / 100 is rounded **down**
 * to whole fen (a fraction of a fen cannot be collected, and the party is never charged more than
 * the statute allows). `excluded` ranges are left out (APL Art. 73). Throws on a non-integer fine.
 */
export function lateSurchargeFen(
  fineFen: number,
  dueDate: IsoDate,
  paidOn: IsoDate,
  excluded: DateRange[] = [],
): number {
  assertFen(fineFen, '罚款金额')
  // After 34 days the 3 %/day total (102 %) already exceeds the cap; stopping there also keeps
  // the product far inside the safe-integer range.
  const days = Math.min(surchargeDays(dueDate, paidOn, excluded), 34)
  return Math.min(Math.floor((fineFen * SURCHARGE_PERCENT_PER_DAY * days) / 100), fineFen)
}

/**
 * Parses an amount typed in 元 ('1234', '1,234.5', '0.07') into integer fen without floating
 * point. Returns undefined for anything that is not a non-negative amount with at most 2 decimals.
 */
export function parseYuanToFen(input: string): number | undefined {
  const s = input.trim().replace(/[,，]/g, '')
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) return undefined
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? fen : undefined
}

/** Formats fen as 元 with thousands separators and two decimals, e.g. 123456 → '1,234.56'. */
export function formatFenAsYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额应为整数分，收到：${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`
}
