/**
 * The office's holiday years (设置 → 节假日): each year's schedule as published by 国务院办公厅,
 * stored in `meta` under key 'holidayYears' (one entry a year; the backup carries it with the
 * other settings). Validated when read and before it is written; every save runs in one
 * transaction with its audit entry. The calendar in use is fed from here at start-up and after
 * each save (stores/holidays.ts); see docs/domain/deadlines.md for how working days are counted.
 */
import { HolidayYearSchema, type HolidayYear } from '@shared/calendar'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import { putMeta, readMeta } from '../meta'
import type { WriteContext } from '../records'
import { fail, type Failure } from './write-util'

/** One office-entered year, as kept in the `meta` record. */
export interface HolidayYearRecord {
  year: HolidayYear
  /** How it was entered: the form, or a file (its name). */
  enteredVia: 'form' | 'file'
  fileName?: string
  updatedAt: string
}

/** The `meta` record of the office's years (one record; one entry a year). */
export interface HolidayYearsMeta {
  key: 'holidayYears'
  years: HolidayYearRecord[]
}

/** What was read: the valid years (ascending), and a Chinese message per damaged entry. */
interface HolidayYearsRead {
  years: HolidayYearRecord[]
  damaged: string[]
}

const metaKey = 'holidayYears' as const

/** Repository for the office's holiday years. */
export function holidayYearsRepo(db: AppDB) {
  return {
    /** Every stored year (ascending), validated; damaged entries are reported, not used. */
    async list(): Promise<HolidayYearsRead> {
      const rec = await readMeta(db, metaKey)
      const years: HolidayYearRecord[] = []
      const damaged: string[] = rec.ok ? [] : [rec.message]
      for (const stored of rec.ok ? (rec.value?.years ?? []) : []) {
        const entry = stored as Partial<HolidayYearRecord> | null
        const parsed = HolidayYearSchema.safeParse(entry?.year)
        if (parsed.success) years.push({ ...(entry as HolidayYearRecord), year: parsed.data })
        else {
          const y = (entry?.year as { year?: unknown } | undefined)?.year
          damaged.push(
            `${typeof y === 'number' ? `${y}年` : '一个年度的'}节假日安排数据已损坏（${parsed.error.issues[0]?.message ?? '格式不符'}），请重新录入该年度。`,
          )
        }
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
    ): Promise<{ ok: true; record: HolidayYearRecord; replaced: boolean } | Failure> {
      const parsed = HolidayYearSchema.safeParse(input)
      if (!parsed.success) {
        return fail(
          `节假日安排有误，未保存：${parsed.error.issues.map((i) => i.message).join('；')}`,
        )
      }
      const year = parsed.data.year
      return db.transaction('rw', [db.meta, db.audit], async () => {
        const read = await readMeta(db, metaKey)
        // Entries are checked one by one when read (list): kept here as they are.
        const stored = (read.ok ? (read.value?.years ?? []) : []) as Partial<HolidayYearRecord>[]
        const others = stored.filter((e) => e?.year?.year !== year) as HolidayYearRecord[]
        const before = stored.find((e) => e?.year?.year === year)
        const record: HolidayYearRecord = { year: parsed.data, ...via, updatedAt: ctx.now }
        const after: HolidayYearsMeta = {
          key: metaKey,
          years: [...others, record].sort((a, b) => (a.year?.year ?? 0) - (b.year?.year ?? 0)),
        }
        await putMeta(db, metaKey, after)
        await appendAudit(db, ctx, {
          action: before ? 'update' : 'create',
          entity: 'meta',
          entityId: `${metaKey}:${year}`,
          before: before ?? null,
          after: record,
        })
        return { ok: true as const, record, replaced: before !== undefined }
      })
    },
  }
}
