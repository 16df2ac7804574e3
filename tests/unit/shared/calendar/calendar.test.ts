import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addNaturalDays,
  addWorkingDays,
  calendarCovers,
  createCalendar,
  addWorkingDaysOn,
  addNaturalDaysOn,
  countWorkingDaysOn,
  isWorkingDay,
  subtractWorkingDays,
  uncoveredYearsOn,
  uncoveredYearsWarning,
} from '@shared/calendar'
import { shiftDays } from '@shared/util/date'

describe('isWorkingDay — 全国年节及纪念日放假办法 + 国办发明电 2026 schedule (docs/domain/deadlines.md)', () => {
  it.each([
    ['2026-01-01', false, 'New Year holiday (Thu)'],
    ['2026-01-04', true, 'Sun 4 Jan make-up workday (调休)'],
    ['2026-02-14', true, 'Sat 14 Feb make-up workday'],
    ['2026-02-15', false, 'Spring Festival block start (Sun)'],
    ['2026-02-23', false, 'Spring Festival block end (Mon)'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-02-28', true, 'Sat 28 Feb make-up workday'],
    ['2026-05-09', true, 'Sat 9 May make-up workday'],
    ['2026-09-20', true, 'Sun 20 Sep make-up workday'],
    ['2026-10-07', false, 'National Day block end'],
    ['2026-10-10', true, 'Sat 10 Oct make-up workday'],
    ['2026-10-11', false, 'ordinary Sunday'],
    ['2026-10-13', true, 'ordinary Tuesday'],
    ['2025-10-11', true, '2025: Sat 11 Oct make-up workday'],
    ['2025-01-28', false, '2025: Spring Festival'],
  ])('%s is working day = %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it('2026 has 248 working days (docs/domain/deadlines.md, computed from the State Council notice)', () => {
    let count = 0
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = shiftDays(d, 1)) if (isWorkingDay(d)) count++
    expect(count).toBe(248)
  })
})

describe('worked examples of docs/domain/deadlines.md', () => {
  it.each([
    ['APL Arts. 44/85 告知 reply: 2026-09-29 +5 working days', '2026-09-29', 5, 'WD', '2026-10-12'],
    [
      'APL Art. 85 7 working days over Spring Festival: 2026-02-12 +7 WD',
      '2026-02-12',
      7,
      'WD',
      '2026-02-28',
    ],
    [
      'APL Art. 67 + CPL Art. 85 fine due: 2026-09-16 +15 natural days rolls past National Day',
      '2026-09-16',
      15,
      'ND',
      '2026-10-08',
    ],
    [
      'APL Art. 67 + CPL Art. 85 fine due: 2026-02-05 +15 natural days rolls past Spring Festival',
      '2026-02-05',
      15,
      'ND',
      '2026-02-24',
    ],
    [
      'PubRule Art. 9 publication: 2026-09-21 +20 working days',
      '2026-09-21',
      20,
      'WD',
      '2026-10-26',
    ],
  ] as const)('%s → %s', (_name, start, n, unit, expected) => {
    const due = unit === 'WD' ? addWorkingDays(start, n) : addNaturalDays(start, n)
    expect(due).toBe(expected)
  })
})

describe('period rules (CPL Art. 85, SAMR-PR Art. 80)', () => {
  it.each([
    ['start day excluded: Mon +1 WD is Tue', '2026-03-02', 1, '2026-03-03'],
    ['Fri +1 WD is next Mon', '2026-03-06', 1, '2026-03-09'],
    ['start on a holiday still counts from the next day', '2026-10-01', 1, '2026-10-08'],
    ['n = 0 returns the start', '2026-03-07', 0, '2026-03-07'],
  ])('addWorkingDays: %s', (_n, start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected)
  })

  it.each([
    ['end on a working day stays', '2026-03-02', 3, '2026-03-05'],
    ['end on a plain Saturday rolls to Monday', '2026-03-04', 3, '2026-03-09'],
    ['end on a make-up Saturday (2026-10-10) does not roll', '2026-10-05', 5, '2026-10-10'],
  ])('addNaturalDays: %s', (_n, start, n, expected) => {
    expect(addNaturalDays(start, n)).toBe(expected)
  })

  it('subtractWorkingDays is the inverse for the hearing-notice lead (APL Art. 64(2))', () => {
    expect(subtractWorkingDays('2026-10-12', 5)).toBe('2026-09-29')
  })

  it.each([-1, 1.5, Number.NaN])('rejects a day count of %s', (n) => {
    expect(() => addWorkingDays('2026-01-05', n)).toThrow(RangeError)
    expect(() => addNaturalDays('2026-01-05', n)).toThrow(RangeError)
  })

  it('rejects a malformed date instead of guessing', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError)
  })
})

