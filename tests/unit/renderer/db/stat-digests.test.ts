// The statistics digests (renderer/src/db/stat-digests.ts, schema v5): every write path stores the
// digest its case has after the write, the v4 → v5 upgrade builds them for stored cases without
// changing the cases or acts, and the page's refresh rebuilds stale and missing ones
// (docs/domain/statistics.md, "The statistics digest"). Schema v6 packs them into blocks: after
// every write, fold, refresh and upgrade the page reads exactly the digests it read one by one
// before ("Digest blocks").
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { activeCalendar } from '@shared/calendar'
import {
  packedContribution,
  quarterPeriod,
  unpackDigest,
  yearContribution,
  yearPeriod,
  type PackedDigest,
} from '@shared/statistics'
import { defaultRuleSettings } from '@shared/domain/case'
import { AppDB } from '@renderer/db/app-db'
import { openDatabase } from '@renderer/db/open'
import { casesRepo, factsOf } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import {
  digestBasis,
  digestOf,
  foldDigests,
  foldDigestsIfMany,
  readPeriodDigests,
  refreshDigests,
} from '@renderer/db/stat-digests'
import { schemaVersions } from '@renderer/db/versions'
import { testContext } from './helpers'
import { officeDb, orgParty } from './case-helpers'
import { acts } from './case-acts'

const TODAY = '2026-11-30'
const dbs: AppDB[] = []
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete()
})

/** Digests without their mark (written since the blocks were built) or their year's
 * contribution read from a block, sorted by id. */
const plain = (list: (PackedDigest & { year?: unknown })[]) =>
  list
    .map(({ w: _w, year: _y, ...d }) => d)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/** The digests themselves (not the blocks, whose ids start with `~b:`). */
const digestRows = (db: AppDB) => db.statDigests.where(':id').below('~').toArray()

/** The period's digests one record each through the indexes (how v5 read them). */
async function indexRead(db: AppDB, from: number, to: string): Promise<PackedDigest[]> {
  const years = await db.statDigests
    .where('years')
    .between(from, Number(to.slice(0, 4)), true, true)
    .toArray()
  const open = await db.statDigests.where('openFrom').belowOrEqual(to).toArray()
  return [...new Map([...years, ...open].map((d) => [d.id, d])).values()]
}

/** How many contributions were checked as read from a past year's blocks. */
let packedYears = 0

/** The page reads, from blocks and marked digests, exactly the digests the indexes find. */
async function expectBlocksAgree(db: AppDB): Promise<void> {
  for (const p of [
    yearPeriod(2024),
    yearPeriod(2025),
    yearPeriod(2026),
    quarterPeriod(2026, 3),
    { from: '2024-03-01', to: '2026-06-30' },
  ]) {
    const read = await readPeriodDigests(db, p, p.to)
    expect(new Set(read.map((d) => d.id)).size).toBe(read.length)
    expect(plain(read)).toEqual(plain(await indexRead(db, Number(p.from.slice(0, 4)), p.to)))
    // A past year's blocks hold each digest's contribution to it, as computed from the digest.
    for (const d of read) {
      if (!d.year) continue
      // Read from the blocks of one of the period's years (used by the page for a whole year).
      expect(
        Number(p.from.slice(0, 4)) <= d.year.year && d.year.year <= Number(p.to.slice(0, 4)),
      ).toBe(true)
      if (p.from !== `${d.year.year}-01-01` || p.to !== `${d.year.year}-12-31`) continue
      expect(yearContribution(d, d.year.c)).toEqual(packedContribution(d, p, { today: TODAY }))
      packedYears++
    }
  }
}

/** Every stored digest equals the digest of its case as stored now, and the page reads them. */
async function expectDigestsCurrent(db: AppDB): Promise<number> {
  const settings = await settingsRepo(db).getRuleSettings()
  const basis = digestBasis(settings, activeCalendar())
  const cases = await db.cases.toArray()
  for (const rec of cases) {
    const stored = await casesRepo(db).getCase(rec.id)
    expect(plain([(await db.statDigests.get(rec.id))!])).toEqual(
      plain([digestOf(factsOf(rec, stored!.acts), !!rec.voided, basis)]),
    )
  }
  expect(await db.statDigests.where(':id').below('~').count()).toBe(cases.length)
  await expectBlocksAgree(db)
  return cases.length
}

async function seeded(count: number) {
  const { db, ctx, officerIds } = await officeDb()
  dbs.push(db)
  const r = await demoRepo(db).seed(ctx, { cases: count, today: TODAY })
  if (!r.ok) throw new Error(r.message)
  return { db, ctx, officerIds }
}

/** A new case (registered 2026-11-02) through the repository. */
async function newCase(
  db: AppDB,
  ctx: Awaited<ReturnType<typeof seeded>>['ctx'],
  officerIds: string[],
) {
  const created = await casesRepo(db).createCase(ctx, {
    party: orgParty(),
    cause: '涉嫌销售过期食品案',
    source: 'inspection',
    sourceDate: '2026-11-02',
    officerIds: officerIds.slice(0, 2),
    today: '2026-11-02',
  })
  if (!created.ok) throw new Error(created.message)
  return created
}

