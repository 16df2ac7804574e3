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
 *   then reads the digests of the period ({@link readPeriodDigests}).
 * - Schema v6: the digests are also kept packed together in **blocks** (records of the same table,
 *   ids `~b:<year or open>:<n>`, up to 500 digests each as one string), because IndexedDB's cost
 *   per record read dominates: the blocks of a year read several times faster than its digests
 *   one by one. A digest written since the blocks were built carries the mark `w` (index `w`) and
 *   wins over its entry in a block; {@link foldDigests} rebuilds the blocks and clears the marks
 *   (docs/domain/statistics.md, "Digest blocks").
 */
import type { Table, Transaction } from 'dexie'
import { activeCalendar, createCalendar, HolidayYearSchema, type Calendar } from '@shared/calendar'
import {
  caseDigest,
  dayArithmetic,
  digestStamp,
  NEVER,
  packDigest,
  packYearContribution,
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

/** Today's date in local time (as the statistics page's `todayIso`). */
function todayIso(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Ids of the blocks sort after every case id (UUIDs): `~b:2025:0003`, `~b:open:0000`. */
const BLOCK = '~b:'
/** The stamps of the digests packed into the blocks, written with them. */
const STAMPS = `${BLOCK}stamps`
/** Digests (not blocks) have ids below this. */
const DIGEST_IDS_END = '~'
/** Digests per block. */
const blockSize = 500
/** In a block: fields of one digest / digests. JSON text and case ids never hold these. */
const FIELD = '\u0001'
const ENTRY = '\u0002'
/**
 * A stored block: `s` holds its digests (id, stamp, years, openFrom, m, j, e, x, c). `c`, in the
 * blocks of a year that had ended when they were built, is the digest's contribution to that whole
 * year (packYearContribution, shared/statistics/digest.ts), so the year's figures need not
 * evaluate its cuts again.
 */
interface DigestBlock {
  id: string
  s: string
}

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
  return { ...packedDigestOf(facts, voided, b), w: 1 }
}

/** The digest as {@link digestOf} without the mark (for blocks built in the same transaction). */
function packedDigestOf(facts: CaseFacts, voided: boolean, b: DigestBasis): PackedDigest {
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
  mark = true,
): Promise<number> {
  const b = { ...basis, days: basis.days ?? dayArithmetic(basis.calendar) }
  const of = mark ? digestOf : packedDigestOf
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
      await write(cases.map((c) => of(factsOf(c, byCase.get(c.id) ?? []), !!c.voided, b)))
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
 * Unmarked: the v6 upgrade, in the same upgrade transaction, packs them all into blocks.
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
    false,
  )
}

/**
 * Rebuild the blocks from the digests of `table` and clear the marks (in the caller's
 * transaction over it): every digest, unmarked, is then in the blocks of each of its years and,
 * when open, of `open`.
 */
async function rebuildBlocks(
  table: Table<PackedDigest | DigestBlock, string>,
  today: string = todayIso(),
): Promise<number> {
  const digests = (await table.where(':id').below(DIGEST_IDS_END).toArray()) as PackedDigest[]
  await table.where(':id').between(BLOCK, `${BLOCK}\uffff`).delete()
  const groups = new Map<string, string[]>()
  const stamps = new Set<string>()
  const add = (g: string, entry: string) => {
    const list = groups.get(g)
    if (list) list.push(entry)
    else groups.set(g, [entry])
  }
  for (const d of digests) {
    const entry = [
      d.id,
      d.stamp,
      d.years.join(','),
      d.openFrom,
      d.m,
      d.j,
      d.e ?? '',
      d.x ?? '',
    ].join(FIELD)
    if (d.openFrom !== NEVER) add('open', `${entry}${FIELD}`)
    for (const y of d.years) {
      const c = `${y}-12-31` < today ? packYearContribution(d, y) : ''
      add(String(y), `${entry}${FIELD}${c}`)
    }
    stamps.add(d.stamp)
  }
  const blocks: DigestBlock[] = [{ id: STAMPS, s: [...stamps].join(',') }]
  for (const [g, entries] of groups) {
    for (let i = 0; i < entries.length; i += blockSize) {
      const n = String(i / blockSize).padStart(4, '0')
      blocks.push({ id: `${BLOCK}${g}:${n}`, s: entries.slice(i, i + blockSize).join(ENTRY) })
    }
  }
  await table.bulkPut(blocks)
  const marked = digests.filter((d) => d.w)
  if (marked.length) await table.bulkPut(marked.map(({ w: _w, ...d }) => d))
  return marked.length
}

/** The schema upgrade to v6: the blocks of every digest (see the module comment). */
export async function buildBlocksInUpgrade(tx: Transaction): Promise<void> {
  await rebuildBlocks(tx.table('statDigests'))
}

/** How many marked digests make {@link foldDigestsIfMany} rebuild the blocks. */
const foldFrom = 500

/**
 * Rebuild the blocks and clear the marks, in one read-write transaction (about 2–3 s at 50,000
 * cases; writes wait meanwhile). Returns how many marked digests were folded in.
 */
export function foldDigests(db: AppDB): Promise<number> {
  return db.transaction('rw', [db.statDigests], () => rebuildBlocks(db.table('statDigests')))
}

/**
 * {@link foldDigests} when at least `min` digests are marked (each is read one by one with every
 * period, so their number is kept small; the app asks when idle after start-up).
 */
