// @vitest-environment happy-dom
// The paged year scan shared by 统计, 信用公示 and 典型案例 (renderer/src/stores/year-scan.ts):
// every case up to the source-date bound is offered to `pick` once with all its acts, what it
// keeps comes back in reading order, progress rises page by page, and a newer scan stops it
// between pages (docs/domain/statistics.md).
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CaseFacts } from '@shared/domain/case'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { scanYear } from '@renderer/stores/year-scan'
import { testContext } from '../db/helpers'

const TODAY = '2026-11-30'

/** Every case read one by one through the cases repository, in primary-key order. */
async function allFacts(): Promise<CaseFacts[]> {
  const ids = (await db.cases.orderBy(':id').toArray()).map((c) => c.id)
  const out: CaseFacts[] = []
  for (const id of ids) {
    const b = await casesRepo(db).getCase(id)
    if (b) out.push(b.facts)
  }
  return out
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${TODAY}T10:00:00+08:00`))
  useDatabase(`year-scan-test-${Math.random().toString(36).slice(2)}`)
  const ctx = testContext(`${TODAY}T02:00:00.000Z`)
  await openDatabase(db, '0.1.0', ctx)
  const r = await demoRepo(db).seed(ctx, { cases: 60, today: TODAY })
  if (!r.ok) throw new Error(r.message)
}, 60_000)

afterAll(async () => {
  vi.useRealTimers()
  await db.delete()
})

describe('scanYear', () => {
  it('offers every case up to the bound once, with its acts, and keeps what pick returns', async () => {
    const bound = '2025-12-31'
    const offered: CaseFacts[] = []
    const progress: number[] = []
    const r = await scanYear(db, {
      sourceDateTo: bound,
      pageSize: 7,
      pick: (f) => {
        offered.push(f)
        return f.acts.length % 2 === 0 ? f.id : undefined
      },
      onProgress: (p) => progress.push(p),
    })
    const expected = (await allFacts()).filter((f) => f.sourceDate <= bound)
    expect(expected.length).toBeGreaterThan(10)
    expect(offered).toEqual(expected)
    expect(r).toEqual({
      cancelled: false,
      kept: expected.filter((f) => f.acts.length % 2 === 0).map((f) => f.id),
    })
    // 60 cases in pages of 7: nine pages, the share read rising to 99 at most.
    expect(progress).toHaveLength(9)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(99)
  })

  it('a newer scan (cancelled) stops it between pages: nothing is returned', async () => {
    let pages = 0
    let offered = 0
    const r = await scanYear(db, {
      sourceDateTo: '9999-12-31',
      pageSize: 10,
      cancelled: () => pages >= 2,
      pick: (f) => {
        offered++
        return f.id
      },
      onProgress: () => pages++,
    })
    expect(r).toEqual({ cancelled: true })
    expect(offered).toBe(20)
  })
})
