// Working-day and natural-day arithmetic over a holiday table (docs/domain/deadlines.md).
import { dayOfWeek, shiftDays, yearOf, type IsoDate } from '../util/date'
import { type ValidationResult } from '../validation/result'
import {
  HolidayYearSchema,
  officeYearTable,
  packageYearTables,
  type HolidayYearOrigin,
  type YearTable,
} from './holiday-table'

/** Summary of one covered year, for the settings screen. */
export interface CoveredYear {
  year: number
  origin: HolidayYearOrigin
  source: string
  holidayCount: number
  makeUpWorkdayCount: number
}

/** A working-day calendar: the rules of docs/domain/deadlines.md over one holiday table. */
export interface Calendar {
  /** See the module-level {@link isWorkingDay}. */
  isWorkingDay(date: IsoDate): boolean
  /** See the module-level {@link calendarCovers}. */
  covers(date: IsoDate): boolean
  /** Every year the table holds, ascending. */
  coveredYears(): CoveredYear[]
  /** Adds or replaces one year's schedule (office data wins over package data). */
  registerYear(input: unknown): ValidationResult
  /** Name of the holiday or make-up day on `date`, if any. */
  dayName(date: IsoDate): string | undefined
}

/**
 * Builds a calendar seeded with the chinese-days years, plus `officeYears` (already validated or
 * not: invalid entries throw). Pure: each call returns an independent calendar.
 */
export function createCalendar(officeYears: unknown[] = []): Calendar {
  const years = new Map<number, YearTable>(packageYearTables().map((t) => [t.year, t]))
  const calendar: Calendar = {
    isWorkingDay(date) {
      const t = years.get(yearOf(date))
      if (t?.holidays.has(date)) return false
      if (t?.makeUpWorkdays.has(date)) return true
      const dow = dayOfWeek(date)
      return dow !== 0 && dow !== 6
    },
    covers(date) {
      return years.has(yearOf(date))
    },
    coveredYears() {
      return [...years.values()]
        .sort((a, b) => a.year - b.year)
        .map((t) => ({
          year: t.year,
          origin: t.origin,
          source: t.source,
          holidayCount: t.holidays.size,
          makeUpWorkdayCount: t.makeUpWorkdays.size,
        }))
    },
    registerYear(input) {
      const parsed = HolidayYearSchema.safeParse(input)
      if (!parsed.success) {
        return { ok: false, message: parsed.error.issues.map((i) => i.message).join('；') }
      }
      years.set(parsed.data.year, officeYearTable(parsed.data))
      return { ok: true }
    },
    dayName(date) {
      const t = years.get(yearOf(date))
      return t?.holidays.get(date) ?? t?.makeUpWorkdays.get(date)
    },
  }
  for (const y of officeYears) {
    const r = calendar.registerYear(y)
    if (!r.ok) throw new RangeError(r.message)
  }
  return calendar
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`天数应为非负整数，收到：${n}`)
}

/** The n-th working day after `start` (start excluded); n = 0 returns `start` unchanged. */
export function addWorkingDaysOn(cal: Calendar, start: IsoDate, n: number): IsoDate {
  assertCount(n)
  let d = start
  let left = n
  while (left > 0) {
    d = shiftDays(d, 1)
    if (cal.isWorkingDay(d)) left--
  }
  return d
}

/** The n-th working day before `end` (end excluded); n = 0 returns `end` unchanged. */
export function subtractWorkingDaysOn(cal: Calendar, end: IsoDate, n: number): IsoDate {
  assertCount(n)
  let d = end
  let left = n
  while (left > 0) {
    d = shiftDays(d, -1)
    if (cal.isWorkingDay(d)) left--
  }
  return d
}

/** `date` itself if it is a working day, else the first working day after it (CPL Art. 85). */
export function rollToWorkingDayOn(cal: Calendar, date: IsoDate): IsoDate {
  let d = date
  while (!cal.isWorkingDay(d)) d = shiftDays(d, 1)
  return d
}

/** `start` + n natural days (start excluded), rolled forward off a non-working day. */
export function addNaturalDaysOn(cal: Calendar, start: IsoDate, n: number): IsoDate {
  assertCount(n)
  return rollToWorkingDayOn(cal, shiftDays(start, n))
}

/** Working days in the closed range [from, to] (0 when to < from). */
export function countWorkingDaysOn(cal: Calendar, from: IsoDate, to: IsoDate): number {
  let count = 0
  for (let d = from; d <= to; d = shiftDays(d, 1)) if (cal.isWorkingDay(d)) count++
  return count
}

/** Years in [from, to] (inclusive, by year) that the calendar does not cover, ascending. */
export function uncoveredYearsOn(cal: Calendar, from: IsoDate, to: IsoDate): number[] {
  const out: number[] = []
  const [a, b] = from <= to ? [from, to] : [to, from]
  for (let y = yearOf(a); y <= yearOf(b); y++) {
    if (!cal.covers(`${String(y).padStart(4, '0')}-01-01`)) out.push(y)
  }
  return out
}
