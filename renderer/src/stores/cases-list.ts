/**
 * The 案件 list (query state, paging, export) and the new-case form's commands (party lookup,
 * earlier cases, create). Thin: rules live in shared/domain/case, reads and writes in the
 * repositories; the query state lives here so returning to the list keeps the filters.
 */
import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { CaseSourceKind, Party, Stage } from '@shared/domain/case'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import type { CaseRecord, PartyRecord } from '@renderer/db/cases-records'
import { casesRepo, type CreateCaseInput } from '@renderer/db/repositories/cases'
import { partiesRepo, partyOf } from '@renderer/db/repositories/parties'
import { todayIso, writeContext } from '@renderer/services/write-context'
import { guardResult } from '@renderer/db/write-guard'
import { useSessionStore } from './session'

export type SortField = 'createdAt' | 'sourceDate' | 'caseNo' | 'nextDueOn' | 'partyName'
export type SortDir = 'asc' | 'desc'
type DueFilter = '' | 'overdue' | 'soon'

/** What the search form holds. */
interface CaseFilters {
  text: string
  stages: Stage[]
  officerId: string
  /** Only cases the officer at the keyboard holds by 转办/接手 (docs/sync.md "Assignment"). */
  mine: boolean
  source: '' | CaseSourceKind
  due: DueFilter
  /** sourceDate range, both ends inclusive; null = any. */
  dateRange: [string, string] | null
}

/** Page sizes offered by the pagination. */
export const pageSizes = [20, 50, 100] as const
/** Rows per repository call while exporting. */
const exportBatch = 500

const blankFilters = (): CaseFilters => ({
  text: '',
  stages: [],
  officerId: '',
  mine: false,
  source: '',
  due: '',
  dateRange: null,
})

/** What the new-case form submits; the case starts with its 线索登记 (see createCase). */
type NewCaseInput = Omit<CreateCaseInput, 'firstAct' | 'today'>