export async function foldDigestsIfMany(db: AppDB, min = foldFrom): Promise<number> {
  if ((await db.statDigests.where('w').equals(1).count()) < min) return 0
  return foldDigests(db)
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
      const digests = await db.statDigests.where(':id').below(DIGEST_IDS_END).count()
      return (await db.cases.count()) === digests
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
  const stale = await staleDigestIds(db, basis.stamp)
  let todo = stale
  let removed = false
  if (!(await checkDigestCount(db))) {
    counted.delete(db.name)
    const [caseIds, digestIds] = await db.transaction('r', [db.cases, db.statDigests], () =>
      Promise.all([
        db.cases.toCollection().primaryKeys(),
        db.statDigests.where(':id').below(DIGEST_IDS_END).primaryKeys(),
      ]),
    )
    const cases = new Set(caseIds as string[])
    const have = new Set(digestIds as string[])
    const gone = (digestIds as string[]).filter((id) => !cases.has(id))
    if (gone.length) {
      await db.statDigests.bulkDelete(gone)
      removed = true
    }
    todo = [
      ...new Set([
        ...stale.filter((id) => cases.has(id)),
        ...[...cases].filter((id) => !have.has(id)),
      ]),
    ]
  }
  // A removed digest may still be in a block: the blocks are rebuilt without it.
  if (todo.length === 0) return removed ? (await foldDigests(db), true) : true
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
    // Every digest was rewritten (marked): one rebuild of the blocks instead of reading them all
    // one by one. A stopped rebuild leaves its marks, which the reading honours.
    if (!stopped) await foldDigests(db)
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
  if (removed) await foldDigests(db)
  return true
}

/**
 * Ids of the digests of another stamp than `stamp`. Every digest is either packed into the blocks
 * (whose stamps the blocks list) or marked, so when those stamps and the marked digests' are all
 * `stamp` there are none, without reading the `stamp` index: that walk is slow after a rebuild, as
 * the index's old entries are deleted but stay in the database file until it is compacted (0.2–1 s
 * at 50,000 digests on the bench profile, even when the ranges read are empty). Otherwise, or
 * before the first blocks, the ranges either side of `stamp` are read.
 */
async function staleDigestIds(db: AppDB, stamp: string): Promise<string[]> {
  return db.transaction('r', [db.statDigests], async () => {
    const packed = (await db.table<DigestBlock, string>('statDigests').get(STAMPS))?.s
    if (packed !== undefined && packed.split(',').every((s) => s === stamp || s === '')) {
      const marked = await db.statDigests.where('w').equals(1).toArray()
      if (marked.every((d) => d.stamp === stamp)) return []
    }
    const ids = await Promise.all([
      db.statDigests.where('stamp').below(stamp).primaryKeys(),
      db.statDigests.where('stamp').aboveOrEqual(`${stamp}\u0000`).primaryKeys(),
    ])
    return ids.flat() as string[]
  })
}

/**
 * A digest as a period reads it; from the block of a past year, with its contribution to that
 * whole year (`c`, see {@link DigestBlock}).
 */
export interface PeriodDigest extends PackedDigest {
  year?: { year: number; c: string }
}

/**
 * The digests that can count in `period` evaluated on `asOf`: those whose years meet the
 * period's years, and those still open that came in by `asOf` (shared/statistics/digest.ts) —
 * from the blocks of those years and of `open`, except where a marked digest (written since the
 * blocks were built) stands for its case; one read-only transaction.
 */
export async function readPeriodDigests(
  db: AppDB,
  period: StatisticsPeriod,
  asOf: string,
): Promise<PeriodDigest[]> {
  const y0 = Number(period.from.slice(0, 4))
  const y1 = Number(asOf.slice(0, 4))
  const table = db.table<DigestBlock, string>('statDigests')
  const groups = ['open']
  for (let y = y0; y <= y1; y++) groups.push(String(y))
  const [marked, blocks] = await db.transaction('r', [db.statDigests], () =>
    Promise.all([
      db.statDigests.where('w').equals(1).toArray(),
      Promise.all(
        groups.map((g) => table.where(':id').between(`${BLOCK}${g}:`, `${BLOCK}${g};`).toArray()),
      ),
    ]),
  )
  const markedIds = new Set(marked.map((d) => d.id))
  const out: PeriodDigest[] = []
  // A range over several years meets a digest once per year it spans.
  const seen = y0 === y1 ? null : new Set<string>()
  for (let g = 0; g < blocks.length; g++) {
    // Group 0 is `open`: its digests count from their source date on.
    const until = g === 0 ? asOf : NEVER
    for (const block of blocks[g] as DigestBlock[]) {
      for (const entry of block.s.split(ENTRY)) {
        const [id, stamp, years, openFrom, m, j, e, x, c] = entry.split(FIELD) as [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string | undefined,
        ]
        if (markedIds.has(id) || openFrom > until) continue
        if (seen) {
          if (seen.has(id)) continue
          seen.add(id)
        }
        const d: PeriodDigest = {
          id,
          stamp,
          years: years ? years.split(',').map(Number) : [],
          openFrom,
          m,
          j,
        }
        if (e) d.e = e
        if (x) d.x = x
        if (c && g > 0) d.year = { year: Number(groups[g]), c }
        out.push(d)
      }
    }
  }
  for (const d of marked) {
    if (d.openFrom <= asOf || d.years.some((y) => y >= y0 && y <= y1)) out.push(d)
  }
  return out
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
