// The discretion rules applied through checkAct (docs/domain/discretion.md): each violation's fine
// within its lawful range and 裁量 band, 减轻 only with an APL Art. 32 ground, 责令改正 joined to the
// decision (APL Art. 28), the summary procedure only under the law's minimum (APL Art. 51) and
// 法制审核 after a hearing (APL Art. 58 para 1 (二); SAMR-PR Art. 50 para 1 (二)).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  bandRanges,
  DEFAULT_DISCRETION_BANDS,
  lawfulFineRange,
  type PenaltyItem,
  type ViolationEntry,
} from '@shared/discretion'
import { BUILTIN_VIOLATIONS, findViolation } from '@shared/discretion/catalogue'
import {
  checkAct,
  deriveCaseState,
  penaltyTotalsFromItems,
  type Act,
  type ActPayload,
  type CaseFacts,
  type Penalty,
} from '@shared/domain/case'
import {
  lowestLawfulFineFen,
  penaltyItemFromEntry,
  summaryRefusalForViolations,
} from '@shared/domain/case/penalty-checks'
import { act, makeCase, OFFICER_A, OFFICER_B, P, penalty } from './builders'

const WAN = 1_000_000 // ¥10,000 in 分

function entry(id: string): ViolationEntry {
  const e = findViolation(BUILTIN_VIOLATIONS, id)
  if (!e) throw new Error(`catalogue entry ${id} missing`)
  return e
}
/** FSL Art. 124 para 1 (5): 超过保质期的食品 (不足一万元 5万–10万; 一万元以上 货值 10–20倍). */
const FSL_124_1_5 = entry('fsl-124-1-5')
/** FSL Art. 125 para 1 (2): 无标签的预包装食品 (不足一万元 5千–5万; 一万元以上 货值 5–10倍). */
const FSL_125_1_2 = entry('fsl-125-1-2-no-label')
/** PQL Art. 49 (责令停止生产、销售; 货值金额等值以上三倍以下). */
const PQL_49 = entry('pql-49')

/** A penalty whose totals are those of its items. */
function withItems(items: PenaltyItem[], over: Partial<Penalty> = {}): Penalty {
  return {
    ...penalty(),
    ...penaltyTotalsFromItems(items),
    items,
    legalBasis: items.map((i) => i.basis).join('；'),
    ...over,
  }
}

/** FSL 124(1)(5), goods worth ¥20,000: lawful range 20万–40万 (10–20×). */
function fsl124(over: Partial<PenaltyItem> = {}): PenaltyItem {
  return penaltyItemFromEntry(FSL_124_1_5, { goodsValueFen: 2 * WAN, fineFen: 30 * WAN, ...over })
}

/** Filed, investigated and reviewed (agree) — ready for the 告知 on 2026-09-29. */
function reviewed(extra: Act[] = []): CaseFacts {
  return makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    act('investigationConcluded', '2026-08-20', P.concluded()),
    act('reviewSubmitted', '2026-08-21', P.submitted()),
    act('caseReviewed', '2026-08-25', P.reviewed()),
    ...extra,
  ])
}
const notice = (p: Penalty) =>
  act('penaltyNoticeServed', '2026-09-29', {
    proposedPenalty: p,
    hearingRightsTold: true,
    serviceMethod: 'direct',
  })
const decision = (p: Penalty, over: Partial<ActPayload<'penaltyDecision'>> = {}) =>
  act('penaltyDecision', '2026-10-13', { penalty: p, ...over })
const message = (r: ReturnType<typeof checkAct>) => (r.ok ? '' : r.message)

describe('FSL Art. 124 para 1: the lawful range is computed from the goods value', () => {
  it('货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款: ¥20,000 → 20万元至40万元', () => {
    expect(lawfulFineRange(FSL_124_1_5.fine!, { goodsValueFen: 2 * WAN })).toEqual({
      minFen: 20 * WAN,
      maxFen: 40 * WAN,
    })
  })
})

