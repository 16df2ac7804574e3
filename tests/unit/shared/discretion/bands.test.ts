// 裁量 bands and positions at their boundaries (docs/domain/discretion.md, "Bands", "Position").
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  DEFAULT_DISCRETION_BANDS,
  DiscretionBandsSchema,
  bandOf,
  bandRanges,
  positionInRange,
  type Band,
  type FenRange,
} from '@shared/discretion'

const WAN = 1_000_000
/** FSL Art. 124(1), goods under ¥10,000: 五万元以上十万元以下. */
const FSL_124_LOW: FenRange = { minFen: 5 * WAN, maxFen: 10 * WAN }

describe('bandRanges — default 30 / 30', () => {
  it('DEFAULT_DISCRETION_BANDS is 30 / 30 and valid', () => {
    expect(DEFAULT_DISCRETION_BANDS).toEqual({ lighterPercent: 30, heavierPercent: 30 })
    expect(DiscretionBandsSchema.safeParse(DEFAULT_DISCRETION_BANDS).success).toBe(true)
  })

  it('FSL Art. 124(1) ¥50,000–¥100,000: 从轻 ¥50,000–¥65,000, 一般 above ¥65,000 to under ¥85,000, 从重 ¥85,000–¥100,000', () => {
    expect(bandRanges(FSL_124_LOW, DEFAULT_DISCRETION_BANDS)).toEqual({
      lighter: { minFen: 5 * WAN, maxFen: 6.5 * WAN },
      general: { minFen: 6.5 * WAN + 1, maxFen: 8.5 * WAN - 1 },
      heavier: { minFen: 8.5 * WAN, maxFen: 10 * WAN },
    })
  })

  it('价格法 Art. 42 "五千元以下" (min 0): 从轻 ¥0–¥1,500, 从重 ¥3,500–¥5,000', () => {
    const b = bandRanges({ minFen: 0, maxFen: 500_000 }, DEFAULT_DISCRETION_BANDS)
    expect(b.lighter).toEqual({ minFen: 0, maxFen: 150_000 })
    expect(b.heavier).toEqual({ minFen: 350_000, maxFen: 500_000 })
  })

  it('30 % of an odd span rounds toward the middle (从轻 and 从重 never exceed their share)', () => {
    // span 10分: 30 % = 3分 exactly; span 11分: 3.3分 → 3分.
    expect(bandRanges({ minFen: 0, maxFen: 11 }, DEFAULT_DISCRETION_BANDS)).toEqual({
      lighter: { minFen: 0, maxFen: 3 },
      general: { minFen: 4, maxFen: 7 },
      heavier: { minFen: 8, maxFen: 11 },
    })
  })

  it('50 / 50 sharing one amount: 从轻 keeps it, 一般 is empty', () => {
    const b = bandRanges({ minFen: 0, maxFen: 10 }, { lighterPercent: 50, heavierPercent: 50 })
    expect(b.lighter).toEqual({ minFen: 0, maxFen: 5 })
    expect(b.heavier).toEqual({ minFen: 6, maxFen: 10 })
    expect(b.general.minFen).toBeGreaterThan(b.general.maxFen)
  })

  it('a range with no span (fixed amount) has all bands equal to it', () => {
    const r = { minFen: 200_000, maxFen: 200_000 }
    expect(bandRanges(r, DEFAULT_DISCRETION_BANDS)).toEqual({ lighter: r, general: r, heavier: r })
  })

  it('a malformed range is refused', () => {
    expect(() => bandRanges({ minFen: 10, maxFen: 5 }, DEFAULT_DISCRETION_BANDS)).toThrow(
      '罚款幅度有误',
    )
  })

  it('property: the bands partition the range contiguously and respect the percentages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (min, span, l, h) => {
          fc.pre(l + h <= 100)
          const range = { minFen: min, maxFen: min + span }
          const b = bandRanges(range, { lighterPercent: l, heavierPercent: h })
          expect(b.lighter.minFen).toBe(range.minFen)
          expect(b.general.minFen).toBe(b.lighter.maxFen + 1)
          expect(b.heavier.minFen).toBe(b.general.maxFen + 1)
          expect(b.heavier.maxFen).toBe(range.maxFen)
          expect((b.lighter.maxFen - min) * 100).toBeLessThanOrEqual(span * l)
          expect((range.maxFen - b.heavier.minFen) * 100).toBeLessThanOrEqual(span * h)
        },
      ),
    )
  })
})

describe('bandOf — which band owns the boundary amount', () => {
  it.each<[string, number, Band]>([
    ['¥49,999.99: below the minimum', 5 * WAN - 1, 'belowRange'],
    ['¥50,000: the minimum is 从轻', 5 * WAN, 'lighter'],
    ['¥65,000: the 30 % boundary belongs to 从轻', 6.5 * WAN, 'lighter'],
    ['¥65,000.01: 一般', 6.5 * WAN + 1, 'general'],
    ['¥84,999.99: 一般', 8.5 * WAN - 1, 'general'],
    ['¥85,000: the 70 % boundary belongs to 从重', 8.5 * WAN, 'heavier'],
    ['¥100,000: the maximum is 从重', 10 * WAN, 'heavier'],
    ['¥100,000.01: above the maximum', 10 * WAN + 1, 'aboveRange'],
  ])('FSL Art. 124(1) ¥50,000–¥100,000, %s', (_n, fine, band) => {
    expect(bandOf(fine, FSL_124_LOW, DEFAULT_DISCRETION_BANDS)).toBe(band)
  })

  it('a fixed amount is 一般 (no discretion)', () => {
    expect(bandOf(200_000, { minFen: 200_000, maxFen: 200_000 }, DEFAULT_DISCRETION_BANDS)).toBe(
      'general',
    )
  })
})

describe('positionInRange — per cent of the span, one decimal, exact', () => {
  it.each<[string, number, FenRange, number | null]>([
    ['the minimum is 0', 5 * WAN, FSL_124_LOW, 0],
    ['¥60,000 of ¥50,000–¥100,000 is 20', 6 * WAN, FSL_124_LOW, 20],
    ['¥68,750 is 37.5', 6.875 * WAN, FSL_124_LOW, 37.5],
    ['the maximum is 100', 10 * WAN, FSL_124_LOW, 100],
    ['1/3 rounds to 33.3', 1, { minFen: 0, maxFen: 3 }, 33.3],
    ['2/3 rounds to 66.7', 2, { minFen: 0, maxFen: 3 }, 66.7],
    ['0.05 % rounds half up to 0.1', 1, { minFen: 0, maxFen: 2000 }, 0.1],
    ['below the range is negative (¥30,000 → −40)', 3 * WAN, FSL_124_LOW, -40],
    ['above the range is over 100 (¥110,000 → 120)', 11 * WAN, FSL_124_LOW, 120],
    ['no span (fixed amount) → null', 200_000, { minFen: 200_000, maxFen: 200_000 }, null],
  ])('%s', (_n, fine, range, pos) => {
    expect(positionInRange(fine, range)).toBe(pos)
  })
})
