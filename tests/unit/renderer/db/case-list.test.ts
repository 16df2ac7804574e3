import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { casesRepo } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { partiesRepo } from '@renderer/db/repositories/parties'
import type { CaseListQuery, CaseSortField } from '@renderer/db/repositories/case-list'
import type { CaseRecord } from '@renderer/db/cases-records'
import { openDatabase } from '@renderer/db/open'
import { verifyAuditChain } from '@renderer/db/audit'
import type { AppDB } from '@renderer/db/app-db'
import { addWorkingDays } from '@shared/calendar'
import { normalizeSearchText } from '@shared/domain/case/search'
import { freshDb, testContext } from './helpers'

const today = '2026-03-01'
let db: AppDB
let all: CaseRecord[]

beforeAll(async () => {
  db = freshDb()
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  const progress: number[] = []
  const r = await demoRepo(db).seed(ctx, {
    cases: 600,
    today,
    seed: 11,
    onProgress: (p) => progress.push(p.done),
  })
  expect(r).toMatchObject({
    ok: true,
    cases: 600,
    refusedSteps: 0,
    profileCreated: true,
    officersCreated: 8,
  })
  expect(progress.at(-1)).toBe(600)
  expect(progress.length).toBeGreaterThan(1)
  all = await db.cases.toArray()
})
afterAll(async () => {
  await db.delete()
})

const SORT_FIELD: Record<CaseSortField, keyof CaseRecord> = {
  createdAt: 'createdAt',
  sourceDate: 'sourceDate',
  caseNo: 'caseNoKey',
  nextDueOn: 'nextDueKey',
  partyName: 'partyName',
}

