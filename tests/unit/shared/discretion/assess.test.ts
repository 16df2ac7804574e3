// Assessment of a proposed fine, the printed discretion sentence and the summary-procedure ceiling
// (docs/domain/discretion.md, "Assessment", "Sentence", "Summary procedure").
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DEFAULT_DISCRETION_BANDS,
  SUMMARY_CEILING_FEN,
  assessFine,
  discretionSentence,
  isStatutoryMitigationGround,
  summaryProcedureAllowed,
  summaryProcedureRefusal,
  type DiscretionKind,
  type FineRule,
} from '@shared/discretion'
import { LENIENCY_GROUNDS } from '@shared/domain/case/penalty'

const YUAN = 100
const WAN = 1_000_000
const bands = DEFAULT_DISCRETION_BANDS
/** FSL 2021 Art. 124(1) (不足一万元的，并处五万元以上十万元以下罚款；一万元以上的，并处货值金额十倍以上二十倍以下罚款). */
const FSL_124: FineRule = {
  kind: 'tiered',
  base: 'goodsValue',
  thresholdFen: 10_000 * YUAN,
  below: { kind: 'fixed', minFen: 5 * WAN, maxFen: 10 * WAN },
  atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 10, maxTimes: 20 },
}
const lowGoods = { goodsValueFen: 800 * YUAN }

describe('isStatutoryMitigationGround — APL Arts. 30–32 grounds of LENIENCY_GROUNDS', () => {
  it('every statutory key allows 减轻; the office discretion rule alone does not', () => {
    for (const key of Object.keys(LENIENCY_GROUNDS)) {
      expect(isStatutoryMitigationGround(key)).toBe(key !== 'discretionRule')
    }
  })
})

