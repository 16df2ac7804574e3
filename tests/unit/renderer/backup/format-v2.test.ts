// @vitest-environment happy-dom
// format-2 backups (plain JSON lines, chunk hashes) restore exactly, across chunk
// boundaries, into a new database the app then switches to; a failure while that database is
// built changes nothing; format-1 files written by older builds (dexie-export-import body) still
// restore and are still checked.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { createSha256, type BackupManifest } from '@shared/backup'
import { createFullBackup } from '@renderer/backup/export'
import { commitRestore } from '@renderer/backup/restore'
import { stageBackup } from '@renderer/backup/stage'
import { pointerDbName, readActiveDatabaseName } from '@renderer/db/active'
import { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from '../db/helpers'
import { dumpAll, seedAll } from './seed'
import { createV1Backup } from './v1-writer'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
  await Dexie.delete(pointerDbName)
})
/** The database a commit switched to. */
const restoredDb = (name: string): AppDB => {
  const db = new AppDB(name)
  opened.push(db)
  return db
}
const stagingName = () => `staging-${Math.random().toString(36).slice(2)}`

async function seeded(cases: number): Promise<AppDB> {
  const db = freshDb()
  opened.push(db)
  await db.open()
  await seedAll(db, cases)
  return db
}

/** A full backup of `db` (small chunks make lines cross chunk boundaries). */
const backupOf = (db: AppDB, chunkBytes?: number) =>
  createFullBackup(db, {
    appVersion: '0.1.0',
    reason: 'manual',
    now: '2026-03-05T10:00:00.000Z',
    gzip: false,
    ...(chunkBytes ? { chunkBytes } : {}),
  })

const withoutRestoreEntry = (dump: Record<string, unknown[]>) => ({
  ...dump,
  audit: (dump.audit as { action: string }[]).filter((e) => e.action !== 'restore'),
})

describe('format 2', () => {
  it('64 KiB chunks: lines cut across many chunks restore deep-equal', async () => {
    const db = await seeded(300)
    const original = await dumpAll(db)
    const backup = await backupOf(db, 64 * 1024)
    expect(backup.manifest.formatVersion).toBe(3)
    expect(backup.manifest.body.compression).toBeUndefined()
    expect(backup.manifest.body).toMatchObject({ encoding: 'casedesk-jsonl', chunkBytes: 65536 })
    expect(backup.manifest.body.bytes).toBeGreaterThan(4 * 65536)
    const target = await seeded(5)
    const before = await dumpAll(target)
    const staged = await stageBackup(backup.blob, { stagingName: stagingName() })
    if (!staged.ok) throw new Error(staged.message)
    const name = staged.staged.stagingName
    // Built and checked in its own database; the live one is untouched until the commit.
    expect(await dumpAll(restoredDb(name))).toEqual(original)
    expect(await dumpAll(target)).toEqual(before)
    const result = await commitRestore(target, staged.staged, testContext(), '0.1.0')
    expect(result).toEqual({
      ok: true,
      totalRecords: backup.manifest.totalRecords,
      database: name,
      oldKept: false,
    })
    expect(await readActiveDatabaseName()).toBe(name)
    expect(await Dexie.exists(target.name)).toBe(false)
    expect(withoutRestoreEntry(await dumpAll(restoredDb(name)))).toEqual(original)
  })

  it('a failure while the new database is built changes nothing and leaves no database', async () => {
    const db = await seeded(100)
    const backup = await backupOf(db, 64 * 1024)
    const target = await seeded(10)
    const before = await dumpAll(target)
    const name = stagingName()
    let calls = 0
    const result = await stageBackup(backup.blob, {
      stagingName: name,
      onProgress: (p) => {
        if (p.phase === 'validate' && ++calls === 3) throw new Error('模拟中断')
      },
    })
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/未做任何修改/) })
    expect(await Dexie.exists(name)).toBe(false)
    expect(await dumpAll(target)).toEqual(before)
    expect(await readActiveDatabaseName()).toBe('casedesk')
  })
})