/** The reference: filter and sort the whole table in memory. */
function reference(q: CaseListQuery, predicate: (r: CaseRecord) => boolean) {
  const f = SORT_FIELD[q.sort?.field ?? 'createdAt']
  const sign = (q.sort?.dir ?? 'desc') === 'asc' ? 1 : -1
  const rows = all.filter(predicate).sort((a, b) => {
    const x = a[f] as string | number
    const y = b[f] as string | number
    return sign * (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  })
  const start = (q.page - 1) * q.pageSize
  return { ids: rows.slice(start, start + q.pageSize).map((r) => r.id), total: rows.length }
}

async function expectSame(q: CaseListQuery, predicate: (r: CaseRecord) => boolean) {
  const got = await casesRepo(db).listCases(q)
  const want = reference(q, predicate)
  expect(got.total).toBe(want.total)
  expect(got.rows.map((r) => r.id)).toEqual(want.ids)
  return got
}

describe('listCases (indexes, never the whole table)', () => {
  it('demo seed: valid audit chain with one summary entry per batch, case numbers in date order', async () => {
    const audit = await db.audit.orderBy('seq').toArray()
    expect(verifyAuditChain(audit).ok).toBe(true)
    expect(audit.filter((a) => a.action === 'demoSeed').length).toBeGreaterThan(1)
    const byNo = [...all].sort((a, b) => a.caseNoKey - b.caseNoKey)
    expect(byNo.map((c) => c.sourceDate)).toEqual([...byNo.map((c) => c.sourceDate)].sort())
    expect(byNo[0]?.caseNo).toMatch(/^鄂汉阳市监案〔2023〕1号$/)
  })

  it.each(['createdAt', 'sourceDate', 'caseNo', 'nextDueOn', 'partyName'] as const)(
    'sorts by %s both ways and pages',
    async (field) => {
      for (const dir of ['asc', 'desc'] as const) {
        for (const page of [1, 2, 13]) {
          await expectSame({ page, pageSize: 20, sort: { field, dir }, today }, () => true)
        }
      }
    },
  )

  it('filters by stage, officer, source, date range; combined; large and small result sets', async () => {
    const officer = all[0]!.officerIds[0]!
    await expectSame(
      { page: 1, pageSize: 25, stage: ['closed'], today },
      (r) => r.stage === 'closed',
    )
    await expectSame(
      {
        page: 2,
        pageSize: 10,
        stage: ['investigation', 'review'],
        sort: { field: 'partyName', dir: 'asc' },
        today,
      },
      (r) => r.stage === 'investigation' || r.stage === 'review',
    )
    await expectSame({ page: 1, pageSize: 25, officerId: officer, today }, (r) =>
      r.officerIds.includes(officer),
    )
    await expectSame(
      { page: 3, pageSize: 25, source: 'complaint', today },
      (r) => r.source === 'complaint',
    )
    await expectSame(
      {
        page: 1,
        pageSize: 50,
        dateFrom: '2025-01-01',
        dateTo: '2025-06-30',
        sort: { field: 'sourceDate', dir: 'asc' },
        today,
      },
      (r) => r.sourceDate >= '2025-01-01' && r.sourceDate <= '2025-06-30',
    )
    await expectSame(
      {
        page: 1,
        pageSize: 50,
        officerId: officer,
        source: 'inspection',
        stage: ['closed'],
        dateFrom: '2024-01-01',
        today,
      },
      (r) =>
        r.officerIds.includes(officer) &&
        r.source === 'inspection' &&
        r.stage === 'closed' &&
        r.sourceDate >= '2024-01-01',
    )
  })

  it('due filters: overdue = next due before today; soon = today … 3 working days', async () => {
    const soonEnd = addWorkingDays(today, 3)
    const overdue = await expectSame(
      { page: 1, pageSize: 100, due: 'overdue', today },
      (r) => r.nextDueOn !== '' && r.nextDueOn < today,
    )
    expect(overdue.total).toBeGreaterThan(0)
    await expectSame(
      { page: 1, pageSize: 100, due: 'soon', sort: { field: 'nextDueOn', dir: 'asc' }, today },
      (r) => r.nextDueOn >= today && r.nextDueOn <= soonEnd,
    )
  })

  it('searches party-name substrings in Chinese, full USCC / ID numbers and case numbers', async () => {
    const org = all.find((r) => r.partySnapshot.kind === 'organisation' && r.partySnapshot.uscc)!
    const word = [...org.partyName].slice(-6, -3).join('') // e.g. 商贸有 from …商贸有限公司
    const contains = (r: CaseRecord, t: string) =>
      normalizeSearchText(r.partyName).includes(normalizeSearchText(t))
    const sub = await expectSame({ page: 1, pageSize: 500, text: word, today }, (r) =>
      contains(r, word),
    )
    expect(sub.total).toBeGreaterThan(0)
    const name3 = [...org.partyName].slice(5, 8).join('')
    await expectSame({ page: 1, pageSize: 500, text: name3, today }, (r) => contains(r, name3))
    const uscc = org.partySnapshot.kind === 'organisation' ? org.partySnapshot.uscc! : ''
    const byUscc = await expectSame(
      { page: 1, pageSize: 50, text: uscc, today },
      (r) => r.partyId === org.partyId || contains(r, uscc),
    )
    expect(byUscc.rows.map((r) => r.id)).toContain(org.id)
    const person = all.find((r) => r.partySnapshot.kind === 'naturalPerson')!
    const idNo = person.partySnapshot.kind === 'naturalPerson' ? person.partySnapshot.idNo : ''
    const byId = await casesRepo(db).listCases({
      page: 1,
      pageSize: 50,
      text: idNo.toLowerCase(),
      today,
    })
    expect(byId.rows.map((r) => r.id)).toContain(person.id)
    const byNo = await casesRepo(db).listCases({ page: 1, pageSize: 5, text: org.caseNo, today })
    expect(byNo.rows.map((r) => r.caseNo)).toEqual([org.caseNo])
    const short = `${org.year}-${org.caseNoKey % 1_000_000}`
    expect(
      (await casesRepo(db).listCases({ page: 1, pageSize: 5, text: short, today })).rows[0]?.id,
    ).toBe(org.id)
    const none = await casesRepo(db).listCases({
      page: 1,
      pageSize: 5,
      text: '不存在的名称甲乙丙',
      today,
    })
    expect(none).toEqual({ rows: [], total: 0 })
  })

  it('parties: reused across demo cases, searchable by name and USCC', async () => {
    const reused = all.filter((r, i, a) => a.findIndex((x) => x.partyId === r.partyId) !== i)
    expect(reused.length).toBeGreaterThan(20)
    const r = reused[0]!
    const earlier = await casesRepo(db).earlierCasesOfParty(r.partyId, r.id)
    expect(earlier.length).toBeGreaterThan(0)
    expect(earlier.every((c) => c.partyId === r.partyId && c.id !== r.id)).toBe(true)
    const found = await partiesRepo(db).searchParties(r.partyName, 10)
    expect(found.map((p) => p.id)).toContain(r.partyId)
  })
})
