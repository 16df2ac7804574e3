/**
 * 统计: the period and filters, the per-case contributions of the period (from the statistics
 * digests kept up to date at every write, renderer/src/db/stat-digests.ts; the few cases a digest
 * cannot answer for are read and computed in full), the figures of the current filter, the cases
 * behind a chosen figure, and the 年度执法统计表 export. Filters re-aggregate the contributions
 * without reading the database again (docs/domain/statistics.md, "The statistics digest").
 */
import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import { activeCalendar, coveredYears, type Calendar } from '@shared/calendar'
import type { RuleSettings } from '@shared/domain/case'
import {
  aggregateStatistics,
  cachedCalendar,
  annualTable,
  caseContribution,
  packedContribution,
  yearContribution,
  inclusiveSummary,
  periodAsOf,
  periodLabel,
  periodProblem,
  quarterPeriod,
  UNCLASSIFIED_FIELD,
  yearPeriod,
  type CaseContribution,
  type FilterLookups,
  type Statistics,
  type StatisticsFilter,
  type StatisticsPeriod,
} from '@shared/statistics'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { officersRepo, type ListedOfficer } from '@renderer/db/repositories/officers'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import {
  digestBasis,
  readCaseFacts,
  readPeriodDigests,
  refreshDigests,
} from '@renderer/db/stat-digests'
import { todayIso } from '@renderer/services/write-context'
import { xlsxFilter } from '@renderer/services/xlsx-export'
import { useViolationsStore } from './violations'

type PeriodKind = 'year' | 'quarter' | 'custom'
/** How many computed periods are kept for going back to them (about 1 KB per counted case each). */
const RECENT_PERIODS = 3
type Outcome = { ok: true } | { ok: false; message: string }

/** One row of the cases behind a figure. */
type StatisticsCaseRow = Pick<CaseContribution, 'id' | 'caseNo' | 'partyName' | 'cause' | 'stage'>

