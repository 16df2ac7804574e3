import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatFenAsYuan, lateSurchargeFen, parseYuanToFen, surchargeDays } from '@shared/money'

describe('lateSurchargeFen — APL Art. 72(1), SAMR-PR Art. 75: 3 %/day, capped at the fine', () => {
  it.each([
    ['paid on the due date: no surcharge', 100_000, '2026-10-08', '2026-10-08', 0],
    ['paid before the due date', 100_000, '2026-10-08', '2026-10-01', 0],
    ['one day late: 3 % of ¥1,000 = ¥30', 100_000, '2026-10-08', '2026-10-09', 3_000],
    ['ten days late: 30 %', 100_000, '2026-10-08', '2026-10-18', 30_000],
    ['33 days late: 99 %', 100_000, '2026-10-08', '2026-11-10', 99_000],
    ['34 days late: capped at the fine (not 102 %)', 100_000, '2026-10-08', '2026-11-11', 100_000],
    ['a year late: still capped at the fine', 100_000, '2026-10-08', '2027-10-08', 100_000],
    ['3 % of 1 fen is 0.03 fen: rounded down to 0', 1, '2026-10-08', '2026-10-09', 0],
    ['3 % of 333 fen × 1 day = 9.99 fen → 9 fen (round down)', 333, '2026-10-08', '2026-10-09', 9],
    [
      '3 % of 333 fen × 2 days = 19.98 fen → 19 fen (rounded once on the total)',
      333,
      '2026-10-08',
      '2026-10-10',
      19,
    ],
    [
      'counts natural days across holidays (APL Art. 72 is per day)',
      10_000,
      '2026-09-30',
      '2026-10-08',
      2_400,
    ],
  ])('%s', (_n, fine, due, paid, expected) => {
    expect(lateSurchargeFen(fine, due, paid)).toBe(expected)
  })

  it('APL Art. 73: days while review/litigation is pending are not counted', () => {
    expect(
      surchargeDays('2026-10-08', '2026-10-18', [{ from: '2026-10-10', to: '2026-10-14' }]),
    ).toBe(5)
    expect(
      lateSurchargeFen(100_000, '2026-10-08', '2026-10-18', [
        { from: '2026-10-10', to: '2026-10-14' },
      ]),
    ).toBe(15_000)
  })

  it.each([-1, 1.5, Number.NaN])('refuses a fine of %s fen (integer fen only)', (fine) => {
    expect(() => lateSurchargeFen(fine, '2026-10-08', '2026-10-09')).toThrow(RangeError)
  })

  it('property: always an integer between 0 and the fine, never decreasing with later payment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (fine, late, more) => {
          const a = lateSurchargeFen(fine, '2026-01-10', `2026-0${late < 20 ? 1 : 2}-01`)
          expect(Number.isInteger(a) && a >= 0 && a <= fine).toBe(true)
          const d1 = lateSurchargeFen(fine, '2026-01-10', shift(late))
          const d2 = lateSurchargeFen(fine, '2026-01-10', shift(late + more))
          expect(d2).toBeGreaterThanOrEqual(d1)
        },
      ),
    )
  })
})

function shift(days: number): string {
  return new Date(Date.UTC(2026, 0, 10 + days)).toISOString().slice(0, 10)
}

describe('amounts typed in 元 are stored in 分 without floats (docs/architecture/overview.md §3)', () => {
  it.each([
    ['1234', 123_400],
    ['1,234.5', 123_450],
    ['0.07', 7],
    ['0.1', 10],
    [' 200.00 ', 20_000],
    ['1.234', undefined],
    ['-5', undefined],
    ['abc', undefined],
    ['', undefined],
  ])('parseYuanToFen(%j) = %s', (input, expected) => {
    expect(parseYuanToFen(input)).toBe(expected)
  })

  it.each([
    [123_456, '1,234.56'],
    [7, '0.07'],
    [100_000_000, '1,000,000.00'],
    [-250, '-2.50'],
  ])('formatFenAsYuan(%s) = %s', (fen, expected) => {
    expect(formatFenAsYuan(fen)).toBe(expected)
  })
})
