import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { officersRepo } from '@renderer/db/repositories/officers'
import { metaRepo } from '@renderer/db/repositories/meta'
import { verifyAuditChain } from '@renderer/db/audit'
import { openDatabase } from '@renderer/db/open'
import type { AppDB } from '@renderer/db/app-db'
import { contactInput, freshDb, officerInput, profileInput, testContext } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function setup() {
  const db = freshDb()
  opened.push(db)
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  return { db, ctx }
}

describe('officeProfileRepo', () => {
  it('first save writes profile and first contact version, each with an audit entry', async () => {
    const { db, ctx } = await setup()
    const r = await officeProfileRepo(db).save(
      { profile: profileInput, contact: contactInput },
      ctx,
    )
    expect(r).toMatchObject({ ok: true, profileChanged: true })
    expect(await db.contactVersions.count()).toBe(1)
    const audit = await db.audit.orderBy('seq').toArray()
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual([
      'meta:create',
      'officeProfile:create',
      'contactVersions:addVersion',
    ])
    expect(verifyAuditChain(audit).ok).toBe(true)
  })

  it('changing contact details adds a version and never overwrites the old one', async () => {
    const { db, ctx } = await setup()
    const repo = officeProfileRepo(db)
    await repo.save({ profile: profileInput, contact: contactInput }, ctx)
    ctx.tick()
    const r = await repo.save(
      {
        profile: profileInput,
        contact: { ...contactInput, contactPerson: '赵敏', effectiveFrom: '2026-04-01' },
      },
      ctx,
    )
    expect(r).toMatchObject({ ok: true, profileChanged: false })
    const versions = await repo.listContactVersions()
    expect(versions.map((v) => [v.effectiveFrom, v.contactPerson])).toEqual([
      ['2026-04-01', '赵敏'],
      ['2026-01-01', '王芳'],
    ])
  })

  it('saving unchanged data writes nothing', async () => {
    const { db, ctx } = await setup()
    const repo = officeProfileRepo(db)
    await repo.save({ profile: profileInput, contact: contactInput }, ctx)
    const before = await db.audit.count()
    const r = await repo.save({ profile: profileInput, contact: contactInput }, ctx)
    expect(r).toEqual({ ok: true, profileChanged: false, newContactVersion: null })
    expect(await db.audit.count()).toBe(before)
  })

  it('invalid input returns the errors of both parts and writes nothing', async () => {
    const { db, ctx } = await setup()
    const r = await officeProfileRepo(db).save(
      { profile: { ...profileInput, fullName: '' }, contact: { ...contactInput, postalCode: '1' } },
      ctx,
    )
    expect(r.ok).toBe(false)
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['fullName', 'postalCode'])
    expect(await db.officeProfile.count()).toBe(0)
    expect(await db.audit.count()).toBe(1)
  })

  it('文书代字: saved with an audit entry, kept when the profile form is saved again, refused when invalid', async () => {
    const { db, ctx } = await setup()
    const repo = officeProfileRepo(db)
    expect(await repo.saveFormCodes({ penaltyDecision: '罚决' }, ctx)).toMatchObject({ ok: false })
    await repo.save({ profile: profileInput, contact: contactInput }, ctx)
    ctx.tick()
    expect(await repo.saveFormCodes({ penaltyDecision: ' 罚决 ' }, ctx)).toEqual({ ok: true })
    expect((await repo.get())?.formCodes).toEqual({ penaltyDecision: '罚决' })
    const audit = await db.audit.orderBy('seq').toArray()
    expect(audit.at(-1)).toMatchObject({ entity: 'officeProfile', action: 'update' })
    // The profile form does not carry the codes: saving it keeps them (nothing silently dropped).
    ctx.tick()
    await repo.save(
      { profile: { ...profileInput, court: '武汉市汉阳区人民法院' }, contact: contactInput },
      ctx,
    )
    expect((await repo.get())?.formCodes).toEqual({ penaltyDecision: '罚决' })
    const bad = await repo.saveFormCodes({ penaltyDecision: '罚〔决〕', penaltyNotice: '' }, ctx)
    expect(bad).toMatchObject({
      ok: false,
      errors: {
        penaltyDecision: '文书代字不含空格、括号和数字，如“处罚”',
        penaltyNotice: '请填写文书代字，如“处罚”；不改动请保留默认值',
      },
    })
    expect((await repo.get())?.formCodes).toEqual({ penaltyDecision: '罚决' })
    // One series per kind (docs/domain/numbering.md): a code another kind prints is refused.
    const shared = await repo.saveFormCodes({ paymentReminder: '约谈' }, ctx)
    expect(shared).toMatchObject({ ok: false })
    expect(!shared.ok && shared.errors.paymentReminder).toContain('“行政约谈通知书”')
    expect((await repo.get())?.formCodes).toEqual({ penaltyDecision: '罚决' })
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })
})

