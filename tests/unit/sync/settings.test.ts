/** This PC's sync settings (renderer/src/sync/settings.ts, docs/sync.md "Accounts and offices"). */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@renderer/db/audit'
import { openDatabase } from '@renderer/db/open'
import {
  isPlainHttp,
  readSyncSettings,
  saveSyncSettings,
  syncSettingsErrors,
} from '@renderer/sync/settings'
import { freshDb, testContext } from '../renderer/db/helpers'

const input = {
  serverUrl: 'https://192.168.1.10:6984/',
  officeDb: 'office-hanyang',
  caseNoRange: null,
  docNoRange: null,
}

describe('sync settings', () => {
  it('checks the address, the database name and the ranges', () => {
    expect(syncSettingsErrors(input)).toEqual({})
    const bad = syncSettingsErrors({
      serverUrl: 'ftp://x',
      officeDb: 'Office Hanyang',
      caseNoRange: { from: 9, to: 1 },
      docNoRange: null,
    })
    expect(Object.keys(bad).sort()).toEqual(['caseNoRange', 'officeDb', 'serverUrl'])
    expect(bad.serverUrl).toMatch(/请填写同步服务器地址/)
    expect(isPlainHttp('http://10.0.0.2:5984')).toBe(true)
    expect(isPlainHttp(input.serverUrl)).toBe(false)
  })

  it('saves with an audit entry and keeps the PC id once chosen', async () => {
    const db = freshDb()
    const ctx = testContext()
    await openDatabase(db, '0.1.0', ctx)
    expect(await readSyncSettings(db)).toBeNull()
    const first = await saveSyncSettings(db, ctx, input, 'officer-1')
    expect(first.ok).toBe(true)
    const saved = await readSyncSettings(db)
    expect(saved).toMatchObject({
      serverUrl: 'https://192.168.1.10:6984',
      officeDb: 'office-hanyang',
      lastOfficerId: 'officer-1',
    })
    ctx.tick()
    await saveSyncSettings(db, ctx, { ...input, officeDb: 'office-other' })
    const again = await readSyncSettings(db)
    expect(again?.pcId).toBe(saved?.pcId)
    expect(again?.lastOfficerId).toBe('officer-1')
    const audit = await db.audit
      .where('[entity+entityId]')
      .equals(['meta', 'syncSettings'])
      .toArray()
    expect(audit.map((e) => e.action)).toEqual(['create', 'update'])
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
    const refused = await saveSyncSettings(db, ctx, { ...input, serverUrl: '' })
    expect(refused.ok).toBe(false)
    // Once data of one office was pulled, the PC cannot switch to another office's database.
    await db.meta.put({ key: 'sync', pulledSeq: 12, conflicts: [], updatedAt: ctx.now } as never)
    const other = await saveSyncSettings(db, ctx, { ...input, officeDb: 'office-third' })
    expect(other.ok).toBe(false)
    if (!other.ok) expect(other.errors.officeDb).toMatch(/不能改为其他单位的数据库/)
    const sameOffice = await saveSyncSettings(db, ctx, {
      ...input,
      officeDb: 'office-other',
      serverUrl: 'https://10.0.0.9:6984',
    })
    expect(sameOffice.ok).toBe(true)
  })
})
