import { describe, expect, it } from 'vitest'
import {
  assignmentOf,
  assignmentReasons,
  checkAct,
  deriveCaseState,
  type Act,
  type RegisterOfficer,
} from '@shared/domain/case'
import { act, makeCase, P, uid } from './builders'

const HEAD = uid(9101)
const LI = uid(9102)
const WANG = uid(9103)
const ZHAO = uid(9104)
const REV = uid(9105)
const register: RegisterOfficer[] = [
  { id: HEAD, name: '陈负责', roles: ['head'], active: true },
  { id: LI, name: '李四', roles: ['handler'], active: true },
  { id: WANG, name: '王五', roles: ['handler'], active: true },
  { id: ZHAO, name: '赵六', roles: ['handler'], active: false },
  { id: REV, name: '钱审核', roles: ['legalReviewer'], active: true },
]
const name = (id: string) => register.find((o) => o.id === id)?.name ?? '某人'

/** A 转办/接手 to `to`, recorded by `by` at `at` (minutes past nine), replacing `supersedes`. */
function handover(id: number, to: string, by: string, supersedes: number[] = [], at = id): Act {
  return {
    ...act('caseHandover', '2026-06-02', {
      holder: name(to),
      holderId: to,
      reason: '工作安排',
      supersedes: supersedes.map((n) => uid(500 + n)),
    }),
    id: uid(500 + id),
    recordedAt: `2026-06-02T09:${String(at).padStart(2, '0')}:00.000+08:00`,
    recordedBy: `officer:${by}`,
  }
}
const clue = act('clueRegistered', '2026-06-01', P.clue())
/** Any later act, recorded by `by`. */
/** A 法制审核 opinion naming `reviewerId`, recorded by `by`. */
const review = (by: string, reviewerId: string): Act => ({
  ...act('caseReviewed', '2026-06-04', {
    reviewKind: 'legalReview',
    opinion: 'approve',
    reviewer: name(reviewerId),
    reviewerId,
  } as never),
  recordedBy: `officer:${by}`,
})
/** A 立案 approved by `approverId`, recorded by `by`. */
const filing = (by: string, approverId: string): Act => ({
  ...act('caseFiled', '2026-06-04', { approver: name(approverId), approverId } as never),
  recordedBy: `officer:${by}`,
})
const inspection = (by: string | null): Act => ({
  ...act('onSiteInspection', '2026-06-03', {} as never),
  recordedBy: by ? `officer:${by}` : 'local-user',
})

describe('who holds a case (docs/sync.md "Assignment": 转办/接手 records, the same on every PC)', () => {
  it.each([
    ['no record → unassigned, not locked', [], 'unassigned', []],
    ['one record → held by the officer it names', [handover(1, LI, LI)], 'held', ['李四']],
    [
      'a later record replacing it → held by the new officer',
      [handover(1, LI, LI), handover(2, WANG, LI, [1])],
      'held',
      ['王五'],
    ],
    [
      'two records replacing the same one (two PCs apart) → conflict naming both',
      [handover(1, LI, LI), handover(2, WANG, HEAD, [1]), handover(3, LI, LI, [1])],
      'conflict',
      ['王五', '李四'],
    ],
    [
      'two first records naming different officers → conflict',
      [handover(1, LI, LI), handover(2, WANG, WANG)],
      'conflict',
      ['李四', '王五'],
    ],
    [
      'two records apart naming the same officer → held (nothing to decide)',
      [handover(1, LI, LI), handover(2, LI, HEAD)],
      'held',
      ['李四'],
    ],
    [
      'a record replacing both sides of a conflict → held (the person decided)',
      [handover(1, LI, LI), handover(2, WANG, WANG), handover(3, WANG, HEAD, [1, 2])],
      'held',
      ['王五'],
    ],
  ] as const)('%s', (_n, acts, status, names) => {
    const a = assignmentOf([clue, ...acts])
    expect(a.status).toBe(status)
    if (a.status !== 'unassigned')
      expect(a.heads.map((h) => h.payload.holder)).toEqual(expect.arrayContaining([...names]))
    if (a.status === 'held') expect(a.holder).toBe(names[0])
  })

  it('the order the records arrive in does not change the answer (every PC agrees)', () => {
    const acts = [handover(1, LI, LI), handover(2, WANG, HEAD, [1]), handover(3, LI, LI, [1])]
    expect(assignmentOf([...acts].reverse())).toEqual(assignmentOf(acts))
  })
})