describe('officersRepo', () => {
  it('creates, updates and deactivates with a chained audit entry for each write', async () => {
    const { db, ctx } = await setup()
    const repo = officersRepo(db)
    const created = await repo.create(officerInput(1), ctx)
    expect(created.ok).toBe(true)
    if (!created.ok) return
    ctx.tick()
    const updated = await repo.update(created.officer.id, officerInput(1, { unit: '法制科' }), ctx)
    expect(updated.ok && updated.officer.unit).toBe('法制科')
    ctx.tick()
    await repo.setActive(created.officer.id, false, ctx)
    const stored = await repo.get(created.officer.id)
    expect(stored).toMatchObject({
      active: false,
      unit: '法制科',
      createdAt: created.officer.createdAt,
    })
    const audit = await db.audit
      .where('[entity+entityId]')
      .equals(['officers', created.officer.id])
      .toArray()
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'setActive'])
    expect(audit[1]?.before).toMatchObject({ unit: '汉阳市场监管所' })
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })

  it('rejects a duplicate certificate number inside the transaction, whatever its spelling', async () => {
    const { db, ctx } = await setup()
    const repo = officersRepo(db)
    await repo.create(officerInput(1), ctx)
    const dup = await repo.create(officerInput(2, { certificateNo: ' hb-0001' }), ctx)
    expect(dup.ok).toBe(false)
    if (!dup.ok) expect(dup.errors.certificateNo).toContain('已登记给“执法人员1”')
    expect(await db.officers.count()).toBe(1)
  })

  it('rejects a duplicate when editing another officer to an existing number', async () => {
    const { db, ctx } = await setup()
    const repo = officersRepo(db)
    await repo.create(officerInput(1), ctx)
    const second = await repo.create(officerInput(2), ctx)
    if (!second.ok) throw new Error('setup')
    const r = await repo.update(
      second.officer.id,
      officerInput(2, { certificateNo: 'HB-0001' }),
      ctx,
    )
    expect(r.ok).toBe(false)
  })

  it('reports a missing officer on update', async () => {
    const { db, ctx } = await setup()
    const r = await officersRepo(db).update(
      '00000000-0000-4000-8000-00000000ffff',
      officerInput(1),
      ctx,
    )
    expect(r).toMatchObject({ ok: false, errors: { _form: expect.stringContaining('找不到') } })
  })
})

describe('metaRepo.completeSetup — two officers per case (行政处罚法 Art. 42)', () => {
  it('refuses until profile and two active handlers exist, then records completion once', async () => {
    const { db, ctx } = await setup()
    const meta = metaRepo(db)
    expect(await meta.completeSetup(ctx)).toMatchObject({
      ok: false,
      message: expect.stringContaining('机关档案'),
    })
    await officeProfileRepo(db).save({ profile: profileInput, contact: contactInput }, ctx)
    await officersRepo(db).create(officerInput(1), ctx)
    expect(await meta.completeSetup(ctx)).toMatchObject({
      ok: false,
      message: expect.stringContaining('两名'),
    })
    await officersRepo(db).create(officerInput(2), ctx)
    expect(await meta.completeSetup(ctx)).toEqual({ ok: true })
    expect(await meta.setupCompletedAt()).toBe(ctx.now)
    expect(await meta.completeSetup(ctx)).toEqual({ ok: true })
    expect(await db.audit.where('[entity+entityId]').equals(['meta', 'setup']).count()).toBe(1)
  })
})