export const useCasesListStore = defineStore('cases-list', () => {
  const session = useSessionStore()
  const filters = reactive<CaseFilters>(blankFilters())
  const page = ref(1)
  const pageSize = ref<number>(20)
  const sort = reactive<{ field: SortField; dir: SortDir }>({ field: 'createdAt', dir: 'desc' })
  const rows = shallowRef<CaseRecord[]>([])
  const total = ref(0)
  /**
   * The total of the current query is still being counted (rows are shown first); `total` is
   * then a lower bound that keeps the pager usable.
   */
  const counting = ref(false)
  const loading = ref(false)
  const loadError = ref('')
  /** Export progress 0–100, null when no export runs. */
  const exportProgress = ref<number | null>(null)
  const creating = ref(false)
  let loadSeq = 0

  const hasFilters = computed(
    () =>
      filters.text.trim() !== '' ||
      filters.stages.length > 0 ||
      filters.officerId !== '' ||
      filters.mine ||
      filters.source !== '' ||
      filters.due !== '' ||
      filters.dateRange !== null,
  )

  function query(p: number, size: number, today: string) {
    return {
      page: p,
      pageSize: size,
      sort: { field: sort.field, dir: sort.dir },
      stage: filters.stages.length ? [...filters.stages] : undefined,
      officerId: filters.officerId || undefined,
      // Nobody chosen in this window: nobody's cases (the view disables the box then).
      holderId: filters.mine ? (session.currentOfficerId ?? '-') : undefined,
      source: filters.source || undefined,
      due: filters.due || undefined,
      dateFrom: filters.dateRange?.[0],
      dateTo: filters.dateRange?.[1],
      text: filters.text.trim() || undefined,
      today,
    }
  }

  /** Count the total of `q` after its rows are shown (only while `seq` is the latest load). */
  async function countTotal(seq: number, q: ReturnType<typeof query>): Promise<void> {
    try {
      const n = await casesRepo(db).countCases(q)
      if (seq !== loadSeq) return
      total.value = n
    } catch (err) {
      if (seq !== loadSeq) return
      loadError.value = `统计案件数量失败，请重试。${err instanceof Error ? err.message : ''}`
    } finally {
      if (seq === loadSeq) counting.value = false
    }
  }

  /**
   * Load the current page: rows first, then the total when it is not known without counting.
   * Later calls win over slower earlier ones.
   */
  async function load(): Promise<void> {
    const seq = ++loadSeq
    loading.value = true
    loadError.value = ''
    try {
      const q = query(page.value, pageSize.value, todayIso())
      const r = await casesRepo(db).listCaseRows(q)
      if (seq !== loadSeq) return
      rows.value = r.rows
      if (r.total !== null) {
        total.value = r.total
        counting.value = false
      } else {
        // Lower bound until counted: what is shown, plus one more page when this one is full.
        const seen = (q.page - 1) * q.pageSize + r.rows.length
        total.value = Math.max(seen + (r.rows.length === q.pageSize ? 1 : 0), 0)
        counting.value = true
        void countTotal(seq, q)
      }
    } catch (err) {
      if (seq !== loadSeq) return
      loadError.value = `读取案件列表失败，请重试。${err instanceof Error ? err.message : ''}`
    } finally {
      if (seq === loadSeq) loading.value = false
    }
  }

  /** Filters changed: back to page 1. */
  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function resetFilters(): Promise<void> {
    Object.assign(filters, blankFilters())
    return search()
  }

  function setSort(field: SortField | null, dir: SortDir | null): Promise<void> {
    sort.field = field && dir ? field : 'createdAt'
    sort.dir = field && dir ? dir : 'desc'
    return search()
  }

  /**
   * Export every case matching the current filters (in the current order) to .xlsx and save
   * it through the host. Personal ID numbers are masked in the file.
   */
  async function exportXlsx(): Promise<
    { ok: true; count: number } | { ok: false; message: string }
  > {
    if (exportProgress.value !== null) return { ok: false, message: '正在导出，请稍候' }
    exportProgress.value = 0
    try {
      const today = todayIso()
      const repo = casesRepo(db)
      const all: CaseRecord[] = []
      let expected = 0
      for (let p = 1; ; p++) {
        const r = await repo.listCases(query(p, exportBatch, today))
        expected = r.total
        all.push(...r.rows)
        exportProgress.value = expected
          ? Math.min(90, Math.round((all.length / expected) * 90))
          : 90
        if (r.rows.length < exportBatch || all.length >= expected) break
      }
      if (all.length === 0)
        return { ok: false, message: '没有符合条件的案件可导出，请修改查找条件' }
      // The workbook code (exceljs) and the export columns load only when exporting.
      const [{ buildSheet, xlsxFilter }, { caseExportColumns, caseExportRow }] = await Promise.all([
        import('@renderer/services/xlsx-export'),
        import('@renderer/services/case-export'),
      ])
      const bytes = await buildSheet('案件清单', caseExportColumns, all.map(caseExportRow))
      exportProgress.value = 95
      const saved = await host.saveFile(bytes, `案件清单-${today}.xlsx`, [xlsxFilter])
      if (!saved.ok) {
        return saved.code === 'canceled'
          ? { ok: false, message: '已取消导出' }
          : { ok: false, message: saved.message }
      }
      return { ok: true, count: all.length }
    } catch (err) {
      return {
        ok: false,
        message: `导出失败，请重试。${err instanceof Error ? err.message : ''}`,
      }
    } finally {
      exportProgress.value = null
    }
  }

  // ---- new case ----

  function findParty(party: Party): Promise<PartyRecord | undefined> {
    return partiesRepo(db).findByIdentity(party)
  }

  /** The party details of a stored party (to fill the form with them). */
  function storedParty(rec: PartyRecord): Party {
    return partyOf(rec)
  }

  function earlierCases(partyId: string): Promise<CaseRecord[]> {
    return casesRepo(db).earlierCasesOfParty(partyId)
  }

  /** The party of an existing case (to open a new case against the same party). */
  async function partyOfCase(caseId: string): Promise<Party | undefined> {
    return (await casesRepo(db).getCase(caseId))?.record.partySnapshot
  }

  /**
   * Register the case. Its first act is the 线索登记 on the source date (from source and cause),
   * which starts the 核查立案 clock (SAMR-PR Art. 18) and lets 立案 or the soft path follow.
   */
  async function createCase(input: NewCaseInput) {
    if (creating.value) return { ok: false as const, message: '正在保存，请稍候' }
    creating.value = true
    try {
      return await guardResult(() =>
        casesRepo(db).createCase(writeContext(), {
          ...input,
          firstAct: 'clueRegistered',
          today: todayIso(),
        }),
      )
    } finally {
      creating.value = false
    }
  }

  return {
    filters,
    page,
    pageSize,
    sort,
    rows,
    total,
    counting,
    loading,
    loadError,
    exportProgress,
    creating,
    hasFilters,
    load,
    search,
    resetFilters,
    setSort,
    exportXlsx,
    findParty,
    storedParty,
    earlierCases,
    partyOfCase,
    createCase,
  }
})
