// Property tests (docs/architecture/overview.md §7): random act sequences, applied only where checkAct allows them, never
// reach a state the gates of docs/domain/deadlines.md forbid; adding a pause never moves a deadline earlier.
// The invariants below are written from the statutes, not from the gate code.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addWorkingDays } from '@shared/calendar'
import {
  checkAct,
  computeDeadlines,
  deriveCaseState,
  effectiveActs,
  type Act,
  type ActPayload,
  type ActType,
  type CaseFacts,
} from '@shared/domain/case'
import { shiftDays } from '@shared/util/date'
import { act, makeCase, OFFICER_A, OFFICER_B, P, penalty, uid } from './builders'

const TYPES: ActType[] = [
  'clueRegistered',
  'caseFiled',
  'filingDeclined',
  'investigationConcluded',
  'reviewSubmitted',
  'caseReviewed',
  'penaltyNoticeServed',
  'statementDefence',
  'defenceRechecked',
  'rightsWaived',
  'hearingRequested',
  'hearingWithdrawn',
  'hearingNoticeServed',
  'hearingHeld',
  'collectiveDiscussion',
  'penaltyDecision',
  'noPenaltyDecision',
  'summaryPenalty',
  'educationGiven',
  'decisionServed',
  'paymentMade',
  'caseClosed',
  'followUpVisit',
  'actVoided',
  'investigationSuspended',
  'investigationResumed',
]

/** Main-path order, used only to steer the generator deeper into the procedure. */
const PROGRESS: ActType[] = [
  'clueRegistered',
  'caseFiled',
  'investigationConcluded',
  'reviewSubmitted',
  'caseReviewed',
  'penaltyNoticeServed',
  'statementDefence',
  'defenceRechecked',
  'hearingRequested',
  'hearingNoticeServed',
  'hearingHeld',
  'rightsWaived',
  'penaltyDecision',
  'noPenaltyDecision',
  'decisionServed',
  'paymentMade',
  'caseClosed',
]

interface Step {
  type: ActType
  gap: number
  k: number
  flag: boolean
  guided?: boolean
}
const step = fc.record({
  type: fc.constantFrom(...TYPES),
  // Mostly pick among the acts the state offers (so sequences get deep), sometimes anything.
  guided: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  gap: fc.integer({ min: 0, max: 12 }),
  k: fc.integer({ min: 0, max: 1_000_000 }),
  flag: fc.boolean(),
})

