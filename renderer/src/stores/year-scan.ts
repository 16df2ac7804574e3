/**
 * The scan the 统计, 信用公示 and 典型案例 pages share: every case (with its acts) whose source
 * date is not after `sourceDateTo`, each reduced at once by `pick` to what the page keeps
 * (docs/domain/statistics.md).
 *
 * How it reads (measured with `npm run bench`, row yearly_dashboard): reading dominates, and
 * IndexedDB returns records through the primary key about twice as fast as through an index
 * (an index read looks up every record again). So the acts are read by primary key in large
 * chunks and grouped by case (only those of the cases in scope are kept), then the cases are read
 * by primary key page by page and reduced. The acts of the cases in scope are in memory together
 * for a moment (about 175 MB for 400,000 acts); each case's acts are let go once it is reduced.
 * A case written while the scan runs has a stored act count that differs from the acts grouped
 * for it: its acts are read again through [caseId+seq], so every case is seen as one write left it.
 * Progress is reported after each chunk and page; a newer scan cancels an older one between them.
 */
import type { CaseFacts } from '@shared/domain/case'
import type { AppDB } from '@renderer/db/app-db'
import type { ActRecord, CaseRecord } from '@renderer/db/cases-records'
import { actsOfCase, factsOf } from '@renderer/db/repositories/cases'

/** Cases per page (reading and reducing one takes the UI thread for a few tens of ms). */
const yearScanPageSize = 500
/** Acts per read while collecting the acts. */
const yearScanActChunk = 20_000

/** What to scan and what to keep. */
interface YearScanOptions<T> {
  /** Leave out cases whose source date is after this day (they cannot count in the period). */
  sourceDateTo: string
  /** What is kept of one case, or undefined to keep nothing. */
  pick: (facts: CaseFacts) => T | undefined
  /** A newer scan has started: stop between reads. */
  cancelled?: () => boolean
  /** Share of the records read so far, 0–99, after each read. */
  onProgress?: (percent: number) => void
  pageSize?: number
  actChunk?: number
}

/** The result: what `pick` kept, in primary-key order of the cases, or `cancelled`. */
type YearScanResult<T> = { cancelled: false; kept: T[] } | { cancelled: true }

/** Run the scan described by `o` over `db` (see the module comment). */
export async function scanYear<T>(db: AppDB, o: YearScanOptions<T>): Promise<YearScanResult<T>> {
  const pageSize = o.pageSize ?? yearScanPageSize
  const actChunk = o.actChunk ?? yearScanActChunk
  const stopped = () => o.cancelled?.() === true
  const [inScope, actTotal, caseTotal] = await db.transaction(
    'r',
    [db.cases, db.acts],
    async () =>
      [
        new Set(await db.cases.where('sourceDate').belowOrEqual(o.sourceDateTo).primaryKeys()),
        await db.acts.count(),
        await db.cases.count(),
      ] as const,
  )
  // Progress: acts and cases by count, each act and each case one unit.
  const total = Math.max(1, actTotal + caseTotal)
  let done = 0
  const report = (n: number) => {
    done += n
    o.onProgress?.(Math.min(99, Math.floor((done / total) * 100)))
  }

  const byCase = new Map<string, ActRecord[]>()
  let after: string | null = null
  for (;;) {
    if (stopped()) return { cancelled: true }
    const chunk: ActRecord[] =
      after === null
        ? await db.acts.orderBy(':id').limit(actChunk).toArray()
        : await db.acts.where(':id').above(after).limit(actChunk).toArray()
    for (const a of chunk) {
      if (!inScope.has(a.caseId)) continue
      const list = byCase.get(a.caseId)
      if (list) list.push(a)
      else byCase.set(a.caseId, [a])
    }
    report(chunk.length)
    if (chunk.length < actChunk) break
    after = (chunk[chunk.length - 1] as ActRecord).id
  }

  const kept: T[] = []
  let last: string | null = null
  for (;;) {
    if (stopped()) return { cancelled: true }
    const cases: CaseRecord[] =
      last === null
        ? await db.cases.orderBy(':id').limit(pageSize).toArray()
        : await db.cases.where(':id').above(last).limit(pageSize).toArray()
    for (const c of cases) {
      let acts = byCase.get(c.id) ?? []
      byCase.delete(c.id)
      if (c.voided || c.sourceDate > o.sourceDateTo) continue
      // Written during the scan (or not in scope when it began): read its acts as stored now.
      if (acts.length !== c.actCount || !inScope.has(c.id)) acts = await actsOfCase(db, c.id)
      else acts.sort((x, y) => x.seq - y.seq)
      const x = o.pick(factsOf(c, acts))
      if (x !== undefined) kept.push(x)
    }
    report(cases.length)
    if (cases.length < pageSize) break
    last = (cases[cases.length - 1] as CaseRecord).id
  }
  return stopped() ? { cancelled: true } : { cancelled: false, kept }
}
