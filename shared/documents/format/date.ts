/** Dates on documents: legal dates are 'YYYY-MM-DD' strings; printed as 2026年3月5日. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Splits a 'YYYY-MM-DD' legal date into numbers; throws on anything that is not a real date. */
export function parseLegalDate(date: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date)
  if (!match) throw new Error(`日期格式无效：“${date}”，应为 YYYY-MM-DD。`)
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const daysInMonth = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ]
  if (month < 1 || month > 12 || day < 1 || day > (daysInMonth[month - 1] ?? 0)) {
    throw new Error(`日期不存在：“${date}”。`)
  }
  return { year, month, day }
}

/** Formats a legal date the GB/T 9704 way, without zero padding: 2026-03-05 → 2026年3月5日. */
export function formatChineseDate(date: string): string {
  const { year, month, day } = parseLegalDate(date)
  return `${year}年${month}月${day}日`
}

/**
 * Formats a legal date plus a clock time ('HH:mm'): 2026-03-05, 09:30 → 2026年3月5日9时30分.
 * The hour is not padded; minutes keep two digits as on record forms (10时05分, 10时00分).
 */
export function formatChineseDateTime(date: string, time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time)
  if (!match) throw new Error(`时间格式无效：“${time}”，应为 HH:mm。`)
  const hour = Number(match[1])
  const minute = Number(match[2])
  if (hour > 23 || minute > 59) throw new Error(`时间不存在：“${time}”。`)
  return `${formatChineseDate(date)}${hour}时${String(minute).padStart(2, '0')}分`
}

/** The year of a legal date. */
export function yearOf(date: string): number {
  return parseLegalDate(date).year
}
