// Public calendar API. The module-level functions use one process-wide calendar (the
// "active calendar"), seeded from chinese-days; the app registers the office-supplied years
// (stored in its database) at start-up with `registerHolidayYear`. Code that wants no shared
// state builds its own with `createCalendar` and passes it to computeDeadlines/deriveCaseState.
import { type IsoDate } from '../util/date'
import { type ValidationResult } from '../validation/result'
import {
  addNaturalDaysOn,
  addWorkingDaysOn,
  countWorkingDaysOn,
  createCalendar,
  rollToWorkingDayOn,
  subtractWorkingDaysOn,
  uncoveredYearsOn,
  type Calendar,
  type CoveredYear,
} from './calendar'

export {
  addNaturalDaysOn,
  addWorkingDaysOn,
  countWorkingDaysOn,
  createCalendar,
  rollToWorkingDayOn,
  subtractWorkingDaysOn,
  uncoveredYearsOn,
  type Calendar,
  type CoveredYear,
}
export {
  HolidayEntrySchema,
  HolidayYearSchema,
  type HolidayYear,
  type HolidayYearOrigin,
} from './holiday-table'

let active: Calendar = createCalendar()

/** The process-wide calendar used by the functions below and as the default elsewhere. */
export function activeCalendar(): Calendar {
  return active
}

/**
 * Adds (or replaces) one year's holidays and 调休 make-up days in the active calendar, e.g. the
 * 2027 schedule once 国务院办公厅 publishes it. Office data replaces package data for that year.
 * Returns a Chinese message saying what is wrong when the input is invalid; nothing is changed then.
 */
export function registerHolidayYear(year: unknown): ValidationResult {
  return active.registerYear(year)
}

/** Replaces the active calendar with a fresh one holding only the package years (plus `officeYears`). */
export function resetCalendar(officeYears: unknown[] = []): void {
  active = createCalendar(officeYears)
}

/** Years the active calendar covers, with their origin (package or office). */
export function coveredYears(): CoveredYear[] {
  return active.coveredYears()
}

/**
 * Whether `date` is a working day: weekends off, State Council holidays off, 调休 make-up days on.
 * In a year the calendar does not cover, only the weekend rule applies (see {@link calendarCovers}).
 */
export function isWorkingDay(date: IsoDate): boolean {
  return active.isWorkingDay(date)
}

/** The n-th working day after `start`; the start day is excluded (APL Art. 85, SAMR-PR Art. 80). */
export function addWorkingDays(start: IsoDate, n: number): IsoDate {
  return addWorkingDaysOn(active, start, n)
}

/**
 * `start` + n natural days, start day excluded; an end on a non-working day rolls to the next
 * working day (CPL Art. 85, SAMR-PR Art. 80).
 */
export function addNaturalDays(start: IsoDate, n: number): IsoDate {
  return addNaturalDaysOn(active, start, n)
}

/** The n-th working day before `end` (end excluded), e.g. the last day to serve a hearing notice. */
export function subtractWorkingDays(end: IsoDate, n: number): IsoDate {
  return subtractWorkingDaysOn(active, end, n)
}

/** False for a date in a year the holiday data does not cover (deadlines there carry a warning). */
export function calendarCovers(date: IsoDate): boolean {
  return active.covers(date)
}

/** Chinese warning for deadlines computed across uncovered years, or undefined if all covered. */
export function uncoveredYearsWarning(years: number[]): string | undefined {
  if (years.length === 0) return undefined
  const list = years.map((y) => `${y}年`).join('、')
  return `${list}节假日安排尚未录入，期限仅按周末推算，可能不准确；请在“设置—节假日”中录入国务院办公厅公布的放假安排。`
}
