// Lawful fine ranges computed from the statute texts (verified wording quoted in each row; sources
// in docs/domain/discretion.md, "Sources").
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DiscretionError,
  describeFineRule,
  fineRuleBases,
  lawfulFineRange,
  type FineFacts,
  type FineRule,
} from '@shared/discretion'

const YUAN = 100
const WAN = 10_000 * YUAN

/** FSL 2021 Arts. 122(1) and 124(1): 不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款. */
const FSL_124: FineRule = {
  kind: 'tiered',
  base: 'goodsValue',
  thresholdFen: 1 * WAN,
  below: { kind: 'fixed', minFen: 5 * WAN, maxFen: 10 * WAN },
  atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 10, maxTimes: 20 },
}
/** FSL 2021 Art. 123(1): 不足一万元的，并处十万元以上十五万元以下罚款；一万元以上的，并处货值金额十五倍以上三十倍以下罚款. */
const FSL_123: FineRule = {
  kind: 'tiered',
  base: 'goodsValue',
  thresholdFen: 1 * WAN,
  below: { kind: 'fixed', minFen: 10 * WAN, maxFen: 15 * WAN },
  atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 15, maxTimes: 30 },
}
/** FSL 2021 Art. 125(1): 不足一万元的，并处五千元以上五万元以下罚款；一万元以上的，并处货值金额五倍以上十倍以下罚款. */
const FSL_125_1: FineRule = {
  kind: 'tiered',
  base: 'goodsValue',
  thresholdFen: 1 * WAN,
  below: { kind: 'fixed', minFen: 5_000 * YUAN, maxFen: 5 * WAN },
  atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 5, maxTimes: 10 },
}
/** FSL 2021 Art. 125(2): 责令改正；拒不改正的，处二千元以下罚款. */
const FSL_125_2: FineRule = { kind: 'fixed', minFen: 0, maxFen: 2_000 * YUAN }
/** FSL 2021 Art. 126(1): 拒不改正的，处五千元以上五万元以下罚款. */
const FSL_126: FineRule = { kind: 'fixed', minFen: 5_000 * YUAN, maxFen: 5 * WAN }
/** 广告法 Art. 55(1): 处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款. */
const AD_55: FineRule = {
  kind: 'fallback',
  primary: { kind: 'multiple', base: 'adFee', minTimes: 3, maxTimes: 5 },
  fallback: { kind: 'fixed', minFen: 20 * WAN, maxFen: 100 * WAN },
}
/** 广告法 Art. 61: 没收违法所得，并处违法所得一倍以上二倍以下的罚款. */
const AD_61: FineRule = { kind: 'multiple', base: 'illegalGains', minTimes: 1, maxTimes: 2 }
/** 广告法 Art. 63: 违法所得五万元以上的，并处违法所得一倍以上三倍以下的罚款，违法所得不足五万元的，并处一万元以上五万元以下的罚款. */
const AD_63: FineRule = {
  kind: 'tiered',
  base: 'illegalGains',
  thresholdFen: 5 * WAN,
  below: { kind: 'fixed', minFen: 1 * WAN, maxFen: 5 * WAN },
  atOrAbove: { kind: 'multiple', base: 'illegalGains', minTimes: 1, maxTimes: 3 },
}
/** 价格法 Art. 42 (明码标价): 责令改正，没收违法所得，可以并处五千元以下的罚款. */
const PRICE_42: FineRule = { kind: 'fixed', minFen: 0, maxFen: 5_000 * YUAN }
/** 价格法 Art. 40: 没收违法所得，可以并处违法所得五倍以下的罚款. */
const PRICE_40: FineRule = { kind: 'multiple', base: 'illegalGains', minTimes: 0, maxTimes: 5 }
/** 产品质量法 Art. 49: 并处……货值金额等值以上三倍以下的罚款. */
const PQL_49: FineRule = { kind: 'multiple', base: 'goodsValue', minTimes: 1, maxTimes: 3 }
/** 产品质量法 Art. 50: 并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款. */
const PQL_50: FineRule = { kind: 'multiple', base: 'goodsValue', minTimes: 0.5, maxTimes: 3 }
/** 产品质量法 Art. 54: 并处违法生产、销售产品货值金额百分之三十以下的罚款. */
const PQL_54: FineRule = { kind: 'multiple', base: 'goodsValue', minTimes: 0, maxTimes: 0.3 }

