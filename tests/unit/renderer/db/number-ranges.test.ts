/**
 * Per-PC number ranges (docs/sync.md "Numbers"): with office sync, this PC takes 案号 and 文号 only
 * from the ranges set in 设置 → 同步, so two PCs never give the same number, online or offline; a
 * used-up range refuses in Chinese and takes nothing. Without sync, numbers count from 1 as before.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { casesRepo } from '@renderer/db/repositories/cases'
import { documentsRepo } from '@renderer/db/repositories/documents'
import { saveSyncSettings } from '@renderer/sync/settings'
import type { FrozenContext } from '@renderer/db/documents-records'
import { officeDb, orgParty } from './case-helpers'

async function office(ranges: { caseNo?: [number, number]; docNo?: [number, number] } | null) {
  const o = await officeDb()
  if (ranges) {
    const saved = await saveSyncSettings(o.db, o.ctx, {
      serverUrl: 'https://couch.office.local:6984',
      officeDb: 'office-a',
      caseNoRange: ranges.caseNo ? { from: ranges.caseNo[0], to: ranges.caseNo[1] } : null,
      docNoRange: ranges.docNo ? { from: ranges.docNo[0], to: ranges.docNo[1] } : null,
    })
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors))
  }
  const newCase = () =>
    casesRepo(o.db).createCase(o.ctx, {
      party: orgParty(),
      cause: '销售过期食品',
      source: 'inspection',
      sourceDate: '2026-02-20',
      officerIds: [o.officerIds[0]!, o.officerIds[1]!],
      firstAct: 'clueRegistered',
      today: '2026-03-01',
    })
  return { ...o, newCase }
}

describe('案号 from this PC’s range (docs/sync.md "Numbers")', () => {
  it('without sync: 1, 2, 3 as always', async () => {
    const o = await office(null)
    const numbers = []
    for (let i = 0; i < 3; i++) {
      const r = await o.newCase()
      if (!r.ok) throw new Error(r.message)
      numbers.push(r.case.caseNo)
    }
    expect(numbers.map((n) => /〔2026〕(\d+)号/.exec(n)?.[1])).toEqual(['1', '2', '3'])
  })

  it('with the range 101–102: 101, 102, then a refusal that takes nothing', async () => {
    const o = await office({ caseNo: [101, 102] })
    const a = await o.newCase()
    const b = await o.newCase()
    if (!a.ok || !b.ok) throw new Error('not created')
    expect([a.case.caseNo, b.case.caseNo].map((n) => /〔2026〕(\d+)号/.exec(n)?.[1])).toEqual([
      '101',
      '102',
    ])
    const casesBefore = await o.db.cases.count()
    const c = await o.newCase()
    expect(c).toMatchObject({
      ok: false,
      message: expect.stringMatching(/编号范围（101–102）已用完.*设置—同步/),
    })
    expect(await o.db.cases.count()).toBe(casesBefore)
    expect((await o.db.counters.get('caseNo:2026'))?.value).toBe(102)
  })
})

describe('文号 from this PC’s range', () => {
  it('the 文号 serial starts at the range; a used-up range refuses in Chinese', async () => {
    const o = await office({ docNo: [7, 7] })
    const created = await o.newCase()
    if (!created.ok) throw new Error(created.message)
    const reserve = () =>
      documentsRepo(o.db).reserve(o.ctx, {
        caseId: created.case.id,
        caseNo: created.case.caseNo,
        partyName: '某公司',
        kind: 'correctionOrder',
        code: '市监责改',
        input: {},
        ctx: { documentDate: '2026-03-02', officeCode: '鄂汉阳' } as unknown as FrozenContext,
        sourceActIds: [],
      })
    const first = await reserve()
    if (!first.ok) throw new Error(first.message)
    expect(first.document.docNo).toBe('鄂汉阳市监责改〔2026〕7号')
    expect(await reserve()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/编号范围（7–7）已用完/),
    })
  })
})