export const useStatisticsStore = defineStore('statistics', () => {
  const today = todayIso()
  const periodKind = ref<PeriodKind>('year')
  const year = ref(Number(today.slice(0, 4)))
  const quarter = ref<1 | 2 | 3 | 4>((Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1)
  /** Custom range [from, to]. */
  const range = ref<[string, string] | null>(null)
  const filter = reactive<{ unit: string; officerId: string; field: string }>({
    unit: '',
    officerId: '',
    field: '',
  })

  const officers = shallowRef<ListedOfficer[]>([])
  const contributions = shallowRef<CaseContribution[]>([])
  /** The period the contributions were computed for (null before the first computation). */
  const computedPeriod = shallowRef<StatisticsPeriod | null>(null)
  const asOf = ref('')
  const loading = ref(false)
  /** 0–100 while computing. */
  const progress = ref(0)
  /** What the page says while computing (Chinese). */
  const loadingText = ref('')
  const error = ref('')
  const exporting = ref(false)
  /** The figure whose cases are listed (null = none chosen). */
  const selectedKey = ref<string | null>(null)
  let seq = 0

  const violations = useViolationsStore()

  const lookups = computed<FilterLookups>(() => ({
    officerUnits: Object.fromEntries(officers.value.map((o) => [o.id, o.unit])),
    violationFields: Object.fromEntries(violations.entries.map((e) => [e.id, e.field])),
  }))
  /** 科室/所 of the officers, sorted. */
  const units = computed(() =>
    [...new Set(officers.value.map((o) => o.unit))].sort((a, b) => a.localeCompare(b, 'zh')),
  )
  /** 领域 of the catalogue in its order, then 未分类. */
  const fields = computed(() => [
    ...new Set(violations.entries.map((e) => e.field)),
    UNCLASSIFIED_FIELD,
  ])
  const activeFilter = computed<StatisticsFilter>(() => ({
    unit: filter.unit || undefined,
    officerId: filter.officerId || undefined,
    field: filter.field || undefined,
  }))

  /** The period the form describes, or a Chinese message saying what to fix. */
  function chosenPeriod(): StatisticsPeriod | string {
    if (periodKind.value === 'year') return yearPeriod(year.value)
    if (periodKind.value === 'quarter') return quarterPeriod(year.value, quarter.value)
    if (!range.value) return '请选择统计的起止日期'
    const [from, to] = range.value
    return periodProblem(from, to) ?? { from, to }
  }

  const stats = computed<Statistics | null>(() => {
    const p = computedPeriod.value
    if (!p) return null
    return aggregateStatistics(
      contributions.value,
      p,
      asOf.value,
      activeFilter.value,
      lookups.value,
    )
  })

  const byId = computed(() => new Map(contributions.value.map((c) => [c.id, c])))

  /** The cases behind the chosen figure, exactly its `caseIds`. */
  const selectedRows = computed<StatisticsCaseRow[]>(() => {
    const f = selectedKey.value ? stats.value?.byKey[selectedKey.value] : undefined
    if (!f) return []
    return f.caseIds.flatMap((id) => {
      const c = byId.value.get(id)
      return c
        ? [{ id, caseNo: c.caseNo, partyName: c.partyName, cause: c.cause, stage: c.stage }]
        : []
    })
  })

  /** Officers and the catalogue for the filters (once per page visit). */
  async function init(): Promise<void> {
    try {
      officers.value = await officersRepo(db).list()
      if (!violations.loaded) await violations.load()
    } catch (err) {
      error.value = `读取执法人员或违法行为库失败，请刷新页面重试。${err instanceof Error ? err.message : ''}`
    }
  }

  /**
   * Contributions of the last few computations, by what they were computed from: the database
   * and its latest audit entry (every write appends one, docs/conventions.md), the period and its
   * evaluation day, the rule settings and the holiday years. Going back to a period computed
   * before, with nothing written since, needs no new scan.
   */
  const recent = new Map<string, CaseContribution[]>()
  async function computedKey(p: StatisticsPeriod, now: string, settings: unknown): Promise<string> {
    const lastAudit = await db.audit.orderBy('seq').lastKey()
    return JSON.stringify([
      db.name,
      lastAudit ?? 0,
      p.from,
      p.to,
      periodAsOf(p, now),
      settings,
      coveredYears(),
    ])
  }

  /**
   * Scan the cases for the chosen period (or take the contributions of the same period computed
   * before, when nothing was written since); later calls win over slower earlier ones.
   */
  async function compute(): Promise<Outcome> {
    const p = chosenPeriod()
    if (typeof p === 'string') {
      error.value = p
      return { ok: false, message: p }
    }
    const mine = ++seq
    loading.value = true
    progress.value = 0
    error.value = ''
    selectedKey.value = null
    try {
      const settings = await settingsRepo(db).getRuleSettings()
      const now = todayIso()
      const key = await computedKey(p, now, settings)
      let found = recent.get(key)
      if (!found) {
        const calendar = cachedCalendar(activeCalendar())
        loadingText.value = '正在读取并统计案件……'
        // Digests of other settings or holiday years, or missing ones (after a restore), first.
        const fresh = await refreshDigests(db, digestBasis(settings, calendar), {
          cancelled: () => mine !== seq,
          onProgress: ({ done, total }) => {
            loadingText.value = `正在更新统计数据（规则设置、节假日或数据恢复后需要一次）：${done}/${total} 件`
            progress.value = Math.min(90, Math.floor((done / Math.max(1, total)) * 90))
          },
        })
        if (!fresh || mine !== seq) return { ok: false, message: '已重新统计' }
        loadingText.value = '正在读取并统计案件……'
        found = await periodContributions(p, now, settings, calendar)
        if (mine !== seq) return { ok: false, message: '已重新统计' }
        recent.set(key, found)
        for (const k of recent.keys()) if (recent.size > RECENT_PERIODS) recent.delete(k)
      }
      if (mine !== seq) return { ok: false, message: '已重新统计' }
      contributions.value = found
      computedPeriod.value = p
      asOf.value = periodAsOf(p, now)
      progress.value = 100
      return { ok: true }
    } catch (err) {
      if (mine !== seq) return { ok: false, message: '已重新统计' }
      error.value = `统计失败，请重试。${err instanceof Error ? err.message : ''}`
      return { ok: false, message: error.value }
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /**
   * The contributions of period `p` evaluated on `now`, in case-id order: each digest of the
   * period answers for its case; a case it cannot answer for (a custom range ending between two of
   * its act dates) is read and computed in full.
   */
  async function periodContributions(
    p: StatisticsPeriod,
    now: string,
    settings: RuleSettings,
    calendar: Calendar,
  ): Promise<CaseContribution[]> {
    const opts = { today: now, settings, calendar }
    const kept: CaseContribution[] = []
    const toRead: string[] = []
    const asOf = periodAsOf(p, now)
    // A whole year that has ended: its blocks hold each digest's contribution to it.
    const y = p.from.slice(0, 4)
    const wholeYear = p.from === `${y}-01-01` && p.to === `${y}-12-31` && asOf === p.to
    for (const d of await readPeriodDigests(db, p, asOf)) {
      const x =
        wholeYear && d.year?.year === Number(y)
          ? yearContribution(d, d.year.c)
          : packedContribution(d, p, opts)
      if (x === 'read') toRead.push(d.id)
      else if (x) kept.push(x)
    }
    progress.value = 95
    for (let i = 0; i < toRead.length; i += 200) {
      for (const c of await readCaseFacts(db, toRead.slice(i, i + 200))) {
        const x = caseContribution(c, p, opts)
        if (x) kept.push(x)
      }
    }
    return kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  function select(key: string | null): void {
    selectedKey.value = key
  }

  /** The filter in words, for titles and the workbook. */
  const scopeText = computed(() => {
    const parts: string[] = []
    if (filter.unit) parts.push(filter.unit)
    if (filter.officerId) {
      parts.push(officers.value.find((o) => o.id === filter.officerId)?.name ?? '所选执法人员')
    }
    if (filter.field) parts.push(filter.field)
    return parts.join('，')
  })

  /** Export the 年度执法统计表 and the 包容审慎监管 summary of the computed period as .xlsx. */
  async function exportAnnual(): Promise<Outcome> {
    const p = computedPeriod.value
    if (!p) return { ok: false, message: '请先选择期间并点击“统计”' }
    if (exporting.value) return { ok: false, message: '正在导出，请稍候' }
    exporting.value = true
    try {
      const fieldOrder = fields.value
      const table = annualTable(
        contributions.value,
        p,
        asOf.value,
        lookups.value,
        activeFilter.value,
        fieldOrder,
      )
      const inclusive = inclusiveSummary(
        contributions.value,
        p,
        asOf.value,
        lookups.value,
        activeFilter.value,
      )
      const profile = await officeProfileRepo(db).get()
      const { buildAnnualWorkbook } = await import('@renderer/services/statistics-xlsx')
      const bytes = await buildAnnualWorkbook({
        officeName: profile?.fullName ?? '',
        periodText: periodLabel(p),
        table,
        inclusive,
        scopeText: scopeText.value,
      })
      const saved = await host.saveFile(bytes, `年度执法统计表-${periodLabel(p)}.xlsx`, [
        xlsxFilter,
      ])
      if (!saved.ok) {
        return saved.code === 'canceled'
          ? { ok: false, message: '已取消导出' }
          : { ok: false, message: saved.message }
      }
      return { ok: true }
    } catch (err) {
      return { ok: false, message: `导出失败，请重试。${err instanceof Error ? err.message : ''}` }
    } finally {
      exporting.value = false
    }
  }

  return {
    periodKind,
    year,
    quarter,
    range,
    filter,
    officers,
    units,
    fields,
    contributions,
    computedPeriod,
    asOf,
    loading,
    progress,
    loadingText,
    error,
    exporting,
    selectedKey,
    stats,
    selectedRows,
    scopeText,
    init,
    compute,
    select,
    exportAnnual,
    chosenPeriod,
  }
})