describe('lawfulFineRange — statute rows (以上/以下 include the amount, 不足 excludes it: SAMR-PR Art. 84)', () => {
  it.each<[string, FineRule, FineFacts, number, number]>([
    [
      'FSL Art. 124(1): goods ¥20,000 → 10×–20× = ¥200,000–¥400,000',
      FSL_124,
      { goodsValueFen: 2 * WAN },
      20 * WAN,
      40 * WAN,
    ],
    [
      'FSL Art. 124(1): goods exactly ¥10,000 is "一万元以上" → ¥100,000–¥200,000',
      FSL_124,
      { goodsValueFen: 1 * WAN },
      10 * WAN,
      20 * WAN,
    ],
    [
      'FSL Art. 124(1): goods ¥9,999.99 is "不足一万元" → ¥50,000–¥100,000',
      FSL_124,
      { goodsValueFen: 1 * WAN - 1 },
      5 * WAN,
      10 * WAN,
    ],
    [
      'FSL Art. 124(1): goods ¥0 (none sold) → ¥50,000–¥100,000',
      FSL_124,
      { goodsValueFen: 0 },
      5 * WAN,
      10 * WAN,
    ],
    [
      'FSL Art. 123(1): goods ¥20,000 → 15×–30× = ¥300,000–¥600,000',
      FSL_123,
      { goodsValueFen: 2 * WAN },
      30 * WAN,
      60 * WAN,
    ],
    [
      'FSL Art. 123(1): goods ¥500 → ¥100,000–¥150,000',
      FSL_123,
      { goodsValueFen: 500 * YUAN },
      10 * WAN,
      15 * WAN,
    ],
    [
      'FSL Art. 125(1): goods ¥800 → ¥5,000–¥50,000',
      FSL_125_1,
      { goodsValueFen: 800 * YUAN },
      5_000 * YUAN,
      5 * WAN,
    ],
    [
      'FSL Art. 125(1): goods exactly ¥10,000 → 5×–10× = ¥50,000–¥100,000',
      FSL_125_1,
      { goodsValueFen: 1 * WAN },
      5 * WAN,
      10 * WAN,
    ],
    ['FSL Art. 125(2): "处二千元以下罚款" → ¥0–¥2,000', FSL_125_2, {}, 0, 2_000 * YUAN],
    [
      'FSL Art. 126(1): "五千元以上五万元以下" → ¥5,000–¥50,000',
      FSL_126,
      {},
      5_000 * YUAN,
      5 * WAN,
    ],
    [
      '广告法 Art. 55(1): ad fee ¥10,000 → 3×–5× = ¥30,000–¥50,000',
      AD_55,
      { adFeeFen: 1 * WAN },
      3 * WAN,
      5 * WAN,
    ],
    [
      '广告法 Art. 55(1): ad fee not computable (no value) → ¥200,000–¥1,000,000',
      AD_55,
      {},
      20 * WAN,
      100 * WAN,
    ],
    [
      '广告法 Art. 55(1): ad fee ¥300 found "明显偏低" → ¥200,000–¥1,000,000',
      AD_55,
      { adFeeFen: 300 * YUAN, baseUnusable: true },
      20 * WAN,
      100 * WAN,
    ],
    [
      '广告法 Art. 61: illegal gains ¥3,000 → 1×–2× = ¥3,000–¥6,000',
      AD_61,
      { illegalGainsFen: 3_000 * YUAN },
      3_000 * YUAN,
      6_000 * YUAN,
    ],
    [
      '广告法 Art. 63: illegal gains exactly ¥50,000 is "五万元以上" → 1×–3×',
      AD_63,
      { illegalGainsFen: 5 * WAN },
      5 * WAN,
      15 * WAN,
    ],
    [
      '广告法 Art. 63: illegal gains ¥49,999.99 is "不足五万元" → ¥10,000–¥50,000',
      AD_63,
      { illegalGainsFen: 5 * WAN - 1 },
      1 * WAN,
      5 * WAN,
    ],
    ['价格法 Art. 42 (明码标价): "五千元以下" → ¥0–¥5,000', PRICE_42, {}, 0, 5_000 * YUAN],
    [
      '价格法 Art. 40: illegal gains ¥1,234.56 → "五倍以下" = ¥0–¥6,172.80',
      PRICE_40,
      { illegalGainsFen: 123_456 },
      0,
      617_280,
    ],
    [
      '产品质量法 Art. 49: goods ¥7,000 → "等值以上三倍以下" = ¥7,000–¥21,000',
      PQL_49,
      { goodsValueFen: 7_000 * YUAN },
      7_000 * YUAN,
      21_000 * YUAN,
    ],
    [
      '产品质量法 Art. 50: goods ¥1,000 → "百分之五十以上三倍以下" = ¥500–¥3,000',
      PQL_50,
      { goodsValueFen: 1_000 * YUAN },
      500 * YUAN,
      3_000 * YUAN,
    ],
    [
      '产品质量法 Art. 50: goods ¥123.45 (odd 分) → 50 % = 6172.5分 rounds UP to 6173分',
      PQL_50,
      { goodsValueFen: 12_345 },
      6_173,
      37_035,
    ],
    [
      '产品质量法 Art. 50: goods 1分 → 0.5分 rounds UP to 1分, 3分',
      PQL_50,
      { goodsValueFen: 1 },
      1,
      3,
    ],
    [
      '产品质量法 Art. 54: goods 333分 → "百分之三十以下" = 99.9分 rounds DOWN to 99分',
      PQL_54,
      { goodsValueFen: 333 },
      0,
      99,
    ],
  ])('%s', (_name, rule, facts, min, max) => {
    expect(lawfulFineRange(rule, facts)).toEqual({ minFen: min, maxFen: max })
  })

  it('synthetic 0.5×–0.9× on 1分 (no statute): no whole 分 inside → both ends are the maximum rounded down', () => {
    const rule: FineRule = { kind: 'multiple', base: 'goodsValue', minTimes: 0.5, maxTimes: 0.9 }
    expect(lawfulFineRange(rule, { goodsValueFen: 1 })).toEqual({ minFen: 0, maxFen: 0 })
  })

  it('fallbackWhenZero ("没有违法所得的"): 0 uses the fallback, without the flag 0 uses the primary', () => {
    const primary: FineRule = { kind: 'multiple', base: 'illegalGains', minTimes: 1, maxTimes: 5 }
    const fallback: FineRule = { kind: 'fixed', minFen: 5 * WAN, maxFen: 50 * WAN }
    expect(
      lawfulFineRange(
        { kind: 'fallback', primary, fallback, fallbackWhenZero: true },
        { illegalGainsFen: 0 },
      ),
    ).toEqual({ minFen: 5 * WAN, maxFen: 50 * WAN })
    expect(
      lawfulFineRange({ kind: 'fallback', primary, fallback }, { illegalGainsFen: 0 }),
    ).toEqual({ minFen: 0, maxFen: 0 })
    expect(
      lawfulFineRange(
        { kind: 'fallback', primary, fallback, fallbackWhenZero: true },
        { illegalGainsFen: 100 },
      ),
    ).toEqual({ minFen: 100, maxFen: 500 })
  })
})