describe('assessFine — FSL Art. 124(1), goods ¥800 → ¥50,000–¥100,000, bands 30/30', () => {
  type Row = [string, number, DiscretionKind, string[], string | undefined, string[]]
  it.each<Row>([
    ['一般 ¥75,000 in the 一般 band, no reason needed', 7.5 * WAN, 'general', [], undefined, []],
    [
      '一般 ¥60,000 lies in 从轻 band: reason required',
      6 * WAN,
      'general',
      [],
      undefined,
      ['拟罚款不在所选一般档（超过6.5万元、不足8.5万元）内，请填写理由'],
    ],
    ['一般 ¥60,000 with a written reason', 6 * WAN, 'general', [], '当事人积极配合调查', []],
    ['从轻 ¥60,000 with ground and reason', 6 * WAN, 'lighter', ['art32_1'], '主动召回', []],
    [
      '从轻 without ground or reason',
      6 * WAN,
      'lighter',
      [],
      undefined,
      ['从轻处罚须至少选择一项依据，请选择从轻的情形', '从轻处罚须写明理由，请填写裁量理由'],
    ],
    [
      '从轻 ¥70,000 outside the 从轻 band, no reason',
      7 * WAN,
      'lighter',
      ['art32_1'],
      '',
      ['拟罚款不在所选从轻档（5万元至6.5万元）内，请填写理由'],
    ],
    [
      '从重 ¥90,000 with ground and reason',
      9 * WAN,
      'heavier',
      ['两年内第二次'],
      '曾因同类行为受罚',
      [],
    ],
    [
      '一般 ¥30,000 below the minimum is refused',
      3 * WAN,
      'general',
      [],
      '理由',
      [
        '拟罚款3万元低于法定最低限额5万元；只有具备行政处罚法第三十二条等法定情形并选择“减轻”时才可以低于最低限额，请调整罚款或改选减轻处罚',
      ],
    ],
    [
      '从轻 ¥30,000 below the minimum is refused',
      3 * WAN,
      'lighter',
      ['art32_1'],
      '理由',
      [
        '拟罚款3万元低于法定最低限额5万元；只有具备行政处罚法第三十二条等法定情形并选择“减轻”时才可以低于最低限额，请调整罚款或改选减轻处罚',
      ],
    ],
    [
      '减轻 ¥30,000 with APL Art. 32(1) ground and reason (APL Art. 32)',
      3 * WAN,
      'mitigated',
      ['art32_1'],
      '主动消除危害后果',
      [],
    ],
    [
      '减轻 ¥0 (不并处罚款) with APL Art. 30 minor ground',
      0,
      'mitigated',
      ['art30_minor'],
      '未满十八周岁',
      [],
    ],
    [
      '减轻 ¥30,000 with only an office discretion-rule ground',
      3 * WAN,
      'mitigated',
      ['discretionRule'],
      '理由',
      [
        '减轻处罚（罚款低于法定最低限额）须具备行政处罚法第三十二条等规定的法定情形，请选择法定依据',
      ],
    ],
    [
      '减轻 ¥60,000 inside the range: choose 从轻',
      6 * WAN,
      'mitigated',
      ['art32_1'],
      '理由',
      [
        '减轻处罚是指低于法定最低限额处罚，拟罚款6万元在法定幅度（5万元以上10万元以下）内，请改选“从轻”或“一般”',
      ],
    ],
    [
      '¥120,000 above the maximum is refused',
      12 * WAN,
      'heavier',
      ['情节严重'],
      '理由',
      ['拟罚款12万元超过法定最高限额10万元，请调整罚款'],
    ],
    [
      '减轻 above the maximum is refused too',
      12 * WAN,
      'mitigated',
      ['art32_1'],
      '理由',
      ['拟罚款12万元超过法定最高限额10万元，请调整罚款'],
    ],
  ])('%s', (_n, fineFen, kind, grounds, reason, problems) => {
    const a = assessFine({ rule: FSL_124, facts: lowGoods, fineFen, kind, grounds, reason, bands })
    expect(a.problems).toEqual(problems)
    expect(a.range).toEqual({ minFen: 5 * WAN, maxFen: 10 * WAN })
  })

  it('suggested band follows the kind; 减轻 suggests everything below the minimum', () => {
    const at = (kind: DiscretionKind) =>
      assessFine({
        rule: FSL_124,
        facts: lowGoods,
        fineFen: 6 * WAN,
        kind,
        grounds: ['art32_1'],
        reason: 'r',
        bands,
      }).suggested
    expect(at('lighter')).toEqual({ minFen: 5 * WAN, maxFen: 6.5 * WAN })
    expect(at('general')).toEqual({ minFen: 6.5 * WAN + 1, maxFen: 8.5 * WAN - 1 })
    expect(at('heavier')).toEqual({ minFen: 8.5 * WAN, maxFen: 10 * WAN })
    expect(at('mitigated')).toEqual({ minFen: 0, maxFen: 5 * WAN - 1 })
  })

  it('band, position and needsReason are reported', () => {
    const a = assessFine({
      rule: FSL_124,
      facts: lowGoods,
      fineFen: 6 * WAN,
      kind: 'general',
      grounds: [],
      bands,
    })
    expect(a.band).toBe('lighter')
    expect(a.positionPercent).toBe(20)
    expect(a.needsReason).toBe(true)
    const b = assessFine({
      rule: FSL_124,
      facts: lowGoods,
      fineFen: 7.5 * WAN,
      kind: 'general',
      grounds: [],
      bands,
    })
    expect(b.needsReason).toBe(false)
  })
})

describe('assessFine — no rule, missing facts, malformed fine', () => {
  it('basis without a fine (e.g. a warning-only basis): any fine > 0 is refused, 0 is fine', () => {
    const base = { facts: {}, kind: 'general' as const, grounds: [], bands }
    expect(assessFine({ ...base, fineFen: 0 }).problems).toEqual([])
    expect(assessFine({ ...base, fineFen: 100 }).problems).toEqual([
      '该违法行为的处罚依据没有规定罚款，不能处以罚款，请将罚款改为0或选择正确的违法行为',
    ])
    expect(assessFine({ ...base, fineFen: 100 }).range).toBeNull()
  })

  it('FSL Art. 124 without goods value: the refusal names the base, no throw', () => {
    const a = assessFine({
      rule: FSL_124,
      facts: {},
      fineFen: 6 * WAN,
      kind: 'general',
      grounds: [],
      bands,
    })
    expect(a.range).toBeNull()
    expect(a.rangeError).toBe('该违法行为的罚款按货值金额计算，请先填写货值金额')
    expect(a.problems).toEqual(['该违法行为的罚款按货值金额计算，请先填写货值金额'])
    expect(discretionSentence(a, 6 * WAN, 'general')).toBe(
      '罚款幅度无法计算：该违法行为的罚款按货值金额计算，请先填写货值金额。',
    )
  })

  it('a negative or fractional fine is refused', () => {
    for (const fineFen of [-1, 1.5]) {
      const a = assessFine({
        rule: FSL_124,
        facts: lowGoods,
        fineFen,
        kind: 'general',
        grounds: [],
        bands,
      })
      expect(a.problems).toEqual(['罚款金额应为非负整数（单位：分），请重新填写'])
    }
  })
})