describe('who may write (docs/sync.md "Assignment": read-only for everyone but the holder)', () => {
  const held = [clue, handover(1, LI, LI)]
  const conflict = [clue, handover(1, LI, LI), handover(2, WANG, WANG)]
  it.each([
    ['unassigned: any officer records acts', [clue], inspection(WANG), ''],
    ['the holder records acts', held, inspection(LI), ''],
    [
      'another officer is refused, told who holds it and how to take it over',
      held,
      inspection(WANG),
      '本案由李四办理，本机只能查看',
    ],
    [
      'the 负责人 too records no act on a case someone else holds',
      held,
      inspection(HEAD),
      '本案由李四办理',
    ],
    [
      'nobody chose themselves: refused, asked to choose',
      held,
      inspection(null),
      '请先在右上角选择本人',
    ],
    ['a conflict: nobody records until a person decides', conflict, inspection(LI), '确定由谁办理'],
    [
      'the 法制审核人员 records their own opinion on a case someone else holds',
      held,
      review(REV, REV),
      '',
    ],
    [
      'an opinion naming another reviewer is the holder’s to record',
      held,
      review(WANG, REV),
      '本案由李四办理',
    ],
    ['the 负责人 records the approval that names them', held, filing(HEAD, HEAD), ''],
    [
      'an approval naming someone else is the holder’s to record',
      held,
      filing(WANG, HEAD),
      '本案由李四办理',
    ],
    ['unassigned: any officer takes the case (接手)', [clue], handover(5, WANG, WANG), ''],
    ['the holder hands it over (转办)', held, handover(5, WANG, LI, [1]), ''],
    ['the 负责人 hands it over', held, handover(5, WANG, HEAD, [1]), ''],
    [
      'another officer may not take it',
      held,
      handover(5, WANG, WANG, [1]),
      '只能由负责人或本案当前的办理人员（李四）',
    ],
    [
      'the 负责人 decides a conflict by replacing both records',
      conflict,
      handover(5, WANG, HEAD, [1, 2]),
      '',
    ],
    ['one of the officers of a conflict decides it', conflict, handover(5, LI, LI, [1, 2]), ''],
    [
      'a record that misses a current one is refused (stale page)',
      conflict,
      handover(5, WANG, HEAD, [1]),
      '请刷新案件页后重新转办',
    ],
    ['to an inactive officer: refused', held, handover(5, ZHAO, HEAD, [1]), '赵六已停用'],
    [
      'to the officer who already holds it: refused',
      held,
      handover(5, LI, HEAD, [1]),
      '本案已由李四办理',
    ],
  ] as const)('%s', (_n, acts, next, reason) => {
    const r = assignmentReasons(acts, next, register)
    if (reason === '') expect(r).toEqual([])
    else expect(r.join('；')).toContain(reason)
  })

  it('checkAct applies it when the register is given (the repository always gives it)', () => {
    const c = makeCase([clue, handover(1, LI, LI)])
    const act2 = act('caseFiled', '2026-06-05', P.filed())
    const byWang = { ...act2, recordedBy: `officer:${WANG}` }
    const r = checkAct(c, byWang, undefined, undefined, register)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('本案由李四办理')
  })

  it('a 转办/接手 is no procedural step: stage and next acts are as without it', () => {
    const without = deriveCaseState(makeCase([clue]), '2026-06-05')
    const withIt = deriveCaseState(makeCase([clue, handover(1, LI, LI)]), '2026-06-05')
    expect(withIt.stage).toBe(without.stage)
    expect(withIt.allowedActs).toEqual(without.allowedActs)
  })

  it('a 转办/接手 cannot be voided (a later one corrects it)', () => {
    const h = handover(1, LI, LI)
    const voiding: Act = {
      ...act('actVoided', '2026-06-02', { targetActId: h.id, kind: 'voided', reason: '错了' }),
      recordedBy: `officer:${LI}`,
    }
    const r = checkAct(makeCase([clue, h]), voiding, undefined, undefined, register)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('再次转办')
  })
})
