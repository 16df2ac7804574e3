// The 裁量 bands (从轻 / 一般 / 从重) of a lawful range and where a fine lies in it, in integer 分
// (docs/domain/discretion.md, "Bands" and "Position").
import { DiscretionError } from './fine-rule'
import type { Band, DiscretionBands, FenRange } from './types'

/**
 * 从轻 is the lowest 30 % of the range and 从重 the highest 30 %. Commonly attributed to the SAMR
 * guidance 《关于规范市场监督管理行政处罚裁量权的指导意见》(国市监法规〔2022〕2号); the article was
 * NOT verified from the primary text [U] — see docs/domain/discretion.md, "Bands". Offices can set
 * their own split (DiscretionBandsSchema).
 */
export const DEFAULT_DISCRETION_BANDS: DiscretionBands = { lighterPercent: 30, heavierPercent: 30 }

/** The three bands of one range; a band with minFen > maxFen is empty. */
export interface BandRanges {
  lighter: FenRange
  general: FenRange
  heavier: FenRange
}

function assertRange(range: FenRange): number {
  const { minFen, maxFen } = range
  if (
    !Number.isSafeInteger(minFen) ||
    !Number.isSafeInteger(maxFen) ||
    minFen < 0 ||
    minFen > maxFen
  ) {
    throw new DiscretionError('罚款幅度有误：最低额应为不高于最高额的非负整数（单位：分）')
  }
  return maxFen - minFen
}

/** floor(a × b / c) for non-negative integers, exact. */
function mulDivFloor(a: number, b: number, c: number): number {
  return Number((BigInt(a) * BigInt(b)) / BigInt(c))
}

/**
 * The bands of `range`, integer 分. With span = max − min:
 * - 从轻 [min, min + ⌊span × lighter% ⌋] — it owns its upper boundary amount;
 * - 从重 [max − ⌊span × heavier% ⌋, max] — it owns its lower boundary amount;
 * - 一般 is what lies strictly between (it owns neither boundary).
 * Both percentages round toward the middle, so 从轻 and 从重 never exceed their share. When they
 * would share one amount (lighter% + heavier% = 100) 从轻 keeps it. A band may be empty
 * (minFen > maxFen) when the span is tiny. A range with no span (min = max, a fixed amount) has no
 * discretion: all three bands are that amount.
 */
export function bandRanges(range: FenRange, bands: DiscretionBands): BandRanges {
  const span = assertRange(range)
  const { minFen, maxFen } = range
  if (span === 0) return { lighter: { ...range }, general: { ...range }, heavier: { ...range } }
  const lighterMax = minFen + mulDivFloor(span, bands.lighterPercent, 100)
  const heavierMin = Math.max(maxFen - mulDivFloor(span, bands.heavierPercent, 100), lighterMax + 1)
  return {
    lighter: { minFen, maxFen: lighterMax },
    general: { minFen: lighterMax + 1, maxFen: heavierMin - 1 },
    heavier: { minFen: heavierMin, maxFen },
  }
}

/**
 * The band `fineFen` falls in: 'belowRange' under the minimum (only lawful as 减轻, APL Art. 32),
 * 'aboveRange' over the maximum, otherwise the band of {@link bandRanges}. A range with no span
 * gives 'general' for its one amount (the law leaves no discretion).
 */
export function bandOf(fineFen: number, range: FenRange, bands: DiscretionBands): Band {
  if (fineFen < range.minFen) return 'belowRange'
  if (fineFen > range.maxFen) return 'aboveRange'
  if (range.minFen === range.maxFen) return 'general'
  const b = bandRanges(range, bands)
  if (fineFen <= b.lighter.maxFen) return 'lighter'
  if (fineFen >= b.heavier.minFen) return 'heavier'
  return 'general'
}

/** a / b rounded half up to an integer (b > 0; a may be negative), exact. */
function roundHalfUp(a: bigint, b: bigint): bigint {
  const n = 2n * a + b
  const d = 2n * b
  const q = n / d
  return n % d !== 0n && n < 0n ? q - 1n : q
}

/**
 * Where `fineFen` lies in `range`, in per cent of the span from the minimum, rounded half up to
 * one decimal with integer arithmetic: 0 at the minimum, 100 at the maximum (e.g. 20, 37.5, 33.3);
 * below the range the result is negative, above it over 100. Null when the range has no span
 * (min = max): a position is meaningless there.
 */
export function positionInRange(fineFen: number, range: FenRange): number | null {
  const span = assertRange(range)
  if (span === 0) return null
  if (!Number.isSafeInteger(fineFen)) {
    throw new DiscretionError('罚款金额应为整数（单位：分）')
  }
  const tenths = roundHalfUp(BigInt(fineFen - range.minFen) * 1000n, BigInt(span))
  return Number(tenths) / 10
}
