// Legal dates are 'YYYY-MM-DD' strings (docs/architecture/overview.md §3). All arithmetic runs on UTC day numbers so the
// result never depends on the machine's time zone; no function here reads the clock.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** A legal date as 'YYYY-MM-DD'. Plain string alias, documented for readers. */
export type IsoDate = string

/**
 * Whether `value` is a real calendar date written as 'YYYY-MM-DD' (e.g. rejects '2026-02-30').
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

/** Number of days in month `month` (1–12) of `year` (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Day number (days since 1970-01-01) of a legal date. Throws a RangeError for a malformed date,
 * because a silently wrong day count would produce a wrong legal deadline.
 */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`日期格式应为 YYYY-MM-DD 的真实日期，收到：${date}`)
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d) / MS_PER_DAY
}

/** Legal date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** `date` shifted by `n` calendar days (n may be negative). */
export function shiftDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n)
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** Day of week of a legal date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay()
}

/** Year of a legal date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target month becomes
 * that month's last day (民法典 Art. 202).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  toDayNumber(date)
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const ty = Math.floor(total / 12)
  const tm = (total % 12) + 1
  const td = Math.min(d, daysInMonth(ty, tm))
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`
}

/**
 * Formats a legal date the way official documents write it: full year, no zero padding,
 * e.g. '2026-10-12' → '2026年10月12日' (GB/T 9704 §7.3.5).
 */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = parseLegalDate(date)
  return `${year}年${month}月${day}日`
}

/** Splits a legal date into numbers; throws (in Chinese) on anything that is not a real date. */
export function parseLegalDate(date: IsoDate): { year: number; month: number; day: number } {
  toDayNumber(date)
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/**
 * Formats a legal date plus a clock time ('HH:mm') as record forms write it:
 * 2026-03-05, 09:30 → 2026年3月5日9时30分. The hour is not padded; minutes keep two digits
 * (10时05分, 10时00分).
 */
export function formatChineseDateTime(date: IsoDate, time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time)
  if (!match) throw new Error(`时间格式无效：“${time}”，应为 HH:mm。`)
  const hour = Number(match[1])
  const minute = Number(match[2])
  if (hour > 23 || minute > 59) throw new Error(`时间不存在：“${time}”。`)
  return `${formatChineseDate(date)}${hour}时${String(minute).padStart(2, '0')}分`
}

/** Chinese weekday name of a legal date, e.g. '星期一'. */
export function chineseWeekday(date: IsoDate): string {
  return `星期${'日一二三四五六'[dayOfWeek(date)]}`
}