describe('checkAct refuses a 告知 whose items fail the discretion rules (docs/domain/discretion.md)', () => {
  it.each<[string, Partial<PenaltyItem>, boolean, string]>([
    ['FSL 124(1): 30万 一般 within the 一般 band is accepted', {}, true, ''],
    [
      'FSL 124(1): 从轻 without a ground is refused',
      { fineFen: 22 * WAN, discretion: 'lighter', grounds: [], reason: '初次违法' },
      false,
      '从轻处罚须至少选择一项依据',
    ],
    [
      'FSL 124(1) + APL Art. 32(1): 从轻 with a ground and a reason is accepted',
      { fineFen: 22 * WAN, discretion: 'lighter', grounds: ['art32_1'], reason: '主动下架召回' },
      true,
      '',
    ],
    [
      'FSL 124(1): 从重 without a ground (free text) is refused',
      { fineFen: 38 * WAN, discretion: 'heavier', grounds: [], reason: '多次违法' },
      false,
      '从重处罚须至少选择一项依据',
    ],
    [
      'FSL 124(1): 15万 (below 20万) as 一般 is refused',
      { fineFen: 15 * WAN },
      false,
      '低于法定最低限额',
    ],
    [
      'FSL 124(1) + APL Art. 32: 15万 as 减轻 with an Art. 32 ground is accepted',
      { fineFen: 15 * WAN, discretion: 'mitigated', grounds: ['art32_3'], reason: '主动供述' },
      true,
      '',
    ],
    [
      'FSL 124(1): 15万 as 减轻 on the office rule alone (no Art. 32 ground) is refused',
      {
        fineFen: 15 * WAN,
        discretion: 'mitigated',
        grounds: ['discretionRule'],
        reason: '裁量基准',
      },
      false,
      '第三十二条',
    ],
    [
      'FSL 124(1): 45万 (above 40万) is refused even as 从重',
      { fineFen: 45 * WAN, discretion: 'heavier', grounds: ['屡教不改'], reason: '三次违法' },
      false,
      '超过法定最高限额',
    ],
    [
      'FSL 124(1): 22万 as 一般 (in the 从轻 band) without a written reason is refused',
      { fineFen: 22 * WAN },
      false,
      '请填写理由',
    ],
    [
      'FSL 124(1): 22万 as 一般 with a written reason is accepted',
      { fineFen: 22 * WAN, reason: '违法持续时间短' },
      true,
      '',
    ],
    [
      'FSL 124(1): the goods value is needed to compute the range',
      { goodsValueFen: undefined },
      false,
      '请先填写货值金额',
    ],
  ])('%s', (_name, over, ok, reason) => {
    const r = checkAct(reviewed(), notice(withItems([fsl124(over)])))
    expect(r.ok, message(r)).toBe(ok)
    if (!ok) {
      expect(message(r)).toContain(reason)
      expect(message(r)).toContain(FSL_124_1_5.name)
    }
  })

  it('the investigation report’s proposal is checked the same way', () => {
    const c = makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      act('caseFiled', '2026-06-05', P.filed()),
    ])
    const bad = act(
      'investigationConcluded',
      '2026-08-20',
      P.concluded({ proposedPenalty: withItems([fsl124({ fineFen: 15 * WAN })]) }),
    )
    expect(message(checkAct(c, bad))).toContain('低于法定最低限额')
    const good = act(
      'investigationConcluded',
      '2026-08-20',
      P.concluded({ proposedPenalty: withItems([fsl124()]) }),
    )
    expect(checkAct(c, good)).toEqual({ ok: true })
  })

  it('two violations are decided separately and combined: totals must equal the items', () => {
    const items = [
      fsl124(),
      penaltyItemFromEntry(FSL_125_1_2, { goodsValueFen: 50_000, fineFen: 2_500_000 }),
    ]
    expect(checkAct(reviewed(), notice(withItems(items)))).toEqual({ ok: true })
    const wrongTotal = withItems(items, { fineFen: 30 * WAN })
    expect(message(checkAct(reviewed(), notice(wrongTotal)))).toContain(
      '罚款合计应与各违法行为的处罚一致',
    )
  })

  it('FSL Art. 126 para 1 (责令改正，给予警告；拒不改正的，处…罚款): a 警告 without a fine is accepted', () => {
    const fsl126 = entry('fsl-126-1-2')
    expect(fsl126.fineOnlyIfNotCorrected).toBe(true)
    const warned = penaltyItemFromEntry(fsl126, { warning: true })
    expect(checkAct(reviewed(), notice(withItems([warned])))).toEqual({ ok: true })
  })

  it('FSL Art. 124 para 1 (并处罚款): a 警告 without a fine is refused', () => {
    const warned = fsl124({ warning: true, fineFen: 0 })
    expect(message(checkAct(reviewed(), notice(withItems([warned]))))).toContain('低于法定最低限额')
  })

  it('penalties without items (records made before items existed) are still accepted', () => {
    expect(checkAct(reviewed(), notice(penalty()))).toEqual({ ok: true })
  })
})

