import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { casesRepo } from '@renderer/db/repositories/cases'
import { followUpsRepo } from '@renderer/db/repositories/follow-ups'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { verifyAuditChain } from '@renderer/db/audit'
import { addNaturalDays } from '@shared/calendar'
import { computeDeadlines, defaultRuleSettings } from '@shared/domain/case'
import type { AppDB } from '@renderer/db/app-db'
import { officeDb, orgParty } from './case-helpers'
import { acts } from './case-acts'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function lenientCase() {
  const s = await officeDb()
  opened.push(s.db)
  const repo = casesRepo(s.db)
  const c = await repo.createCase(s.ctx, {
    party: orgParty(),
    cause: '涉嫌未按规定公示食品经营许可证案',
    source: 'inspection',
    sourceDate: '2026-03-02',
    officerIds: s.officerIds.slice(0, 2),
    firstAct: 'clueRegistered',
    today: '2026-03-02',
  })
  if (!c.ok) throw new Error(c.message)
  const today = '2026-03-20'
  for (const a of [
    acts.filed('2026-03-03'),
    acts.education('2026-03-04'),
    acts.concluded('2026-03-05', 'noPenalty'),
    acts.submitted('2026-03-06'),
    acts.reviewed('2026-03-09'),
  ]) {
    const r = await repo.appendAct(s.ctx, c.case.id, a, today)
    if (!r.ok) throw new Error(r.message)
  }
  return { ...s, repo, caseId: c.case.id, today }
}

describe('follow-ups (回访, 鄂市监法〔2022〕42号 第十五项)', () => {
  it('a 不予处罚 decision creates a mandatory follow-up due decision date + office days', async () => {
    const { db, ctx, repo, caseId, today } = await lenientCase()
    await settingsRepo(db).saveRuleSettings(ctx, {
      ...defaultRuleSettings,
      periodOverrides: { FOLLOW_UP: 20 },
    })
    const d = await repo.appendAct(ctx, caseId, acts.noPenalty('2026-03-10'), today)
    expect(d.ok).toBe(true)
    const [f] = await followUpsRepo(db).forCase(caseId)
    expect(f).toMatchObject({
      status: 'due',
      mandatory: true,
      dueOn: addNaturalDays('2026-03-10', 20),
      caseNo: '鄂汉阳市监案〔2026〕1号',
      partyName: '武汉市汉阳区鑫源商贸有限公司',
    })
    const bundle = await repo.getCase(caseId)
    const rule = computeDeadlines(bundle!.facts, today, {
      ...defaultRuleSettings,
      periodOverrides: { FOLLOW_UP: 20 },
    }).find((x) => x.ruleId === 'FOLLOW_UP')
    expect(f?.dueOn).toBe(rule?.dueDate)
    const listed = await followUpsRepo(db).list({ today, page: 1, pageSize: 10 })
    expect(listed.total).toBe(1)
    expect(
      (await followUpsRepo(db).list({ today, dueWithinDays: 5, page: 1, pageSize: 10 })).total,
    ).toBe(0)
  })

  it('a visit marks it done; voiding the visit makes it due again; voiding the decision cancels it', async () => {
    const { db, ctx, repo, caseId, today, officerIds } = await lenientCase()
    await repo.appendAct(ctx, caseId, acts.noPenalty('2026-03-10'), today)
    const visit = await repo.appendAct(ctx, caseId, acts.visit('2026-03-18', officerIds), today)
    expect(visit.ok).toBe(true)
    if (!visit.ok) return
    expect((await followUpsRepo(db).forCase(caseId))[0]).toMatchObject({
      status: 'done',
      visitActId: visit.act.id,
    })
    const done = await followUpsRepo(db).list({ status: 'done', today, page: 1, pageSize: 10 })
    expect(done.total).toBe(1)
    await repo.voidAct(ctx, caseId, visit.act.id, '误录', { today })
    const [again] = await followUpsRepo(db).forCase(caseId)
    expect(again?.status).toBe('due')
    expect(again?.visitActId).toBeUndefined()
    const bundle = await repo.getCase(caseId)
    const decision = bundle?.acts.find((a) => a.type === 'noPenaltyDecision')
    const v2 = await repo.voidAct(ctx, caseId, decision!.id, '决定有误', { today })
    expect(v2.ok).toBe(true)
    const [cancelled] = await followUpsRepo(db).forCase(caseId)
    expect(cancelled?.status).toBe('cancelled')
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })

  it('a summary penalty creates a non-mandatory follow-up', async () => {
    const s = await officeDb()
    opened.push(s.db)
    const r = await casesRepo(s.db).createCase(s.ctx, {
      party: orgParty(),
      cause: '涉嫌未按规定公示食品经营许可证案',
      source: 'inspection',
      sourceDate: '2026-03-02',
      officerIds: s.officerIds.slice(0, 2),
      firstAct: acts.summary('2026-03-02', s.officerIds),
      today: '2026-03-02',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.case.stage).toBe('execution')
    const [f] = await followUpsRepo(s.db).forCase(r.case.id)
    expect(f).toMatchObject({ mandatory: false, status: 'due' })
  })

  it('closing a lenient case is refused until the follow-up visit (mandatory)', async () => {
    const { ctx, repo, caseId, today, officerIds } = await lenientCase()
    await repo.appendAct(ctx, caseId, acts.noPenalty('2026-03-10'), today)
    const close = {
      type: 'caseClosed' as const,
      occurredOn: '2026-03-12',
      payload: { reason: 'decidedWithoutPenalty', approver: '刘局长' },
    }
    const refused = await repo.appendAct(ctx, caseId, close, today)
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.message).toContain('结案前须回访')
    await repo.appendAct(ctx, caseId, acts.visit('2026-03-12', officerIds), today)
    const closed = await repo.appendAct(ctx, caseId, close, today)
    expect(closed.ok).toBe(true)
    if (closed.ok) expect(closed.case).toMatchObject({ stage: 'closed', closed: true })
  })
})
