// @vitest-environment happy-dom
// docs/data-safety.md "Backups", "Restore", "Increments": format-3 (gzip) backups restore exactly;
// an increment holds what changed since its base and a full backup plus its increments restores
// the newest data; a chain with a file missing is refused naming that file; a broken audit chain
// is refused unless 确认恢复 is typed (and that is recorded); a backup claiming to come from this
// installation whose chain diverges from this PC's is refused as altered.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie, type DBCore, type DBCoreTable } from 'dexie'
import { manifestLine, sha256ChunksHex, type BackupManifest } from '@shared/backup'
import {
  createFullBackup,
  createIncrementBackup,
  incrementBaseOf,
  type CreatedBackup,
} from '@renderer/backup/export'
import { ensureInstallationId, readInstallationId } from '@renderer/backup/installation'
import { BROKEN_CHAIN_CONFIRMATION, commitRestore } from '@renderer/backup/restore'
import { stageBackup, stageBackupChain } from '@renderer/backup/stage'
import { pointerDbName } from '@renderer/db/active'
import { AppDB } from '@renderer/db/app-db'
import { appendAudit, auditHash, genesisHash } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'
import { freshDb, testContext } from '../db/helpers'
import { partyRecord, uuid } from '../../../fixtures/backup-records'
import { dumpAll, seedAll } from './seed'
import type { AuditEntity } from '@renderer/db/audit-vocabulary'

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
const ctx = testContext('2026-03-05T08:00:00.000Z')

async function installed(cases: number): Promise<AppDB> {
  const db = track(freshDb())
  await db.open()
  await seedAll(db, cases)
  await ensureInstallationId(db, ctx)
  return db
}

/** Put or delete one record with its audit entry, as the repositories do. */
async function write(
  db: AppDB,
  table: AuditEntity,
  change: { put: Record<string, unknown> } | { del: string },
) {
  await db.transaction('rw', [db.table(table), db.audit], async () => {
    const id = 'put' in change ? String(change.put.id) : change.del
    const before = (await db.table(table).get(id)) ?? null
    if ('put' in change) await db.table(table).put(change.put)
    else await db.table(table).delete(change.del)
    await appendAudit(db, ctx, {
      action: 'put' in change ? 'update' : 'delete',
      entity: table,
      entityId: id,
      before,
      after: 'put' in change ? change.put : null,
    })
  })
}

const opts = (now: string) => ({ appVersion: '0.1.0', reason: 'scheduled' as const, now })

/** The base an increment continues, from a written backup (with its record counts). */
const baseOf = (b: CreatedBackup) => incrementBaseOf(b.manifest, b.fileName)!

async function increment(db: AppDB, base: CreatedBackup, now: string): Promise<CreatedBackup> {
  const r = await createIncrementBackup(db, { ...opts(now), base: baseOf(base) })
  if (!r.ok) throw new Error(r.needFull)
  return r.backup
}

const withoutRestoreEntries = (dump: Record<string, unknown[]>) => ({
  ...dump,
  audit: (dump.audit as AuditEntry[]).filter((e) => !e.action.startsWith('restore')),
})

/** Restore `files` into a new database (compared with no local chain) and return its dump. */
async function restoreChain(files: CreatedBackup[]) {
  const target = track(freshDb())
  await target.open()
  const staged = await stageBackupChain(
    files.map((f) => ({ name: f.fileName, file: f.blob })),
    { stagingName: stagingName(), local: null },
  )
  if (!staged.ok) throw new Error(staged.message)
  const done = await commitRestore(target, staged.staged, ctx, '0.1.0')
  if (!done.ok) throw new Error(done.message)
  return { db: track(new AppDB(done.database)), staged: staged.staged }
}

