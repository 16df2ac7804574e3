// Who may sign an act (shared/domain/case/signers.ts, docs/domain/signers.md): the reviewer is
// not one of the case's officers and is a 法制审核人员; approvers and 集体讨论 participants are
// 负责人 — checked through checkAct with the register passed in.
import { describe, expect, it } from 'vitest'
import {
  checkAct,
  OWN_CASE_PRESIDER_MESSAGE,
  OWN_CASE_REVIEW_MESSAGE,
  signerReasons,
  type Act,
  type RegisterOfficer,
} from '@shared/domain/case'
import { act, makeCase, OFFICER_A, OFFICER_B, P, uid } from './builders'

const REVIEWER = uid(9101)
const HEAD_1 = uid(9102)
const HEAD_2 = uid(9103)
const RETIRED_HEAD = uid(9104)
const STRANGER = uid(9199)

const register: RegisterOfficer[] = [
  { id: OFFICER_A, name: '李四', roles: ['handler'], active: true },
  { id: OFFICER_B, name: '王五', roles: ['handler', 'legalReviewer'], active: true },
  { id: REVIEWER, name: '陈静', roles: ['handler', 'legalReviewer'], active: true },
  { id: HEAD_1, name: '王建国', roles: ['head'], active: true },
  { id: HEAD_2, name: '刘芳', roles: ['head', 'handler'], active: true },
  { id: RETIRED_HEAD, name: '赵六', roles: ['head'], active: false },
]

/** Filed and investigated; the review materials were submitted on 2026-08-21. */
const submitted = (k: 'caseReview' | 'legalReview') =>
  makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    act('investigationConcluded', '2026-08-20', P.concluded()),
    act('reviewSubmitted', '2026-08-21', P.submitted(k)),
  ])

const review = (reviewerId: string | undefined, k: 'caseReview' | 'legalReview' = 'legalReview') =>
  act('caseReviewed', '2026-08-25', {
    ...P.reviewed('agree', k),
    reviewer: register.find((o) => o.id === reviewerId)?.name ?? '法制员',
    ...(reviewerId ? { reviewerId } : {}),
  })

const filing = (approverId: string | undefined) =>
  act('caseFiled', '2026-06-05', { ...P.filed(), ...(approverId ? { approverId } : {}) })

const clueOnly = makeCase([act('clueRegistered', '2026-06-01', P.clue())])

/** The reasons checkAct gives (the message after the act label), or [] when it passes. */
function refusal(c: ReturnType<typeof makeCase>, a: Act, withRegister = true): string {
  const r = checkAct(c, a, undefined, undefined, withRegister ? register : undefined)
  return r.ok ? '' : r.message
}

describe('审核人员 (SAMR-PR Arts. 49–52: investigators cannot review; the reviewer is a 法制审核人员)', () => {
  it.each([
    ['法制审核 by a 法制审核人员 not on the case: accepted', REVIEWER, 'legalReview', ''],
    ['案件审核 by a 法制审核人员 not on the case: accepted', REVIEWER, 'caseReview', ''],
    [
      '法制审核 by the case handler who is also a 法制审核人员: refused (SAMR-PR Arts. 49–52)',
      OFFICER_B,
      'legalReview',
      '办案人员不得审核本人办理的案件（市场监督管理行政处罚程序规定第四十九条至第五十二条）',
    ],
    [
      '案件审核 by a case handler: refused (SAMR-PR Arts. 49–52)',
      OFFICER_A,
      'caseReview',
      '办案人员不得审核本人办理的案件',
    ],
    [
      'a 负责人 without the 法制审核人员 role: refused',
      HEAD_1,
      'legalReview',
      '王建国不是法制审核人员',
    ],
    ['an id not in the register: refused', STRANGER, 'legalReview', '审核人员不在执法人员名单中'],
    ['an older act without an id: not checked', undefined, 'legalReview', ''],
  ] as const)('%s', (_name, id, kind, expected) => {
    const message = refusal(submitted(kind), review(id, kind))
    if (expected === '') expect(message).toBe('')
    else expect(message).toContain(expected)
  })

  it('the own-case rule needs no register (the case knows its officers)', () => {
    expect(refusal(submitted('legalReview'), review(OFFICER_B), false)).toContain(
      OWN_CASE_REVIEW_MESSAGE,
    )
    // Without the register the role cannot be checked: a 负责人 passes the pure layer then.
    expect(refusal(submitted('legalReview'), review(HEAD_1), false)).toBe('')
  })
})

