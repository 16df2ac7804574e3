import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { openDatabase } from '@renderer/db/open'
import { latestSchemaVersion, schemaVersions } from '@renderer/db/versions'
import { verifyAuditChain } from '@renderer/db/audit'
import type { AppDB } from '@renderer/db/app-db'
import type { SchemaMeta } from '@renderer/db/records'
import { freshDb, testContext } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

describe('AppDB schema', () => {
  it('fresh install declares every version and creates every table with its indexes', async () => {
    const db = freshDb()
    opened.push(db)
    const result = await openDatabase(db, '0.1.0', testContext())
    expect(result).toEqual({ state: 'open', schemaVersion: latestSchemaVersion })
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1))
    expect(db.verno).toBe(latestSchemaVersion)
    const tables = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]),
    )
    expect(tables).toEqual({
      meta: ['key'],
      audit: ['id', '&seq', 'at', '[entity+entityId]'],
      officeProfile: ['id'],
      contactVersions: ['id', 'effectiveFrom'],
      officers: ['id', '&certificateNo', 'name'],
      parties: ['id', 'identityKey', '*searchTokens'],
      cases: [
        'id',
        '&caseNo',
        'caseNoKey',
        'createdAt',
        'sourceDate',
        'nextDueKey',
        'partyName',
        'partyId',
        '[stage+createdAt]',
        '[source+createdAt]',
        '*officerIds',
        '*searchTokens',
      ],
      acts: ['id', '[caseId+seq]'],
      followUps: ['id', 'caseId', '[status+dueOn]'],
      exemptions: ['id', 'code'],
      documents: ['id', 'caseId', 'issuedAt', 'docNo', 'kind', 'partyName'],
      printLog: ['id', 'documentId', 'at'],
      statDigests: ['id', 'stamp', '*years', 'openFrom', 'w'],
      counters: ['key'],
    })
  })

  it('records schema and app version in meta, audited, and only rewrites them when they change', async () => {
    const db = freshDb()
    opened.push(db)
    await openDatabase(db, '0.1.0', testContext())
    expect(await db.meta.get('schema')).toMatchObject({
      schemaVersion: latestSchemaVersion,
      appVersion: '0.1.0',
    })
    db.close()
    await openDatabase(db, '0.1.0', testContext('2026-03-02T00:00:00.000Z'))
    expect(await db.audit.count()).toBe(1)
    db.close()
    await openDatabase(db, '0.2.0', testContext('2026-03-03T00:00:00.000Z'))
    const audit = await db.audit.orderBy('seq').toArray()
    expect(audit.map((a) => a.action)).toEqual(['create', 'upgrade'])
    expect(verifyAuditChain(audit)).toEqual({ ok: true, count: 2 })
  })

  it('refuses a database whose meta says a newer schema wrote it, and writes nothing', async () => {
    const db = freshDb()
    opened.push(db)
    await openDatabase(db, '0.1.0', testContext())
    const newer: SchemaMeta = {
      key: 'schema',
      schemaVersion: latestSchemaVersion + 1,
      appVersion: '9.0.0',
      updatedAt: '2030-01-01T00:00:00.000Z',
    }
    await db.meta.put(newer)
    db.close()
    const result = await openDatabase(db, '0.1.0', testContext())
    expect(result).toMatchObject({
      state: 'blocked',
      storedSchemaVersion: latestSchemaVersion + 1,
      storedAppVersion: '9.0.0',
    })
    if (result.state === 'blocked') expect(result.message).toContain('请安装最新版本')
    expect(db.isOpen()).toBe(false)
    await db.open()
    expect(await db.audit.count()).toBe(1)
  })

  it('refuses an IndexedDB upgraded by a newer build (higher installed version)', async () => {
    const db = freshDb()
    opened.push(db)
    // A future build: same tables plus one more, at version latest+1.
    const future = new Dexie(db.name)
    const stores = Object.assign({}, ...schemaVersions.map((v) => v.stores)) as Record<
      string,
      string
    >
    future.version(latestSchemaVersion + 1).stores({ ...stores, cases: 'id' })
    await future.open()
    future.close()
    const result = await openDatabase(db, '0.1.0', testContext())
    expect(result.state).toBe('blocked')
  })
})
