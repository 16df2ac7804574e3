// @vitest-environment happy-dom
// The 统计 store keeps the contributions of recently computed periods: going back to one with
// nothing written since takes them without reading the digests again; any write (every write
// appends an audit entry, docs/conventions.md) or another period reads again, and the figures stay
// those of a reading.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { demoRepo } from '@renderer/db/repositories/demo'
import { officersRepo } from '@renderer/db/repositories/officers'
import { useStatisticsStore } from '@renderer/stores/statistics'
import type * as statDigests from '@renderer/db/stat-digests'
import { readPeriodDigests } from '@renderer/db/stat-digests'
import { officerInput, testContext } from '../db/helpers'

vi.mock('@renderer/db/stat-digests', async (importOriginal) => {
  const m = await importOriginal<typeof statDigests>()
  return { ...m, readPeriodDigests: vi.fn(m.readPeriodDigests) }
})

const TODAY = '2026-11-30'
const ctx = testContext(`${TODAY}T02:00:00.000Z`)

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${TODAY}T10:00:00+08:00`))
  useDatabase(`statistics-recent-test-${Math.random().toString(36).slice(2)}`)
  await openDatabase(db, '0.1.0', ctx)
  const r = await demoRepo(db).seed(ctx, { cases: 40, today: TODAY })
  if (!r.ok) throw new Error(r.message)
}, 60_000)

afterAll(async () => {
  vi.useRealTimers()
  await db.delete()
})

describe('statistics store: recently computed periods', () => {
  it('2025 → 2026 → 2025 reads twice; after a write 2025 is read again, same figures', async () => {
    setActivePinia(createPinia())
    const store = useStatisticsStore()
    const scans = vi.mocked(readPeriodDigests)
    scans.mockClear()
    const figures = () => store.stats?.figures.map((f) => [f.key, f.caseIds])
    store.year = 2025
    expect(await store.compute()).toEqual({ ok: true })
    const first = figures()
    expect(store.stats?.caseIds.length).toBeGreaterThan(0)
    store.year = 2026
    await store.compute()
    store.year = 2025
    await store.compute()
    expect(scans).toHaveBeenCalledTimes(2)
    expect(figures()).toEqual(first)
    expect(store.computedPeriod).toEqual({ from: '2025-01-01', to: '2025-12-31' })

    ctx.tick()
    const created = await officersRepo(db).create(officerInput(77), ctx)
    expect(created.ok).toBe(true)
    await store.compute()
    expect(scans).toHaveBeenCalledTimes(3)
    expect(figures()).toEqual(first)
  })
})
