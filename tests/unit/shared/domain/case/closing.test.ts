// 结案 waits for what a penalty decision still owes (docs/domain/closing.md): its publication
// (市场监督管理行政处罚信息公示规定 Arts. 2, 9) and the confiscated illegal gains paid in full
// (市场监督管理行政处罚程序规定 Art. 77 (一): the decision executed).
import { describe, expect, it } from 'vitest'
import { deriveCaseState, type Act, type ActType, type CaseFacts } from '@shared/domain/case'
import { act, makeCase, P, penalty } from './builders'

const reasons = (c: CaseFacts, on: string, type: ActType) =>
  deriveCaseState(c, on).blockedActs.find((b) => b.type === type)?.reasons ?? []

/** A penalty decided on 2026-10-10, served on 10-12, the fine paid on 10-20; `extra` follows. */
function executed(pen = penalty({ fineFen: 100_000 }), extra: Act[] = []): CaseFacts {
  const decision = act('penaltyDecision', '2026-10-10', P.decision({ penalty: pen }))
  return makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    act('investigationConcluded', '2026-08-20', P.concluded({ proposedPenalty: pen })),
    act('reviewSubmitted', '2026-08-21', P.submitted()),
    act('caseReviewed', '2026-08-25', P.reviewed()),
    act('penaltyNoticeServed', '2026-09-29', P.notice(pen)),
    decision,
    act('decisionServed', '2026-10-12', P.served(decision.id)),
    act('paymentMade', '2026-10-20', { kind: 'fine', amountFen: pen.fineFen }),
    ...extra,
  ])
}
const publicised = (on = '2026-10-21') =>
  act('publicised', on, { platform: '国家企业信用信息公示系统' })

describe('结案 of an executed penalty decision', () => {
  it.each([
    ['PubRule Arts. 2, 9: not yet published → refused, naming 信息公示', executed(), /尚未公示/],
    [
      'SAMR-PR Art. 77 (一): confiscated gains unpaid → refused with both amounts',
      executed(penalty({ fineFen: 100_000, confiscatedGainsFen: 13_000 }), [publicised()]),
      /没收违法所得尚未缴清（应缴130\.00元，已缴0\.00元）/,
    ],
  ])('%s', (_, c, reason) => {
    expect(reasons(c, '2026-10-25', 'caseClosed').join('；')).toMatch(reason)
  })

  it.each([
    ['published and nothing confiscated', executed(undefined, [publicised()])],
    [
      'published and the confiscated gains paid',
      executed(penalty({ fineFen: 100_000, confiscatedGainsFen: 13_000 }), [
        act('paymentMade', '2026-10-20', { kind: 'confiscation', amountFen: 13_000 }),
        publicised(),
      ]),
    ],
    [
      'a warning-only decision is not published (PubRule Art. 2)',
      executed(penalty({ warning: true, fineFen: 0 }), []),
    ],
  ])('allowed: %s', (_, c) => {
    expect(reasons(c, '2026-10-25', 'caseClosed')).toEqual([])
  })
})
