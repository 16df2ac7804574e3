// @vitest-environment happy-dom
// full backup → wipe → restore → deep-equal; failed restores leave data untouched.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { createFullBackup, derivedTables } from '@renderer/backup/export'
import { commitRestore } from '@renderer/backup/restore'
import { stageBackup } from '@renderer/backup/stage'
import { pointerDbName } from '@renderer/db/active'
import { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from '../db/helpers'
import { dumpAll, seedAll } from './seed'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
  await Dexie.delete(pointerDbName)
})

function newDb(): AppDB {
  const db = freshDb()
  opened.push(db)
  return db
}

const stagingName = () => `staging-${Math.random().toString(36).slice(2)}`

describe('full backup round trip', () => {
  it('seeds 5,000 cases across every table, backs up, wipes, restores: deep-equal', async () => {
    const db = newDb()
    await db.open()
    const t0 = performance.now()
    const seeded = await seedAll(db, 5000)
    const original = await dumpAll(db)
    const t1 = performance.now()
    const backup = await createFullBackup(db, {
      appVersion: '0.1.0',
      reason: 'manual',
      now: '2026-03-05T10:00:00.000Z',
    })
    const t2 = performance.now()
    expect(backup.manifest.totalRecords).toBe(seeded)
    expect(backup.manifest.schemaVersion).toBe(db.verno)
    // Every table but the derived ones (the statistics digests, rebuilt by the app).
    expect(Object.keys(backup.manifest.tables).sort()).toEqual(
      db.tables
        .map((t) => t.name)
        .filter((n) => !derivedTables.has(n))
        .sort(),
    )

    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear()
    })
    const staged = await stageBackup(backup.blob, { stagingName: stagingName() })
    const t3 = performance.now()
    if (!staged.ok)
      throw new Error(`${staged.message} ${JSON.stringify(staged.problems.slice(0, 3))}`)
    expect(staged.staged.audit).toEqual({ ok: true, count: 2000 })
    const result = await commitRestore(db, staged.staged, testContext(), '0.1.0')
    const t4 = performance.now()
    expect(result).toEqual({
      ok: true,
      totalRecords: seeded,
      database: staged.staged.stagingName,
      oldKept: false,
    })
    expect(await Dexie.exists(db.name)).toBe(false)
    const restoredDb = new AppDB(staged.staged.stagingName)
    opened.push(restoredDb)
    const restored = await dumpAll(restoredDb)
    const audit = restored.audit as { action: string; seq: number }[]
    const restoreEntry = audit.find((e) => e.action === 'restore')
    expect(restoreEntry).toMatchObject({ seq: 2001, entity: 'database' })
    restored.audit = audit.filter((e) => e !== restoreEntry)
    expect(restored).toEqual(original)
    console.info(
      `[measure] seed ${seeded} records ${Math.round(t1 - t0)} ms; backup ${Math.round(t2 - t1)} ms ` +
        `(${(backup.blob.size / 1e6).toFixed(1)} MB); stage (check + write) ${Math.round(t3 - t2)} ms; ` +
        `commit ${Math.round(t4 - t3)} ms`,
    )
  }, 120_000)
})