describe('批准的负责人 (立案 SAMR-PR Art. 19, 结案 Art. 77 …: approved by the 负责人)', () => {
  it.each([
    ['立案 approved by a 负责人: accepted', HEAD_1, ''],
    ['立案 approved by a 办案人员 only: refused', OFFICER_A, '李四不是负责人'],
    ['立案 approved by a 负责人 no longer active: refused', RETIRED_HEAD, '赵六已停用'],
    [
      '立案 approved by an id not in the register: refused',
      STRANGER,
      '批准的负责人不在执法人员名单中',
    ],
    ['立案 without an approver id (older act): not checked', undefined, ''],
  ] as const)('%s', (_name, id, expected) => {
    const message = refusal(clueOnly, filing(id))
    if (expected === '') expect(message).toBe('')
    else expect(message).toContain(expected)
  })

  it('the refusal names the rule and the way out', () => {
    expect(refusal(clueOnly, filing(OFFICER_A))).toContain('市场监督管理行政处罚程序规定第十九条')
    expect(refusal(clueOnly, filing(OFFICER_A))).toContain('设置—执法人员')
  })
})

describe('集体讨论参加人 (SAMR-PR Art. 60 para 2: 负责人集体讨论)', () => {
  const discussion = (ids: string[]): Act =>
    act('collectiveDiscussion', '2026-06-10', {
      purpose: 'other',
      participants: ids.map((id) => register.find((o) => o.id === id)?.name ?? '某'),
      participantIds: ids,
      conclusion: '同意',
    })

  it.each([
    ['two 负责人: no reason', [HEAD_1, HEAD_2], []],
    ['a 办案人员 among them: refused', [HEAD_1, OFFICER_A], ['集体讨论参加人李四不是负责人']],
    ['the same 负责人 twice: refused', [HEAD_1, HEAD_1], ['集体讨论参加人不能重复选择同一人']],
  ] as const)('%s', (_name, ids, expected) => {
    const reasons = signerReasons(clueOnly, discussion([...ids]), register)
    expect(reasons.length).toBe(expected.length)
    expected.forEach((e, i) => expect(reasons[i]).toContain(e))
  })
})

describe('听证主持人 (APL Art. 64(4): presided over by a non-investigator of the case)', () => {
  const held = (presiderId: string): Act =>
    act('hearingHeld', '2026-10-23', {
      presider: register.find((o) => o.id === presiderId)?.name ?? '某',
      presiderId,
      partyAppeared: true,
      summary: '当事人到场陈述',
    })

  it.each([
    ['a 法制审核人员 not on the case: no reason', REVIEWER, ''],
    ['a 负责人 (any role will do): no reason', HEAD_1, ''],
    [
      'one of the case officers: refused',
      OFFICER_A,
      '非本案调查人员主持（行政处罚法第六十四条第四项）',
    ],
    ['an inactive officer: refused', RETIRED_HEAD, '听证主持人赵六已停用'],
  ] as const)('%s', (_name, id, expected) => {
    const reasons = signerReasons(clueOnly, held(id), register)
    if (expected === '') expect(reasons).toEqual([])
    else expect(reasons.join('；')).toContain(expected)
  })

  it('the own-case rule holds without the register too', () => {
    expect(signerReasons(clueOnly, held(OFFICER_B))).toEqual([OWN_CASE_PRESIDER_MESSAGE])
  })
})