describe('the decision', () => {
  const noticed = (p: Penalty, extra: Act[] = []) => reviewed([notice(p), ...extra])

  it('APL Art. 44: a decision heavier than the 告知 for one violation is refused, even with equal totals', () => {
    const a = penaltyItemFromEntry(FSL_125_1_2, { goodsValueFen: 50_000, fineFen: 2_500_000 })
    const told = withItems([fsl124(), a])
    const shifted = withItems([fsl124({ fineFen: 29_500_000 }), { ...a, fineFen: 3_000_000 }])
    expect(shifted.fineFen).toBe(told.fineFen)
    const r = checkAct(noticed(told), decision(shifted))
    expect(message(r)).toContain('超出告知书拟处罚内容')
    expect(message(r)).toContain(FSL_125_1_2.name)
    expect(checkAct(noticed(told), decision(told))).toEqual({ ok: true })
  })

  it('APL Art. 44: a violation the 告知 did not name is refused in the decision', () => {
    const told = withItems([fsl124()])
    const more = withItems([
      fsl124(),
      penaltyItemFromEntry(FSL_125_1_2, { goodsValueFen: 50_000, fineFen: 2_500_000 }),
    ])
    expect(message(checkAct(noticed(told), decision(more)))).toContain('超出告知书拟处罚内容')
  })

  describe('APL Art. 28 para 1: 责令改正 joins the decision where the basis requires it', () => {
    const pql = penaltyItemFromEntry(PQL_49, { goodsValueFen: 10 * WAN, fineFen: 20 * WAN })
    const told = withItems([pql])

    it('PQL Art. 49 (责令停止生产、销售): a decision without 责令改正 is refused', () => {
      expect(pql.correctionRequired).toBe(true)
      const r = checkAct(noticed(told), decision(told))
      expect(message(r)).toContain('行政处罚法第二十八条')
    })

    it('PQL Art. 49: joined 限期改正 with a date is accepted; without a date it is refused', () => {
      const joined = {
        correction: { mode: 'byDate' as const, dueOn: '2026-10-30', requirement: '停止销售' },
      }
      expect(checkAct(noticed(told), decision(told, joined))).toEqual({ ok: true })
      const noDate = { correction: { mode: 'byDate' as const, requirement: '停止销售' } }
      expect(message(checkAct(noticed(told), decision(told, noDate)))).toContain('改正期限')
    })

    it('PQL Art. 49: an earlier 责令改正通知书 of the case covers it', () => {
      const order = act('correctionOrderServed', '2026-06-03', {
        violation: '销售不合格产品',
        legalBasis: '《产品质量法》第四十九条',
        requirement: '立即停止销售',
        mode: 'immediate',
        serviceMethod: 'direct',
      })
      const c = makeCase([order, ...noticed(told).acts])
      expect(checkAct(c, decision(told))).toEqual({ ok: true })
    })

    it('FSL Art. 124 (no 责令改正 in the catalogue entry): no correction needed', () => {
      const t = withItems([fsl124()])
      expect(checkAct(noticed(t), decision(t))).toEqual({ ok: true })
    })
  })

  it('鄂市监法〔2022〕42号 第十二、十三项: an item decided 从轻 needs the party educated first', () => {
    const light = withItems([
      fsl124({
        fineFen: 22 * WAN,
        discretion: 'lighter',
        grounds: ['art32_1'],
        reason: '主动召回',
      }),
    ])
    expect(message(checkAct(noticed(light), decision(light)))).toContain('说服教育')
    const c = noticed(light, [act('educationGiven', '2026-10-09', P.soft())])
    expect(checkAct(c, decision(light))).toEqual({ ok: true })
  })
})

