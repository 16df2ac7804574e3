// The holiday table: which dates are statutory holidays (放假) and which weekend dates are make-up
// working days (调休上班), per year. Seeded from the `chinese-days` package (2004–2026); the office
// adds next year's schedule when the State Council General Office publishes it each November.
import { z } from 'zod'
import packageData from 'chinese-days/dist/chinese-days.json'
import { isIsoDate, yearOf, type IsoDate } from '../util/date'

/** One dated entry of a year's schedule, e.g. { date: '2027-01-01', name: '元旦' }. */
export const HolidayEntrySchema = z.object({
  date: z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 格式的真实日期'),
  name: z.string().trim().min(1, '请填写节日名称，例如“春节”'),
})

/**
 * A year's schedule as published by 国务院办公厅 (关于20XX年部分节假日安排的通知).
 * `holidays` are the days off (including weekends inside a holiday block), `makeUpWorkdays`
 * the weekend days that are working days (调休). `source` names the notice, e.g. 国办发明电〔2026〕X号.
 */
export const HolidayYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    holidays: z.array(HolidayEntrySchema).min(1, '请至少录入一个放假日期'),
    makeUpWorkdays: z.array(HolidayEntrySchema),
    source: z.string().trim().min(1, '请填写放假安排的来源（国务院办公厅通知文号）'),
  })
  .superRefine((y, ctx) => {
    const seen = new Set<string>()
    for (const [list, label] of [
      [y.holidays, '放假日期'],
      [y.makeUpWorkdays, '调休上班日期'],
    ] as const) {
      for (const e of list) {
        if (isIsoDate(e.date) && yearOf(e.date) !== y.year) {
          ctx.addIssue({ code: 'custom', message: `${label} ${e.date} 不在 ${y.year} 年内` })
        }
        if (seen.has(e.date)) {
          ctx.addIssue({ code: 'custom', message: `日期 ${e.date} 重复录入或同时录为放假和上班` })
        }
        seen.add(e.date)
      }
    }
  })

/** Parsed form of {@link HolidayYearSchema}. */
export type HolidayYear = z.infer<typeof HolidayYearSchema>

/** Where a covered year's data comes from. */
export type HolidayYearOrigin = 'package' | 'office'

/** Internal lookup form of one year. */
export interface YearTable {
  year: number
  origin: HolidayYearOrigin
  source: string
  holidays: ReadonlyMap<IsoDate, string>
  makeUpWorkdays: ReadonlyMap<IsoDate, string>
}

/** The years shipped in chinese-days 1.5.7, as lookup tables (origin 'package'). */
export function packageYearTables(): YearTable[] {
  const byYear = new Map<number, { holidays: Map<string, string>; work: Map<string, string> }>()
  const slot = (date: string) => {
    const y = yearOf(date)
    let t = byYear.get(y)
    if (!t) {
      t = { holidays: new Map(), work: new Map() }
      byYear.set(y, t)
    }
    return t
  }
  // Values look like "Spring Festival,春节,4": English name, Chinese name, length of the block.
  const chineseName = (v: string) => v.split(',')[1] ?? v
  for (const [date, v] of Object.entries(packageData.holidays as Record<string, string>)) {
    slot(date).holidays.set(date, chineseName(v))
  }
  for (const [date, v] of Object.entries(packageData.workdays as Record<string, string>)) {
    slot(date).work.set(date, chineseName(v))
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, t]) => ({
      year,
      origin: 'package' as const,
      source: 'chinese-days 1.5.7',
      holidays: t.holidays,
      makeUpWorkdays: t.work,
    }))
}

/** Converts a validated office-supplied year into a lookup table (origin 'office'). */
export function officeYearTable(y: HolidayYear): YearTable {
  return {
    year: y.year,
    origin: 'office',
    source: y.source,
    holidays: new Map(y.holidays.map((e) => [e.date, e.name])),
    makeUpWorkdays: new Map(y.makeUpWorkdays.map((e) => [e.date, e.name])),
  }
}