describe('format 3: gzip', () => {
  it('a gzip backup is smaller than its body and restores deep-equal', async () => {
    const db = await installed(300)
    const backup = await createFullBackup(db, {
      ...opts('2026-03-05T10:00:00.000Z'),
      chunkBytes: 64 * 1024,
    })
    expect(backup.manifest).toMatchObject({
      formatVersion: 3,
      body: { compression: 'gzip', hash: 'sha256-chunks' },
      chain: { fromSeq: 0 },
    })
    expect(backup.blob.size).toBeLessThan(backup.manifest.body.bytes / 3)
    const { db: restored } = await restoreChain([backup])
    expect(withoutRestoreEntries(await dumpAll(restored))).toEqual(await dumpAll(db))
  })

  it('a truncated gzip file is refused in Chinese; nothing is written', async () => {
    const db = await installed(50)
    const backup = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    const cut = backup.blob.slice(0, backup.blob.size - 200)
    const r = await stageBackup(cut, { stagingName: stagingName(), local: null })
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(/压缩数据无法解开|不完整/),
    })
  })
})

describe('formats 1–2 still restore', () => {
  it('a format-2 file (uncompressed body, no chain) restores deep-equal', async () => {
    // Written before installations existed: no meta 'installation'.
    const db = track(freshDb())
    await db.open()
    await seedAll(db, 40)
    const b = await createFullBackup(db, { ...opts('2026-03-05T10:00:00.000Z'), gzip: false })
    const text = await b.blob.text()
    const nl = text.indexOf('\n')
    const { chain: _chain, ...m } = JSON.parse(text.slice(0, nl)) as BackupManifest
    const v2 = new Blob([`${JSON.stringify({ ...m, formatVersion: 2 })}\n`, text.slice(nl + 1)])
    const { db: restored, staged } = await restoreChain([{ ...b, blob: v2 }])
    expect(staged.manifest.chain).toBeUndefined()
    expect(withoutRestoreEntries(await dumpAll(restored))).toEqual(await dumpAll(db))
  })
})

describe('increments', () => {
  it('full + two increments restore the newest data: updates, new records, deletions', async () => {
    const db = await installed(60)
    const full = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    const party = (await db.table('parties').get(uuid(100_001))) as Record<string, unknown>
    await write(db, 'parties', { put: { ...party, name: '改名后的商贸有限公司' } })
    await write(db, 'parties', { put: partyRecord(990_001, { name: '新增当事人' }) })
    const inc1 = await increment(db, full, '2026-03-06T10:00:00.000Z')
    expect(inc1.manifest).toMatchObject({
      kind: 'increment',
      chain: { fromSeq: full.manifest.chain!.toSeq, base: { name: full.fileName } },
      tables: { parties: 2, audit: 2 },
    })
    await write(db, 'followUps', { del: uuid(400_000) })
    await write(db, 'counters', { put: { key: 'caseNo:2026', value: 99 } })
    const inc2 = await increment(db, inc1, '2026-03-07T10:00:00.000Z')

    // Any order: the chain is put in order by its links.
    const { db: restored, staged } = await restoreChain([inc2, full, inc1])
    expect(staged.files.map((f) => f.name)).toEqual([full.fileName, inc1.fileName, inc2.fileName])
    expect(withoutRestoreEntries(await dumpAll(restored))).toEqual(await dumpAll(db))
    expect(await restored.table('followUps').get(uuid(400_000))).toBeUndefined()
  })

  it('an increment chain with one file missing is refused with that file name', async () => {
    const db = await installed(20)
    const full = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    await write(db, 'parties', { put: partyRecord(990_002) })
    const inc1 = await increment(db, full, '2026-03-06T10:00:00.000Z')
    await write(db, 'parties', { put: partyRecord(990_003) })
    const inc2 = await increment(db, inc1, '2026-03-07T10:00:00.000Z')
    const r = await stageBackupChain(
      [full, inc2].map((f) => ({ name: f.fileName, file: f.blob })),
      { stagingName: stagingName(), local: null },
    )
    expect(r).toMatchObject({ ok: false })
    expect(!r.ok && r.message).toContain(`缺少备份文件“${inc1.fileName}”`)
    const alone = await stageBackupChain([{ name: inc1.fileName, file: inc1.blob }], {
      stagingName: stagingName(),
      local: null,
    })
    expect(!alone.ok && alone.message).toContain(`缺少备份文件“${full.fileName}”`)
  })

  it('after a bulk load or a restore the next backup must be a full one', async () => {
    const db = await installed(10)
    const full = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    await db.transaction('rw', [db.audit], () =>
      appendAudit(db, ctx, {
        action: 'demoSeed',
        entity: 'cases',
        entityId: 'demo:x',
        before: null,
        after: null,
      }),
    )
    const r = await createIncrementBackup(db, {
      ...opts('2026-03-06T10:00:00.000Z'),
      base: baseOf(full),
    })
    expect(r).toMatchObject({ ok: false, needFull: expect.stringMatching(/批量写入/) })
    const wrongHead = await createIncrementBackup(db, {
      ...opts('2026-03-06T10:00:00.000Z'),
      base: { ...baseOf(full), headHash: 'f'.repeat(64) },
    })
    expect(wrongHead).toMatchObject({ ok: false, needFull: expect.stringMatching(/不在上次备份/) })
  })
})

