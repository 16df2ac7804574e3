import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { casesRepo } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import type { CaseRecord } from '@renderer/db/cases-records'
import { openDatabase } from '@renderer/db/open'
import type { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from './helpers'

// Correctness at volume only: timings are measured in Chromium by the performance issue.
const today = '2026-03-01'
let db: AppDB
let all: CaseRecord[]

beforeAll(async () => {
  db = freshDb()
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  const r = await demoRepo(db).seed(ctx, { cases: 10_000, today, seed: 99 })
  expect(r).toMatchObject({ ok: true, cases: 10_000, refusedSteps: 0 })
  all = await db.cases.toArray()
}, 300_000)
afterAll(async () => {
  await db.delete()
})

const byKeyDesc = (f: keyof CaseRecord) => (a: CaseRecord, b: CaseRecord) => {
  const x = a[f] as string | number
  const y = b[f] as string | number
  return x < y ? 1 : x > y ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

describe('listCases at 10,000 cases (fake-indexeddb, correctness)', () => {
  it('unfiltered default sort: first, next and a deep page; total', async () => {
    const want = [...all].sort(byKeyDesc('createdAt'))
    for (const page of [1, 2, 200]) {
      const got = await casesRepo(db).listCases({ page, pageSize: 50, today })
      expect(got.total).toBe(10_000)
      expect(got.rows.map((r) => r.id)).toEqual(
        want.slice((page - 1) * 50, page * 50).map((r) => r.id),
      )
    }
  })

  it('a large filter set (> in-memory threshold) pages through the sort index', async () => {
    const want = all.filter((r) => r.stage === 'closed').sort(byKeyDesc('caseNoKey'))
    expect(want.length).toBeGreaterThan(2000)
    const got = await casesRepo(db).listCases({
      page: 3,
      pageSize: 50,
      stage: ['closed'],
      sort: { field: 'caseNo', dir: 'desc' },
      today,
    })
    expect(got.total).toBe(want.length)
    expect(got.rows.map((r) => r.id)).toEqual(want.slice(100, 150).map((r) => r.id))
  })

  it('a large name search (> in-memory threshold) pages through the sort index; total counted lazily', async () => {
    const frag = '有限公'
    const want = all.filter((r) => r.partyName.includes(frag)).sort(byKeyDesc('createdAt'))
    expect(want.length).toBeGreaterThan(2000)
    for (const page of [1, 2, 30]) {
      const q = { page, pageSize: 20, text: frag, today }
      const got = await casesRepo(db).listCaseRows(q)
      expect(got.rows.map((r) => r.id)).toEqual(
        want.slice((page - 1) * 20, page * 20).map((r) => r.id),
      )
      expect(got.total === null || got.total === want.length).toBe(true)
    }
    expect(await casesRepo(db).countCases({ page: 1, pageSize: 20, text: frag, today })).toBe(
      want.length,
    )
    const byName = await casesRepo(db).listCases({
      page: 2,
      pageSize: 50,
      text: frag,
      sort: { field: 'partyName', dir: 'asc' },
      today,
    })
    const wantByName = [...want].sort(byKeyDesc('partyName')).reverse()
    expect(byName.total).toBe(want.length)
    expect(byName.rows.map((r) => r.id)).toEqual(wantByName.slice(50, 100).map((r) => r.id))
  })

  it('search by a name fragment and by case number', async () => {
    const target = all[1234]!
    const frag = [...target.partyName].slice(-7, -4).join('')
    const got = await casesRepo(db).listCases({ page: 1, pageSize: 10_000, text: frag, today })
    expect(got.total).toBe(all.filter((r) => r.partyName.includes(frag)).length)
    const byNo = await casesRepo(db).listCases({ page: 1, pageSize: 5, text: target.caseNo, today })
    expect(byNo.rows.map((r) => r.id)).toEqual([target.id])
  })
})

/** A new connection (no count cached: the list does not know N yet) counting records read by key. */
async function freshCounting(): Promise<{ fresh: AppDB; read: () => number }> {
  const fresh = new (db.constructor as new (name: string) => AppDB)(db.name)
  await fresh.open()
  let read = 0
  const bulkGet = fresh.cases.bulkGet.bind(fresh.cases)
  fresh.cases.bulkGet = ((keys: string[]) => {
    read += keys.length
    return bulkGet(keys)
  }) as typeof fresh.cases.bulkGet
  return { fresh, read: () => read }
}

describe('before the table was counted (fresh window)', () => {
  it('a case-number fragment is read through its caseNoKey ranges, not record by record', async () => {
    const { fresh, read } = await freshCounting()
    const year = all[0]!.year
    const frag = `〔${year}〕1`
    const want = all.filter((r) => r.caseNo.includes(frag)).sort(byKeyDesc('createdAt'))
    expect(want.length).toBeGreaterThan(64)
    for (const page of [1, 3]) {
      const got = await casesRepo(fresh).listCaseRows({ page, pageSize: 20, text: frag, today })
      expect(got.total).toBe(want.length)
      expect(got.rows.map((r) => r.id)).toEqual(
        want.slice((page - 1) * 20, page * 20).map((r) => r.id),
      )
    }
    expect(read()).toBe(0)
    fresh.close()
  })

  it('a confirmed filter set of 64+ walks the sort index within its budget: the page is read, not the set', async () => {
    const { fresh, read } = await freshCounting()
    const officerId = all[0]!.officerIds[0]!
    const want = all
      .filter((r) => r.officerIds.includes(officerId) && r.source === all[0]!.source)
      .sort(byKeyDesc('createdAt'))
    expect(want.length).toBeGreaterThan(64)
    expect(want.length).toBeLessThan(2000)
    for (const page of [1, 3]) {
      const got = await casesRepo(fresh).listCaseRows({
        page,
        pageSize: 20,
        officerId,
        source: all[0]!.source,
        today,
      })
      expect(got.total).toBe(want.length)
      expect(got.rows.map((r) => r.id)).toEqual(
        want.slice((page - 1) * 20, page * 20).map((r) => r.id),
      )
    }
    expect(read()).toBe(40)
    fresh.close()
  })
})
