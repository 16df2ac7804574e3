import { describe, expect, it } from 'vitest'
import {
  addMonths,
  chineseWeekday,
  daysBetween,
  formatChineseDate,
  isIsoDate,
  shiftDays,
} from '@shared/util/date'

describe('legal dates', () => {
  it.each([
    ['2026-10-12', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20261012', false],
  ])('isIsoDate(%s) = %s', (d, ok) => expect(isIsoDate(d)).toBe(ok))

  it.each([
    ['2026-10-12', '2026年10月12日'],
    ['2026-03-05', '2026年3月5日'],
  ])('GB/T 9704 §7.3.5 date without zero padding: %s → %s', (d, text) => {
    expect(formatChineseDate(d)).toBe(text)
  })

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-03-15', 3, '2026-06-15'],
  ])('民法典 Art. 202 month periods: %s + %s months = %s', (d, m, expected) => {
    expect(addMonths(d, m)).toBe(expected)
  })

  it('day arithmetic is time-zone free', () => {
    expect(shiftDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28)
    expect(chineseWeekday('2026-10-12')).toBe('星期一')
  })
})
