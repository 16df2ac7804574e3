// @vitest-environment happy-dom
// the case list's total is kept out of the page path (rows first, count cached) and
// stays correct after every kind of write: create, demo seeding, restore, case transfer, delete.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { applyCaseImport, exportCase, readCasePackage } from '@renderer/backup/case-transfer'
import { createFullBackup } from '@renderer/backup/export'
import { commitRestore } from '@renderer/backup/restore'
import { stageBackup } from '@renderer/backup/stage'
import { Dexie } from 'dexie'
import { pointerDbName } from '@renderer/db/active'
import { AppDB } from '@renderer/db/app-db'
import type { CaseListQuery } from '@renderer/db/repositories/case-list'
import { casesRepo } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { openDatabase } from '@renderer/db/open'
import { uuid } from '../../../fixtures/backup-records'
import { seedAll } from '../backup/seed'
import { officeDb, orgParty } from './case-helpers'
import { freshDb, testContext } from './helpers'

const today = '2026-03-01'
const all: CaseListQuery = { page: 1, pageSize: 20, today }
const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
  await Dexie.delete(pointerDbName)
})

/** Wait until Dexie's storagemutated event of the last commit has been delivered. */
const settle = () => new Promise((r) => setTimeout(r, 0))

/** The total as the list page sees it: rows first, then the (possibly cached) count. */
async function shownTotal(db: AppDB, q: CaseListQuery = all): Promise<number> {
  const page = await casesRepo(db).listCaseRows(q)
  return page.total ?? (await casesRepo(db).countCases(q))
}

describe('case list totals (count out of the page path, cached until cases change)', () => {
  it('first page does not wait for the count; the count is cached, then known with the rows', async () => {
    const db = freshDb()
    opened.push(db)
    await db.open()
    await seedAll(db, 30)
    const first = await casesRepo(db).listCaseRows(all)
    expect(first.rows).toHaveLength(20)
    expect(first.total).toBeNull()
    expect(await casesRepo(db).countCases(all)).toBe(30)
    const again = await casesRepo(db).listCaseRows({ ...all, page: 2 })
    expect(again).toMatchObject({ total: 30 })
    expect(again.rows).toHaveLength(10)
    // listCases (export, workbench) always has the total.
    expect((await casesRepo(db).listCases(all)).total).toBe(30)
  })

  it('create and demo seeding invalidate the cached total', async () => {
    const { db, ctx, officerIds } = await officeDb()
    opened.push(db)
    expect(await shownTotal(db)).toBe(0)
    const created = await casesRepo(db).createCase(ctx, {
      party: orgParty(),
      cause: '涉嫌销售过期食品案',
      source: 'inspection',
      sourceDate: '2026-02-20',
      officerIds: officerIds.slice(0, 2),
      today,
    })
    expect(created.ok).toBe(true)
    await settle()
    expect(await shownTotal(db)).toBe(1)
    const seeded = await demoRepo(db).seed(ctx, { cases: 25, today, seed: 3 })
    expect(seeded).toMatchObject({ ok: true, cases: 25 })
    await settle()
    expect(await shownTotal(db)).toBe(26)
  })

  it('a full restore and a case transfer invalidate it; so does a delete', async () => {
    const db = freshDb()
    opened.push(db)
    await db.open()
    await seedAll(db, 12)
    const backup = await createFullBackup(db, {
      appVersion: '0.1.0',
      reason: 'manual',
      now: '2026-03-05T10:00:00.000Z',
    })
    await db.cases.clear()
    await settle()
    expect(await shownTotal(db)).toBe(0)
    const staged = await stageBackup(backup.blob, {
      stagingName: `staging-${Math.random().toString(36).slice(2)}`,
    })
    if (!staged.ok) throw new Error(staged.message)
    const result = await commitRestore(db, staged.staged, testContext(), '0.1.0')
    if (!result.ok) throw new Error(result.message)
    // The restored data is a new database (the page reloads onto it): counted afresh.
    const restored = new AppDB(result.database)
    opened.push(restored)
    await settle()
    expect(await shownTotal(restored)).toBe(12)

    // Transfer one case into an empty database that has already counted.
    const other = freshDb()
    opened.push(other)
    await other.open()
    expect(await shownTotal(other)).toBe(0)
    const caseId = uuid(200_003)
    const exported = await exportCase(restored, caseId, {
      appVersion: '0.1.0',
      now: '2026-03-05T10:00:00.000Z',
    })
    if (!exported.ok) throw new Error(exported.message)
    const read = await readCasePackage(other, exported.blob)
    if (!read.ok) throw new Error(read.message)
    await applyCaseImport(other, read.pkg, 'addMissing', testContext())
    await settle()
    expect(await shownTotal(other)).toBe(1)

    await restored.cases.delete(caseId)
    await settle()
    expect(await shownTotal(restored)).toBe(11)
  })

  it('a count started before a write is not cached over it', async () => {
    const db = freshDb()
    opened.push(db)
    await db.open()
    await seedAll(db, 8)
    const stale = casesRepo(db).countCases(all)
    await db.cases.delete(uuid(200_001))
    expect([8, 7]).toContain(await stale)
    await settle()
    expect(await shownTotal(db)).toBe(7)
  })

  it('filtered totals come with the rows; a name search confirms the substring', async () => {
    const db = freshDb()
    opened.push(db)
    const ctx = testContext()
    await openDatabase(db, '0.1.0', ctx)
    expect(await demoRepo(db).seed(ctx, { cases: 40, today, seed: 5 })).toMatchObject({ ok: true })
    const cases = await db.cases.toArray()
    const name = cases[0]!.partyName
    const frag = [...name].slice(1, 4).join('')
    const want = cases.filter((c) => c.partyName.includes(frag)).length
    const page = await casesRepo(db).listCaseRows({ ...all, text: frag })
    expect(page.total).toBe(want)
    expect(page.rows.every((r) => r.partyName.includes(frag))).toBe(true)
  })
})
