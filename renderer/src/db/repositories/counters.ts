/**
 * Number sequences (table `counters`). Case numbers count per office and per year of the date the
 * case was registered: the office's 文号机关代字 + 案 + 〔year〕 + number + 号, e.g.
 * 鄂汉阳市监案〔2026〕12号. A number is taken inside the transaction that writes the case, so it
 * is never given twice and never reused (a voided case keeps its number).
 */
import { nextInRange, type NumberRange } from '@shared/sync/number-ranges'
import type { AppDB } from '../app-db'
import { getMeta } from '../meta'

/** Counter key of the case numbers of `year`. */
export function caseNoCounterKey(year: number): string {
  return `caseNo:${year}`
}

/** Counter key of a document-number sequence (documents issue): `docNo:${code}:${year}`. */
export function docNoCounterKey(code: string, year: number): string {
  return `docNo:${code}:${year}`
}

/**
 * The case number: `${docCode}案〔${year}〕${n}号`. 案 marks it as a case number, distinct from
 * the document numbers (e.g. 鄂汉阳市监处罚〔2026〕3号) the documents issue allocates.
 */
export function formatCaseNo(docCode: string, year: number, n: number): string {
  return `${docCode}案〔${year}〕${n}号`
}

/** Numeric sort key of a case number: year × 1,000,000 + n. */
export function caseNoSortKey(year: number, n: number): number {
  return year * 1_000_000 + n
}

/** Short search form of a case number, e.g. 2026-12. */
export function shortCaseNo(year: number, n: number): string {
  return `${year}-${n}`
}

/**
 * This PC's number range for 案号 or 文号 when the office syncs (设置 → 同步; docs/sync.md
 * "Numbers"), else null. Call inside a transaction that lists `db.meta`.
 */
export async function numberRange(
  db: AppDB,
  series: 'caseNo' | 'docNo',
): Promise<NumberRange | null> {
  const sync = await getMeta(db, 'syncSettings')
  return (series === 'caseNo' ? sync?.caseNoRange : sync?.docNoRange) ?? null
}

/**
 * Take the next `count` values of a counter (first value returned), inside `range` when this PC
 * has one: a used-up range is refused with the Chinese message saying what to do, and nothing is
 * taken. Call only inside a rw transaction that lists `db.counters`.
 */
export async function takeCounter(
  db: AppDB,
  key: string,
  range: NumberRange | null,
  count = 1,
): Promise<{ ok: true; first: number } | { ok: false; message: string }> {
  const current = await db.counters.get(key)
  const next = nextInRange(current?.value ?? 0, range, count)
  if (!next.ok) return next
  await db.counters.put({ key, value: next.last })
  return { ok: true, first: next.first }
}
