/**
 * 节假日: the calendar years known (chinese-days 2004–2026 plus the office's years), adding a year
 * from the form or a JSON file. The office's years are read at start-up (stores/app.ts) and put
 * into the calendar in use; a saved year is registered at once, so every deadline computed
 * afterwards uses it without a reload (docs/domain/deadlines.md).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  coveredYears,
  registerHolidayYear,
  resetCalendar,
  type CoveredYear,
  type HolidayYear,
} from '@shared/calendar'
import {
  holidayYearFromForm,
  parseHolidayYearFile,
  type HolidayFormErrors,
  type HolidayYearForm,
} from '@shared/calendar/holiday-input'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import { holidayYearsRepo, type HolidayYearRecord } from '@renderer/db/repositories/holiday-years'
import { writeContext } from '@renderer/services/write-context'
import { guardResult } from '@renderer/db/write-guard'

/** The result of a save: the year saved, or what to fix (nothing was saved). */
type HolidaySaveResult =
  | { ok: true; year: HolidayYear; replaced: boolean }
  | { ok: false; message: string; errors?: HolidayFormErrors; fileErrors?: string[] }

const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

export const useHolidaysStore = defineStore('holidays', () => {
  /** Every year the calendar in use covers, ascending. */
  const covered = shallowRef<CoveredYear[]>(coveredYears())
  /** The office's stored years (with how they were entered). */
  const officeYears = shallowRef<HolidayYearRecord[]>([])
  /** Chinese messages: damaged records, or a read failure. */
  const loadErrors = ref<string[]>([])
  const loaded = ref(false)
  const saving = ref(false)

  /** Read the office's years and make the calendar in use = package years + these. */
  async function load(): Promise<void> {
    try {
      const r = await holidayYearsRepo(db).list()
      resetCalendar(r.years.map((y) => y.year))
      officeYears.value = r.years
      loadErrors.value = r.damaged
    } catch (err) {
      loadErrors.value = [
        `读取本机关录入的节假日安排失败，期限仅按内置数据推算；请重新打开程序。${message(err)}`,
      ]
    }
    covered.value = coveredYears()
    loaded.value = true
  }

  async function persist(
    year: HolidayYear,
    via: { enteredVia: 'form' } | { enteredVia: 'file'; fileName: string },
  ): Promise<HolidaySaveResult> {
    saving.value = true
    try {
      const r = await guardResult(() => holidayYearsRepo(db).save(writeContext(), year, via))
      if (!r.ok) return { ok: false, message: r.message }
      const registered = registerHolidayYear(r.record.year)
      if (!registered.ok) return { ok: false, message: registered.message }
      officeYears.value = [
        ...officeYears.value.filter((y) => y.year.year !== r.record.year.year),
        r.record,
      ].sort((a, b) => a.year.year - b.year.year)
      covered.value = coveredYears()
      return { ok: true, year: r.record.year, replaced: r.replaced }
    } catch (err) {
      return { ok: false, message: `保存节假日安排失败，请重试。${message(err)}` }
    } finally {
      saving.value = false
    }
  }

  /** Save the add-a-year form (validated first; per-field errors, nothing saved on error). */
  async function saveForm(form: HolidayYearForm): Promise<HolidaySaveResult> {
    const parsed = holidayYearFromForm(form)
    if (!parsed.ok) {
      return { ok: false, message: '请按提示修改后再保存。', errors: parsed.errors }
    }
    return persist(parsed.year, { enteredVia: 'form' })
  }

  /** Import one year from a JSON file's text; on any error nothing is imported. */
  async function importFile(fileName: string, text: string): Promise<HolidaySaveResult> {
    const parsed = parseHolidayYearFile(text)
    if (!parsed.ok) {
      return {
        ok: false,
        message: `文件“${fileName}”有误，未导入任何内容。请按下列提示修改后重新导入：`,
        fileErrors: parsed.errors,
      }
    }
    return persist(parsed.year, { enteredVia: 'file', fileName })
  }

  /**
   * Pick a JSON file and import it. Returns null when the officer closed the dialog; a failure
   * keeps its messages (shown until the next import).
   */
  async function pickAndImport(): Promise<HolidaySaveResult | null> {
    const picked = await host.pickFile('导入节假日安排', [
      { name: 'JSON 文件', extensions: ['json'] },
    ])
    if (!picked.ok) {
      return picked.code === 'canceled' ? null : { ok: false, message: picked.message }
    }
    const text = new TextDecoder('utf-8').decode(picked.value.bytes)
    return importFile(picked.value.name, text)
  }

  /** The year is already covered (the save replaces it). */
  function isCovered(year: number): CoveredYear | undefined {
    return covered.value.find((y) => y.year === year)
  }

  return {
    covered,
    officeYears,
    loadErrors,
    loaded,
    saving,
    load,
    saveForm,
    importFile,
    pickAndImport,
    isCovered,
  }
})
