/** The time of a record (笔录/记录): “2026年3月5日9时30分至10时20分”. */
import { formatChineseDateTime } from '../../util/date'

/** The period of a record on one day, printed like the existing records (陈述申辩笔录). */
export function recordPeriod(date: string, startTime: string, endTime: string): string {
  const [h, m] = endTime.split(':')
  return `${formatChineseDateTime(date, startTime)}至${Number(h)}时${m}分`
}