function payloadFor(s: Step, c: CaseFacts, on: string): ActPayload<ActType> {
  const acts = effectiveActs(c.acts)
  const lastOf = (t: ActType) => [...acts].reverse().find((a) => a.type === t)
  const fine = (s.k % 40) * 10_000
  switch (s.type) {
    case 'clueRegistered':
      return P.clue()
    case 'caseFiled':
      return P.filed()
    case 'filingDeclined':
      return { ground: 'minorCorrected', reason: '轻微', approver: '局长' }
    case 'investigationConcluded':
      return s.flag || s.k % 3 !== 0
        ? P.concluded({
            proposedPenalty: penalty({ fineFen: fine + 10_000 }),
            complexOrMajor: s.k % 3 === 0,
            legalReviewTriggers: s.k % 5 === 0 ? ['complex'] : [],
          })
        : P.concluded({ proposal: 'noPenalty', proposedPenalty: undefined })
    case 'reviewSubmitted':
      return P.submitted(s.flag ? 'legalReview' : 'caseReview')
    case 'caseReviewed': {
      const sub = lastOf('reviewSubmitted') as Extract<Act, { type: 'reviewSubmitted' }> | undefined
      return P.reviewed(
        s.k % 4 === 0 ? 'reviseAndResubmit' : 'agree',
        sub?.payload.reviewKind ?? 'caseReview',
      )
    }
    case 'penaltyNoticeServed':
      return P.notice({ fineFen: fine + 10_000 }, s.flag)
    case 'statementDefence':
      return { form: 'written', content: '申辩' }
    case 'defenceRechecked':
      return {
        statementActId: lastOf('statementDefence')?.id ?? uid(),
        outcome: 'notAdopted',
        reason: '不成立',
      }
    case 'rightsWaived':
      return { waivesStatement: true, waivesHearing: s.flag, signedBy: '张三' }
    case 'hearingRequested':
      return { form: 'written', agentNames: [] }
    case 'hearingWithdrawn':
      return { reason: '撤回' }
    case 'hearingNoticeServed':
      return {
        hearingOn: shiftDays(on, 8 + (s.k % 10)),
        place: '室',
        presider: '赵',
        isPublic: true,
        serviceMethod: 'direct',
      }
    case 'hearingHeld':
      return { presider: '赵', partyAppeared: s.flag, summary: '听证' }
    case 'collectiveDiscussion':
      return { purpose: 'decision', participants: ['甲', '乙'], conclusion: '同意' }
    case 'penaltyDecision':
      return P.decision({
        penalty: penalty({ fineFen: fine + 10_000 }),
        leniency:
          s.k % 3 === 0
            ? { kind: 'lighter', grounds: ['art32_1'], explanation: '主动消除' }
            : undefined,
      })
    case 'noPenaltyDecision':
      return { ground: 'art33_1_s1', reason: '轻微' }
    case 'summaryPenalty':
      return {
        documentNo: 'A1',
        warning: false,
        fineFen: (s.k % 7) * 100_000 + 1,
        place: '市场',
        legalBasis: '某条',
        officerIds: [OFFICER_A, OFFICER_B],
      }
    case 'educationGiven':
      return P.soft()
    case 'decisionServed': {
      const d = acts.find((a) => a.type === 'penaltyDecision' || a.type === 'noPenaltyDecision')
      return P.served(d?.id ?? uid())
    }
    case 'paymentMade':
      return { kind: 'fine', amountFen: fine + 10_000 }
    case 'caseClosed':
      return { reason: 'executed', approver: '局长' }
    case 'followUpVisit':
      return {
        method: 'phone',
        visitorIds: [OFFICER_A],
        contactPerson: '张三',
        rectification: 'rectified',
        conductProper: true,
        rightsExplained: true,
        integrityIssue: false,
        needsGuidance: false,
        satisfaction: 'satisfied',
        findings: '好',
      }
    case 'actVoided': {
      const target = acts.at(-1 - (s.k % 2)) ?? acts[0]
      return { targetActId: target?.id ?? uid(), kind: 'voided', reason: '录入错误' }
    }
    case 'investigationSuspended':
      return { reason: 'partyMissing', explanation: '下落不明', approver: '局长' }
    case 'investigationResumed':
      return { explanation: '找到当事人' }
    default:
      throw new Error(`no payload for ${s.type}`)
  }
}

function run(steps: Step[], twoOfficers: boolean, naturalPerson: boolean): CaseFacts {
  let c = makeCase([], {
    officers: twoOfficers
      ? [
          { officerId: OFFICER_A, name: '甲', certificateNo: 'C1' },
          { officerId: OFFICER_B, name: '乙', certificateNo: 'C2' },
        ]
      : [{ officerId: OFFICER_A, name: '甲', certificateNo: 'C1' }],
    ...(naturalPerson
      ? {
          party: {
            kind: 'naturalPerson' as const,
            name: '张三',
            idType: 'residentId' as const,
            idNo: '11010519491231002X',
            address: '某地',
          },
        }
      : {}),
  })
  let on = '2026-03-02'
  let n = 0
  for (let s of steps) {
    on = shiftDays(on, s.gap)
    if (s.guided) {
      const side: ActType[] = [
        'educationGiven',
        'collectiveDiscussion',
        'followUpVisit',
        'actVoided',
      ]
      const all = deriveCaseState(c, on).allowedActs.filter((t) => TYPES.includes(t))
      const main = all.filter((t) => !side.includes(t))
      const offered = s.k % 4 === 0 || main.length === 0 ? all : main
      const furthest = PROGRESS.filter((t) => main.includes(t)).at(-1)
      if (s.k % 3 !== 0 && furthest) s = { ...s, type: furthest }
      else if (offered.length)
        s = { ...s, type: offered[Math.floor(s.k / 3) % offered.length] as ActType }
    }
    const a = act(s.type, on, payloadFor(s, c, on), uid(100_000 + n++))
    if (checkAct(c, a).ok) c = { ...c, acts: [...c.acts, a] }
  }
  return c
}

