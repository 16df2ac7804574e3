// @vitest-environment happy-dom
// a restore that fails or is interrupted, and every hostile backup file, leaves the
// database exactly as it was (and the app pointed at it); older backups and databases are
// upgraded with nothing lost.
import 'fake-indexeddb/auto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { manifestLine, sha256ChunksHex, type BackupManifest } from '@shared/backup'
import { createFullBackup } from '@renderer/backup/export'
import { commitRestore } from '@renderer/backup/restore'
import { stageBackup } from '@renderer/backup/stage'
import {
  pointerDbName,
  readActiveDatabaseName,
  removeSpareDatabases,
  writeActiveDatabaseName,
} from '@renderer/db/active'
import { AppDB } from '@renderer/db/app-db'
import { schemaVersions } from '@renderer/db/versions'
import { freshDb, testContext } from '../db/helpers'
import { officer, partyRecord, uuid } from '../../../fixtures/backup-records'
import { auditChain, dumpAll, seedAll } from './seed'

const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
  await Dexie.delete(pointerDbName)
})
const track = <T extends Dexie>(db: T): T => {
  opened.push(db)
  return db
}
const stagingName = () => `staging-${Math.random().toString(36).slice(2)}`

async function seededDb(cases = 300): Promise<AppDB> {
  const db = track(freshDb())
  await db.open()
  await seedAll(db, cases)
  return db
}

/** A backup file whose body is replaced by `edit(body)`, with a matching manifest. */
async function rewrite(file: Blob, edit: (body: string) => string): Promise<Blob> {
  const text = await file.text()
  const nl = text.indexOf('\n')
  const manifest = JSON.parse(text.slice(0, nl)) as BackupManifest
  const body = new TextEncoder().encode(edit(text.slice(nl + 1)))
  const sha256 = sha256ChunksHex(body, manifest.body.chunkBytes!)
  const m = { ...manifest, body: { ...manifest.body, bytes: body.length, sha256 } }
  return new Blob([manifestLine(m), body])
}

let source: AppDB
let good: Blob
beforeAll(async () => {
  source = await seededDb(200)
  good = (
    await createFullBackup(source, {
      appVersion: '0.1.0',
      reason: 'manual',
      now: '2026-03-05T10:00:00.000Z',
      gzip: false,
    })
  ).blob
})

describe('a failed or interrupted restore changes nothing', () => {
  it('an error while the restored data is written: old data kept, new database removed', async () => {
    const db = await seededDb(50)
    const before = await dumpAll(db)
    const name = stagingName()
    const result = await stageBackup(good, {
      stagingName: name,
      onProgress: (p) => {
        if (p.phase === 'validate') throw new Error('模拟中断')
      },
    })
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/现有数据未做任何修改/),
    })
    expect(await Dexie.exists(name)).toBe(false)
    expect(await dumpAll(db)).toEqual(before)
  })

  it('a quota error (disk full) while writing: a clear message, nothing changed', async () => {
    const db = await seededDb(50)
    const before = await dumpAll(db)
    const result = await stageBackup(good, {
      stagingName: stagingName(),
      onProgress: (p) => {
        if (p.phase === 'validate' && p.done > 0)
          throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' })
      },
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/磁盘空间不足.*现有数据未做任何修改/)
    expect(await dumpAll(db)).toEqual(before)
  })

  it('a staged database that disappeared before the commit is refused; nothing changes', async () => {
    const db = await seededDb(20)
    const before = await dumpAll(db)
    const staged = await stageBackup(good, { stagingName: stagingName() })
    if (!staged.ok) throw new Error(staged.message)
    await Dexie.delete(staged.staged.stagingName)
    const result = await commitRestore(db, staged.staged, testContext(), '0.1.0')
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/找不到.*现有数据保持原样/),
    })
    expect(await dumpAll(db)).toEqual(before)
    expect(await readActiveDatabaseName()).toBe('casedesk')
  })

  it('a staged database that was changed after the check is refused; nothing changes', async () => {
    const db = await seededDb(20)
    const before = await dumpAll(db)
    const staged = await stageBackup(good, { stagingName: stagingName() })
    if (!staged.ok) throw new Error(staged.message)
    const other = track(new AppDB(staged.staged.stagingName))
    await other.table('counters').put({ key: 'extra', value: 1 })
    other.close()
    const result = await commitRestore(db, staged.staged, testContext(), '0.1.0')
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/编号计数|counters/) })
    expect(await dumpAll(db)).toEqual(before)
  })

  it('a page closed before the commit leaves a spare database; the next start removes it, never the active one', async () => {
    const staged = await stageBackup(good, { stagingName: 'casedesk-data-left-over' })
    if (!staged.ok) throw new Error(staged.message)
    const active = track(new AppDB('casedesk-data-active-one'))
    await active.open()
    await writeActiveDatabaseName(active.name, '2026-03-05T10:00:00.000Z')
    const original = track(new AppDB('casedesk'))
    await original.open()
    original.close()
    const unrelated = track(new AppDB('someone-else'))
    await unrelated.open()
    unrelated.close()
    active.close()
    const deleted = await removeSpareDatabases()
    expect(deleted.sort()).toEqual(['casedesk', 'casedesk-data-left-over'])
    expect(await Dexie.exists(active.name)).toBe(true)
    expect(await Dexie.exists('someone-else')).toBe(true)
  })
})

