// The built-in violation catalogue (违法行为库): every entry cites the primary text it was verified
// from (docs/domain/violations.md). Offices add their own 裁量基准 on top (imported from .xlsx).
import type { ViolationEntry } from '../types'
import { ADVERTISING_PRICE_VIOLATIONS } from './advertising-price'
import { FOOD_VIOLATIONS } from './food'
import { MARKET_ORDER_VIOLATIONS } from './market-order'
import { QUALITY_VIOLATIONS } from './quality'

/** Every built-in entry, grouped by field of supervision in this order. */
export const BUILTIN_VIOLATIONS: readonly ViolationEntry[] = [
  ...FOOD_VIOLATIONS,
  ...ADVERTISING_PRICE_VIOLATIONS,
  ...QUALITY_VIOLATIONS,
  ...MARKET_ORDER_VIOLATIONS,
]

/**
 * The catalogue in use: the office's entries replace built-in ones with the same id and are
 * added otherwise (an office's 裁量基准 may narrow or restate a built-in entry).
 */
export function mergeCatalogue(
  builtin: readonly ViolationEntry[],
  office: readonly ViolationEntry[],
): ViolationEntry[] {
  const byId = new Map(builtin.map((e) => [e.id, e]))
  for (const e of office) byId.set(e.id, e)
  return [...byId.values()]
}

/** The entry with `id`, or undefined. */
export function findViolation(
  entries: readonly ViolationEntry[],
  id: string,
): ViolationEntry | undefined {
  return entries.find((e) => e.id === id)
}

/** The 案由 for the chosen violations: 涉嫌……案 (editable by the officer afterwards). */
export function causeFromViolations(entries: readonly Pick<ViolationEntry, 'name'>[]): string {
  if (entries.length === 0) return ''
  return `涉嫌${entries.map((e) => e.name).join('、')}案`
}
