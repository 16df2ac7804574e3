/**
 * BENCH-ONLY entry (npm run bench): built as assets/casedesk-bench.js by
 * tests/bench/vite.bench.config.ts and imported into an app page by the harness, which calls
 * `window.__caseDeskBench.*` through page.evaluate. Shares the app's chunks (same `db`, same
 * repositories, same session PDF renderer). Not part of the app's own build.
 */
import { db } from '@renderer/db/db'
import * as dashboard from './dashboard'
import * as ops from './ops'
import { seedBenchDataset, type BenchDatasetOptions, type BenchSeedResult } from './seed'

/** Seed progress, read by the harness while seeding runs. */
const progress = { done: 0, total: 0 }

const api = {
  ...ops,
  ...dashboard,
  /** The sync timings (loaded only by the sync row: PouchDB is not part of the app's start). */
  sync: () => import('./sync'),
  progress: () => ({ ...progress }),
  seed: (opts: BenchDatasetOptions): Promise<BenchSeedResult> =>
    seedBenchDataset(db, opts, (done, total) => {
      progress.done = done
      progress.total = total
    }),
}

/** What the harness finds on window. */
export type CaseDeskBench = typeof api

declare global {
  interface Window {
    __caseDeskBench?: CaseDeskBench
  }
}

window.__caseDeskBench = api
