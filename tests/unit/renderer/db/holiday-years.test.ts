import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { holidayYearsRepo, type HolidayYearsMeta } from '@renderer/db/repositories/holiday-years'
import { verifyAuditChain } from '@renderer/db/audit'
import { openDatabase } from '@renderer/db/open'
import type { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function setup() {
  const db = freshDb()
  opened.push(db)
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  return { db, ctx, repo: holidayYearsRepo(db) }
}

const year2027 = {
  year: 2027,
  source: '国办发明电〔2026〕7号',
  holidays: [{ date: '2027-01-01', name: '元旦' }],
  makeUpWorkdays: [],
}

describe('holidayYearsRepo — the office-entered 国务院办公厅 schedules, one audited write each', () => {
  it('saves a year with its audit entry and lists it', async () => {
    const { db, ctx, repo } = await setup()
    const auditBefore = await db.audit.count()
    const r = await repo.save(ctx, year2027, { enteredVia: 'form' })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.replaced).toBe(false)
    const list = await repo.list()
    expect(list.damaged).toEqual([])
    expect(list.years.map((y) => y.year)).toEqual([year2027])
    expect(list.years[0]).toMatchObject({ enteredVia: 'form', updatedAt: ctx.now })
    const entries = await db.audit.orderBy('seq').toArray()
    expect(entries).toHaveLength(auditBefore + 1)
    expect(entries.at(-1)).toMatchObject({
      action: 'create',
      entity: 'meta',
      entityId: 'holidayYears:2027',
      before: null,
    })
    expect(verifyAuditChain(entries).ok).toBe(true)
  })

  it('saving the same year again replaces it (audited as update with the old record)', async () => {
    const { db, ctx, repo } = await setup()
    await repo.save(ctx, year2027, { enteredVia: 'form' })
    ctx.tick()
    const second = {
      ...year2027,
      holidays: [...year2027.holidays, { date: '2027-02-06', name: '春节' }],
    }
    const r = await repo.save(ctx, second, { enteredVia: 'file', fileName: '2027.json' })
    expect(r.ok && r.replaced).toBe(true)
    const list = await repo.list()
    expect(list.years).toHaveLength(1)
    expect(list.years[0]).toMatchObject({ year: second, enteredVia: 'file', fileName: '2027.json' })
    const last = (await db.audit.orderBy('seq').toArray()).at(-1)
    expect(last).toMatchObject({ action: 'update', entityId: 'holidayYears:2027' })
    expect((last?.before as { year: unknown }).year).toEqual(year2027)
  })

  it('an invalid year writes nothing and says why in Chinese', async () => {
    const { db, ctx, repo } = await setup()
    const auditBefore = await db.audit.count()
    const r = await repo.save(ctx, { ...year2027, source: '' }, { enteredVia: 'form' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('国务院办公厅通知文号')
    expect(await db.meta.get('holidayYears')).toBeUndefined()
    expect(await db.audit.count()).toBe(auditBefore)
  })

  it('a damaged stored record is reported, not used; other years still list, ascending', async () => {
    const { db, ctx, repo } = await setup()
    await repo.save(
      ctx,
      { ...year2027, year: 2028, holidays: [{ date: '2028-01-01', name: '元旦' }] },
      { enteredVia: 'form' },
    )
    await repo.save(ctx, year2027, { enteredVia: 'form' })
    const stored = (await db.meta.get('holidayYears')) as HolidayYearsMeta
    const damaged: HolidayYearsMeta = {
      ...stored,
      years: [
        ...stored.years,
        { year: { ...year2027, year: 2029 }, enteredVia: 'form', updatedAt: ctx.now },
      ],
    }
    await db.meta.put(damaged)
    const list = await repo.list()
    expect(list.years.map((y) => y.year.year)).toEqual([2027, 2028])
    expect(list.damaged).toHaveLength(1)
    expect(list.damaged[0]).toContain('2029年节假日安排数据已损坏')
  })
})
