// Hand-built cases for the statistics tests. Expected figures are written out in the tests; each
// case comment says what it should count under for the first half of 2026.
import { type Act, type CaseFacts } from '@shared/domain/case'
import { act, makeCase, OFFICER_A, OFFICER_B, P, penalty, uid } from '../domain/case/builders'

export const OFFICER_C = uid(9003)
export const ids = {
  A: uid(101),
  B: uid(102),
  C: uid(103),
  D: uid(104),
  E: uid(105),
  F: uid(106),
  G: uid(107),
  H: uid(108),
}

const officerC = [{ officerId: OFFICER_C, name: '赵六', certificateNo: 'HB-0003' }]

function kase(id: string, acts: Act[], over: Partial<CaseFacts>): CaseFacts {
  return makeCase(acts, { id, caseNo: `案-${id.slice(-3)}`, ...over })
}

/**
 * A — 食品安全, 一般程序: legal review returned once then agreed; 从轻 penalty 03-05 (fine ¥5,000,
 * confiscated gains ¥200), paid 03-10, published, closed, visited 04-01 (满意), before the
 * follow-up due date (03-05 + 30 days = 04-04, a holiday, rolls to 04-07).
 */
function caseA(): CaseFacts {
  const decisionId = uid(1101)
  return kase(
    ids.A,
    [
      act('clueRegistered', '2026-02-02', P.clue()),
      act('caseFiled', '2026-02-03', P.filed()),
      act('investigationConcluded', '2026-02-20', P.concluded()),
      act('reviewSubmitted', '2026-02-23', P.submitted('legalReview')),
      act('caseReviewed', '2026-02-25', P.reviewed('reviseAndResubmit', 'legalReview')),
      act('caseReviewed', '2026-02-27', P.reviewed('agree', 'legalReview')),
      act('penaltyNoticeServed', '2026-03-02', P.notice()),
      act('rightsWaived', '2026-03-03', {
        waivesStatement: true,
        waivesHearing: true,
        signedBy: '张三',
      }),
      act(
        'penaltyDecision',
        '2026-03-05',
        P.decision({
          penalty: penalty({ fineFen: 500_000, confiscatedGainsFen: 20_000 }),
          leniency: { kind: 'lighter', grounds: ['art32_1'], explanation: '主动消除危害后果' },
        }),
        decisionId,
      ),
      act('decisionServed', '2026-03-05', P.served(decisionId)),
      act('paymentMade', '2026-03-10', { kind: 'fine', amountFen: 500_000 }),
      act('publicised', '2026-03-20', { platform: '国家企业信用信息公示系统' }),
      act('caseClosed', '2026-03-25', { reason: 'executed', approver: '局长' }),
      act('followUpVisit', '2026-04-01', visit('satisfied')),
    ],
    { source: 'inspection', sourceDate: '2026-02-02', violationIds: ['food-1'] },
  )
}

function visit(satisfaction: 'satisfied' | 'basicallySatisfied' | 'dissatisfied') {
  return {
    method: 'phone' as const,
    visitorIds: [OFFICER_A],
    contactPerson: '张三',
    rectification: 'rectified' as const,
    conductProper: true,
    rightsExplained: true,
    integrityIssue: false,
    needsGuidance: false,
    satisfaction,
    findings: '已整改到位',
  }
}

/** B — 广告, 简易程序 03-10 (warning + ¥100), archived and paid 03-12; no visit by 06-30 (due 04-09). */
function caseB(): CaseFacts {
  return kase(
    ids.B,
    [
      act('clueRegistered', '2026-03-10', { ...P.clue(), source: 'complaint' }),
      act('summaryPenalty', '2026-03-10', {
        documentNo: '当场-001',
        warning: true,
        fineFen: 10_000,
        place: '某路',
        legalBasis: '《广告法》第五十八条',
        officerIds: [OFFICER_A, OFFICER_B],
      }),
      act('summaryArchived', '2026-03-12', {}),
      act('paymentMade', '2026-03-12', { kind: 'fine', amountFen: 10_000 }),
    ],
    {
      source: 'complaint',
      sourceDate: '2026-03-10',
      violationIds: ['ad-1'],
      officers: [{ officerId: OFFICER_A, name: '李四', certificateNo: 'HB-0001' }],
    },
  )
}

/** C — 首违不罚 decided 05-10, served 05-11, visited 05-20 (不满意); officer C only. */
function caseC(): CaseFacts {
  const decisionId = uid(1301)
  return kase(
    ids.C,
    [
      act('clueRegistered', '2026-04-01', P.clue()),
      act('caseFiled', '2026-04-02', P.filed()),
      act(
        'noPenaltyDecision',
        '2026-05-10',
        { ground: 'art33_1_s2', reason: '初次违法且及时改正' },
        decisionId,
      ),
      act('decisionServed', '2026-05-11', { ...P.served(decisionId) }),
      act('followUpVisit', '2026-05-20', visit('dissatisfied')),
    ],
    { source: 'inspection', sourceDate: '2026-04-01', officers: officerC },
  )
}

