// Statistics periods: a year, a quarter or a custom range (both ends inclusive).
import { daysInMonth, isIsoDate } from '../util/date'
import { type StatisticsPeriod } from './contribution'

/** The calendar year `year`: 1 January to 31 December. */
export function yearPeriod(year: number): StatisticsPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** Quarter `q` (1–4) of `year`. */
export function quarterPeriod(year: number, q: 1 | 2 | 3 | 4): StatisticsPeriod {
  const first = (q - 1) * 3 + 1
  const last = first + 2
  const mm = (m: number) => String(m).padStart(2, '0')
  return {
    from: `${year}-${mm(first)}-01`,
    to: `${year}-${mm(last)}-${String(daysInMonth(year, last)).padStart(2, '0')}`,
  }
}

/** Why a custom range cannot be used (Chinese), or undefined when it can. */
export function periodProblem(from: string, to: string): string | undefined {
  if (!isIsoDate(from) || !isIsoDate(to)) return '请选择有效的起止日期'
  if (from > to) return '开始日期不能晚于结束日期，请重新选择'
  return undefined
}

/** How a period is written in titles: 2026年, 2026年第2季度, or 2026-03-01至2026-05-31. */
export function periodLabel(p: StatisticsPeriod): string {
  const y = p.from.slice(0, 4)
  if (p.from === `${y}-01-01` && p.to === `${y}-12-31`) return `${y}年`
  for (const q of [1, 2, 3, 4] as const) {
    const qp = quarterPeriod(Number(y), q)
    if (qp.from === p.from && qp.to === p.to) return `${y}年第${q}季度`
  }
  return `${p.from}至${p.to}`
}
