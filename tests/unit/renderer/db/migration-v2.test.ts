import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { AppDB } from '@renderer/db/app-db'
import { openDatabase } from '@renderer/db/open'
import { verifyAuditChain } from '@renderer/db/audit'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { officersRepo } from '@renderer/db/repositories/officers'
import { metaRepo } from '@renderer/db/repositories/meta'
import { casesRepo } from '@renderer/db/repositories/cases'
import v001 from '@renderer/db/versions/v001-initial'
import { latestSchemaVersion } from '@renderer/db/versions'
import { contactInput, officerInput, profileInput, testContext } from './helpers'
import { orgParty } from './case-helpers'

const names: string[] = []
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n)
})

describe('schema v1 → v2 (and later versions)', () => {
  it('a database written by v1 (settings + audit) opens under v2 with nothing lost', async () => {
    const name = `mig-${Math.random().toString(36).slice(2)}`
    names.push(name)
    const ctx = testContext()
    // A build that knows only v1.
    const old = new Dexie(name)
    old.version(1).stores(v001.stores)
    const v1 = old as unknown as AppDB
    await v1.open()
    await old
      .table('meta')
      .put({ key: 'schema', schemaVersion: 1, appVersion: '0.0.9', updatedAt: ctx.now })
    expect(
      (await officeProfileRepo(v1).save({ profile: profileInput, contact: contactInput }, ctx)).ok,
    ).toBe(true)
    const officerIds: string[] = []
    for (const i of [1, 2]) {
      const r = await officersRepo(v1).create(officerInput(i), ctx)
      if (r.ok) officerIds.push(r.officer.id)
    }
    await metaRepo(v1).completeSetup(ctx)
    const beforeAudit = await v1.audit.orderBy('seq').toArray()
    const beforeOfficers = await v1.officers.orderBy('name').toArray()
    const beforeProfile = await v1.officeProfile.toArray()
    const beforeContacts = await v1.contactVersions.toArray()
    old.close()

    const db = new AppDB(name)
    const opened = await openDatabase(db, '0.1.0', testContext('2026-04-01T00:00:00.000Z'))
    expect(opened).toEqual({ state: 'open', schemaVersion: latestSchemaVersion })
    expect(db.verno).toBe(latestSchemaVersion)
    expect(await db.officers.orderBy('name').toArray()).toEqual(beforeOfficers)
    expect(await db.officeProfile.toArray()).toEqual(beforeProfile)
    expect(await db.contactVersions.toArray()).toEqual(beforeContacts)
    expect(await db.meta.get('setup')).toBeDefined()
    const audit = await db.audit.orderBy('seq').toArray()
    expect(audit.slice(0, beforeAudit.length)).toEqual(beforeAudit)
    expect(audit.at(-1)).toMatchObject({ action: 'upgrade', entity: 'meta', entityId: 'schema' })
    expect(verifyAuditChain(audit).ok).toBe(true)
    for (const t of ['parties', 'cases', 'acts', 'followUps', 'exemptions', 'counters'] as const) {
      expect(await db[t].count()).toBe(0)
    }
    // The upgraded database takes cases with the officers registered under v1.
    const c = await casesRepo(db).createCase(ctx, {
      party: orgParty(),
      cause: '涉嫌销售过期食品案',
      source: 'complaint',
      sourceDate: '2026-03-30',
      officerIds,
      today: '2026-04-01',
    })
    expect(c.ok).toBe(true)
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
    db.close()
  })
})
