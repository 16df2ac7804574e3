// Cases the statistics tests share: generated demo data, and cases with what the demo data lacks
// (pauses open and closed, extensions, instalments, 公告送达, a notice's reply window, 限期改正).
import { generateDemoCases } from '@shared/demo/generate'
import { type CaseFacts } from '@shared/domain/case'
import { act, makeCase, P, penalty, uid } from '../domain/case/builders'

/** `count` generated demo cases up to `today` over `spanDays` (seeded: the same cases every run). */
export function demoCases(
  count: number,
  today: string,
  seed: number,
  spanDays = 1300,
): CaseFacts[] {
  let n = 700_000
  const gen = generateDemoCases({
    seed,
    count,
    today,
    newId: () => uid(++n),
    officers: [
      { officerId: uid(9101), name: '甲', certificateNo: 'HB-1' },
      { officerId: uid(9102), name: '乙', certificateNo: 'HB-2' },
    ],
    head: '局长',
    reviewer: '法制员',
    spanDays,
  })
  return [...gen].map((c) => ({
    id: c.id,
    party: c.party.party,
    cause: c.cause,
    source: c.source,
    sourceDate: c.sourceDate,
    officers: c.officers,
    acts: c.acts,
  }))
}

/** Cases with what the demo data lacks: pauses (open and closed), extensions, plans, 公告送达. */
export function edgeCases(): CaseFacts[] {
  const clue = act('clueRegistered', '2025-05-06', P.clue())
  const filed = act('caseFiled', '2025-05-20', P.filed())
  const decision = act('penaltyDecision', '2025-09-21', P.decision())
  const summary = act('summaryPenalty', '2025-09-16', {
    documentNo: 'A001',
    warning: false,
    fineFen: 20_000,
    place: '某市场',
    legalBasis: '某条',
    officerIds: [uid(9001), uid(9002)],
  })
  const testing = (on: string) =>
    act('testingStarted', on, {
      kind: 'testing',
      institution: '某检测所',
      items: '抽样检测',
      partyNotified: true,
    })
  const suspended = act('investigationSuspended', '2025-07-01', {
    reason: 'partyMissing',
    explanation: '下落不明',
    approver: '局长',
  })
  return [
    // FILING_DECISION (working days) paused by testing 05-08 … 05-30; CASE_LIMIT paused by a
    // hearing; extended by 30 days; decided, served by 公告 (+30 days), fine unpaid: COURT_ENFORCE.
    makeCase(
      [
        clue,
        testing('2025-05-08'),
        act('testingConcluded', '2025-05-30', { result: '不合格', partyNotified: true }),
        act('caseFiled', '2025-06-03', P.filed()),
        act('hearingRequested', '2025-08-01', { form: 'written', agentNames: [] }),
        act('hearingHeld', '2025-08-10', {
          presider: '赵六',
          partyAppeared: true,
          summary: '听证',
        }),
        act('periodExtended', '2025-08-20', {
          rule: 'CASE_LIMIT',
          approval: 'head',
          days: 30,
          reason: '案情复杂',
        }),
        decision,
        act('decisionServed', '2025-09-25', P.served(decision.id, 'publicNotice')),
      ],
      { id: uid(801), sourceDate: '2025-05-06' },
    ),
    // An investigation suspended 07-01 and never resumed: CASE_LIMIT paused with an open pause.
    makeCase([clue, filed, suspended], { id: uid(802), sourceDate: '2025-05-06' }),
    // Suspended then resumed; a clue still in testing (open pause on a working-day rule).
    makeCase(
      [
        clue,
        filed,
        suspended,
        act('investigationResumed', '2025-10-10', { explanation: '已找到当事人' }),
      ],
      { id: uid(803), sourceDate: '2025-05-06' },
    ),
    makeCase([clue, testing('2025-05-07')], { id: uid(804), sourceDate: '2025-05-06' }),
    // On-the-spot fine in instalments, one paid; a second with the court enforcement applied.
    makeCase(
      [
        summary,
        act('paymentArrangementApproved', '2025-09-20', {
          kind: 'instalments',
          approver: '局长',
          schedule: [
            { dueOn: '2025-10-20', amountFen: 10_000 },
            { dueOn: '2025-11-20', amountFen: 10_000 },
          ],
        }),
        act('paymentMade', '2025-10-19', { kind: 'fine', amountFen: 10_000 }),
      ],
      { id: uid(805), sourceDate: '2025-09-16' },
    ),
    makeCase(
      [
        clue,
        filed,
        decision,
        act('decisionServed', '2025-09-24', P.served(decision.id)),
        act('enforcementApplied', '2026-06-10', { court: '某区人民法院', amountFen: 500_000 }),
      ],
      { id: uid(806), sourceDate: '2025-05-06' },
    ),
    // A notice whose reply window is open on one asOf day and closed on another.
    makeCase(
      [
        clue,
        filed,
        act('investigationConcluded', '2025-12-10', P.concluded()),
        act('reviewSubmitted', '2025-12-15', P.submitted()),
        act('caseReviewed', '2025-12-17', P.reviewed('agree')),
        act('penaltyNoticeServed', '2025-12-29', P.notice(penalty())),
      ],
      { id: uid(807), sourceDate: '2025-05-06' },
    ),
    // 限期改正 by a date, not re-checked.
    makeCase(
      [
        clue,
        act('correctionOrderServed', '2025-06-02', {
          violation: '未按规定公示',
          legalBasis: '某条',
          requirement: '限期公示',
          mode: 'byDate',
          correctBy: '2025-06-30',
          serviceMethod: 'direct',
        }),
      ],
      { id: uid(808), sourceDate: '2025-05-06' },
    ),
  ]
}
