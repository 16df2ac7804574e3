/**
 * The case list (案件): paging, sorting, filters and search through indexes — the table is never
 * loaded. Each sort field has its own index (createdAt, sourceDate, caseNoKey, nextDueKey,
 * partyName).
 *
 * Rows first, totals when ready: {@link listCaseRows} (the list page's call) never counts what it
 * does not already know; {@link countCases} gives the total, cached until `cases` changes
 * (./case-count.ts). {@link listCases} returns both (export, workbench, tests).
 *
 * Complexity (N cases, P page size, o offset, M = ids matching the filters):
 * - no filter: orderBy(sortIndex)[.reverse()].offset(o).limit(P) — a cursor that advances o keys
 *   and reads P records. The total is count() of the table — O(N) in IndexedDB, so it is cached.
 * - filters: each filter reads only primary keys from its own index (getAllKeys, no records):
 *   stage → [stage+createdAt] ranges, officer → *officerIds, source → [source+createdAt],
 *   due → nextDueKey range, date range → sourceDate range, text → *searchTokens (bigram
 *   intersection plus exact token) or, for a case-number fragment with 〔 or 〕 ("〔2026〕3",
 *   "2026〕3号"), caseNoKey ranges (caseNoQuery: one range per year and serial length, at most
 *   6 × 110; only the matching cases' keys are read). Up to SMALL such matches are then read
 *   through the same ranges and sorted in memory (they cluster in one year, so a walk of the
 *   sort index could pass every later case first). The key sets are intersected (smallest
 *   first); total = the intersection's size. Ordering: a sparse set is read (bulkGet) and sorted
 *   in memory; a dense or large one (> SMALL, or where (o + P)·N/M key steps cost less than M
 *   record reads) is paged by walking the sort index key-only and stopping once the page is
 *   filled. Before N is known (no count yet in this window), a confirmed set of 64 or more is
 *   first walked with a budget of 16·M²/(o + P) key steps — the break-even — and read whole only
 *   when the budget runs out.
 * - text search: the tokens are the grams of the party name, of the person behind it (经营者 /
 *   法定代表人) and of the number's serial ("3号"); bigrams are necessary but not sufficient for a
 *   substring (two bigrams may not be adjacent), so a match is confirmed by the real substring
 *   test on those texts (caseTextContains) — for a set read whole on every candidate, for a
 *   walked one only on the candidates walked for the page; the exact total of a walked search is
 *   then counted lazily (countCases, cached). A gram with more than DENSE_GRAM matches is not
 *   read in the page path; when every gram is that dense ("3号": about one case in ten), the page
 *   comes from scanning the sort index's records with the substring test (≈ (o + P)·N/M
 *   records, at most DENSE_SCAN, else the key sets after all).
 */
import type { Stage } from '@shared/domain/case'
import type { AppDB } from '../app-db'
import type { CaseRecord } from '../cases-records'
import { cachedCount, peekCount, totalCases } from './case-count'
import {
  confirmed,
  countMatches,
  denseMatch,
  filterMatches,
  filterSignature,
  type DenseText,
  type Matches,
} from './case-filter-keys'

/** Sortable fields of the list. */
export type CaseSortField = 'createdAt' | 'sourceDate' | 'caseNo' | 'nextDueOn' | 'partyName'

/** A list query. `page` is 1-based; `today` is the legal date the due filters compare with. */
export interface CaseListQuery {
  page: number
  pageSize: number
  sort?: { field: CaseSortField; dir: 'asc' | 'desc' }
  stage?: Stage[]
  officerId?: string
  /** Cases this officer holds by 转办/接手 (docs/sync.md "Assignment"; a token in *searchTokens). */
  holderId?: string
  source?: string
  /** overdue: next due date before today; soon: today … today + the lead working days (default 3). */
  due?: 'overdue' | 'soon'
  /** sourceDate range, inclusive. */
  dateFrom?: string
  dateTo?: string
  /**
   * Substring of the party name, of its 经营者 / 法定代表人 or of the case number ("3号" also
   * finds 13号), full USCC / ID number, short case number 2026-12.
   */
  text?: string
  today: string
}

/** One page and the number of matching cases. */
export interface CaseListPage {
  rows: CaseRecord[]
  total: number
}

