/**
 * The case list (案件): paging, sorting, filters and search through indexes — the table is never
 * loaded. Each sort field has its own index (createdAt, sourceDate, caseNoKey, nextDueKey,
 * partyName).
 *
 * Complexity (N cases, P page size, M = ids matching a filter):
 * - no filter: orderBy(sortIndex)[.reverse()].offset(o).limit(P) — a cursor that advances o keys
 *   and reads P records; total = count() of the table. Page k costs O(k·P) key steps (cheap) +
 *   O(P) record reads.
 * - filters: each filter reads only primary keys from its own index (key-only, no records):
 *   stage → [stage+createdAt] ranges, officer → *officerIds, source → [source+createdAt],
 *   due → nextDueKey range, date range → sourceDate range, text → *searchTokens (bigram
 *   intersection plus exact token). The key sets are intersected (smallest first); total = the
 *   intersection's size. Ordering: a small set (≤ SMALL) is read (bulkGet) and sorted in memory;
 *   a large one is ordered by walking the sort index's primary keys (N keys, no records) and
 *   keeping those in the set. Cost O(Σ M_filter + min(M log M, N)) key operations + P records.
 * - text search: bigrams are necessary but not sufficient for a substring (two bigrams may not be
 *   adjacent); when the candidate set is ≤ SMALL, candidates are confirmed by the real substring
 *   test on the party name; above that the bigram match is taken as is (rare false positives
 *   with ≥3-character queries).
 */
import { activeCalendar, addWorkingDaysOn } from '@shared/calendar'
import type { Stage } from '@shared/domain/case'
import { nameContains, normalizeSearchText, searchQuery } from '@shared/domain/case/search'
import { Dexie } from 'dexie'
import type { AppDB } from '../app-db'
import type { CaseRecord } from '../cases-records'
import { readRuleSettings } from './rule-settings'

/** Sortable fields of the list. */
export type CaseSortField = 'createdAt' | 'sourceDate' | 'caseNo' | 'nextDueOn' | 'partyName'

/** A list query. `page` is 1-based; `today` is the legal date the due filters compare with. */
export interface CaseListQuery {
  page: number
  pageSize: number
  sort?: { field: CaseSortField; dir: 'asc' | 'desc' }
  stage?: Stage[]
  officerId?: string
  source?: string
  /** overdue: next due date before today; soon: today … today + the lead working days (default 3). */
  due?: 'overdue' | 'soon'
  /** sourceDate range, inclusive. */
  dateFrom?: string
  dateTo?: string
  /** Party name substring, full USCC / ID number, case number (full or short 2026-12). */
  text?: string
  today: string
}

/** One page and the number of matching cases. */
export interface CaseListPage {
  rows: CaseRecord[]
  total: number
}

const SORT_INDEX: Record<CaseSortField, keyof CaseRecord> = {
  createdAt: 'createdAt',
  sourceDate: 'sourceDate',
  caseNo: 'caseNoKey',
  nextDueOn: 'nextDueKey',
  partyName: 'partyName',
}

/** Sets up to this size are read and sorted in memory. */
const SMALL = 2000

type Keys = Set<string>

async function keysOf(coll: { primaryKeys(): Promise<unknown[]> }): Promise<Keys> {
  return new Set((await coll.primaryKeys()) as string[])
}

function intersect(sets: Keys[]): Keys {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size)
  if (!first) return new Set()
  const out: Keys = new Set()
  for (const k of first) if (rest.every((s) => s.has(k))) out.add(k)
  return out
}

async function textKeys(db: AppDB, text: string): Promise<Keys> {
  const q = searchQuery(text)
  if (!q.exact) return new Set()
  const exact = await keysOf(db.cases.where('searchTokens').equals(q.exact))
  const gramSets: Keys[] = []
  for (const gram of q.grams) {
    const s = await keysOf(db.cases.where('searchTokens').equals(gram))
    gramSets.push(s)
    if (s.size === 0) break
  }
  const byName = intersect(gramSets)
  if (q.grams.length > 1 && byName.size > 0 && byName.size <= SMALL) {
    const recs = await db.cases.bulkGet([...byName])
    const needle = normalizeSearchText(text)
    for (const r of recs) if (r && !nameContains(r.partyName, needle)) byName.delete(r.id)
  }
  return new Set([...exact, ...byName])
}

/** The key sets of the active filters (null when no filter is set). */
async function filterKeys(db: AppDB, q: CaseListQuery): Promise<Keys | null> {
  const sets: Keys[] = []
  if (q.stage && q.stage.length) {
    const all: Keys = new Set()
    for (const s of q.stage) {
      const keys = await keysOf(
        db.cases
          .where('[stage+createdAt]')
          .between([s, Dexie.minKey], [s, Dexie.maxKey], true, true),
      )
      for (const k of keys) all.add(k)
    }
    sets.push(all)
  }
  if (q.officerId) sets.push(await keysOf(db.cases.where('officerIds').equals(q.officerId)))
  if (q.source) {
    sets.push(
      await keysOf(
        db.cases
          .where('[source+createdAt]')
          .between([q.source, Dexie.minKey], [q.source, Dexie.maxKey], true, true),
      ),
    )
  }
  if (q.due === 'overdue') {
    sets.push(await keysOf(db.cases.where('nextDueKey').below(q.today)))
  } else if (q.due === 'soon') {
    const settings = await readRuleSettings(db)
    const end = addWorkingDaysOn(activeCalendar(), q.today, settings.dueSoonLeadWorkingDays)
    sets.push(await keysOf(db.cases.where('nextDueKey').between(q.today, end, true, true)))
  }
  if (q.dateFrom || q.dateTo) {
    sets.push(
      await keysOf(
        db.cases.where('sourceDate').between(q.dateFrom || '', q.dateTo || '\uffff', true, true),
      ),
    )
  }
  if (q.text && q.text.trim()) sets.push(await textKeys(db, q.text))
  return sets.length ? intersect(sets) : null
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

/** One page of cases for `q` (see the module comment for the index plan and its cost). */
export async function listCases(db: AppDB, q: CaseListQuery): Promise<CaseListPage> {
  const field = SORT_INDEX[q.sort?.field ?? 'createdAt']
  const dir = q.sort?.dir ?? 'desc'
  const size = Math.max(1, Math.floor(q.pageSize))
  const offset = (Math.max(1, Math.floor(q.page)) - 1) * size
  return db.transaction('r', [db.cases, db.meta], async () => {
    const keys = await filterKeys(db, q)
    if (keys === null) {
      const ordered = db.cases.orderBy(field as string)
      const [rows, total] = await Promise.all([
        (dir === 'desc' ? ordered.reverse() : ordered).offset(offset).limit(size).toArray(),
        db.cases.count(),
      ])
      return { rows, total }
    }
    if (keys.size <= SMALL) {
      const recs = (await db.cases.bulkGet([...keys])).filter((r): r is CaseRecord => !!r)
      recs.sort(compareBy(field, dir))
      return { rows: recs.slice(offset, offset + size), total: keys.size }
    }
    const ordered = db.cases.orderBy(field as string)
    const all = (await (dir === 'desc' ? ordered.reverse() : ordered).primaryKeys()) as string[]
    const page: string[] = []
    let seen = 0
    for (const k of all) {
      if (!keys.has(k)) continue
      if (seen >= offset && page.length < size) page.push(k)
      seen++
      if (page.length >= size) break
    }
    const rows = (await db.cases.bulkGet(page)).filter((r): r is CaseRecord => !!r)
    return { rows, total: keys.size }
  })
}
