/**
 * The scan the 统计, 信用公示 and 典型案例 pages share: every case (with its acts) whose source
 * date is not after `sourceDateTo`, read page by page through the statistics repository, each
 * case reduced at once by `pick` to what the page keeps, so only one page of cases is in memory at
 * a time (docs/domain/statistics.md). Progress is reported after each page; a newer scan of the
 * same page cancels an older one between pages.
 */
import type { CaseFacts } from '@shared/domain/case'
import type { AppDB } from '@renderer/db/app-db'
import { statisticsRepo } from '@renderer/db/repositories/statistics'

/**
 * Cases per page. Reading and reducing a page of this size takes the UI thread for about 50 ms
 * (the statistics reduction of shared/statistics/derivation.ts costs tens of microseconds a
 * case); each page is a new IndexedDB request, so the page paints its progress between pages.
 */
export const yearScanPageSize = 500

/** What to scan and what to keep. */
export interface YearScanOptions<T> {
  /** Leave out cases whose source date is after this day (they cannot count in the period). */
  sourceDateTo: string
  /** What is kept of one case, or undefined to keep nothing. */
  pick: (facts: CaseFacts) => T | undefined
  /** A newer scan has started: stop between pages. */
  cancelled?: () => boolean
  /** Share of the cases read so far, 0–99, after each page. */
  onProgress?: (percent: number) => void
  pageSize?: number
}

/** The result: what `pick` kept, in primary-key order, or `cancelled` when stopped early. */
export type YearScanResult<T> = { cancelled: false; kept: T[] } | { cancelled: true }

/** Run the scan described by `o` over `db` (see the module comment). */
export async function scanYear<T>(db: AppDB, o: YearScanOptions<T>): Promise<YearScanResult<T>> {
  const kept: T[] = []
  await statisticsRepo(db).scan({
    sourceDateTo: o.sourceDateTo,
    pageSize: o.pageSize ?? yearScanPageSize,
    cancelled: o.cancelled,
    onPage: (facts, at) => {
      for (const f of facts) {
        const x = o.pick(f)
        if (x !== undefined) kept.push(x)
      }
      o.onProgress?.(Math.min(99, Math.floor((at.read / Math.max(at.total, 1)) * 100)))
    },
  })
  return o.cancelled?.() ? { cancelled: true } : { cancelled: false, kept }
}