/** D — 约谈 then 责令限期改正 (by 05-20), re-checked 05-21 (late, corrected), 不予立案 05-22. */
function caseD(): CaseFacts {
  return kase(
    ids.D,
    [
      act('clueRegistered', '2026-05-06', { ...P.clue(), source: 'complaint' }),
      act('interviewNoticeServed', '2026-05-07', {
        scheduledOn: '2026-05-12',
        place: '本局',
        attendeeName: '张三',
        attendeeRole: '法定代表人',
        reason: '投诉较多',
        legalBasis: '《食品安全法》第一百一十四条',
        serviceMethod: 'direct',
      }),
      act('interviewHeld', '2026-05-12', {
        place: '本局',
        interviewerIds: [OFFICER_A, OFFICER_B],
        attendees: ['张三'],
        problems: '标签不规范',
        requirements: '限期整改',
        undertakings: [],
        recordSigned: true,
      }),
      act('correctionOrderServed', '2026-05-12', {
        violation: '标签不规范',
        legalBasis: '《行政处罚法》第二十八条',
        requirement: '更换标签',
        mode: 'byDate',
        correctBy: '2026-05-20',
        serviceMethod: 'direct',
      }),
      act('correctionReviewed', '2026-05-21', { result: 'corrected', findings: '已更换' }),
      act('filingDeclined', '2026-05-22', {
        ground: 'minorCorrected',
        reason: '轻微并已改正',
        approver: '局长',
      }),
    ],
    { source: 'complaint', sourceDate: '2026-05-06' },
  )
}

/** E — decided, paid and closed in 2025: counts under nothing in 2026. */
function caseE(): CaseFacts {
  const decisionId = uid(1501)
  return kase(
    ids.E,
    [
      act('clueRegistered', '2025-10-01', P.clue()),
      act('caseFiled', '2025-10-02', P.filed()),
      act('penaltyDecision', '2025-11-03', P.decision(), decisionId),
      act('decisionServed', '2025-11-03', P.served(decisionId)),
      act('paymentMade', '2025-11-10', { kind: 'fine', amountFen: 500_000 }),
      act('publicised', '2025-11-12', { platform: '国家企业信用信息公示系统' }),
      act('caseClosed', '2025-11-20', { reason: 'executed', approver: '局长' }),
      act('followUpVisit', '2025-11-25', visit('satisfied')),
    ],
    { source: 'inspection', sourceDate: '2025-10-01' },
  )
}

/** F — 移送司法机关 06-25; closed 07-05 (after the first half: still 待结案 on 06-30). */
function caseF(): CaseFacts {
  return kase(
    ids.F,
    [
      act('clueRegistered', '2026-06-15', { ...P.clue(), source: 'referral' }),
      act('caseFiled', '2026-06-16', P.filed()),
      act('caseTransferred', '2026-06-25', {
        to: 'judicial',
        recipient: '某市公安局',
        reason: '涉嫌犯罪',
      }),
      act('caseClosed', '2026-07-05', { reason: 'decidedWithoutPenalty', approver: '局长' }),
    ],
    { source: 'referral', sourceDate: '2026-06-15' },
  )
}

/** G — a penalty decision 03-01 revoked 03-02: no outcome; 办案期限 (02-11 + 90 days) overdue. */
function caseG(): CaseFacts {
  const decisionId = uid(1701)
  return kase(
    ids.G,
    [
      act('clueRegistered', '2026-02-10', { ...P.clue(), source: 'other' }),
      act('caseFiled', '2026-02-11', P.filed()),
      act('penaltyDecision', '2026-03-01', P.decision(), decisionId),
      act('actVoided', '2026-03-02', {
        targetActId: decisionId,
        kind: 'revoked',
        reason: '事实认定有误',
      }),
    ],
    { source: 'other', sourceDate: '2026-02-10' },
  )
}

/** H — filed 06-02, decided 07-10 (only the whole year sees the decision). */
function caseH(): CaseFacts {
  return kase(
    ids.H,
    [
      act('clueRegistered', '2026-06-01', { ...P.clue(), source: 'assigned' }),
      act('caseFiled', '2026-06-02', P.filed()),
      act('penaltyDecision', '2026-07-10', P.decision({ penalty: penalty({ fineFen: 200_000 }) })),
    ],
    { source: 'assigned', sourceDate: '2026-06-01' },
  )
}

/** The eight cases, A–H. */
export function fixtureCases(): CaseFacts[] {
  return [caseA(), caseB(), caseC(), caseD(), caseE(), caseF(), caseG(), caseH()]
}

/** Officer units and violation fields the filters use. */
export const lookups = {
  officerUnits: { [OFFICER_A]: '一所', [OFFICER_B]: '法制科', [OFFICER_C]: '二所' },
  violationFields: { 'food-1': '食品安全', 'ad-1': '广告' },
}
