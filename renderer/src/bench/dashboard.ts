/**
 * BENCH-ONLY: the yearly 统计分析 dashboard (npm run bench, row yearly_dashboard). The timed
 * operation is what the page does when it first opens on a year with no filter: the app's statistics
 * store `init()` (officers, violation catalogue) and `compute()` (the check that the statistics
 * digests are current, the digests of the year, each turned into its contribution), then its
 * `stats` (every figure and amount). Its floor is raw IndexedDB reading the records that
 * computation needs, as fast as this browser reads them: the digest blocks of the year and of the
 * open cases and the marked digests, in one read-only transaction (`rawYearlyDashboard`).
 * `rawYearlyDigests` is the floor before the blocks (the year's digests one record each through
 * the `years` and `openFrom` indexes) and `yearlyDashboardRead` the floor of the computation
 * without digests (the cases registered up to the year's end and every act, raw), each measured
 * for comparison.
 */
import { createPinia, getActivePinia, setActivePinia } from 'pinia'
import { yearPeriod, type Statistics } from '@shared/statistics'
import { db } from '@renderer/db/db'
import { idbRequest } from '@renderer/db/idb-request'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { digestBasis, refreshDigests } from '@renderer/db/stat-digests'
import { useStatisticsStore } from '@renderer/stores/statistics'
import type { Timed } from './ops'

async function ready(): Promise<void> {
  if (!db.isOpen()) await db.open()
}

/**
 * The 统计分析 page opened on `year`, no filter, for the first time in the session (see the
 * module comment): a store of its own each time, so no period computed before is reused. The
 * store then computes the same year again (`againMs`: nothing written since, so its recently
 * computed periods answer without a scan).
 */
export async function yearlyDashboard(year: number): Promise<Timed> {
  await ready()
  const app = getActivePinia()
  const store = useStatisticsStore(createPinia())
  try {
    store.periodKind = 'year'
    store.year = year
    const t = performance.now()
    await store.init()
    const r = await store.compute()
    const stats = store.stats
    const ms = performance.now() - t
    if (!r.ok || !stats) throw new Error(r.ok ? '统计结果为空' : r.message)
    const again = performance.now()
    await store.compute()
    if (!store.stats) throw new Error('统计结果为空')
    const againMs = performance.now() - again
    // The part of the first computation that checks the digests are current (all are, here).
    const check = performance.now()
    await refreshDigests(db, digestBasis(await settingsRepo(db).getRuleSettings()))
    const checkMs = performance.now() - check
    return {
      ms,
      info: {
        ...summary(year, store, stats),
        againMs: Math.round(againMs),
        checkMs: Math.round(checkMs),
      },
    }
  } finally {
    if (app) setActivePinia(app)
  }
}

function summary(
  year: number,
  store: ReturnType<typeof useStatisticsStore>,
  stats: Statistics,
): Record<string, number> {
  return {
    year,
    contributions: store.contributions.length,
    counted: stats.caseIds.length,
    penalties: stats.byKey['outcome:penalty']?.count ?? 0,
    deadlinesOverdue: stats.figures
      .filter((f) => f.key.startsWith('deadline:') && f.key.endsWith(':overdue'))
      .reduce((sum, f) => sum + f.count, 0),
    fineFen: stats.money.fineFen,
  }
}

/** The floor of the computation without digests: the cases up to the year's end and every act. */
export async function yearlyDashboardRead(year: number): Promise<Timed> {
  await ready()
  const idb = db.backendDB()
  const to = yearPeriod(year).to
  const t = performance.now()
  const tx = idb.transaction(['cases', 'acts'], 'readonly')
  const [cases, acts] = await Promise.all([
    idbRequest(tx.objectStore('cases').index('sourceDate').getAll(IDBKeyRange.upperBound(to))),
    idbRequest(tx.objectStore('acts').getAll()),
  ])
  return { ms: performance.now() - t, info: { cases: cases.length, acts: acts.length } }
}

/**
 * Floor of the dashboard: raw IndexedDB read of what the page reads (schema v6) — the digest
 * blocks of the year and of the open cases, and the digests marked as newer than the blocks, in
 * one read-only transaction (see the module comment).
 */
export async function rawYearlyDashboard(year: number): Promise<Timed> {
  await ready()
  const idb = db.backendDB()
  const t = performance.now()
  const tx = idb.transaction(['statDigests'], 'readonly')
  const store = tx.objectStore('statDigests')
  const range = (g: string) => IDBKeyRange.bound(`~b:${g}:`, `~b:${g};`)
  const [closed, open, marked] = await Promise.all([
    idbRequest(store.getAll(range(String(year)))),
    idbRequest(store.getAll(range('open'))),
    idbRequest(store.index('w').getAll(IDBKeyRange.only(1))),
  ])
  return {
    ms: performance.now() - t,
    info: { blocks: closed.length + open.length, marked: marked.length },
  }
}

/**
 * The floor before the blocks (schema v5): the year's digests one record each, through the
 * `years` and `openFrom` indexes in one read-only transaction — for comparison.
 */
export async function rawYearlyDigests(year: number): Promise<Timed> {
  await ready()
  const idb = db.backendDB()
  const p = yearPeriod(year)
  const t = performance.now()
  const tx = idb.transaction(['statDigests'], 'readonly')
  const store = tx.objectStore('statDigests')
  const [closed, open] = await Promise.all([
    idbRequest(store.index('years').getAll(IDBKeyRange.only(year))),
    idbRequest(store.index('openFrom').getAll(IDBKeyRange.upperBound(p.to))),
  ])
  return { ms: performance.now() - t, info: { digests: closed.length + open.length } }
}