describe('lawfulFineRange — refusals name what to fill in', () => {
  it.each<[string, FineRule, FineFacts, string]>([
    [
      'FSL Art. 124 without goods value',
      FSL_124,
      {},
      '该违法行为的罚款按货值金额计算，请先填写货值金额',
    ],
    [
      '广告法 Art. 61 without illegal gains',
      AD_61,
      {},
      '该违法行为的罚款按违法所得计算，请先填写违法所得',
    ],
    [
      '产品质量法 Art. 49 with a negative goods value',
      PQL_49,
      { goodsValueFen: -1 },
      '货值金额应为非负整数（单位：分），请重新填写',
    ],
    [
      '产品质量法 Art. 49 with a fractional goods value',
      PQL_49,
      { goodsValueFen: 10.5 },
      '货值金额应为非负整数（单位：分），请重新填写',
    ],
    [
      'malformed fixed rule (min > max)',
      { kind: 'fixed', minFen: 10, maxFen: 5 },
      {},
      '罚款规则有误：最低罚款高于最高罚款，请检查违法行为库',
    ],
    [
      'malformed multiple rule (min times > max times)',
      { kind: 'multiple', base: 'goodsValue', minTimes: 3, maxTimes: 1 },
      { goodsValueFen: 1 },
      '罚款规则有误：最低倍数高于最高倍数，请检查违法行为库',
    ],
  ])('%s', (_n, rule, facts, message) => {
    expect(() => lawfulFineRange(rule, facts)).toThrow(DiscretionError)
    expect(() => lawfulFineRange(rule, facts)).toThrow(message)
  })
})