describe('hostile backup files are refused before anything is written', () => {
  const cases: [string, () => Promise<Blob>, RegExp][] = [
    ['an empty file', async () => new Blob([]), /空文件/],
    [
      'garbage bytes',
      async () => new Blob([new Uint8Array(5000).map((_, i) => (i * 37) % 256)]),
      /不是 CaseDesk 备份/,
    ],
    [
      'a huge line without a manifest',
      async () => new Blob(['x'.repeat(200_000)]),
      /不是 CaseDesk 备份/,
    ],
    ['a truncated file', async () => good.slice(0, good.size - 100), /不完整/],
    ['a file with bytes appended', async () => new Blob([good, 'extra']), /更长/],
    [
      'a wrong checksum (one byte changed)',
      async () => {
        const bytes = new Uint8Array(await good.arrayBuffer())
        bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1
        return new Blob([bytes])
      },
      /校验失败/,
    ],
    [
      'a party with a bad USCC (checksum recomputed)',
      () => rewrite(good, (b) => b.replaceAll('91110000600037341L', '91110000600037341M')),
      /当事人记录.*uscc/,
    ],
    [
      'a negative counter value',
      () => rewrite(good, (b) => b.replace('"value":200', '"value":-5')),
      /编号计数不能为负数/,
    ],
    [
      'a case pointing at a party that does not exist',
      () =>
        rewrite(good, (b) => b.replace(`"partyId":"${uuid(100_000)}"`, `"partyId":"${uuid(77)}"`)),
      /指向不存在的当事人/,
    ],
    [
      'created after updated (dates in the wrong order)',
      () =>
        rewrite(good, (b) =>
          b.replace(
            '"createdAt":"2026-03-01T08:00:00.000Z","updatedAt":"2026-03-02T08:00:00.000Z"',
            '"createdAt":"2026-03-09T08:00:00.000Z","updatedAt":"2026-03-02T08:00:00.000Z"',
          ),
        ),
      /创建时间晚于修改时间/,
    ],
    [
      'a body that is not JSON (checksum recomputed)',
      () => rewrite(good, (b) => b.slice(0, 500)),
      /无法读取|不一致/,
    ],
    [
      'a backup from a newer schema',
      async () => {
        const text = await good.text()
        const nl = text.indexOf('\n')
        const m = JSON.parse(text.slice(0, nl)) as BackupManifest
        return new Blob([manifestLine({ ...m, schemaVersion: 99 }), text.slice(nl + 1)])
      },
      /更新版本/,
    ],
  ]

  it.each(cases)('%s', async (_, make, message) => {
    const db = await seededDb(20)
    const before = await dumpAll(db)
    const result = await stageBackup(await make(), { stagingName: stagingName() })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const all = [result.message, ...result.problems.map((p) => p.message)].join('\n')
      expect(all).toMatch(message)
    }
    expect(await dumpAll(db)).toEqual(before)
  })
})

describe('schema upgrades', () => {
  function v1Db(name: string): Dexie {
    const db = new Dexie(name)
    db.version(1).stores(schemaVersions[0]!.stores)
    return track(db)
  }

  async function writeV1(db: Dexie) {
    await db.open()
    await db.table('meta').put({
      key: 'schema',
      schemaVersion: 1,
      appVersion: '0.0.9',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    await db.table('officers').put(officer)
    await db.table('audit').bulkAdd(auditChain(3))
  }

  it('a database written by schema v1 opens in the current version with nothing lost', async () => {
    const name = `v1-${Math.random().toString(36).slice(2)}`
    const old = v1Db(name)
    await writeV1(old)
    const before: Record<string, unknown[]> = {}
    for (const t of old.tables) before[t.name] = await t.toArray()
    old.close()
    const current = track(new AppDB(name))
    await current.open()
    expect(current.verno).toBe(schemaVersions.at(-1)!.version)
    for (const [table, rows] of Object.entries(before)) {
      expect(await current.table(table).toArray()).toEqual(rows)
    }
  })

  it('a backup written by schema v1 is upgraded on restore, every record kept', async () => {
    const old = v1Db(`v1b-${Math.random().toString(36).slice(2)}`)
    await writeV1(old)
    const file = (
      await createFullBackup(old as unknown as AppDB, {
        appVersion: '0.0.9',
        reason: 'manual',
        now: '2026-01-02T00:00:00.000Z',
      })
    ).blob
    const staged = await stageBackup(file, { stagingName: stagingName() })
    if (!staged.ok) throw new Error(staged.message)
    expect(staged.staged.migratedFrom).toBe(1)
    const current = await seededDb(5)
    const result = await commitRestore(current, staged.staged, testContext(), '0.1.0')
    if (!result.ok) throw new Error(result.message)
    const db = track(new AppDB(result.database))
    expect(await db.officers.toArray()).toEqual([officer])
    expect(await db.table('cases').count()).toBe(0)
    expect((await db.audit.orderBy('seq').toArray()).map((e) => e.action)).toEqual([
      'create',
      'create',
      'create',
      'restore',
    ])
    expect(await db.meta.get('schema')).toMatchObject({
      schemaVersion: db.verno,
      appVersion: '0.1.0',
    })
  })
})

describe('party records survive as entered', () => {
  it('HTML/script text, emoji and 生僻字 round-trip unchanged', async () => {
    const db = track(freshDb())
    await db.open()
    const p = partyRecord(1, {
      name: '<img src=x onerror=alert(1)>𠮷😀堃淼喆',
      address: 'a'.repeat(500),
    })
    await db.table('parties').put(p)
    const file = (
      await createFullBackup(db, {
        appVersion: '0.1.0',
        reason: 'manual',
        now: '2026-03-05T10:00:00.000Z',
      })
    ).blob
    await db.table('parties').clear()
    const staged = await stageBackup(file, { stagingName: stagingName() })
    if (!staged.ok) throw new Error(staged.message)
    const result = await commitRestore(db, staged.staged, testContext(), '0.1.0')
    if (!result.ok) throw new Error(result.message)
    expect(await track(new AppDB(result.database)).table('parties').get(p.id)).toEqual(p)
  })
})
