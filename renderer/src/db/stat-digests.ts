/**
 * The statistics digests (table `statDigests`, schema v5): one small record per case from which
 * the 统计分析 page computes every figure without reading the cases and their acts
 * (shared/statistics/digest.ts; docs/domain/statistics.md, "The statistics digest").
 *
 * - Every write that changes a case's acts or record calls {@link putCaseDigest} inside its own
 *   transaction, so a digest is never older than its case. Digests are derived data: they carry
 *   no audit entry of their own and no backup carries them (a restore rebuilds them).
 * - A digest holds the stamp of the rule settings and holiday years it was computed with; the
 *   page first brings stale or missing digests up to date ({@link refreshDigests}, with progress),
 *   then reads the digests of the period in two index ranges ({@link readPeriodDigests}).
 */
import type { Table, Transaction } from 'dexie'
import { activeCalendar, createCalendar, HolidayYearSchema, type Calendar } from '@shared/calendar'
import {
  caseDigest,
  dayArithmetic,
  digestStamp,
  NEVER,
  packDigest,
  type DayArithmetic,
  type PackedDigest,
  type StatisticsPeriod,
} from '@shared/statistics'
import { defaultRuleSettings, type CaseFacts, type RuleSettings } from '@shared/domain/case'
import type { AppDB } from './app-db'
import type { ActRecord, CaseRecord } from './cases-records'
import { parseMeta } from './meta'
import { factsOf } from './repositories/cases'
import { readRuleSettings } from './repositories/rule-settings'

/** What a digest is computed with. */
export interface DigestBasis {
  settings: RuleSettings
  calendar: Calendar
  stamp: string
  days?: DayArithmetic
}

/** The basis of a write: the stored settings and the calendar in use. */
export function digestBasis(settings: RuleSettings, calendar: Calendar = activeCalendar()) {
  return { settings, calendar, stamp: digestStamp(settings, calendar) }
}

/**
 * The stored digest of one case (packed, shared/statistics/digest.ts). Never throws: a case the digest cannot be computed for gets one that
 * sends the page to the case itself (the computation that would have run without digests).
 */
export function digestOf(facts: CaseFacts, voided: boolean, b: DigestBasis): PackedDigest {
  try {
    return packDigest(caseDigest(facts, { ...b, voided }))
  } catch {
    return packDigest({
      id: facts.id,
      stamp: b.stamp,
      years: [],
      openFrom: facts.sourceDate,
      caseNo: facts.caseNo ?? '',
      partyName: facts.party.name,
      cause: facts.cause,
      officerIds: facts.officers.map((o) => o.officerId),
      violationIds: facts.violationIds ?? [],
      sourceDate: facts.sourceDate,
      cutFrom: NEVER,
    })
  }
}

/**
 * Store the digest of case `rec` with `acts` (all of them, in entry order). Call inside the
 * write's transaction, which must include `statDigests`.
 */
export async function putCaseDigest(
  db: AppDB,
  rec: CaseRecord,
  acts: readonly ActRecord[],
  settings: RuleSettings,
): Promise<void> {
  await db.statDigests.put(digestOf(factsOf(rec, acts), !!rec.voided, digestBasis(settings)))
}

/** Cases per page when digests are built for every case. */
const buildPageSize = 500

/**
 * Build the digests of every case, a page of cases at a time (their acts from one range of the
 * [caseId+seq] index: the page's ids are contiguous in key order). `inPage` runs the reading and
 * the writing of one page together — in the schema upgrade's transaction, or in one read-write
 * transaction per page, so a case written meanwhile never gets a digest of its older state.
 * Stops early when `onPage` returns false.
 */
async function buildAll(
  read: (after: string | null) => Promise<{ cases: CaseRecord[]; acts: ActRecord[] }>,
  write: (digests: PackedDigest[]) => Promise<unknown>,
  inPage: <T>(work: () => Promise<T>) => Promise<T>,
  basis: DigestBasis,
  onPage?: (done: number) => boolean | void,
): Promise<number> {
  const b = { ...basis, days: basis.days ?? dayArithmetic(basis.calendar) }
  let after: string | null = null
  let done = 0
  for (;;) {
    const last: string | null = await inPage(async () => {
      const { cases, acts } = await read(after)
      if (cases.length === 0) return null
      const byCase = new Map<string, ActRecord[]>()
      for (const a of acts) {
        const list = byCase.get(a.caseId)
        if (list) list.push(a)
        else byCase.set(a.caseId, [a])
      }
      await write(cases.map((c) => digestOf(factsOf(c, byCase.get(c.id) ?? []), !!c.voided, b)))
      done += cases.length
      return (cases[cases.length - 1] as CaseRecord).id
    })
    if (last === null || onPage?.(done) === false) break
    after = last
  }
  return done
}