/**
 * Count what `db` reads from now on, per table: records returned by queries, gets and cursors,
 * and count() calls. Reopens the database with a DBCore middleware.
 */
async function countReads(db: AppDB) {
  const records = new Map<string, number>()
  const counts = new Map<string, number>()
  const add = (m: Map<string, number>, t: string, n: number) => m.set(t, (m.get(t) ?? 0) + n)
  db.close()
  db.use({
    stack: 'dbcore',
    name: 'read-counter',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const t = down.table(name)
        return {
          ...t,
          get: async (req) => {
            const r: unknown = await t.get(req)
            if (r !== undefined) add(records, name, 1)
            return r
          },
          getMany: async (req) => {
            const r = await t.getMany(req)
            add(records, name, r.filter((x) => x !== undefined).length)
            return r
          },
          query: async (req) => {
            const r = await t.query(req)
            add(records, name, r.result.length)
            return r
          },
          openCursor: async (req) => {
            const c = await t.openCursor(req)
            if (c) add(records, name, 1)
            if (!c) return c
            // Each step of the cursor is one record read.
            const step = c.continue.bind(c)
            c.continue = (key?: unknown) => {
              add(records, name, 1)
              step(key)
            }
            return c
          },
          count: async (req) => {
            add(counts, name, 1)
            return t.count(req)
          },
        }
      },
    }),
  })
  await db.open()
  return {
    records,
    counts,
    reset() {
      records.clear()
      counts.clear()
    },
  }
}

/** Record count of every table a backup carries. */
async function countsOf(db: AppDB): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const t of db.tables) if (t.name !== 'statDigests') out[t.name] = await t.count()
  return out
}