/**
 * A file whose bytes differ on a second read of the same range (changed on disk after the check).
 */
function changingBlob(first: Blob, later: Blob, seen = new Set<string>(), base = 0): Blob {
  return {
    size: first.size,
    slice(start = 0, end = first.size) {
      return changingBlob(first.slice(start, end), later.slice(start, end), seen, base + start)
    },
    async arrayBuffer() {
      const key = `${base}:${first.size}`
      const again = seen.has(key)
      seen.add(key)
      return (again ? later : first).arrayBuffer()
    },
  } as unknown as Blob
}

describe('format 2: the file is checked again while it loads', () => {
  it('a file that changes after the checksum pass is refused; nothing changes', async () => {
    const db = await seeded(100)
    const backup = await backupOf(db, 64 * 1024)
    const bytes = new Uint8Array(await backup.blob.arrayBuffer())
    bytes[bytes.length - 70_000] = bytes[bytes.length - 70_000]! ^ 1
    const target = await seeded(10)
    const before = await dumpAll(target)
    const name = stagingName()
    const result = await stageBackup(changingBlob(backup.blob, new Blob([bytes])), {
      stagingName: name,
    })
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/发生了变化.*未做任何修改/),
    })
    expect(await Dexie.exists(name)).toBe(false)
    expect(await dumpAll(target)).toEqual(before)
  })

  it('never loads a backup into the database in use', async () => {
    const db = await seeded(20)
    const live = new AppDB('casedesk')
    opened.push(live)
    await live.open()
    await seedAll(live, 3)
    const before = await dumpAll(live)
    const backup = await backupOf(db)
    const result = await stageBackup(backup.blob, { stagingName: 'casedesk' })
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/正在使用/) })
    expect(await dumpAll(live)).toEqual(before)
  })
})

describe('format 1 (written by older builds) still restores', () => {
  it('a dexie-export-import backup is staged, checked and restored deep-equal', async () => {
    const db = await seeded(200)
    const original = await dumpAll(db)
    const file = await createV1Backup(db)
    const target = await seeded(5)
    const staged = await stageBackup(file, { stagingName: stagingName() })
    if (!staged.ok) throw new Error(staged.message)
    expect(staged.staged.manifest.body.encoding).toBe('dexie-export-import')
    expect(staged.staged.audit).toEqual({ ok: true, count: original.audit!.length })
    const result = await commitRestore(target, staged.staged, testContext(), '0.1.0')
    if (!result.ok) throw new Error(result.message)
    expect(withoutRestoreEntry(await dumpAll(restoredDb(result.database)))).toEqual(original)
    expect(await Dexie.exists(target.name)).toBe(false)
  })

  it('a format-1 file with one byte changed is refused by its whole-body SHA-256', async () => {
    const db = await seeded(50)
    const bytes = new Uint8Array(await (await createV1Backup(db)).arrayBuffer())
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1
    const result = await stageBackup(new Blob([bytes]), { stagingName: stagingName() })
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/校验失败/) })
  })

  it('a format-1 file with a bad record (checksum recomputed) is refused', async () => {
    const db = await seeded(50)
    const text = await (await createV1Backup(db)).text()
    const nl = text.indexOf('\n')
    const manifest = JSON.parse(text.slice(0, nl)) as BackupManifest
    const body = new TextEncoder().encode(text.slice(nl + 1).replace('"value":50', '"value":-5'))
    const h = createSha256()
    h.update(body)
    const m = { ...manifest, body: { ...manifest.body, bytes: body.length, sha256: h.digestHex() } }
    const result = await stageBackup(new Blob([`${JSON.stringify(m)}\n`, body]), {
      stagingName: stagingName(),
    })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join()).toMatch(/编号计数不能为负数/)
  })
})