function pageReader(cases: Table<CaseRecord, string>, acts: Table<ActRecord, string>) {
  return async (after: string | null) => {
    const page = await (after === null ? cases.orderBy(':id') : cases.where(':id').above(after))
      .limit(buildPageSize)
      .toArray()
    if (page.length === 0) return { cases: page, acts: [] }
    const first = (page[0] as CaseRecord).id
    const last = (page[page.length - 1] as CaseRecord).id
    const rows = await acts
      .where('[caseId+seq]')
      .between([first, -Infinity], [last, Infinity], true, true)
      .toArray()
    return { cases: page, acts: rows }
  }
}

/** Who hears how far the v5 upgrade is (the start-up screen, stores/app.ts). */
let upgradeListener: ((done: number, total: number) => void) | null = null

/** Report the progress of the v5 upgrade to `listener` (null: to nobody). */
export function onDigestUpgrade(listener: ((done: number, total: number) => void) | null): void {
  upgradeListener = listener
}

/**
 * The schema upgrade to v5: the digest of every stored case, with the stored rule settings and
 * the office's holiday years (as the app will use them once started); progress after each page.
 */
export async function buildDigestsInUpgrade(tx: Transaction): Promise<void> {
  const meta = tx.table('meta')
  const rs = parseMeta('ruleSettings', await meta.get('ruleSettings'))
  const settings = rs.ok && rs.value ? rs.value.settings : { ...defaultRuleSettings }
  const hy = parseMeta('holidayYears', await meta.get('holidayYears'))
  const years: unknown[] = []
  for (const entry of hy.ok ? (hy.value?.years ?? []) : []) {
    const parsed = HolidayYearSchema.safeParse((entry as { year?: unknown } | null)?.year)
    if (parsed.success) years.push(parsed.data)
  }
  const calendar = createCalendar(years)
  const digests = tx.table<PackedDigest, string>('statDigests')
  const total = await tx.table('cases').count()
  upgradeListener?.(0, total)
  await buildAll(
    pageReader(tx.table('cases'), tx.table('acts')),
    (rows) => digests.bulkPut(rows),
    (work) => work(),
    digestBasis(settings, calendar),
    (done) => void upgradeListener?.(done, total),
  )
}

/** How the page's refresh reports: digests built so far of how many. */
export interface RefreshProgress {
  done: number
  total: number
}

/** Above this many stale digests every digest is rebuilt page by page (cheaper than one by one). */
const rebuildAllFrom = 2_000

/**
 * Per database, whether its digests were found one per case in this session. Every write keeps
 * them so, so the count (two full counts: about 0.3 s each at 50,000 cases on a loaded 2-core
 * machine) is taken once per session: at start-up ({@link checkDigestCount}) or at the first
 * computation, and again after a refresh that had to add or remove digests.
 */
const counted = new Map<string, Promise<boolean>>()

/** Whether `db` has as many digests as cases (asked once per session, see `counted`). */
export function checkDigestCount(db: AppDB): Promise<boolean> {
  let p = counted.get(db.name)
  if (!p) {
    p = db.transaction('r', [db.cases, db.statDigests], async () => {
      return (await db.cases.count()) === (await db.statDigests.count())
    })
    counted.set(db.name, p)
    p.catch(() => counted.delete(db.name))
  }
  return p
}

/**
 * Bring the digests up to date for `basis`: those of another stamp (settings, holiday years or
 * DIGEST_VERSION changed), those missing (a restore, or a write from before v5) and those of
 * cases that no longer exist. Returns false when `cancelled` stopped it.
 */