describe('an increment reads only what changed', () => {
  it('after N changes it reads those records, counts no table, and its totals are exact', async () => {
    const db = await installed(400)
    const full = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    const reads = await countReads(db)
    for (const n of [1, 2, 3]) {
      const party = (await db.table('parties').get(uuid(100_000 + n))) as Record<string, unknown>
      await write(db, 'parties', { put: { ...party, name: `改名商贸有限公司${n}` } })
    }
    await write(db, 'parties', { put: partyRecord(990_101, { name: '新增当事人甲' }) })
    await write(db, 'followUps', { del: uuid(400_010) })
    reads.reset()
    const inc1 = await increment(db, full, '2026-03-06T10:00:00.000Z')
    expect(Object.fromEntries(reads.counts)).toEqual({})
    // The changed records (4 parties, 1 follow-up that is gone) and the 5 audit entries, plus
    // the small whole tables and the installation/audit-head look-ups.
    expect(reads.records.get('parties')).toBe(4)
    expect(reads.records.get('followUps') ?? 0).toBe(0)
    expect(reads.records.get('cases') ?? 0).toBe(0)
    expect(reads.records.get('acts') ?? 0).toBe(0)
    expect(reads.records.get('audit')).toBeLessThanOrEqual(5 + 2)
    expect(inc1.manifest.chain!.totals).toEqual(await countsOf(db))

    // The next increment derives its counts from this one's.
    await write(db, 'parties', { put: partyRecord(990_102, { name: '新增当事人乙' }) })
    await write(db, 'parties', { del: uuid(990_101) })
    await write(db, 'followUps', { del: uuid(400_020) })
    reads.reset()
    const inc2 = await increment(db, inc1, '2026-03-07T10:00:00.000Z')
    expect(Object.fromEntries(reads.counts)).toEqual({})
    expect(inc2.manifest.chain!.totals).toEqual(await countsOf(db))

    // Restore verifies every table's count after each increment, and the data is the newest.
    const { db: restored } = await restoreChain([full, inc1, inc2])
    expect(withoutRestoreEntries(await dumpAll(restored))).toEqual(await dumpAll(db))
  })

  it('records a sync pull lists in one entry: the table is counted, totals stay exact', async () => {
    const db = await installed(50)
    const full = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    const p = partyRecord(990_201, { name: '同步来的当事人' })
    await db.transaction('rw', [db.parties, db.audit], async () => {
      await db.table('parties').put(p)
      await appendAudit(db, ctx, {
        action: 'syncPull',
        entity: 'sync',
        entityId: '17',
        before: { pulledSeq: 0 },
        after: { pulledSeq: 17, records: { parties: [p.id] } },
      })
    })
    const reads = await countReads(db)
    const inc = await increment(db, full, '2026-03-06T10:00:00.000Z')
    expect(Object.fromEntries(reads.counts)).toEqual({ parties: 1 })
    expect(inc.manifest).toMatchObject({ tables: { parties: 1, audit: 1 } })
    expect(inc.manifest.chain!.totals).toEqual(await countsOf(db))
    const { db: restored } = await restoreChain([full, inc])
    expect(await restored.table('parties').get(p.id)).toEqual(p)
  })

  it('without the base counts (a status written before they were kept) every table is counted', async () => {
    const db = await installed(30)
    const full = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    await write(db, 'parties', { put: partyRecord(990_301) })
    const { totals: _t, ...base } = baseOf(full)
    const r = await createIncrementBackup(db, { ...opts('2026-03-06T10:00:00.000Z'), base })
    if (!r.ok) throw new Error(r.needFull)
    expect(r.backup.manifest.chain!.totals).toEqual(await countsOf(db))
  })

  it('a base whose counts are wrong gives an increment that restore refuses', async () => {
    const db = await installed(30)
    const full = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    await write(db, 'parties', { put: partyRecord(990_401) })
    const base = baseOf(full)
    const r = await createIncrementBackup(db, {
      ...opts('2026-03-06T10:00:00.000Z'),
      base: { ...base, totals: { ...base.totals, parties: base.totals!.parties! + 5 } },
    })
    if (!r.ok) throw new Error(r.needFull)
    const staged = await stageBackupChain(
      [full, r.backup].map((f) => ({ name: f.fileName, file: f.blob })),
      { stagingName: stagingName(), local: null },
    )
    expect(staged).toMatchObject({ ok: false, message: expect.stringMatching(/当事人.*备份时为/) })
  })
})

/** A gzip-free backup whose audit entries are changed by `edit`, with a matching checksum. */
async function alteredBackup(
  db: AppDB,
  edit: (audit: AuditEntry[]) => AuditEntry[],
): Promise<Blob> {
  const b = await createFullBackup(db, { ...opts('2026-03-05T10:00:00.000Z'), gzip: false })
  const text = await b.blob.text()
  const nl = text.indexOf('\n')
  const manifest = JSON.parse(text.slice(0, nl)) as BackupManifest
  const lines = text
    .slice(nl + 1)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { t: string; r: unknown[] })
  const audit = lines.filter((l) => l.t === 'audit').flatMap((l) => l.r) as AuditEntry[]
  const edited = edit(audit.map((e) => ({ ...e })).sort((a, b) => a.seq - b.seq))
  const rest = lines.filter((l) => l.t !== 'audit')
  const bodyText =
    [...rest, { t: 'audit', r: edited }].map((l) => JSON.stringify(l)).join('\n') + '\n'
  const body = new TextEncoder().encode(bodyText)
  const sha256 = sha256ChunksHex(body, manifest.body.chunkBytes!)
  return new Blob([
    manifestLine({ ...manifest, body: { ...manifest.body, bytes: body.length, sha256 } }),
    body,
  ])
}