type A<K extends ActType> = Extract<Act, { type: K }>
const between = (acts: Act[], from: Act, to: Act, type: ActType) =>
  acts.slice(acts.indexOf(from) + 1, acts.indexOf(to)).filter((a) => a.type === type)

function assertLawful(c: CaseFacts): void {
  const acts = effectiveActs(c.acts)
  const decisions = acts.filter((a) =>
    ['penaltyDecision', 'noPenaltyDecision', 'summaryPenalty'].includes(a.type),
  )
  expect(decisions.length).toBeLessThanOrEqual(1) // one violation, one decision
  const certified = c.officers.filter((o) => o.certificateNo.trim()).length
  if (acts.some((a) => a.type === 'caseFiled')) expect(certified).toBeGreaterThanOrEqual(2) // APL Art. 42
  for (const d of decisions) {
    const before = acts.slice(0, acts.indexOf(d))
    // APL Arts. 63–64: every hearing request was held or withdrawn before a decision.
    for (const req of before.filter((a) => a.type === 'hearingRequested')) {
      expect(
        between(acts, req, d, 'hearingHeld').length +
          between(acts, req, d, 'hearingWithdrawn').length,
      ).toBeGreaterThan(0)
    }
    // APL Art. 45: every statement was rechecked.
    for (const st of before.filter((a) => a.type === 'statementDefence')) {
      expect(
        before.some((a) => a.type === 'defenceRechecked' && a.payload.statementActId === st.id),
      ).toBe(true)
    }
    if (d.type === 'penaltyDecision') {
      // APL Art. 44 + SAMR-PR Art. 57: notice served, 5-WD window over or waived in writing.
      const notice = [...before]
        .reverse()
        .find((a): a is A<'penaltyNoticeServed'> => a.type === 'penaltyNoticeServed')
      expect(notice).toBeDefined()
      if (!notice) return
      const waived = between(acts, notice, d, 'rightsWaived').length > 0
      expect(waived || d.occurredOn > addWorkingDays(notice.occurredOn, 5)).toBe(true)
      // APL Art. 45 / Art. 44: the decision does not exceed what was notified.
      expect(d.payload.penalty.fineFen).toBeLessThanOrEqual(notice.payload.proposedPenalty.fineFen)
      if (d.payload.leniency) expect(before.some((a) => a.type === 'educationGiven')).toBe(true)
      // APL Art. 58(2): a hearing the party attended → legal review agreed after it.
      const heard = before
        .filter((a): a is A<'hearingHeld'> => a.type === 'hearingHeld' && a.payload.partyAppeared)
        .at(-1)
      if (heard) {
        expect(
          between(acts, heard, d, 'caseReviewed').some(
            (r) =>
              r.type === 'caseReviewed' &&
              r.payload.reviewKind === 'legalReview' &&
              r.payload.opinion === 'agree',
          ),
        ).toBe(true)
        expect(between(acts, heard, d, 'collectiveDiscussion').length).toBeGreaterThan(0) // SAMR-PR Art. 60 para 2
      }
    }
    if (d.type === 'noPenaltyDecision')
      expect(before.some((a) => a.type === 'educationGiven')).toBe(true) // APL Art. 33 para 3
    if (d.type === 'summaryPenalty') {
      const limit = c.party.kind === 'naturalPerson' ? 20_000 : 300_000 // APL Art. 51
      expect(d.payload.fineFen).toBeLessThanOrEqual(limit)
      expect(acts.some((a) => a.type === 'caseFiled')).toBe(false)
    }
    // 鄂市监法〔2022〕42号 十五: a lenient case is visited before it is closed.
    const lenient =
      d.type === 'noPenaltyDecision' || (d.type === 'penaltyDecision' && d.payload.leniency)
    const closed = acts.find((a) => a.type === 'caseClosed')
    if (lenient && closed)
      expect(between(acts, d, closed, 'followUpVisit').length).toBeGreaterThan(0)
  }
  // APL Art. 64(2): hearings held more than 7 working days after their notice.
  for (const h of acts.filter((a) => a.type === 'hearingHeld')) {
    const notice = acts
      .slice(0, acts.indexOf(h))
      .filter((a) => a.type === 'hearingNoticeServed')
      .at(-1)
    expect(notice).toBeDefined()
    if (notice) expect(h.occurredOn > addWorkingDays(notice.occurredOn, 7)).toBe(true)
  }
}