export async function refreshDigests(
  db: AppDB,
  basis: DigestBasis,
  o: {
    cancelled?: () => boolean
    onProgress?: (p: RefreshProgress) => void
    /** How many stale digests make a rebuild of all (default 2,000; tests lower it). */
    rebuildAllFrom?: number
  } = {},
): Promise<boolean> {
  // Two key ranges either side of the stamp, empty when all are current (Dexie's notEqual walks
  // the whole index: about 1 s at 50,000 digests).
  const stale = (
    await db.transaction('r', [db.statDigests], () =>
      Promise.all([
        db.statDigests.where('stamp').below(basis.stamp).primaryKeys(),
        db.statDigests.where('stamp').above(basis.stamp).primaryKeys(),
      ]),
    )
  ).flat() as string[]
  let todo = stale
  if (!(await checkDigestCount(db))) {
    counted.delete(db.name)
    const [caseIds, digestIds] = await db.transaction('r', [db.cases, db.statDigests], () =>
      Promise.all([
        db.cases.toCollection().primaryKeys(),
        db.statDigests.toCollection().primaryKeys(),
      ]),
    )
    const cases = new Set(caseIds as string[])
    const have = new Set(digestIds as string[])
    const gone = (digestIds as string[]).filter((id) => !cases.has(id))
    if (gone.length) await db.statDigests.bulkDelete(gone)
    todo = [
      ...new Set([
        ...stale.filter((id) => cases.has(id)),
        ...[...cases].filter((id) => !have.has(id)),
      ]),
    ]
  }
  if (todo.length === 0) return true
  const b = { ...basis, days: basis.days ?? dayArithmetic(basis.calendar) }
  const total =
    todo.length >= (o.rebuildAllFrom ?? rebuildAllFrom) ? await db.cases.count() : todo.length
  o.onProgress?.({ done: 0, total })
  if (todo.length >= (o.rebuildAllFrom ?? rebuildAllFrom)) {
    let stopped = false
    const read = pageReader(db.table('cases'), db.table('acts'))
    await buildAll(
      read,
      (rows) => db.statDigests.bulkPut(rows),
      (work) => db.transaction('rw', [db.cases, db.acts, db.statDigests], work),
      b,
      (done) => {
        o.onProgress?.({ done, total })
        if (o.cancelled?.()) return !(stopped = true)
      },
    )
    return !stopped
  }
  for (let i = 0; i < todo.length; i += 200) {
    if (o.cancelled?.()) return false
    const ids = todo.slice(i, i + 200)
    await db.transaction('rw', [db.cases, db.acts, db.statDigests], async () => {
      const rows: PackedDigest[] = []
      for (const rec of await db.cases.bulkGet(ids)) {
        if (!rec) continue
        const acts = await db.acts
          .where('[caseId+seq]')
          .between([rec.id, -Infinity], [rec.id, Infinity], true, true)
          .toArray()
        rows.push(digestOf(factsOf(rec, acts), !!rec.voided, b))
      }
      await db.statDigests.bulkPut(rows)
    })
    o.onProgress?.({ done: Math.min(todo.length, i + 200), total })
  }
  return true
}

/**
 * The digests that can count in `period` evaluated on `asOf`: those whose years meet the
 * period's years, and those still open that came in by `asOf` (shared/statistics/digest.ts).
 */
export async function readPeriodDigests(
  db: AppDB,
  period: StatisticsPeriod,
  asOf: string,
): Promise<PackedDigest[]> {
  const [closed, open] = await db.transaction('r', [db.statDigests], () =>
    Promise.all([
      db.statDigests
        .where('years')
        .between(Number(period.from.slice(0, 4)), Number(asOf.slice(0, 4)), true, true)
        .toArray(),
      db.statDigests.where('openFrom').belowOrEqual(asOf).toArray(),
    ]),
  )
  if (period.from.slice(0, 4) === asOf.slice(0, 4)) return [...closed, ...open]
  // A range over several years meets a digest once per year it spans.
  const seen = new Set<string>()
  return [...closed, ...open].filter((d) => !seen.has(d.id) && !!seen.add(d.id))
}

/** The case records and acts of `ids` (the few cases only the case itself can answer for). */
export async function readCaseFacts(db: AppDB, ids: readonly string[]): Promise<CaseFacts[]> {
  return db.transaction('r', [db.cases, db.acts], async () => {
    const out: CaseFacts[] = []
    for (const rec of await db.cases.bulkGet([...ids])) {
      if (!rec || rec.voided) continue
      const acts = await db.acts
        .where('[caseId+seq]')
        .between([rec.id, -Infinity], [rec.id, Infinity], true, true)
        .toArray()
      out.push(factsOf(rec, acts))
    }
    return out
  })
}

/**
 * The digests of `cases` with `acts` (those of these cases, in entry order), for writes that store
 * many cases at once (demo data, the bench seed).
 */
export function digestsOf(
  cases: readonly CaseRecord[],
  acts: readonly ActRecord[],
  settings: RuleSettings,
): PackedDigest[] {
  const b = digestBasis(settings)
  const days = dayArithmetic(b.calendar)
  const byCase = new Map<string, ActRecord[]>()
  for (const a of acts) {
    const list = byCase.get(a.caseId)
    if (list) list.push(a)
    else byCase.set(a.caseId, [a])
  }
  return cases.map((c) => digestOf(factsOf(c, byCase.get(c.id) ?? []), !!c.voided, { ...b, days }))
}

/**
 * Recompute the digest of case `caseId` from what is stored (after a write that put its records
 * as they came, such as a case import). Inside a transaction over cases, acts, meta and
 * statDigests.
 */
export async function refreshCaseDigest(db: AppDB, caseId: string): Promise<void> {
  const rec = await db.cases.get(caseId)
  if (!rec) return
  const acts = await db.acts
    .where('[caseId+seq]')
    .between([caseId, -Infinity], [caseId, Infinity], true, true)
    .toArray()
  await putCaseDigest(db, rec, acts, await readRuleSettings(db))
}
