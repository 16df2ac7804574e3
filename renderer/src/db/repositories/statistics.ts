/**
 * Reads for the 统计 page: cases page through the `cases` table in primary-key order, and the acts
 * of one page come from a single range of the [caseId+seq] index (the page's ids are contiguous in
 * key order, so the range holds exactly their acts). Only one page is in memory at a time; the
 * caller reduces each page (shared/statistics) before the next is read. Pages are small (200
 * cases) because reducing one takes the UI thread for roughly 0.1 s (docs/domain/statistics.md).
 */
import type { CaseFacts } from '@shared/domain/case'
import type { AppDB } from '../app-db'
import type { ActRecord, CaseRecord } from '../cases-records'
import { factsOf } from './cases'

/** Default number of cases per page. */
const statisticsPageSize = 200

/** What a scan reports after each page. */
interface ScanProgress {
  /** Cases read so far (all cases, also those the date bound leaves out). */
  read: number
  /** Cases in the table when the scan began. */
  total: number
}

interface ScanOptions {
  /** Leave out cases whose source date is after this day (they cannot count in the period). */
  sourceDateTo: string
  pageSize?: number
  /** Called with the facts of each page (voided cases left out); may be async. */
  onPage: (facts: CaseFacts[], progress: ScanProgress) => void | Promise<void>
  /** Stop early (a newer scan started); checked between pages. */
  cancelled?: () => boolean
}

export function statisticsRepo(db: AppDB) {
  async function page(after: string | null, size: number): Promise<[CaseRecord[], ActRecord[]]> {
    return db.transaction('r', [db.cases, db.acts], async () => {
      const cases =
        after === null
          ? await db.cases.orderBy(':id').limit(size).toArray()
          : await db.cases.where(':id').above(after).limit(size).toArray()
      if (cases.length === 0) return [cases, []]
      const first = (cases[0] as CaseRecord).id
      const last = (cases[cases.length - 1] as CaseRecord).id
      const acts = await db.acts
        .where('[caseId+seq]')
        .between([first, -Infinity], [last, Infinity], true, true)
        .toArray()
      return [cases, acts]
    })
  }

  return {
    /** Read every case (with its acts) page by page; see the module comment. */
    async scan(o: ScanOptions): Promise<{ read: number; total: number }> {
      const size = o.pageSize ?? statisticsPageSize
      const total = await db.cases.count()
      let read = 0
      let after: string | null = null
      for (;;) {
        if (o.cancelled?.()) break
        const [cases, acts] = await page(after, size)
        if (cases.length === 0) break
        read += cases.length
        after = (cases[cases.length - 1] as CaseRecord).id
        const byCase = new Map<string, ActRecord[]>()
        for (const a of acts) {
          const list = byCase.get(a.caseId)
          if (list) list.push(a)
          else byCase.set(a.caseId, [a])
        }
        const facts: CaseFacts[] = []
        for (const c of cases) {
          if (c.voided || c.sourceDate > o.sourceDateTo) continue
          const list = (byCase.get(c.id) ?? []).sort((x, y) => x.seq - y.seq)
          facts.push(factsOf(c, list))
        }
        await o.onPage(facts, { read, total: Math.max(total, read) })
        if (cases.length < size) break
      }
      return { read, total: Math.max(total, read) }
    },
  }
}
