/**
 * 典型案例: the closed cases of a year that may serve (read page by page, ./year-scan.ts), the
 * draft of the chosen one (shared/publication/typical-case.ts), its masked text as previewed, and
 * the .txt export (pastes into a Word document). docs/domain/statistics.md.
 */
import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import { viewCase, type CaseFacts } from '@shared/domain/case'
import {
  isTypicalCaseCandidate,
  typicalCaseDraft,
  typicalCaseProblems,
  typicalCaseText,
  type TypicalCaseDraft,
} from '@shared/publication'
import { yearPeriod } from '@shared/statistics'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { todayIso } from '@renderer/services/write-context'
import { scanYear } from './year-scan'

/** A closed case that may become a 典型案例. */
interface TypicalCandidate {
  id: string
  caseNo: string
  partyName: string
  cause: string
  decisionOn: string
  facts: CaseFacts
}

const blank = (): TypicalCaseDraft => ({
  title: '',
  facts: '',
  handling: '',
  basis: '',
  lesson: '',
})

export const useTypicalCasesStore = defineStore('typical-cases', () => {
  const year = ref(Number(todayIso().slice(0, 4)))
  const rows = shallowRef<TypicalCandidate[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const progress = ref(0)
  const error = ref('')
  const selected = shallowRef<TypicalCandidate | null>(null)
  const draft = reactive<TypicalCaseDraft>(blank())
  /** Publish the organisation's name (a serious case published "处罚到人", policy item 十四). */
  const keepOrganisationName = ref(false)
  const exporting = ref(false)
  let seq = 0

  /** Closed cases decided in the chosen year. */
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    progress.value = 0
    error.value = ''
    try {
      const p = yearPeriod(year.value)
      const scanned = await scanYear(db, {
        sourceDateTo: p.to,
        cancelled: () => mine !== seq,
        pick: (f): TypicalCandidate | undefined => {
          if (!isTypicalCaseCandidate(f)) return undefined
          const on = viewCase(f).decision?.occurredOn ?? ''
          if (on < p.from || on > p.to) return undefined
          return {
            id: f.id,
            caseNo: f.caseNo ?? '',
            partyName: f.party.name,
            cause: f.cause,
            decisionOn: on,
            facts: f,
          }
        },
        onProgress: (percent) => (progress.value = percent),
      })
      if (scanned.cancelled || mine !== seq) return
      const found = scanned.kept
      rows.value = found.sort((a, b) => b.decisionOn.localeCompare(a.decisionOn))
      loaded.value = true
    } catch (err) {
      if (mine !== seq) return
      error.value = `读取已结案件失败，请重试。${err instanceof Error ? err.message : ''}`
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** Start a draft from the case (replaces the current draft). */
  async function choose(id: string): Promise<void> {
    const row = rows.value.find((r) => r.id === id)
    if (!row) return
    const authority = (await officeProfileRepo(db).get())?.fullName ?? '本局'
    selected.value = row
    Object.assign(draft, typicalCaseDraft(row.facts, authority))
  }

  const problems = computed(() => (selected.value ? typicalCaseProblems(draft) : []))
  /** The text exactly as it will be exported (masked). */
  const preview = computed(() =>
    selected.value
      ? typicalCaseText(draft, selected.value.facts.party, {
          keepOrganisationName: keepOrganisationName.value,
        })
      : '',
  )

  /** Save the reviewed text as .txt. */
  async function exportTxt(): Promise<{ ok: true } | { ok: false; message: string }> {
    const row = selected.value
    if (!row) return { ok: false, message: '请先在左侧选择一件已结案件' }
    if (problems.value.length) return { ok: false, message: problems.value.join('；') }
    if (exporting.value) return { ok: false, message: '正在导出，请稍候' }
    exporting.value = true
    try {
      const saved = await host.saveFile(
        new TextEncoder().encode(preview.value),
        `典型案例-${row.caseNo || row.decisionOn}.txt`,
        [{ name: '文本文件', extensions: ['txt'] }],
      )
      if (saved.ok) return { ok: true }
      return { ok: false, message: saved.code === 'canceled' ? '已取消导出' : saved.message }
    } finally {
      exporting.value = false
    }
  }

  return {
    year,
    rows,
    loading,
    loaded,
    progress,
    error,
    selected,
    draft,
    keepOrganisationName,
    exporting,
    problems,
    preview,
    load,
    choose,
    exportTxt,
  }
})
