// 先行登记保存 and 查封/扣押: their clocks, gates and checks (docs/domain/deadlines.md,
// "先行登记保存 and 查封/扣押").
import { describe, expect, it } from 'vitest'
import {
  checkAct,
  computeDeadlines,
  deriveCaseState,
  ItemRowSchema,
  type Act,
  type ActPayload,
  type CaseFacts,
  type Deadline,
} from '@shared/domain/case'
import { act, makeCase, OFFICER_A, OFFICER_B, P } from './builders'

const items = [
  { name: '纯牛奶', spec: '250ml/盒', quantity: '24', unit: '盒', batch: '20260101' },
  { name: '散装饼干', quantity: '2.5', unit: '千克' },
]
const preserved = (): ActPayload<'evidencePreserved'> => ({
  items,
  storage: 'onSite',
  place: '某市某路1号仓库',
  approver: '局长',
})
const seized = (days = 30): ActPayload<'coerciveMeasureTaken'> => ({
  measure: 'seize',
  items,
  place: '本局涉案物品仓库',
  reason: '涉嫌经营超过保质期的食品',
  legalBasis: '《中华人民共和国食品安全法》第一百一十条第四项',
  days,
  approver: '局长',
})
const filed = (extra: Act[] = []): CaseFacts =>
  makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    ...extra,
  ])
const clock = (ds: Deadline[], id: string, trigger: string) => {
  const d = ds.find((x) => x.ruleId === id && x.triggerActId === trigger)
  if (!d) throw new Error(`deadline ${id} missing`)
  return d
}
const blocked = (c: CaseFacts, today: string, type: Act['type']) =>
  deriveCaseState(c, today).blockedActs.find((b) => b.type === type)?.reasons ?? []

describe('PRESERVE_DECISION — APL Arts. 56, 85; SAMR-PR Art. 35: decided within 7 working days', () => {
  it.each([
    // Mon 2026-06-08 + 7 working days = Wed 06-17.
    ['kept Mon 2026-06-08 → due Wed 06-17 (weekend not counted)', '2026-06-08', '2026-06-17'],
    // Thu 2026-06-18; 06-19 端午 holiday (Fri), 06-20/21 weekend → 7 WD end Tue 06-30.
    ['kept Thu 2026-06-18 → 端午 (06-19) not counted → due 06-30', '2026-06-18', '2026-06-30'],
  ])('%s', (_name, on, due) => {
    const k = act('evidencePreserved', on, preserved())
    const d = clock(computeDeadlines(filed([k]), on), 'PRESERVE_DECISION', k.id)
    expect(d).toMatchObject({ dueDate: due, status: 'running', kind: 'duty' })
    expect(d.basis).toContain('第五十六条')
  })

  it('met by its 解除先行登记保存; a second preservation keeps its own clock', () => {
    const a = act('evidencePreserved', '2026-06-08', preserved())
    const b = act('evidencePreserved', '2026-06-09', preserved())
    const lift = act('evidencePreservationLifted', '2026-06-12', {
      preservedActId: a.id,
      outcome: 'notEstablished',
    })
    const ds = computeDeadlines(filed([a, b, lift]), '2026-06-20')
    expect(clock(ds, 'PRESERVE_DECISION', a.id)).toMatchObject({
      status: 'met',
      metOn: '2026-06-12',
    })
    expect(clock(ds, 'PRESERVE_DECISION', b.id)).toMatchObject({ status: 'overdue' })
  })

  it('SAMR-PR Art. 35 para 1 (三): a 查封/扣押 after it takes the matter over and meets it', () => {
    const a = act('evidencePreserved', '2026-06-08', preserved())
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const d = clock(computeDeadlines(filed([a, s]), '2026-06-30'), 'PRESERVE_DECISION', a.id)
    expect(d).toMatchObject({ status: 'met', metOn: '2026-06-10' })
  })
})

describe('SEIZURE_END — AEL Art. 25: at most 30 days, one extension of at most 30, testing not counted', () => {
  it('seized 2026-06-10 for 30 days → due 07-10 (natural days)', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const d = clock(computeDeadlines(filed([s]), '2026-06-11'), 'SEIZURE_END', s.id)
    expect(d).toMatchObject({ dueDate: '2026-07-10', status: 'running', extendedDays: 0 })
  })

  it('a shorter period set in the decision (15 days) → due 06-25', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized(15))
    expect(clock(computeDeadlines(filed([s]), '2026-06-11'), 'SEIZURE_END', s.id).dueDate).toBe(
      '2026-06-25',
    )
  })

  it('AEL Art. 25 para 1: extended by 30 days with the head’s approval → 08-09 (Sun) rolls to 08-10', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const e = act('coerciveMeasureExtended', '2026-07-08', {
      measureActId: s.id,
      days: 30,
      reason: '案情复杂',
      approver: '局长',
    })
    const d = clock(computeDeadlines(filed([s, e]), '2026-07-20'), 'SEIZURE_END', s.id)
    expect(d).toMatchObject({ dueDate: '2026-08-10', extendedDays: 30 })
  })

  it('AEL Art. 25 para 3: the testing period (06-15 … 06-24, 10 days) is not counted → 07-20', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const c = filed([
      s,
      act('testingStarted', '2026-06-15', {
        kind: 'testing',
        institution: '某检测中心',
        items: '菌落总数',
        partyNotified: true,
      }),
      act('testingConcluded', '2026-06-24', { result: '不合格', partyNotified: true }),
    ])
    expect(clock(computeDeadlines(c, '2026-06-30'), 'SEIZURE_END', s.id)).toMatchObject({
      dueDate: '2026-07-20',
      pausedDays: 10,
    })
  })

  it('AEL Arts. 27, 28: met by its 解除', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const l = act('coerciveMeasureLifted', '2026-06-30', {
      measureActId: s.id,
      ground: 'noViolation',
    })
    expect(clock(computeDeadlines(filed([s, l]), '2026-07-30'), 'SEIZURE_END', s.id)).toMatchObject(
      { status: 'met', metOn: '2026-06-30' },
    )
  })
})

