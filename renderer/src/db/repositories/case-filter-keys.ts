/**
 * The primary keys matching the case list's filters, read key-only from each filter's index
 * (getAllKeys, no records) and intersected smallest first. See ./case-list.ts for the plan.
 */
import { activeCalendar, addWorkingDaysOn } from '@shared/calendar'
import {
  caseNoQuery,
  caseTextContains,
  normalizeSearchText,
  searchQuery,
} from '@shared/domain/case/search'
import { holderToken } from '@shared/domain/case/assignment'
import { Dexie } from 'dexie'
import type { AppDB } from '../app-db'
import type { CaseRecord } from '../cases-records'
import type { CaseListQuery } from './case-list'
import { readRuleSettings } from './rule-settings'

export type Keys = Set<string>

/**
 * Ids matching the filters. `unconfirmed` ⊆ `keys` are ids known only through their bigrams (or
 * a case-number range that cannot see the office prefix): the case must still pass the substring
 * test against `needle` (party name, 经营者 / 法定代表人, case number: caseTextContains).
 */
export interface Matches {
  keys: Keys
  unconfirmed: Keys
  needle: string
  /**
   * Reads the records of a superset of `keys` through index ranges (a case-number fragment's
   * caseNoKey ranges): a few range reads cost far less than one request per key.
   */
  read?: () => Promise<CaseRecord[]>
}

async function keysOf(coll: { primaryKeys(): Promise<unknown[]> }): Promise<Keys> {
  return new Set((await coll.primaryKeys()) as string[])
}

/** Intersection of key sets, walking the smallest. */
function intersect(sets: Keys[]): Keys {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size)
  if (!first) return new Set()
  const out: Keys = new Set()
  for (const k of first) if (rest.every((s) => s.has(k))) out.add(k)
  return out
}

/**
 * Name grams with more matches than this are "dense": their key sets are not read in the page
 * path (reading keys of a multiEntry index costs ~25 µs each on the office PC).
 */
export const DENSE_GRAM = 400

/**
 * A text query whose every name gram is dense: the page is found by scanning the sort index's
 * records and testing them (few records per page, since matches are dense); `others` are the
 * other filters' keys (null when none), `exact` the ids matching the exact token.
 */
export interface DenseText {
  dense: true
  others: Keys | null
  exact: Keys
  needle: string
}

async function textMatches(db: AppDB, text: string, full: boolean): Promise<Matches | DenseText> {
  // A case-number fragment with 〔 or 〕 ("〔2026〕3", "2026〕3号"): key-only ranges of the
  // caseNoKey index — as many keys as matching cases, never a scan (caseNoQuery).
  const no = caseNoQuery(text)
  if (no) {
    const keys = no.ranges.length
      ? await keysOf(db.cases.where('caseNoKey').inAnyRange(no.ranges, { includeUppers: true }))
      : new Set<string>()
    const read = async () =>
      (
        await Promise.all(
          no.ranges.map(([a, b]) =>
            db.cases.where('caseNoKey').between(a, b, true, true).toArray(),
          ),
        )
      ).flat()
    return { keys, unconfirmed: no.exact ? new Set() : new Set(keys), needle: no.needle, read }
  }
  const q = searchQuery(text)
  const needle = normalizeSearchText(text)
  if (!q.exact) return { keys: new Set(), unconfirmed: new Set(), needle }
  // A query of one or two characters is itself a name gram: its set is read as a gram below.
  const exact = q.grams.includes(q.exact)
    ? new Set<string>()
    : await keysOf(db.cases.where('searchTokens').equals(q.exact))
  const gramSets: Keys[] = []
  for (const gram of q.grams) {
    const coll = db.cases.where('searchTokens').equals(gram)
    const s = await keysOf(full ? coll : coll.limit(DENSE_GRAM + 1))
    // A dense gram is left out: the substring test below covers it.
    if (!full && s.size > DENSE_GRAM) continue
    gramSets.push(s)
    if (s.size === 0) break
  }
  if (!gramSets.length) return { dense: true, others: null, exact, needle }
  const byName = intersect(gramSets)
  const unconfirmed: Keys = new Set()
  // One gram (1–2 characters) is the substring itself; longer queries need the check.
  if (q.grams.length > 1) for (const k of byName) if (!exact.has(k)) unconfirmed.add(k)
  return { keys: new Set([...exact, ...byName]), unconfirmed, needle }
}

/**
 * The matches of the active filters (null when no filter is set). With `full` false (the page
 * path) a text query whose name grams are all dense comes back as {@link DenseText}.
 */
export async function filterMatches(
  db: AppDB,
  q: CaseListQuery,
  full = true,
): Promise<Matches | DenseText | null> {
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
  // The holder's token in *searchTokens (docs/sync.md "Assignment").
  if (q.holderId) {
    sets.push(await keysOf(db.cases.where('searchTokens').equals(holderToken(q.holderId))))
  }
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
  let text: Matches | null = null
  if (q.text && q.text.trim()) {
    const t = await textMatches(db, q.text, full)
    if ('dense' in t) return { ...t, others: sets.length ? intersect(sets) : null }
    text = t
    sets.push(text.keys)
  }
  if (!sets.length) return null
  const keys = sets.length === 1 ? sets[0]! : intersect(sets)
  const unconfirmed: Keys = new Set()
  if (text) for (const k of text.unconfirmed) if (keys.has(k)) unconfirmed.add(k)
  return {
    keys,
    unconfirmed,
    needle: text?.needle ?? '',
    ...(text?.read ? { read: text.read } : {}),
  }
}

/** Whether a record of the scanned sort index matches a dense text query. */
export function denseMatch(d: DenseText, r: CaseRecord): boolean {
  if (d.others && !d.others.has(r.id)) return false
  return d.exact.has(r.id) || matchesText(r, d.needle)
}

/** The substring test of a search text on a case record (caseTextContains). */
function matchesText(r: CaseRecord, needle: string): boolean {
  return caseTextContains(
    { partyName: r.partyName, party: r.partySnapshot, caseNo: r.caseNo },
    needle,
  )
}

/** Whether a record read for `m` really matches (the substring test for unconfirmed ids). */
export function confirmed(m: Matches, r: CaseRecord | undefined): r is CaseRecord {
  return !!r && (!m.unconfirmed.has(r.id) || matchesText(r, m.needle))
}

/** The exact number of matches: unconfirmed ids are read in batches and tested. */
export async function countMatches(db: AppDB, m: Matches): Promise<number> {
  let n = m.keys.size
  const ids = [...m.unconfirmed]
  for (let i = 0; i < ids.length; i += 1000) {
    const recs = await db.cases.bulkGet(ids.slice(i, i + 1000))
    for (const r of recs) if (!confirmed(m, r)) n--
  }
  return n
}

/** Signature of the filters of `q` for the count cache; null when not cacheable ('' = none). */
export function filterSignature(q: CaseListQuery): string | null {
  // 'soon' depends on the office's lead days (settings), which do not invalidate the cache.
  if (q.due === 'soon') return null
  const parts = [
    q.stage?.length ? [...q.stage].sort().join(',') : '',
    q.officerId ?? '',
    q.holderId ?? '',
    q.source ?? '',
    q.due === 'overdue' ? `overdue<${q.today}` : '',
    q.dateFrom ?? '',
    q.dateTo ?? '',
    q.text?.trim() ? normalizeSearchText(q.text) : '',
  ]
  return parts.every((p) => p === '') ? '' : JSON.stringify(parts)
}