/** Re-hash a chain from entry `from` on (what someone hiding an edit would do). */
function rehash(audit: AuditEntry[], from: number): AuditEntry[] {
  let prev = from > 1 ? audit[from - 2]!.hash : genesisHash
  return audit.map((e) => {
    if (e.seq < from) return e
    const { hash: _hash, ...rest } = { ...e, prevHash: prev }
    const entry = { ...rest, hash: auditHash(rest) }
    prev = entry.hash
    return entry
  })
}

describe('audit chain on restore', () => {
  it('a broken chain is refused unless 确认恢复 is typed; the confirmation is logged', async () => {
    const db = await installed(20)
    const file = await alteredBackup(db, (audit) => {
      audit[4] = { ...audit[4]!, after: { n: 5, text: '改过的内容' } }
      return audit
    })
    const staged = await stageBackup(file, { stagingName: stagingName(), local: null })
    if (!staged.ok) throw new Error(staged.message)
    expect(staged.staged.audit).toEqual({ ok: false, seq: 5, problem: 'hash' })
    const target = track(freshDb())
    await target.open()
    const before = await dumpAll(target)
    const refused = await commitRestore(target, staged.staged, ctx, '0.1.0')
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('确认恢复') })
    const wrong = await commitRestore(target, staged.staged, ctx, '0.1.0', {
      confirmBrokenChain: '确认',
    })
    expect(wrong.ok).toBe(false)
    expect(await dumpAll(target)).toEqual(before)

    const done = await commitRestore(target, staged.staged, ctx, '0.1.0', {
      confirmBrokenChain: BROKEN_CHAIN_CONFIRMATION,
    })
    if (!done.ok) throw new Error(done.message)
    const restored = track(new AppDB(done.database))
    const logged = (await restored.audit.toArray()).find((e) => e.action === 'restoreBrokenChain')
    expect(logged?.after).toMatchObject({ confirmation: '确认恢复', brokenAt: 5, problem: 'hash' })
  })

  it('a re-hashed backup claiming this installation but diverging from its chain is refused', async () => {
    const db = await installed(20)
    const file = await alteredBackup(db, (audit) => {
      audit[4] = { ...audit[4]!, after: { n: 5, text: '改过的内容' } }
      return rehash(audit, 5)
    })
    const r = await stageBackup(file, { stagingName: stagingName(), local: db })
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(/第 5 条起与本机记录不一致/),
    })
    // Without this PC's chain to compare with, the same file passes as "完整" (nothing to tell).
    const elsewhere = await stageBackup(file, { stagingName: stagingName(), local: null })
    expect(elsewhere.ok && elsewhere.staged.audit.ok).toBe(true)
    if (elsewhere.ok) await Dexie.delete(elsewhere.staged.stagingName)
  })

  it('a restore takes the installation of the backup; after one without, a new one', async () => {
    const other = await installed(10)
    const backup = await createFullBackup(other, opts('2026-03-05T10:00:00.000Z'))
    const { db: restored } = await restoreChain([backup])
    expect(await readInstallationId(restored)).toBe(backup.manifest.chain!.installationId)

    const plain = await createFullBackup(other, {
      ...opts('2026-03-05T10:00:00.000Z'),
      gzip: false,
    })
    const text = await plain.blob.text()
    const nl = text.indexOf('\n')
    const { chain: _c, ...m } = JSON.parse(text.slice(0, nl)) as BackupManifest
    const noChain = new Blob([manifestLine(m), text.slice(nl + 1)])
    const { db: fresh } = await restoreChain([{ ...plain, blob: noChain }])
    expect(await readInstallationId(fresh)).toBeNull()
    const id = await ensureInstallationId(fresh, ctx)
    expect(id).not.toBe(backup.manifest.chain!.installationId)
  })

  it('a genuine backup of this installation passes, also after more work here', async () => {
    const db = await installed(20)
    const backup = await createFullBackup(db, opts('2026-03-05T10:00:00.000Z'))
    await write(db, 'parties', { put: partyRecord(990_004) })
    const r = await stageBackup(backup.blob, { stagingName: stagingName(), local: db })
    expect(r.ok).toBe(true)
    if (r.ok) await Dexie.delete(r.staged.stagingName)
  })
})