/** One page; `total` is null when only counting would tell it (then ask {@link countCases}). */
export interface CaseListRows {
  rows: CaseRecord[]
  total: number | null
}

const SORT_INDEX: Record<CaseSortField, keyof CaseRecord> = {
  createdAt: 'createdAt',
  sourceDate: 'sourceDate',
  caseNo: 'caseNoKey',
  nextDueOn: 'nextDueKey',
  partyName: 'partyName',
}

/** Sets above this size are always paged by the sort index (never read whole). */
const SMALL = 2000

/**
 * Whether to page `m` matches by walking the sort index (about end·n/m key steps) rather than
 * reading and sorting all m records: above SMALL always; below, when the walk is cheaper than
 * the reads (a key step costs a fraction of a record read) — known only once the table's total
 * `n` was counted.
 */
function walkIsCheaper(m: number, end: number, n: number | null): boolean {
  if (m > SMALL) return true
  if (n === null || m < 64) return false
  return end * n < 16 * m * m
}

function compareBy(field: keyof CaseRecord, dir: 'asc' | 'desc') {
  const sign = dir === 'asc' ? 1 : -1
  return (a: CaseRecord, b: CaseRecord) => {
    const x = a[field] as string | number
    const y = b[field] as string | number
    const c = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    return c * sign
  }
}

function sortedIndex(db: AppDB, field: keyof CaseRecord, dir: 'asc' | 'desc') {
  const ordered = db.cases.orderBy(field as string)
  return dir === 'desc' ? ordered.reverse() : ordered
}

/**
 * The rows [offset, offset + size) of a large match set in sort order: walk the sort index
 * key-only and stop once enough matches were seen. Unconfirmed name matches among them are read
 * and tested; when tests fail the walk goes on further (the target doubles). With `maxSteps`,
 * null when that many keys were walked before the page was found.
 */
async function walkSortIndex(
  db: AppDB,
  field: keyof CaseRecord,
  dir: 'asc' | 'desc',
  m: Matches,
  offset: number,
  size: number,
  maxSteps = Infinity,
): Promise<CaseRecord[] | null> {
  const end = offset + size
  let target = m.unconfirmed.size ? Math.ceil(end * 1.25) + 8 : end
  for (;;) {
    const hits: string[] = []
    let stopped = false
    let steps = 0
    const want = target
    await sortedIndex(db, field, dir)
      .until(() => {
        if (hits.length < want && steps < maxSteps) return false
        stopped = true
        return true
      })
      .eachPrimaryKey((k) => {
        steps++
        if (m.keys.has(k as string)) hits.push(k as string)
      })
    // The step budget ran out before the page was found: the caller reads the set instead.
    if (stopped && hits.length < want) return null
    if (!m.unconfirmed.size) {
      const recs = await db.cases.bulkGet(hits.slice(offset, end))
      return recs.filter((r): r is CaseRecord => !!r)
    }
    // Only the unconfirmed hits need reading before the page; the page's rows are read anyway.
    const check = hits.filter((k, i) => i >= offset || m.unconfirmed.has(k))
    const read = new Map<string, CaseRecord | undefined>()
    const recs = await db.cases.bulkGet(check)
    check.forEach((k, i) => read.set(k, recs[i]))
    const ok = hits.filter((k) => !read.has(k) || confirmed(m, read.get(k)))
    if (ok.length >= end || !stopped) {
      const page = ok.slice(offset, end)
      const missing = page.filter((k) => !read.has(k))
      if (missing.length) {
        const more = await db.cases.bulkGet(missing)
        missing.forEach((k, i) => read.set(k, more[i]))
      }
      return page.map((k) => read.get(k)).filter((r): r is CaseRecord => !!r)
    }
    target *= 2
  }
}

/** Records scanned for a dense text query before falling back to the key sets. */
const DENSE_SCAN = 3000

/**
 * The rows [offset, offset + size) of a dense text query: scan the sort index's records and
 * test them; null when DENSE_SCAN records did not fill the page (the matches are not that dense
 * after all).
 */