describe('assessFine — properties over fixed ranges and 30/30 bands', () => {
  const rangeArb = fc
    .tuple(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 1e10 }))
    .map(([a, b]) => ({ minFen: Math.min(a, b), maxFen: Math.max(a, b) }))
  const kindArb = fc.constantFrom<DiscretionKind>('general', 'lighter', 'heavier', 'mitigated')
  const groundsArb = fc.array(fc.constantFrom(...Object.keys(LENIENCY_GROUNDS), '情节严重'), {
    maxLength: 3,
  })

  it('a fine inside the range, kind 一般, with a reason, is never refused', () => {
    fc.assert(
      fc.property(rangeArb, fc.double({ min: 0, max: 1, noNaN: true }), (r, t) => {
        const fineFen = r.minFen + Math.floor((r.maxFen - r.minFen) * t)
        const rule: FineRule = { kind: 'fixed', ...r }
        const a = assessFine({
          rule,
          facts: {},
          fineFen,
          kind: 'general',
          grounds: [],
          reason: '综合考虑',
          bands,
        })
        expect(a.problems).toEqual([])
      }),
    )
  })

  it('a fine outside the range is never accepted, except below it as 减轻 with an APL Art. 30–32 ground', () => {
    fc.assert(
      fc.property(
        rangeArb,
        fc.integer({ min: 1, max: 1e9 }),
        fc.boolean(),
        kindArb,
        groundsArb,
        fc.option(fc.string(), { nil: undefined }),
        (r, offset, below, kind, grounds, reason) => {
          const fineFen = below ? r.minFen - offset : r.maxFen + offset
          fc.pre(fineFen >= 0)
          const rule: FineRule = { kind: 'fixed', ...r }
          const a = assessFine({ rule, facts: {}, fineFen, kind, grounds, reason, bands })
          const exception =
            below && kind === 'mitigated' && grounds.some(isStatutoryMitigationGround)
          if (!exception) expect(a.problems.length).toBeGreaterThan(0)
          if (!below) expect(a.problems.some((p) => p.includes('超过法定最高限额'))).toBe(true)
        },
      ),
    )
  })
})

describe('discretionSentence — printed on the 法制审核表, computed from the numbers', () => {
  const sentence = (fineFen: number, kind: DiscretionKind, grounds: string[] = ['art32_1']) => {
    const a = assessFine({
      rule: FSL_124,
      facts: lowGoods,
      fineFen,
      kind,
      grounds,
      reason: '理由',
      bands,
    })
    return discretionSentence(a, fineFen, kind)
  }
  it.each<[string, number, DiscretionKind, string]>([
    [
      '从轻 ¥60,000',
      6 * WAN,
      'lighter',
      '法定罚款幅度为5万元以上10万元以下，拟罚款6万元，位于该幅度的20%处，属从轻档（5万元至6.5万元）。',
    ],
    [
      '一般 ¥75,000',
      7.5 * WAN,
      'general',
      '法定罚款幅度为5万元以上10万元以下，拟罚款7.5万元，位于该幅度的50%处，属一般档（超过6.5万元、不足8.5万元）。',
    ],
    [
      '从重 ¥100,000',
      10 * WAN,
      'heavier',
      '法定罚款幅度为5万元以上10万元以下，拟罚款10万元，位于该幅度的100%处，属从重档（8.5万元至10万元）。',
    ],
    [
      '一般 chosen but ¥60,000 lies in 从轻',
      6 * WAN,
      'general',
      '法定罚款幅度为5万元以上10万元以下，拟罚款6万元，位于该幅度的20%处，属从轻档（5万元至6.5万元）。所选裁量为一般（超过6.5万元、不足8.5万元），拟罚款不在该档内。',
    ],
    [
      '减轻 ¥30,000',
      3 * WAN,
      'mitigated',
      '法定罚款幅度为5万元以上10万元以下，拟罚款3万元，低于法定最低限额5万元，属减轻处罚。',
    ],
    [
      '¥120,000 above the maximum',
      12 * WAN,
      'heavier',
      '法定罚款幅度为5万元以上10万元以下，拟罚款12万元，超过法定最高限额10万元。',
    ],
    [
      '¥68,750.50 (分 shown)',
      6_875_050,
      'general',
      '法定罚款幅度为5万元以上10万元以下，拟罚款68750.50元，位于该幅度的37.5%处，属一般档（超过6.5万元、不足8.5万元）。',
    ],
  ])('%s', (_n, fine, kind, text) => {
    expect(sentence(fine, kind)).toBe(text)
  })

  it('价格法 Art. 42 "五千元以下" and a fixed amount', () => {
    const price: FineRule = { kind: 'fixed', minFen: 0, maxFen: 5_000 * YUAN }
    const a = assessFine({
      rule: price,
      facts: {},
      fineFen: 1_000 * YUAN,
      kind: 'lighter',
      grounds: ['art32_1'],
      reason: 'r',
      bands,
    })
    expect(discretionSentence(a, 1_000 * YUAN, 'lighter')).toBe(
      '法定罚款幅度为5000元以下，拟罚款1000元，位于该幅度的20%处，属从轻档（0元至1500元）。',
    )
    const fixed: FineRule = { kind: 'fixed', minFen: 2_000 * YUAN, maxFen: 2_000 * YUAN }
    const b = assessFine({
      rule: fixed,
      facts: {},
      fineFen: 2_000 * YUAN,
      kind: 'general',
      grounds: [],
      bands,
    })
    expect(b.problems).toEqual([])
    expect(discretionSentence(b, 2_000 * YUAN, 'general')).toBe(
      '法定罚款幅度为2000元，拟罚款2000元，为法定罚款数额。',
    )
  })

  it('no fine rule', () => {
    const a = assessFine({ facts: {}, fineFen: 0, kind: 'general', grounds: [], bands })
    expect(discretionSentence(a, 0, 'general')).toBe('处罚依据没有规定罚款，不予罚款。')
  })
})

