// @vitest-environment happy-dom
// docs/data-safety.md "Increments": scheduled and on-exit backups on disk are increments of the
// current chain while its full backup is under a week old; everything else is a full backup;
// the status records the chain and what each file holds.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { ensureInstallationId } from '@renderer/backup/installation'
import {
  fullBackupEveryMs,
  incrementAllowed,
  makeBackup,
  nextStatus,
  type BackupStatus,
} from '@renderer/backup/run-backup'
import { pointerDbName } from '@renderer/db/active'
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import { freshDb, testContext } from '../db/helpers'
import { partyRecord } from '../../../fixtures/backup-records'
import { seedAll } from './seed'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
  await Dexie.delete(pointerDbName)
})

const T0 = '2026-03-02T08:00:00.000Z'
const status = (over: Partial<BackupStatus> = {}): BackupStatus => ({
  key: 'backupStatus',
  at: T0,
  name: 'CaseDesk-备份-20260302-160000.casedesk',
  reason: 'manual',
  records: 10,
  sha256: 'a'.repeat(64),
  kind: 'full',
  installationId: 'pc',
  toSeq: 5,
  headHash: 'b'.repeat(64),
  chain: [
    {
      name: 'CaseDesk-备份-20260302-160000.casedesk',
      kind: 'full',
      at: T0,
      reason: 'manual',
      records: 10,
      tables: {},
      fromSeq: 0,
      toSeq: 5,
      sha256: 'a'.repeat(64),
    },
  ],
  ...over,
})
const at = (ms: number) => Date.parse(T0) + ms

describe('incrementAllowed', () => {
  it.each<[string, BackupStatus | null, 'manual' | 'scheduled' | 'exit', number, boolean, boolean]>(
    [
      ['scheduled, on disk, chain 1 day old', status(), 'scheduled', at(86_400_000), true, true],
      ['on exit, on disk', status(), 'exit', at(3_600_000), true, true],
      ['manual backups are always full', status(), 'manual', at(3_600_000), true, false],
      ['browser downloads are always full', status(), 'scheduled', at(3_600_000), false, false],
      ['no backup yet', null, 'scheduled', at(0), true, false],
      [
        'the chain is a week old: a new full backup',
        status(),
        'scheduled',
        at(fullBackupEveryMs),
        true,
        false,
      ],
      [
        'a status from before format 3 (no chain)',
        status({ chain: undefined }),
        'scheduled',
        at(1),
        true,
        false,
      ],
    ],
  )('%s', (_, s, reason, now, onDisk, expected) => {
    expect(incrementAllowed(s, reason, now, onDisk)).toBe(expected)
  })
})

describe('makeBackup + nextStatus', () => {
  it('full, then an increment whose chain entry says what it holds, then full again after a week', async () => {
    const db = freshDb()
    opened.push(db)
    await db.open()
    await seedAll(db, 10)
    const ctx = testContext('2026-03-02T08:00:00.000Z')
    await ensureInstallationId(db, ctx)
    const first = await makeBackup(db, {
      status: null,
      reason: 'scheduled',
      now: T0,
      appVersion: '0.1.0',
      onDisk: true,
    })
    expect(first.kind).toBe('full')
    const s1 = nextStatus(null, first, first.created.fileName, 'scheduled', T0)
    expect(s1.chain).toHaveLength(1)
    // The counts the next increment derives its own from.
    expect(s1.totals).toEqual(first.created.manifest.tables)

    await db.transaction('rw', [db.parties, db.audit], async () => {
      const p = partyRecord(990_010)
      await db.table('parties').put(p)
      await appendAudit(db, ctx, {
        action: 'create',
        entity: 'parties',
        entityId: p.id,
        before: null,
        after: p,
      })
    })
    const t1 = new Date(at(86_400_000)).toISOString()
    const second = await makeBackup(db, {
      status: s1,
      reason: 'scheduled',
      now: t1,
      appVersion: '0.1.0',
      onDisk: true,
    })
    expect(second.kind).toBe('increment')
    const s2 = nextStatus(s1, second, second.created.fileName, 'scheduled', t1)
    expect(s2.chain!.map((e) => e.kind)).toEqual(['full', 'increment'])
    expect(s2.chain![1]).toMatchObject({ fromSeq: s1.toSeq, tables: { parties: 1, audit: 1 } })
    expect(s2.records).toBe(s1.records + 2) // the new party and its audit entry
    expect(s2.totals).toEqual({ ...s1.totals, parties: 11, audit: s1.totals!.audit! + 1 })

    // A file of the chain deleted from the backups folder: the next backup is a full one.
    const gone = await makeBackup(db, {
      status: s2,
      reason: 'scheduled',
      now: t1,
      appVersion: '0.1.0',
      onDisk: true,
      present: new Set([s2.chain![1]!.name]),
    })
    expect(gone.kind).toBe('full')
    expect(gone.fullBecause).toContain(s2.chain![0]!.name)

    const t2 = new Date(at(fullBackupEveryMs + 1)).toISOString()
    const third = await makeBackup(db, {
      status: s2,
      reason: 'scheduled',
      now: t2,
      appVersion: '0.1.0',
      onDisk: true,
    })
    expect(third.kind).toBe('full')
    expect(nextStatus(s2, third, third.created.fileName, 'scheduled', t2).chain).toHaveLength(1)
  })
})
