/**
 * The yearly 统计分析 dashboard row of `npm run bench` (renderer/src/bench/dashboard.ts): each
 * sample is followed by one of its floor (raw IndexedDB reading the year's digest blocks), one
 * warm-up of each first; then raw reads of the year's digests one record each (the v5 way) and of
 * the cases and acts (the computation without digests) show what the page read before.
 */
import type { Page } from 'playwright-core'
import type { Timed } from './api'
import type { Samples } from './report'

declare module './api' {
  /** renderer/src/bench/dashboard.ts */
  interface BenchApi {
    yearlyDashboard(year: number): Promise<Timed>
    yearlyDashboardRead(year: number): Promise<Timed>
    rawYearlyDashboard(year: number): Promise<Timed>
    rawYearlyDigests(year: number): Promise<Timed>
  }
}

const note = (t: Timed | undefined) =>
  t
    ? Object.entries(t.info)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')
    : ''

/** `n` samples of the dashboard of `year` with their floors, and where the time goes. */
export async function dashboardMetrics(
  page: Page,
  year: number,
  n: number,
  log: (line: string) => void,
): Promise<Samples[]> {
  const op = () => page.evaluate((y) => window.__caseDeskBench!.yearlyDashboard(y), year)
  const floor = () => page.evaluate((y) => window.__caseDeskBench!.rawYearlyDashboard(y), year)
  await op()
  await floor()
  const ms: number[] = []
  const baseline: number[] = []
  let last: Timed | undefined
  let lastFloor: Timed | undefined
  for (let i = 0; i < n; i++) {
    last = await op()
    ms.push(last.ms)
    lastFloor = await floor()
    baseline.push(lastFloor.ms)
    log(`  ${year} 年统计 ${Math.round(last.ms)} ms，原始读取 ${Math.round(lastFloor.ms)} ms`)
  }
  const oldFloor: number[] = []
  let digests: Timed | undefined
  for (let i = 0; i < n; i++) {
    digests = await page.evaluate((y) => window.__caseDeskBench!.rawYearlyDigests(y), year)
    oldFloor.push(Math.round(digests.ms))
  }
  log(`  原始读取（每件一条摘要，v5 的读法）${oldFloor.join(' / ')} ms`)
  const read = await page.evaluate((y) => window.__caseDeskBench!.yearlyDashboardRead(y), year)
  return [
    {
      name: 'yearly_dashboard',
      ms,
      baseline,
      note: `${note(last)}; floor = raw IndexedDB getAll of the year's and the open cases' digest blocks and the marked digests (one transaction; ${note(lastFloor)}); the year's digests one record each (v5, years and openFrom indexes): raw ${oldFloor.join('/')} ms (${note(digests)}); without digests the cases up to ${year}-12-31 and every act had to be read: raw ${Math.round(read.ms)} ms (${note(read)})`,
    },
  ]
}