describe('lawfulFineRange — properties', () => {
  it('a multiple range never reaches outside the exact statutory amounts (half-steps 0.5×)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (base, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const r = lawfulFineRange(
            { kind: 'multiple', base: 'goodsValue', minTimes: lo / 2, maxTimes: hi / 2 },
            { goodsValueFen: base },
          )
          // Exact statute in half-分 units: base × lo / 2 … base × hi / 2.
          expect(r.maxFen * 2).toBeLessThanOrEqual(base * hi)
          expect((r.maxFen + 1) * 2).toBeGreaterThan(base * hi)
          if (r.minFen * 2 >= base * lo) expect((r.minFen - 1) * 2).toBeLessThan(base * lo)
          expect(r.minFen).toBeLessThanOrEqual(r.maxFen)
        },
      ),
    )
  })
})

describe('describeFineRule — the rule as printed', () => {
  it.each<[string, FineRule, string]>([
    ['FSL Art. 126 fixed', FSL_126, '处5000元以上5万元以下罚款'],
    ['价格法 Art. 42 "以下"', PRICE_42, '处5000元以下罚款'],
    ['产品质量法 Art. 49 multiple', PQL_49, '处货值金额1倍以上3倍以下罚款'],
    ['产品质量法 Art. 50 50 %', PQL_50, '处货值金额50%以上3倍以下罚款'],
    ['价格法 Art. 40 "五倍以下"', PRICE_40, '处违法所得5倍以下罚款'],
    [
      'FSL Art. 124 tiered',
      FSL_124,
      '货值金额不足1万元的，处5万元以上10万元以下罚款；货值金额1万元以上的，处货值金额10倍以上20倍以下罚款',
    ],
    [
      '广告法 Art. 55 fallback',
      AD_55,
      '处广告费用3倍以上5倍以下罚款；广告费用无法计算或者明显偏低的，处20万元以上100万元以下罚款',
    ],
    [
      'a fixed amount',
      { kind: 'fixed', minFen: 2_000 * YUAN, maxFen: 2_000 * YUAN },
      '处2000元罚款',
    ],
  ])('%s', (_n, rule, text) => {
    expect(describeFineRule(rule)).toBe(text)
  })

  it('fineRuleBases lists each base once (tiered on goods value, fallback on ad fee)', () => {
    expect(fineRuleBases(FSL_124)).toEqual(['goodsValue'])
    expect(fineRuleBases(AD_55)).toEqual(['adFee'])
    expect(fineRuleBases(FSL_126)).toEqual([])
  })
})
