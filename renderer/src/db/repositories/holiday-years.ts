/**
 * The office's holiday years (设置 → 节假日): each year's schedule as published by 国务院办公厅,
 * stored in `meta` under key 'holidayYear:<year>' (one record a year, so the backup carries them
 * with the other settings). Validated when read and before it is written; every save runs in one
 * transaction with its audit entry. The calendar in use is fed from here at start-up and after
 * each save (stores/holidays.ts); see docs/domain/deadlines.md for how working days are counted.
 */
import { HolidayYearSchema, type HolidayYear } from '@shared/calendar'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { WriteContext } from '../records'
import { fail, type Failure } from './write-util'

/** The `meta` record of one office-entered year. */
export interface HolidayYearMeta {
  key: `holidayYear:${number}`
  year: HolidayYear
  /** How it was entered: the form, or a file (its name). */
  enteredVia: 'form' | 'file'
  fileName?: string
  updatedAt: string
}

/** What was read: the valid years, and a Chinese message per damaged record. */
export interface HolidayYearsRead {
  years: HolidayYearMeta[]
  damaged: string[]
}

const prefix = 'holidayYear:'

/** The meta key of `year`. */
export const holidayYearKey = (year: number): HolidayYearMeta['key'] => `${prefix}${year}`

/** Repository for the office's holiday years. */
export function holidayYearsRepo(db: AppDB) {
  return {
    /** Every stored year (ascending), validated; damaged records are reported, not used. */
    async list(): Promise<HolidayYearsRead> {
      const recs = (await db.meta.where('key').startsWith(prefix).toArray()) as HolidayYearMeta[]
      const years: HolidayYearMeta[] = []
      const damaged: string[] = []
      for (const rec of recs) {
        const parsed = HolidayYearSchema.safeParse(rec.year)
        if (parsed.success) years.push({ ...rec, year: parsed.data })
        else
          damaged.push(
            `${rec.key.slice(prefix.length)}年节假日安排数据已损坏（${parsed.error.issues[0]?.message ?? '格式不符'}），请重新录入该年度。`,
          )
      }
      years.sort((a, b) => a.year.year - b.year.year)
      return { years, damaged }
    },

    /**
     * Save (add or replace) one year, in one audited transaction. `input` is validated with
     * HolidayYearSchema; nothing is written when it is invalid.
     */
    async save(
      ctx: WriteContext,
      input: unknown,
      via: { enteredVia: 'form' } | { enteredVia: 'file'; fileName: string },
    ): Promise<{ ok: true; record: HolidayYearMeta; replaced: boolean } | Failure> {
      const parsed = HolidayYearSchema.safeParse(input)
      if (!parsed.success) {
        return fail(
          `节假日安排有误，未保存：${parsed.error.issues.map((i) => i.message).join('；')}`,
        )
      }
      const key = holidayYearKey(parsed.data.year)
      return db.transaction('rw', [db.meta, db.audit], async () => {
        const before = (await db.meta.get(key)) as HolidayYearMeta | undefined
        const record: HolidayYearMeta = {
          key,
          year: parsed.data,
          ...via,
          updatedAt: ctx.now,
        }
        await db.meta.put(record)
        await appendAudit(db, ctx, {
          action: before ? 'update' : 'create',
          entity: 'meta',
          entityId: key,
          before: before ?? null,
          after: record,
        })
        return { ok: true as const, record, replaced: before !== undefined }
      })
    },
  }
}
