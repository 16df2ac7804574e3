import { describe, expect, it } from 'vitest'
import {
  createRng,
  DEMO_EXEMPTIONS,
  demoOffice,
  demoResidentId,
  demoUscc,
  generateDemoCases,
  type DemoCase,
} from '@shared/demo'
import { checkAct, deriveCaseState, STAGE_LABELS, type Act } from '@shared/domain/case'
import { officerInputSchema } from '@shared/domain/settings'
import { validateExemptionRow } from '@shared/domain/exemptions'
import { validateResidentId, validateUscc } from '@shared/validation'

const today = '2026-03-01'

function run(seed: number, count: number): DemoCase[] {
  let n = 0
  const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
  const officers = [1, 2, 3, 4, 5].map((i) => ({
    officerId: newId(),
    name: `执法人员${i}`,
    certificateNo: `42010500${i}`,
  }))
  return [
    ...generateDemoCases({ seed, count, today, newId, officers, head: '刘建国', reviewer: '陈静' }),
  ]
}

describe('demo generator (shared/demo)', () => {
  const cases = run(7, 1200)

  it('is deterministic for the same seed and differs for another seed', () => {
    const a = JSON.stringify(run(7, 60))
    expect(JSON.stringify(run(7, 60))).toBe(a)
    expect(JSON.stringify(run(8, 60))).not.toBe(a)
  })

  it('USCCs pass GB 32100 and resident IDs pass GB 11643 (MOD 11-2), birth dates not after today', () => {
    const rng = createRng(3)
    for (let i = 0; i < 500; i++) {
      expect(validateUscc(demoUscc(rng, '420105', i % 2 ? 'company' : 'soleTrader'))).toEqual({
        ok: true,
      })
      expect(validateResidentId(demoResidentId(rng, '420105', today), today)).toEqual({ ok: true })
    }
    for (const c of cases) {
      const p = c.party.party
      if (p.kind !== 'naturalPerson' && p.uscc) expect(validateUscc(p.uscc).ok).toBe(true)
      if (p.kind === 'soleTrader') expect(validateResidentId(p.operatorIdNo, today).ok).toBe(true)
      if (p.kind === 'naturalPerson') expect(validateResidentId(p.idNo, today).ok).toBe(true)
    }
  })

  it('every act passes checkAct in sequence (the lifecycle gates), none dated after today', () => {
    for (const c of cases) {
      const acts: Act[] = []
      for (const a of c.acts) {
        const r = checkAct({ party: c.party.party, officers: c.officers, acts }, a)
        expect(r, `${c.scenario} ${a.type}`).toEqual({ ok: true })
        expect(a.occurredOn <= today).toBe(true)
        acts.push(a)
      }
      expect(c.rejected).toBeUndefined()
    }
  })

  it('cases land in every stage except 听证 being rare; lenient paths cite 免罚清单 items', () => {
    const stages = new Set(
      cases.map(
        (c) =>
          deriveCaseState({ party: c.party.party, officers: c.officers, acts: c.acts }, today)
            .stage,
      ),
    )
    for (const s of Object.keys(STAGE_LABELS)) {
      if (s !== 'hearing') expect(stages, s).toContain(s)
    }
    const cited = cases.flatMap((c) =>
      c.acts.flatMap((a) =>
        a.type === 'noPenaltyDecision' && a.payload.exemptionListItem
          ? [a.payload.exemptionListItem.id]
          : [],
      ),
    )
    expect(cited.length).toBeGreaterThan(10)
    const codes = DEMO_EXEMPTIONS.map((e) => e.code)
    for (const code of cited) expect(codes).toContain(code)
    expect(cases.some((c) => c.acts.some((a) => a.type === 'hearingHeld'))).toBe(true)
    expect(cases.some((c) => c.acts.some((a) => a.type === 'interviewHeld'))).toBe(true)
    expect(cases.some((c) => c.acts.some((a) => a.type === 'summaryPenalty'))).toBe(true)
  })

  it('parties are reused now and then; source dates ascend (case numbers follow dates)', () => {
    expect(cases.filter((c) => !c.party.isNew).length).toBeGreaterThan(100)
    const dates = cases.map((c) => c.sourceDate)
    expect([...dates].sort()).toEqual(dates)
    expect(cases.some((c) => c.party.party.name.includes('有限公司'))).toBe(true)
    expect(cases.every((c) => c.party.party.address.startsWith('湖北省'))).toBe(true)
  })

  it.each([1, 2, 3, 7, 11, 20260301])(
    'seed %i, 60 cases: one case waits for 法制审核 (submitted, no opinion yet) for the reviewer’s queue',
    (seed) => {
      const waiting = run(seed, 60).filter((c) => c.acts.at(-1)?.type === 'reviewSubmitted')
      expect(waiting.length).toBeGreaterThanOrEqual(1)
      const c = waiting[0]!
      const state = deriveCaseState(
        { party: c.party.party, officers: c.officers, acts: c.acts },
        today,
      )
      expect(state.allowedActs).toContain('caseReviewed')
    },
  )

  it('the demo office and 免罚清单 are valid inputs', () => {
    const office = demoOffice(createRng(1), today)
    for (const o of office.officers) expect(officerInputSchema.safeParse(o).success).toBe(true)
    expect(new Set(office.officers.map((o) => o.certificateNo)).size).toBe(8)
    for (const row of DEMO_EXEMPTIONS) expect(validateExemptionRow(row).ok).toBe(true)
  })
})
