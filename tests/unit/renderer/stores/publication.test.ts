// @vitest-environment happy-dom
// 信用公示 and 典型案例 stores over seeded demo data: the decisions of a year with their clocks,
// the 信息摘要 batch without unmasked IDs, the refusal to export a text without an issued
// 行政处罚决定书, and the 典型案例 export refused until 以案释法 is written (docs/domain/statistics.md).
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { publicationClock } from '@shared/publication'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { usePublicationStore } from '@renderer/stores/publication'
import { useTypicalCasesStore } from '@renderer/stores/typical-cases'
import { testContext } from '../db/helpers'

const saved: { bytes: Uint8Array; name: string }[] = []
vi.mock('@renderer/bridge/api', () => ({
  host: {
    saveFile: async (bytes: Uint8Array, name: string) => {
      saved.push({ bytes, name })
      return { ok: true, path: `/tmp/${name}` }
    },
  },
}))

const TODAY = '2026-11-30'
const UNMASKED_ID = /(?<![0-9A-Za-z*])\d{17}[\dXx](?![0-9A-Za-z])/

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${TODAY}T10:00:00+08:00`))
  useDatabase(`publication-test-${Math.random().toString(36).slice(2)}`)
  const ctx = testContext(`${TODAY}T02:00:00.000Z`)
  await openDatabase(db, '0.1.0', ctx)
  const r = await demoRepo(db).seed(ctx, { cases: 80, today: TODAY })
  if (!r.ok) throw new Error(r.message)
}, 60_000)

afterAll(async () => {
  vi.useRealTimers()
  await db.delete()
})

describe('信用公示 store', () => {
  it('lists last year’s ordinary penalty decisions with the shared clock', async () => {
    setActivePinia(createPinia())
    const store = usePublicationStore()
    store.year = 2025
    store.show = 'all'
    await store.load()
    expect(store.rows.length).toBeGreaterThan(0)
    for (const r of store.rows) {
      expect(r.clock.decision.occurredOn.startsWith('2025')).toBe(true)
      const b = await casesRepo(db).getCase(r.facts.id)
      expect(publicationClock(b!.facts, TODAY)).toEqual(r.clock)
    }
  })

  it('the 信息摘要 batch has one line per listed decision and no unmasked ID number', async () => {
    setActivePinia(createPinia())
    const store = usePublicationStore()
    store.year = 2025
    store.show = 'all'
    await store.load()
    saved.length = 0
    const r = await store.exportSummaries()
    expect(r).toEqual({ ok: true, count: store.visible.length })
    const csv = new TextDecoder().decode(saved[0]?.bytes)
    expect(csv.trim().split('\r\n')).toHaveLength(store.visible.length + 1)
    expect(csv).not.toMatch(UNMASKED_ID)
  })

  it('a decision without an issued 行政处罚决定书 is not exported as text', async () => {
    setActivePinia(createPinia())
    const store = usePublicationStore()
    store.year = 2025
    store.show = 'all'
    await store.load()
    const row = store.rows[0]!
    const r = await store.exportOne(row.facts.id)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('尚未出具行政处罚决定书')
  })
})

describe('典型案例 store', () => {
  it('drafts from a closed case; export refused until 以案释法 is written; text masked', async () => {
    setActivePinia(createPinia())
    const store = useTypicalCasesStore()
    store.year = 2025
    await store.load()
    expect(store.rows.length).toBeGreaterThan(0)
    await store.choose(store.rows[0]!.id)
    expect(store.draft.facts).not.toBe('')
    expect(await store.exportTxt()).toEqual({ ok: false, message: '请填写以案释法' })
    store.draft.lesson = '经营者应当依法经营。'
    saved.length = 0
    expect(await store.exportTxt()).toEqual({ ok: true })
    const text = new TextDecoder().decode(saved[0]?.bytes)
    expect(text).toBe(store.preview)
    expect(text).toContain('四、以案释法\n经营者应当依法经营。')
    expect(text).not.toMatch(UNMASKED_ID)
  })
})