describe('statistics digests are written with every write (docs/domain/statistics.md)', () => {
  it('demo data, a new case, an act, a 作废 and new officers each leave the current digest', async () => {
    const { db, ctx, officerIds } = await seeded(40)
    expect(await expectDigestsCurrent(db)).toBe(40)
    // The writes below are read as marked digests over blocks built before them.
    expect(await foldDigests(db)).toBe(40)
    expect(await db.statDigests.where('w').equals(1).count()).toBe(0)
    expect(await expectDigestsCurrent(db)).toBe(40)
    const repo = casesRepo(db)
    const created = await newCase(db, ctx, officerIds)
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
    // Over blocks (their stamps listed with them), a marked digest of another stamp is found.
    await foldDigests(db)
    await db.statDigests.update(ids[0]!, { stamp: 'old', years: [], w: 1 })
    await db.statDigests.delete(ids[1]!)
    const basis = digestBasis(defaultRuleSettings, activeCalendar())
    const progress: number[] = []
    expect(await refreshDigests(db, basis, { onProgress: (p) => progress.push(p.done) })).toBe(true)
    expect(progress.at(-1)).toBe(2)
    await expectDigestsCurrent(db)
    // A stray digest packed into the blocks: removed from the digests and from the blocks.
    await db.statDigests.put({ ...(await db.statDigests.get(ids[2]!))!, id: 'no-such-case' })
    await foldDigests(db)
    expect(await refreshDigests(db, basis)).toBe(true)
    expect(await db.statDigests.get('no-such-case')).toBeUndefined()
    await expectDigestsCurrent(db)
    for (const p of [yearPeriod(2025), yearPeriod(2026)]) {
      expect((await readPeriodDigests(db, p, p.to)).map((d) => d.id)).not.toContain('no-such-case')
    }

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
    // A rebuild of all folds them into the blocks at once.
    expect(await db.statDigests.where('w').equals(1).count()).toBe(0)
    await expectDigestsCurrent(db)
  })

  it('marked digests win over their blocks until folded in; a fold only when many', async () => {
    const { db, ctx, officerIds } = await seeded(30)
    await foldDigests(db)
    const period = yearPeriod(2026)
    const before = await readPeriodDigests(db, period, period.to)
    const repo = casesRepo(db)
    // A case in the 2026 blocks gets other officers: the marked digest stands for it.
    const changed = before[0]!.id
    const moved = await repo.setOfficers(
      ctx,
      changed,
      [officerIds[1]!, officerIds[2]!],
      '2026-11-07',
    )
    expect(moved.ok).toBe(true)
    // A new case is in no block yet.
    const created = await newCase(db, ctx, officerIds)
    expect((await db.statDigests.where('w').equals(1).primaryKeys()).sort()).toEqual(
      [changed, created.case.id].sort(),
    )
    const after = await readPeriodDigests(db, period, period.to)
    expect(after.map((d) => d.id).sort()).toEqual(
      [...before.map((d) => d.id), created.case.id].sort(),
    )
    const read = after.find((d) => d.id === changed)!
    expect(unpackDigest(read).officerIds).toEqual([officerIds[1], officerIds[2]])
    await expectDigestsCurrent(db)
    expect(await foldDigestsIfMany(db, 3)).toBe(0)
    expect(await foldDigestsIfMany(db, 2)).toBe(2)
    expect(await db.statDigests.where('w').equals(1).count()).toBe(0)
    packedYears = 0
    await expectDigestsCurrent(db)
    expect(packedYears).toBeGreaterThan(10)
  })
})

describe('schema v4 → v5 → v6: the upgrades build the digest of every stored case and its blocks', () => {
  it('a v4 database with cases opens under v6 with its digests and nothing else changed', async () => {
    const { db } = await seeded(60)
    const tables = ['meta', 'cases', 'acts', 'parties', 'followUps', 'audit', 'counters'] as const
    const rows = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
    )
    const digests = plain(await digestRows(db))

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
    // Built unmarked and packed into the blocks in the same upgrade.
    expect(await digestRows(upgraded)).toEqual(digests)
    await expectBlocksAgree(upgraded)
    for (const t of ['cases', 'acts', 'parties', 'followUps'] as const) {
      expect(await upgraded.table(t).toArray()).toEqual(rows[t])
    }
  })

  it('a v5 database with digests (some written since) opens under v6 with them in blocks', async () => {
    const { db } = await seeded(50)
    const tables = ['meta', 'cases', 'acts', 'parties', 'followUps', 'audit', 'counters'] as const
    const rows = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.table(t).toArray()] as const)),
    )
    const digests = await digestRows(db)
    expect(digests.every((d) => d.w === 1)).toBe(true)

    const name = `v5-${Math.random().toString(36).slice(2)}`
    const old = new Dexie(name)
    for (const v of schemaVersions.filter((s) => s.version <= 5)) {
      old.version(v.version).stores(v.stores)
    }
    await old.open()
    for (const t of tables) await old.table(t).bulkAdd(rows[t]!)
    // A v5 build stored no marks.
    await old.table('statDigests').bulkAdd(plain(digests))
    old.close()

    const upgraded = new AppDB(name)
    dbs.push(upgraded)
    const opened = await openDatabase(upgraded, '0.2.0', testContext())
    expect(opened.state).toBe('open')
    expect(await digestRows(upgraded)).toEqual(plain(digests))
    expect(await upgraded.statDigests.where('w').equals(1).count()).toBe(0)
    expect(await upgraded.statDigests.where(':id').startsWith('~b:').count()).toBeGreaterThan(0)
    await expectBlocksAgree(upgraded)
    expect(await expectDigestsCurrent(upgraded)).toBe(50)
    for (const t of ['cases', 'acts', 'parties', 'followUps'] as const) {
      expect(await upgraded.table(t).toArray()).toEqual(rows[t])
    }
  })
})
