// The case repository hands the officer register to checkAct (docs/domain/signers.md): an
// approver id without the 负责人 role, and a reviewer who is one of the case's officers, are
// refused when the act is stored; the same acts with the right officers are stored.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { casesRepo } from '@renderer/db/repositories/cases'
import { officersRepo } from '@renderer/db/repositories/officers'
import type { AppDB } from '@renderer/db/app-db'
import { officeDb, orgParty } from './case-helpers'
import { officerInput } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

describe('casesRepo.appendAct checks signers against the register', () => {
  it('立案 by a 负责人 and review by a 法制审核人员 off the case pass; the others are refused', async () => {
    const { db, ctx, officerIds } = await officeDb()
    opened.push(db)
    const head = await officersRepo(db).create(officerInput(7, { roles: ['head'] }), ctx)
    if (!head.ok) throw new Error('head not created')
    // Officer 2 handles the case and is also a 法制审核人员.
    const both = officerIds[1] as string
    await db.officers.update(both, { roles: ['handler', 'legalReviewer'] })
    const repo = casesRepo(db)
    const created = await repo.createCase(ctx, {
      party: orgParty(),
      cause: '涉嫌销售过期食品案',
      source: 'inspection',
      sourceDate: '2026-02-20',
      officerIds: officerIds.slice(0, 2),
      today: '2026-03-01',
      firstAct: 'clueRegistered',
    })
    if (!created.ok) throw new Error('case not created')
    const id = created.case.id
    const append = (type: string, occurredOn: string, payload: Record<string, unknown>) =>
      repo.appendAct(ctx, id, { type, occurredOn, payload } as never, '2026-03-01')

    const byHandler = await append('caseFiled', '2026-02-21', {
      approver: '执法人员1',
      approverId: officerIds[0],
      reason: '涉嫌违法',
    })
    expect(byHandler.ok).toBe(false)
    if (!byHandler.ok) expect(byHandler.message).toContain('执法人员1不是负责人')
    const filed = await append('caseFiled', '2026-02-21', {
      approver: head.officer.name,
      approverId: head.officer.id,
      reason: '涉嫌违法',
    })
    expect(filed.ok).toBe(true)

    await append('investigationConcluded', '2026-02-24', {
      summary: '调查终结',
      proposal: 'noPenalty',
      legalReviewTriggers: [],
      complexOrMajor: false,
    })
    await append('reviewSubmitted', '2026-02-25', { reviewKind: 'caseReview' })
    const own = await append('caseReviewed', '2026-02-26', {
      reviewKind: 'caseReview',
      opinion: 'agree',
      reviewer: '执法人员2',
      reviewerId: both,
    })
    expect(own.ok).toBe(false)
    if (!own.ok) expect(own.message).toContain('办案人员不得审核本人办理的案件')
    const reviewed = await append('caseReviewed', '2026-02-26', {
      reviewKind: 'caseReview',
      opinion: 'agree',
      reviewer: '执法人员4',
      reviewerId: officerIds[3],
    })
    expect(reviewed.ok).toBe(true)
  })
})
