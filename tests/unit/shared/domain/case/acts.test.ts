import { describe, expect, it } from 'vitest'
import {
  ACT_DEFINITIONS,
  ACT_TYPES,
  ActSchema,
  CaseFactsSchema,
  PartySchema,
  effectiveActs,
  actLabel,
} from '@shared/domain/case'
import { act, makeCase, P, uid } from './builders'

describe('act catalogue (docs/architecture/overview.md §2)', () => {
  it('every act type has a Chinese label', () => {
    for (const t of ACT_TYPES) expect(actLabel(t)).toMatch(/[\u4e00-\u9fa5]/)
  })

  it.each([
    ['线索登记', 'clueRegistered'],
    ['立案/不予立案', 'caseFiled'],
    ['行政约谈', 'interviewHeld'],
    ['责令改正', 'correctionOrderServed'],
    ['复查', 'correctionReviewed'],
    ['法制审核', 'caseReviewed'],
    ['陈述申辩', 'statementDefence'],
    ['听证', 'hearingHeld'],
    ['集体讨论', 'collectiveDiscussion'],
    ['不予行政处罚决定', 'noPenaltyDecision'],
    ['当场处罚', 'summaryPenalty'],
    ['延期分期', 'paymentArrangementApproved'],
    ['催告', 'reminderServed'],
    ['强制执行申请', 'enforcementApplied'],
    ['公示', 'publicised'],
    ['回访', 'followUpVisit'],
    ['行政指导 (鄂市监法〔2022〕42号 十三)', 'administrativeGuidance'],
    ['警示劝诫', 'warningAdmonition'],
    ['书面告诫', 'writtenCaution'],
  ])('the issue names %s: act type %s exists', (_n, type) => {
    expect(type in ACT_DEFINITIONS).toBe(true)
  })
})

describe('act payload schemas', () => {
  it('a complete penalty decision with APL Art. 32 leniency parses', () => {
    const a = act(
      'penaltyDecision',
      '2026-10-13',
      P.decision({
        leniency: { kind: 'lighter', grounds: ['art32_1'], explanation: '主动消除危害后果' },
      }),
    )
    expect(ActSchema.safeParse(a).success).toBe(true)
  })

  it.each([
    [
      'APL Art. 32: leniency without a ground',
      act(
        'penaltyDecision',
        '2026-10-13',
        P.decision({
          leniency: { kind: 'mitigated', grounds: [], explanation: 'x' },
        }),
      ),
      '法定依据',
    ],
    [
      'APL Art. 33: no-penalty decision without ground',
      act('noPenaltyDecision', '2026-10-13', {
        reason: '轻微',
      } as never),
      '',
    ],
    [
      'APL Art. 9: a penalty with nothing in it',
      act(
        'penaltyDecision',
        '2026-10-13',
        P.decision({
          penalty: { ...P.decision().penalty, fineFen: 0 },
        }),
      ),
      '至少选择一种处罚',
    ],
    [
      'APL Art. 61: electronic service without consent',
      act('decisionServed', '2026-10-13', {
        ...P.served(uid()),
        method: 'electronic',
      }),
      '电子送达',
    ],
    [
      'SAMR-PR Art. 64: head may extend the case limit by 30 days at most',
      act('periodExtended', '2026-10-13', {
        rule: 'CASE_LIMIT',
        approval: 'head',
        days: 31,
        reason: '复杂',
      }),
      '最多延长30日',
    ],
    [
      'APL Art. 42: summary penalty by one officer',
      act('summaryPenalty', '2026-10-13', {
        documentNo: '001',
        warning: true,
        fineFen: 0,
        place: '某市场',
        legalBasis: 'x',
        officerIds: [uid()],
      }),
      '两名以上',
    ],
    [
      'fine in fractional fen',
      act('paymentMade', '2026-10-13', { kind: 'fine', amountFen: 10.5 }),
      '整数',
    ],
  ])('%s is refused', (_n, a, msg) => {
    const r = ActSchema.safeParse(a)
    expect(r.success).toBe(false)
    if (!r.success && msg) expect(r.error.issues.map((i) => i.message).join()).toContain(msg)
  })

  it('a party with a wrong USCC is refused with the GB 32100 message', () => {
    const r = PartySchema.safeParse({
      kind: 'organisation',
      name: 'x',
      uscc: '91110000600037341M',
      legalRepresentative: 'y',
      address: 'z',
    })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues[0]?.message).toContain('校验位')
  })

  it('a whole case parses', () => {
    const c = makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      act('caseFiled', '2026-06-05', P.filed()),
    ])
    expect(CaseFactsSchema.safeParse(c).success).toBe(true)
  })
})

describe('voiding (docs/architecture/overview.md §3: nothing is deleted)', () => {
  it('a voided act stays in the list but no longer counts; the voiding act is not an event either', () => {
    const filed = act('caseFiled', '2026-06-05', P.filed())
    const c = makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      filed,
      act('actVoided', '2026-06-06', { targetActId: filed.id, kind: 'voided', reason: '录入错误' }),
    ])
    expect(c.acts).toHaveLength(3)
    expect(effectiveActs(c.acts).map((a) => a.type)).toEqual(['clueRegistered'])
  })

  it('effective acts are in legal order (occurredOn, then recordedAt), whatever the list order', () => {
    const later = act('caseFiled', '2026-06-05', P.filed())
    const earlier = act('clueRegistered', '2026-06-01', P.clue())
    expect(effectiveActs([later, earlier]).map((a) => a.occurredOn)).toEqual([
      '2026-06-01',
      '2026-06-05',
    ])
  })
})
