// The statistics digests (renderer/src/db/stat-digests.ts, schema v5): every write path stores the
// digest its case has after the write, the v4 → v5 upgrade builds them for stored cases without
// changing the cases or acts, and the page's refresh rebuilds stale and missing ones
// (docs/domain/statistics.md, "The statistics digest").
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { activeCalendar } from '@shared/calendar'
import { unpackDigest } from '@shared/statistics'
import { defaultRuleSettings } from '@shared/domain/case'
import { AppDB } from '@renderer/db/app-db'
import { openDatabase } from '@renderer/db/open'
import { casesRepo, factsOf } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { digestBasis, digestOf, refreshDigests } from '@renderer/db/stat-digests'
import { schemaVersions } from '@renderer/db/versions'
import { testContext } from './helpers'
import { officeDb, orgParty } from './case-helpers'
import { acts } from './case-acts'

const TODAY = '2026-11-30'
const dbs: AppDB[] = []
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete()
})

/** Every stored digest equals the digest of its case as stored now. */
async function expectDigestsCurrent(db: AppDB): Promise<number> {
  const settings = await settingsRepo(db).getRuleSettings()
  const basis = digestBasis(settings, activeCalendar())
  const cases = await db.cases.toArray()
  for (const rec of cases) {
    const stored = await casesRepo(db).getCase(rec.id)
    expect(await db.statDigests.get(rec.id)).toEqual(
      digestOf(factsOf(rec, stored!.acts), !!rec.voided, basis),
    )
  }
  expect(await db.statDigests.count()).toBe(cases.length)
  return cases.length
}

async function seeded(count: number) {
  const { db, ctx, officerIds } = await officeDb()
  dbs.push(db)
  const r = await demoRepo(db).seed(ctx, { cases: count, today: TODAY })
  if (!r.ok) throw new Error(r.message)
  return { db, ctx, officerIds }
}

describe('statistics digests are written with every write (docs/domain/statistics.md)', () => {
  it('demo data, a new case, an act, a 作废 and new officers each leave the current digest', async () => {
    const { db, ctx, officerIds } = await seeded(40)
    expect(await expectDigestsCurrent(db)).toBe(40)
    const repo = casesRepo(db)
    const created = await repo.createCase(ctx, {
      party: orgParty(),
      cause: '涉嫌销售过期食品案',
      source: 'inspection',
      sourceDate: '2026-11-02',
      officerIds: officerIds.slice(0, 2),
      today: '2026-11-02',
    })
    if (!created.ok) throw new Error(created.message)
    const id = created.case.id
    await expectDigestsCurrent(db)
    const clue = await repo.appendAct(ctx, id, acts.clue('2026-11-02'), '2026-11-02')
    expect(clue.ok).toBe(true)
    const filed = await repo.appendAct(ctx, id, acts.filed('2026-11-05'), '2026-11-05')
    if (!filed.ok) throw new Error(filed.message)
    await expectDigestsCurrent(db)
    expect(unpackDigest((await db.statDigests.get(id))!).cutFrom).toBe('2026-11-05')
    const voided = await repo.voidAct(ctx, id, filed.act.id, '录入错误', { today: '2026-11-06' })
    expect(voided.ok).toBe(true)
    await expectDigestsCurrent(db)
    // The 作废 entry and the act it voids are in no cut.
    expect(unpackDigest((await db.statDigests.get(id))!).cutFrom).toBe('2026-11-02')
    const moved = await repo.setOfficers(ctx, id, [officerIds[1]!, officerIds[2]!], '2026-11-07')
    expect(moved.ok).toBe(true)
    await expectDigestsCurrent(db)
    expect(unpackDigest((await db.statDigests.get(id))!).officerIds).toEqual([
      officerIds[1],
      officerIds[2],
    ])
  })

  it('the page refresh rebuilds digests of other settings, missing ones and removes strays', async () => {
    const { db, ctx } = await seeded(30)
    const ids = (await db.cases.toCollection().primaryKeys()) as string[]
    await db.statDigests.update(ids[0]!, { stamp: 'old', years: [] })
    await db.statDigests.delete(ids[1]!)
    const basis = digestBasis(defaultRuleSettings, activeCalendar())
    const progress: number[] = []
    expect(await refreshDigests(db, basis, { onProgress: (p) => progress.push(p.done) })).toBe(true)
    expect(progress.at(-1)).toBe(2)
    await expectDigestsCurrent(db)
    await db.statDigests.put({ ...(await db.statDigests.get(ids[2]!))!, id: 'no-such-case' })
    expect(await refreshDigests(db, basis)).toBe(true)
    expect(await db.statDigests.get('no-such-case')).toBeUndefined()
    await expectDigestsCurrent(db)

    // New rule settings: every digest is stale until the page refreshes them.
    const saved = await settingsRepo(db).saveRuleSettings(ctx, {
      ...defaultRuleSettings,
      periodOverrides: { ...defaultRuleSettings.periodOverrides, FOLLOW_UP: 60 },
    })
    if (!saved.ok) throw new Error(saved.message)
    const next = digestBasis(saved.settings, activeCalendar())
    expect(await db.statDigests.where('stamp').equals(next.stamp).count()).toBe(0)
    // Page by page (as from 2,000 stale digests), each page read and written in one transaction.
    const pages: number[] = []
    expect(
      await refreshDigests(db, next, {
        rebuildAllFrom: 1,
        onProgress: (p) => pages.push(p.done),
      }),
    ).toBe(true)
    expect(pages).toEqual([0, 30])
    expect(await db.statDigests.where('stamp').equals(next.stamp).count()).toBe(30)
    await expectDigestsCurrent(db)
  })
})

describe('schema v4 → v5: the upgrade builds the digest of every stored case', () => {
  it('a v4 database with cases opens under v5 with its digests and nothing else changed', async () => {
    const { db } = await seeded(60)
    const tables = ['meta', 'cases', 'acts', 'parties', 'followUps', 'audit', 'counters'] as const
    const rows = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
    )
    const digests = await db.statDigests.orderBy('id').toArray()

    const name = `v4-${Math.random().toString(36).slice(2)}`
    const old = new Dexie(name)
    for (const v of schemaVersions.filter((s) => s.version <= 4)) {
      old.version(v.version).stores(v.stores)
    }
    await old.open()
    for (const t of tables) await old.table(t).bulkAdd(rows[t]!)
    old.close()

    const upgraded = new AppDB(name)
    dbs.push(upgraded)
    const opened = await openDatabase(upgraded, '0.2.0', testContext())
    expect(opened.state).toBe('open')
    expect(await upgraded.statDigests.orderBy('id').toArray()).toEqual(digests)
    for (const t of ['cases', 'acts', 'parties', 'followUps'] as const) {
      expect(await upgraded.table(t).toArray()).toEqual(rows[t])
    }
  })
})
