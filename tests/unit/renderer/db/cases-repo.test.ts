import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { casesRepo } from '@renderer/db/repositories/cases'
import { partiesRepo } from '@renderer/db/repositories/parties'
import { verifyAuditChain } from '@renderer/db/audit'
import type { AppDB } from '@renderer/db/app-db'
import { officeDb, orgParty, personParty, soleTraderParty } from './case-helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function setup() {
  const s = await officeDb()
  opened.push(s.db)
  return s
}

const base = (officerIds: string[]) => ({
  party: orgParty(),
  cause: '涉嫌销售过期食品案',
  source: 'inspection',
  sourceDate: '2026-02-20',
  officerIds: officerIds.slice(0, 2),
  today: '2026-03-01',
})

describe('casesRepo.createCase', () => {
  it('allocates case numbers per year from the office 代字, never reusing one', async () => {
    const { db, ctx, officerIds } = await setup()
    const repo = casesRepo(db)
    const a = await repo.createCase(ctx, base(officerIds))
    const b = await repo.createCase(ctx, { ...base(officerIds), party: personParty() })
    const c = await repo.createCase(ctx, {
      ...base(officerIds),
      party: soleTraderParty(),
      sourceDate: '2026-12-30',
      today: '2027-01-02',
    })
    expect(a.ok && b.ok && c.ok).toBe(true)
    if (!a.ok || !b.ok || !c.ok) return
    expect([a.case.caseNo, b.case.caseNo, c.case.caseNo]).toEqual([
      '鄂汉阳市监案〔2026〕1号',
      '鄂汉阳市监案〔2026〕2号',
      '鄂汉阳市监案〔2027〕1号',
    ])
    expect(await db.counters.get('caseNo:2026')).toEqual({ key: 'caseNo:2026', value: 2 })
  })

  it('reuses a known party by USCC, keeps the case snapshot as entered, updates only on request', async () => {
    const { db, ctx, officerIds } = await setup()
    const repo = casesRepo(db)
    const first = await repo.createCase(ctx, base(officerIds))
    const moved = orgParty({ address: '武汉市汉阳区新地址 1 号', phone: '13800000000' })
    const second = await repo.createCase(ctx, { ...base(officerIds), party: moved })
    expect(first.ok && second.ok).toBe(true)
    if (!first.ok || !second.ok) return
    expect(second.partyReused).toBe(true)
    expect(second.case.partyId).toBe(first.case.partyId)
    expect(second.case.partySnapshot.address).toBe('武汉市汉阳区新地址 1 号')
    expect((await db.parties.get(first.case.partyId))?.address).toBe('武汉市汉阳区龙阳大道 88 号')
    expect(await db.parties.count()).toBe(1)
    const third = await repo.createCase(ctx, {
      ...base(officerIds),
      party: moved,
      updateParty: true,
    })
    expect(third.ok).toBe(true)
    expect((await db.parties.get(first.case.partyId))?.address).toBe('武汉市汉阳区新地址 1 号')
    const found = await partiesRepo(db).findByIdentity(orgParty({ name: '改了名字' }))
    expect(found?.id).toBe(first.case.partyId)
  })

  it('refuses fewer than two officers and bad party data, with field messages', async () => {
    const { db, ctx, officerIds } = await setup()
    const repo = casesRepo(db)
    const one = await repo.createCase(ctx, { ...base(officerIds), officerIds: [officerIds[0]!] })
    expect(one).toMatchObject({ ok: false })
    if (!one.ok) expect(one.errors?.officerIds).toContain('两名')
    const bad = await repo.createCase(ctx, {
      ...base(officerIds),
      party: orgParty({ uscc: '91420105MA4K0001X0' }),
    })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors?.['party.uscc']).toContain('校验位')
    expect(await db.cases.count()).toBe(0)
  })
})

describe('casesRepo.appendAct / voidAct', () => {
  it('records acts through the lifecycle gate, voids without deleting, audit chain intact', async () => {
    const { db, ctx, officerIds } = await setup()
    const repo = casesRepo(db)
    const created = await repo.createCase(ctx, { ...base(officerIds), firstAct: 'clueRegistered' })
    expect(created.ok).toBe(true)
    if (!created.ok) return
    const id = created.case.id
    expect(created.case.stage).toBe('clue')
    expect(created.case.nextDueRule).toBe('FILING_DECISION')
    const blocked = await repo.appendAct(
      ctx,
      id,
      {
        type: 'caseReviewed',
        occurredOn: '2026-02-25',
        payload: { reviewKind: 'legalReview', opinion: 'agree', reviewer: '法制员' },
      },
      '2026-03-01',
    )
    expect(blocked).toEqual({ ok: false, message: '案件审核/法制审核：尚未提交审核材料' })
    const filed = await repo.appendAct(
      ctx,
      id,
      {
        type: 'caseFiled',
        occurredOn: '2026-02-25',
        payload: { approver: '刘局长', reason: '涉嫌违法' },
      },
      '2026-03-01',
    )
    expect(filed.ok).toBe(true)
    if (!filed.ok) return
    expect(filed.case.stage).toBe('investigation')
    const voided = await repo.voidAct(ctx, id, filed.act.id, '录入错误', { today: '2026-03-01' })
    expect(voided.ok).toBe(true)
    const bundle = await repo.getCase(id)
    expect(bundle?.acts.map((a) => a.type)).toEqual(['clueRegistered', 'caseFiled', 'actVoided'])
    expect(bundle?.record.stage).toBe('clue')
    const audit = await db.audit.orderBy('seq').toArray()
    expect(verifyAuditChain(audit).ok).toBe(true)
    const caseAudit = await repo.auditForCase(id)
    expect(caseAudit.map((a) => `${a.entity}:${a.action}`)).toEqual([
      'cases:create',
      'acts:create',
      'cases:update',
      'acts:create',
      'cases:update',
      'acts:create',
      'cases:update',
    ])
  })
})