describe('APL Art. 58 para 1 (二), SAMR-PR Art. 50 para 1 (二): 法制审核 after the hearing', () => {
  const told = withItems([fsl124()])
  const hearing = [
    act('hearingRequested', '2026-09-30', { form: 'written', agentNames: [] }),
    act('hearingNoticeServed', '2026-10-08', {
      hearingOn: '2026-10-20',
      place: '听证室',
      presider: '赵六',
      isPublic: true,
      serviceMethod: 'direct',
    }),
    act('hearingHeld', '2026-10-20', { presider: '赵六', partyAppeared: true, summary: '听证' }),
  ]
  const legalReview = (submitted: string, on: string) => [
    act('reviewSubmitted', submitted, P.submitted('legalReview')),
    act('caseReviewed', on, P.reviewed('agree', 'legalReview')),
  ]
  const discussion = (on: string) =>
    act('collectiveDiscussion', on, {
      purpose: 'decision',
      participants: ['局长', '副局长'],
      conclusion: '同意',
    })
  const base = () =>
    makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      act('caseFiled', '2026-06-05', P.filed()),
      act('investigationConcluded', '2026-08-20', P.concluded()),
      // A 法制审核 before the hearing (before the 告知).
      ...legalReview('2026-08-21', '2026-08-25'),
      notice(told),
      ...hearing,
    ])

  it('a 法制审核 dated before the hearing does not count: the decision is refused', () => {
    const c = makeCase([...base().acts, discussion('2026-10-22')])
    const r = checkAct(c, act('penaltyDecision', '2026-10-26', { penalty: told }))
    expect(message(r)).toContain('听证后')
    expect(message(r)).toContain('第五十条第一款第二项')
    expect(deriveCaseState(c, '2026-10-26').allowedActs).not.toContain('penaltyDecision')
  })

  it('a 法制审核 (同意) on or after the hearing day, then the collective discussion: accepted', () => {
    const c = makeCase([
      ...base().acts,
      ...legalReview('2026-10-20', '2026-10-21'),
      discussion('2026-10-22'),
    ])
    expect(checkAct(c, act('penaltyDecision', '2026-10-26', { penalty: told }))).toEqual({
      ok: true,
    })
  })
})