describe('gates and checks of 先行登记保存 and 查封/扣押', () => {
  it('解除 and 延长 need a measure in force, in Chinese', () => {
    const c = filed()
    expect(blocked(c, '2026-06-10', 'evidencePreservationLifted').join()).toContain(
      '没有未解除的先行登记保存',
    )
    expect(blocked(c, '2026-06-10', 'coerciveMeasureExtended').join()).toContain(
      '没有未解除的查封、扣押',
    )
  })

  it('APL Art. 42: two certified officers carry out a 先行登记保存', () => {
    const c = makeCase([act('clueRegistered', '2026-06-01', P.clue())], {
      officers: [{ officerId: OFFICER_A, name: '李四', certificateNo: 'HB-0001' }],
    })
    expect(blocked(c, '2026-06-02', 'evidencePreserved').join()).toContain('两名')
  })

  it('AEL Art. 25 para 1: a 查封/扣押 is extended once only', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const ext = (on: string) =>
      act('coerciveMeasureExtended', on, {
        measureActId: s.id,
        days: 20,
        reason: '案情复杂',
        approver: '局长',
      })
    const c = filed([s, ext('2026-07-01')])
    const r = checkAct(c, ext('2026-07-05'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('只允许延长一次')
  })

  it('AEL Art. 25 para 1: no extension after the period has ended', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const r = checkAct(
      filed([s]),
      act('coerciveMeasureExtended', '2026-07-13', {
        measureActId: s.id,
        days: 10,
        reason: '案情复杂',
        approver: '局长',
      }),
    )
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('2026年7月10日届满')
  })

  it('AEL Art. 25 para 1: a period over 30 days is refused, in Chinese', () => {
    const r = checkAct(filed(), act('coerciveMeasureTaken', '2026-06-10', seized(31)))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('不得超过三十日')
  })

  it('a preservation is lifted once', () => {
    const k = act('evidencePreserved', '2026-06-08', preserved())
    const lift = () =>
      act('evidencePreservationLifted', '2026-06-12', {
        preservedActId: k.id,
        outcome: 'recorded',
      })
    expect(checkAct(filed([k]), lift())).toEqual({ ok: true })
    const r = checkAct(filed([k, lift()]), lift())
    expect(r.ok).toBe(false)
  })
})

describe('涉案物品处理 (form 52): the items handled are those the source act listed', () => {
  const handled = (sourceActId: string, name: string) =>
    act('seizedItemsHandled', '2026-07-01', {
      sourceActId,
      items: [{ name, quantity: '24', unit: '盒', disposition: 'returned' as const }],
      place: '本局涉案物品保管室',
      handlerIds: [OFFICER_A, OFFICER_B],
    })

  it('an item of the 扣押 is accepted; one not on its list is named, in Chinese', () => {
    const s = act('coerciveMeasureTaken', '2026-06-10', seized())
    const c = filed([s])
    expect(checkAct(c, handled(s.id, '纯牛奶'))).toEqual({ ok: true })
    const r = checkAct(c, handled(s.id, '啤酒'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('“啤酒”不在所选记录的物品清单中')
  })

  it('needs a 先行登记保存 or 查封/扣押 in the case', () => {
    expect(blocked(filed(), '2026-06-10', 'seizedItemsHandled').join()).toContain(
      '没有先行登记保存或查封、扣押的物品',
    )
  })
})

describe('item rows: quantities as integer or decimal strings, never floats; Chinese messages', () => {
  it.each([
    ['12', true],
    ['2.5', true],
    ['0.125', true],
    ['0', false],
    ['1.2345', false],
    ['-1', false],
    ['十二', false],
    ['1e3', false],
  ])('quantity “%s” accepted = %s', (quantity, ok) => {
    expect(ItemRowSchema.safeParse({ name: '纯牛奶', quantity, unit: '盒' }).success).toBe(ok)
  })

  it('a missing name and an over-long unit are named in Chinese', () => {
    const r = ItemRowSchema.safeParse({ name: '', quantity: '1', unit: '一二三四五六七八九十一' })
    expect(r.success).toBe(false)
    const messages = r.error?.issues.map((i) => i.message).join()
    expect(messages).toContain('请填写名称')
    expect(messages).toContain('单位最多10个字')
  })
})