describe('summary procedure — APL Art. 51, SAMR-PR Art. 66 (自然人 ¥200, 单位 ¥3,000, or a warning)', () => {
  type Row = [string, Parameters<typeof summaryProcedureRefusal>[0], string | null]
  it.each<Row>([
    [
      '¥200 natural person: allowed',
      { partyKind: 'person', penalty: 'fine', fineFen: 200 * YUAN },
      null,
    ],
    [
      '¥201 natural person: refused',
      { partyKind: 'person', penalty: 'fine', fineFen: 201 * YUAN },
      '拟罚款201元，超过当场处罚的限额（自然人200元），不能适用简易程序，请按一般程序办理。',
    ],
    [
      '¥3,000 organisation: allowed',
      { partyKind: 'organisation', penalty: 'fine', fineFen: 3_000 * YUAN },
      null,
    ],
    [
      '¥3,000.01 organisation: refused',
      { partyKind: 'organisation', penalty: 'fine', fineFen: 300_001 },
      '拟罚款3000.01元，超过当场处罚的限额（单位3000元），不能适用简易程序，请按一般程序办理。',
    ],
    ['warning: allowed', { partyKind: 'organisation', penalty: 'warning' }, null],
    [
      'fine without amount: refused',
      { partyKind: 'person', penalty: 'fine' },
      '未填写罚款金额，请先填写罚款金额，再判断能否适用简易程序。',
    ],
    [
      'FSL Art. 125(1) floor ¥5,000 with a ¥200 fine: never available',
      {
        partyKind: 'organisation',
        penalty: 'fine',
        fineFen: 200 * YUAN,
        lawfulMinFen: 5_000 * YUAN,
        ruleText: '《食品安全法》第一百二十五条第一款',
      },
      '《食品安全法》第一百二十五条第一款的罚款最低为5000元，超过当场处罚的限额（单位3000元），不能适用简易程序，请按一般程序办理。',
    ],
    [
      '价格法 Art. 42 floor ¥0 with a ¥200 fine: allowed',
      { partyKind: 'person', penalty: 'fine', fineFen: 200 * YUAN, lawfulMinFen: 0 },
      null,
    ],
  ])('%s', (_n, x, refusal) => {
    expect(summaryProcedureRefusal(x)).toBe(refusal)
    expect(summaryProcedureAllowed(x)).toBe(refusal === null)
  })

  it('ceilings are ¥200 and ¥3,000 in 分', () => {
    expect(SUMMARY_CEILING_FEN).toEqual({ person: 20_000, organisation: 300_000 })
  })
})