describe('coverage and office-supplied years (docs/architecture/overview.md §2: the calendar must be extendable)', () => {
  it.each([
    ['2004-06-01', true],
    ['2026-12-31', true],
    ['2027-01-04', false],
    ['2003-12-31', false],
  ])('calendarCovers(%s) = %s — chinese-days 1.5.7 covers 2004–2026', (date, expected) => {
    expect(calendarCovers(date)).toBe(expected)
  })

  it('an uncovered year falls back to the weekend rule and is reported', () => {
    const cal = createCalendar()
    expect(cal.isWorkingDay('2027-01-01')).toBe(true) // Friday; the real 2027 New Year is unknown
    expect(uncoveredYearsOn(cal, '2026-12-20', '2027-02-01')).toEqual([2027])
    expect(uncoveredYearsWarning([2027])).toContain('2027年节假日安排尚未录入')
    expect(uncoveredYearsWarning([])).toBeUndefined()
  })

  it('registering a 2027 schedule makes holidays off, make-up days on, and covers the year', () => {
    const cal = createCalendar()
    const r = cal.registerYear({
      year: 2027,
      source: '国办发明电〔2026〕测试号',
      holidays: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-01-02', name: '元旦' },
        { date: '2027-01-03', name: '元旦' },
      ],
      makeUpWorkdays: [{ date: '2027-01-09', name: '元旦' }],
    })
    expect(r).toEqual({ ok: true })
    expect(cal.covers('2027-06-01')).toBe(true)
    expect(cal.isWorkingDay('2027-01-01')).toBe(false)
    expect(cal.isWorkingDay('2027-01-09')).toBe(true)
    // 2026-12-31 (Thu) + 2 WD: 1–3 Jan off → Mon 4 Jan (1), Tue 5 Jan (2)
    expect(addWorkingDaysOn(cal, '2026-12-31', 2)).toBe('2027-01-05')
    expect(addNaturalDaysOn(cal, '2026-12-31', 1)).toBe('2027-01-04')
    expect(cal.coveredYears().at(-1)).toMatchObject({ year: 2027, origin: 'office' })
  })

  it.each([
    [
      {
        year: 2027,
        source: 'x',
        holidays: [{ date: '2028-01-01', name: '元旦' }],
        makeUpWorkdays: [],
      },
      '不在 2027 年内',
    ],
    [
      {
        year: 2027,
        source: 'x',
        holidays: [{ date: '2027-01-01', name: '元旦' }],
        makeUpWorkdays: [{ date: '2027-01-01', name: '元旦' }],
      },
      '重复',
    ],
    [
      {
        year: 2027,
        source: '',
        holidays: [{ date: '2027-01-01', name: '元旦' }],
        makeUpWorkdays: [],
      },
      '来源',
    ],
    [{ year: 2027, source: 'x', holidays: [], makeUpWorkdays: [] }, '至少录入'],
  ])(
    'an invalid schedule is refused with a Chinese message and changes nothing (%#)',
    (input, msg) => {
      const cal = createCalendar()
      const r = cal.registerYear(input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toContain(msg)
      expect(cal.covers('2027-03-01')).toBe(false)
    },
  )

  it('office data replaces package data for a covered year', () => {
    const cal = createCalendar([
      {
        year: 2026,
        source: '更正',
        holidays: [{ date: '2026-03-02', name: '测试' }],
        makeUpWorkdays: [],
      },
    ])
    expect(cal.isWorkingDay('2026-03-02')).toBe(false)
    expect(cal.isWorkingDay('2026-10-01')).toBe(true) // the replaced year no longer has National Day
  })
})

describe('calendar properties (fast-check)', () => {
  const date = fc.integer({ min: 0, max: 365 * 22 }).map((n) => shiftDays('2004-01-01', n))

  it('addWorkingDays lands on a working day with exactly n working days in (start, end]', () => {
    const cal = createCalendar()
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = addWorkingDaysOn(cal, start, n)
        expect(cal.isWorkingDay(end)).toBe(true)
        expect(countWorkingDaysOn(cal, shiftDays(start, 1), end)).toBe(n)
      }),
    )
  })

  it('addNaturalDays never ends before start + n and always on a working day', () => {
    const cal = createCalendar()
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (start, n) => {
        const end = addNaturalDaysOn(cal, start, n)
        expect(end >= shiftDays(start, n)).toBe(true)
        expect(cal.isWorkingDay(end)).toBe(true)
      }),
    )
  })

  it('more days never give an earlier date (monotone)', () => {
    const cal = createCalendar()
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (s, n, k) => {
          expect(addWorkingDaysOn(cal, s, n + k) >= addWorkingDaysOn(cal, s, n)).toBe(true)
          expect(addNaturalDaysOn(cal, s, n + k) >= addNaturalDaysOn(cal, s, n)).toBe(true)
        },
      ),
    )
  })
})