async function scanDense(
  db: AppDB,
  field: keyof CaseRecord,
  dir: 'asc' | 'desc',
  d: DenseText,
  offset: number,
  size: number,
): Promise<CaseRecord[] | null> {
  const rows: CaseRecord[] = []
  let seen = 0
  let scanned = 0
  let stopped = false
  await sortedIndex(db, field, dir)
    .until(() => {
      if (rows.length < size && scanned < DENSE_SCAN) return false
      stopped = true
      return true
    })
    .each((r) => {
      scanned++
      if (!denseMatch(d, r)) return
      if (seen++ >= offset) rows.push(r)
    })
  return rows.length >= size || !stopped ? rows : null
}

/**
 * One page of cases for `q` (see the module comment for the index plan and its cost), without
 * waiting for a count it does not know: `total` is null for the unfiltered list until the total
 * was counted once (and after any change to the cases), and for a large name search whose matches
 * are not all confirmed. Ask {@link countCases} then.
 */
export async function listCaseRows(db: AppDB, q: CaseListQuery): Promise<CaseListRows> {
  const field = SORT_INDEX[q.sort?.field ?? 'createdAt']
  const dir = q.sort?.dir ?? 'desc'
  const size = Math.max(1, Math.floor(q.pageSize))
  const offset = (Math.max(1, Math.floor(q.page)) - 1) * size
  return db.transaction('r', [db.cases, db.meta], async () => {
    let m = await filterMatches(db, q, false)
    if (m === null) {
      const rows = await sortedIndex(db, field, dir).offset(offset).limit(size).toArray()
      return { rows, total: peekCount(db, '') }
    }
    if ('dense' in m) {
      const rows = await scanDense(db, field, dir, m, offset, size)
      const sig = filterSignature(q)
      if (rows) return { rows, total: sig === null ? null : peekCount(db, sig) }
      m = (await filterMatches(db, q, true)) as Matches
    }
    // A case-number fragment: its records are read through their caseNoKey ranges (a few range
    // reads) and sorted in memory — its matches cluster in one year, so a walk of the sort index
    // may pass every later case before the first hit.
    if (m.read && m.keys.size <= SMALL) {
      const keys = m.keys
      const recs = (await m.read()).filter((r) => keys.has(r.id) && confirmed(m, r))
      recs.sort(compareBy(field, dir))
      return { rows: recs.slice(offset, offset + size), total: recs.length }
    }
    const n = peekCount(db, '')
    if (!walkIsCheaper(m.keys.size, offset + size, n)) {
      // The table's size is not known yet (no count in this window so far): a walk costs about
      // (o + P)·N/M key steps and reading the set M records, so try the walk with a budget of
      // what the reads would cost — never much worse than the better plan, and a case-number
      // fragment matching a thousand cases no longer reads them all.
      if (n === null && m.keys.size >= 64 && !m.unconfirmed.size) {
        const budget = Math.ceil((16 * m.keys.size * m.keys.size) / (offset + size))
        const rows = await walkSortIndex(db, field, dir, m, offset, size, budget)
        if (rows) return { rows, total: m.keys.size }
      }
      const recs = (await db.cases.bulkGet([...m.keys])).filter((r) => confirmed(m, r))
      recs.sort(compareBy(field, dir))
      return { rows: recs.slice(offset, offset + size), total: recs.length }
    }
    // Without a step budget the walk always fills the page (or reaches the index's end).
    const rows = (await walkSortIndex(db, field, dir, m, offset, size)) ?? []
    if (!m.unconfirmed.size) return { rows, total: m.keys.size }
    const sig = filterSignature(q)
    return { rows, total: sig === null ? null : peekCount(db, sig) }
  })
}

/** The number of cases matching the filters of `q` (paging and sort ignored); cached. */
export async function countCases(db: AppDB, q: CaseListQuery): Promise<number> {
  const count = () =>
    db.transaction('r', [db.cases, db.meta], async () => {
      const m = (await filterMatches(db, q, true)) as Matches | null
      return m === null ? db.cases.count() : countMatches(db, m)
    })
  const sig = filterSignature(q)
  if (sig === '') return totalCases(db)
  return sig === null ? count() : cachedCount(db, sig, count)
}

/** One page and its total (waits for the count when it is not known yet). */
export async function listCases(db: AppDB, q: CaseListQuery): Promise<CaseListPage> {
  const page = await listCaseRows(db, q)
  return { rows: page.rows, total: page.total ?? (await countCases(db, q)) }
}