describe('lifecycle property: random act sequences never reach a forbidden state (docs/domain/deadlines.md gates)', () => {
  it('holds for 300 random sequences of up to 120 attempted acts (mostly among the offered acts)', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 9 }),
        fc.boolean(),
        (steps, o, natural) => {
          const two = o > 1
          assertLawful(run(steps, two, natural))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('a guided sequence does reach a decision (the generator is not vacuous)', () => {
    const seq: Step[] = [
      'clueRegistered',
      'caseFiled',
      'investigationConcluded',
      'reviewSubmitted',
      'caseReviewed',
      'penaltyNoticeServed',
      'penaltyDecision',
      'decisionServed',
    ].map((type) => ({
      type: type as ActType,
      gap: type === 'penaltyDecision' ? 10 : 7,
      k: 1,
      flag: true,
    }))
    const c = run(seq, true, false)
    expect(effectiveActs(c.acts).map((a) => a.type)).toContain('penaltyDecision')
    assertLawful(c)
  })
})

describe('deadline property: adding a pause never moves a due date earlier (SAMR-PR Art. 64 para 2)', () => {
  const pause = fc.record({
    start: fc.integer({ min: 0, max: 150 }),
    len: fc.integer({ min: 0, max: 40 }),
    kind: fc.constantFrom('suspension', 'testing', 'hearing', 'refund'),
  })
  const pair = (p: { start: number; len: number; kind: string }, n: number): Act[] => {
    const from = shiftDays('2026-03-03', p.start)
    const to = shiftDays(from, p.len)
    switch (p.kind) {
      case 'suspension':
        return [
          act(
            'investigationSuspended',
            from,
            { reason: 'other', explanation: 'x', approver: 'y' },
            uid(500_000 + n),
          ),
          act('investigationResumed', to, { explanation: 'x' }, uid(600_000 + n)),
        ]
      case 'testing':
        return [
          act(
            'testingStarted',
            from,
            { kind: 'appraisal', institution: 'x', items: 'y', partyNotified: true },
            uid(500_000 + n),
          ),
          act('testingConcluded', to, { result: 'x', partyNotified: true }, uid(600_000 + n)),
        ]
      case 'hearing':
        return [
          act('hearingRequested', from, { form: 'written', agentNames: [] }, uid(500_000 + n)),
          act(
            'hearingHeld',
            to,
            { presider: 'x', partyAppeared: true, summary: 'y' },
            uid(600_000 + n),
          ),
        ]
      default:
        return [
          act('refundOrdered', from, { amountFen: 100, requirement: 'x' }, uid(500_000 + n)),
          act('refundCompleted', to, {}, uid(600_000 + n)),
        ]
    }
  }
  const base = [
    act('clueRegistered', '2026-03-01', P.clue(), uid(1)),
    act('caseFiled', '2026-03-02', P.filed(), uid(2)),
  ]

  it('for every deadline present before and after', () => {
    fc.assert(
      fc.property(
        fc.array(pause, { maxLength: 3 }),
        pause,
        fc.integer({ min: 0, max: 200 }),
        (existing, extra, t) => {
          const today = shiftDays('2026-03-03', t)
          const before = computeDeadlines(
            makeCase([...base, ...existing.flatMap((p, i) => pair(p, i))]),
            today,
          )
          const after = computeDeadlines(
            makeCase([...base, ...existing.flatMap((p, i) => pair(p, i)), ...pair(extra, 99)]),
            today,
          )
          for (const d of before) {
            const same = after.find(
              (x) => x.ruleId === d.ruleId && x.triggerActId === d.triggerActId,
            )
            if (same) expect(same.dueDate >= d.dueDate).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