describe('APL Art. 51: the summary procedure only where the law’s minimum allows it', () => {
  const person = {
    kind: 'naturalPerson' as const,
    name: '张三',
    idType: 'residentId' as const,
    idNo: '11010519491231002X',
    address: '某地',
  }
  const summary = (over: Partial<ActPayload<'summaryPenalty'>>) =>
    act('summaryPenalty', '2026-06-01', {
      documentNo: 'A1',
      warning: false,
      fineFen: 20_000,
      place: '某市场',
      legalBasis: '《食品安全法》第一百二十五条第一款第（二）项',
      officerIds: [OFFICER_A, OFFICER_B],
      ...over,
    })

  it('FSL Art. 125 para 1: a ¥200 当场 fine is refused (the law’s minimum is ¥5,000)', () => {
    expect(lowestLawfulFineFen(FSL_125_1_2.fine!)).toBe(500_000)
    const r = checkAct(
      makeCase([], { party: person }),
      summary({ violationId: FSL_125_1_2.id, fineRule: FSL_125_1_2.fine }),
    )
    expect(r.ok).toBe(false)
    expect(message(r)).toContain('5000元')
    expect(message(r)).toContain('不能适用简易程序')
    expect(message(r)).toContain('第一百二十五条')
  })

  it('APL Art. 51: a ¥200 fine for a natural person without a catalogue rule is still accepted', () => {
    expect(checkAct(makeCase([], { party: person }), summary({}))).toEqual({ ok: true })
  })

  it('APL Art. 51: a ¥201 fine for a natural person is refused', () => {
    const r = checkAct(makeCase([], { party: person }), summary({ fineFen: 20_100 }))
    expect(message(r)).toContain('不能适用简易程序')
  })

  it('FSL Art. 125 para 1: the next steps say why before any amount is entered', () => {
    const why = summaryRefusalForViolations(person, [FSL_125_1_2], {
      soleTraderAs: 'naturalPerson',
    })
    expect(why).toContain(FSL_125_1_2.name)
    expect(why).toContain('请按一般程序办理')
    const fixedSmall = {
      ...FSL_125_1_2,
      fine: { kind: 'fixed' as const, minFen: 0, maxFen: 20_000 },
    }
    expect(
      summaryRefusalForViolations(person, [fixedSmall], { soleTraderAs: 'naturalPerson' }),
    ).toBeNull()
  })
})

describe('property (docs/domain/discretion.md): checkAct and the lawful range of FSL Art. 124', () => {
  const goods = fc.integer({ min: 1, max: 500 * WAN })
  const bands = DEFAULT_DISCRETION_BANDS

  it('a fine inside the 一般 band of the computed range (kind 一般) is never refused', () => {
    fc.assert(
      fc.property(goods, fc.double({ min: 0, max: 1, noNaN: true }), (goodsValueFen, t) => {
        const range = lawfulFineRange(FSL_124_1_5.fine!, { goodsValueFen })
        const g = bandRanges(range, bands).general
        fc.pre(g.minFen <= g.maxFen)
        const fineFen = g.minFen + Math.floor(t * (g.maxFen - g.minFen))
        const item = fsl124({ goodsValueFen, fineFen })
        const r = checkAct(reviewed(), notice(withItems([item])))
        expect(r.ok, message(r)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('a fine outside the range is never accepted unless 减轻 (below the minimum, Art. 32 ground)', () => {
    const kind = fc.constantFrom('general', 'lighter', 'heavier') as fc.Arbitrary<
      PenaltyItem['discretion']
    >
    fc.assert(
      fc.property(
        goods,
        fc.boolean(),
        fc.integer({ min: 1, max: 100 * WAN }),
        kind,
        (goodsValueFen, below, delta, discretion) => {
          const range = lawfulFineRange(FSL_124_1_5.fine!, { goodsValueFen })
          const fineFen = below
            ? range.minFen - Math.min(delta, range.minFen - 1)
            : range.maxFen + delta
          fc.pre(fineFen < range.minFen || fineFen > range.maxFen)
          const item = fsl124({
            goodsValueFen,
            fineFen,
            discretion,
            grounds: discretion === 'general' ? [] : ['art32_1'],
            reason: '理由',
          })
          expect(checkAct(reviewed(), notice(withItems([item]))).ok).toBe(false)
          const mitigated = { ...item, discretion: 'mitigated' as const, grounds: ['art32_1'] }
          expect(checkAct(reviewed(), notice(withItems([mitigated]))).ok).toBe(
            fineFen < range.minFen,
          )
        },
      ),
      { numRuns: 150 },
    )
  })
})
