/**
 * 信用公示: the ordinary penalty decisions of a period with their publication clocks
 * (shared/publication), and the files an officer uploads to 国家企业信用信息公示系统: per case the
 * 行政处罚信息摘要 followed by the redacted text of the issued 行政处罚决定书, in batches the
 * summaries as .csv and the texts as one .txt. Cases are read page by page (./year-scan.ts).
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { CaseFacts } from '@shared/domain/case'
import { BUNDLED_FONT_SET } from '@shared/documents/fonts/font-set'
import {
  definitionText,
  hasPenaltyDecision,
  publicationClock,
  publicationSummary,
  redactPersonalData,
  summariesCsv,
  summaryText,
  type PublicationClock,
  type PublicationStatus,
} from '@shared/publication'
import { yearPeriod } from '@shared/statistics'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import { documentsRepo } from '@renderer/db/repositories/documents'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { definitionOf } from '@renderer/services/documents-issue'
import { todayIso } from '@renderer/services/write-context'
import { scanYear } from './year-scan'

/** count: files' decisions; skipped: decisions left out (no issued 行政处罚决定书 yet). */
type Outcome = { ok: true; count: number; skipped?: string[] } | { ok: false; message: string }

const txtFilter = { name: '文本文件', extensions: ['txt'] }
const csvFilter = { name: 'CSV 表格', extensions: ['csv'] }
const encode = (s: string) => new TextEncoder().encode(s)

/** A decision in the list: its clock and the facts its files are made from. */
interface PublicationRow {
  clock: PublicationClock
  facts: CaseFacts
}

/** Which rows the list shows. */
export type PublicationFilter = 'all' | 'pending' | PublicationStatus | 'withdraw'

export const usePublicationStore = defineStore('publication', () => {
  const year = ref(Number(todayIso().slice(0, 4)))
  const show = ref<PublicationFilter>('pending')
  const rows = shallowRef<PublicationRow[]>([])
  const loading = ref(false)
  const progress = ref(0)
  const error = ref('')
  const exporting = ref(false)
  const loaded = ref(false)
  let seq = 0

  const visible = computed(() =>
    rows.value.filter(({ clock: c }) => {
      switch (show.value) {
        case 'all':
          return true
        case 'pending':
          return (
            c.status === 'running' ||
            c.status === 'overdue' ||
            (c.withdrawal !== undefined && !c.withdrawal.withdrawnOn)
          )
        case 'withdraw':
          return c.withdrawal !== undefined
        default:
          return c.status === show.value
      }
    }),
  )

  /** Read the decisions made in the chosen year (any later revocation is seen). */
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    progress.value = 0
    error.value = ''
    try {
      const p = yearPeriod(year.value)
      const today = todayIso()
      const settings = await settingsRepo(db).getRuleSettings()
      const scanned = await scanYear(db, {
        sourceDateTo: p.to,
        cancelled: () => mine !== seq,
        pick: (f): PublicationRow | undefined => {
          if (!hasPenaltyDecision(f)) return undefined
          const clock = publicationClock(f, today, settings)
          const on = clock?.decision.occurredOn
          return clock && on && on >= p.from && on <= p.to ? { clock, facts: f } : undefined
        },
        onProgress: (percent) => (progress.value = percent),
      })
      if (scanned.cancelled || mine !== seq) return
      const found = scanned.kept
      found.sort((a, b) => a.clock.decision.occurredOn.localeCompare(b.clock.decision.occurredOn))
      rows.value = found
      loaded.value = true
    } catch (err) {
      if (mine !== seq) return
      error.value = `读取处罚决定失败，请重试。${err instanceof Error ? err.message : ''}`
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  async function authority(): Promise<string> {
    return (await officeProfileRepo(db).get())?.fullName ?? ''
  }

  /**
   * The file text of one decision: its 信息摘要, then the redacted text of the issued
   * 行政处罚决定书 (PubRule Art. 4: the summary is placed before the decision).
   */
  async function publicationText(row: PublicationRow, office: string): Promise<string> {
    const summary = summaryText(publicationSummary(row.facts, row.clock.decision, office))
    const docs = await documentsRepo(db).listForCase(row.facts.id)
    const doc = docs
      .filter(
        (d) =>
          d.kind === 'penaltyDecision' &&
          d.status === 'issued' &&
          d.sourceActIds.includes(row.clock.decision.id),
      )
      .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0]
    if (!doc) {
      throw new Error(
        `${row.clock.caseNo || row.clock.partyName}：尚未出具行政处罚决定书，请先在案件的“文书”中出具后再导出公示文本`,
      )
    }
    const built = definitionOf(doc, BUNDLED_FONT_SET)
    if (!built.ok) throw new Error(built.message)
    const text = redactPersonalData(definitionText(built.definition), row.facts.party)
    return `${summary}\n\n${text}\n`
  }

  async function save(bytes: Uint8Array, name: string, filter: typeof txtFilter) {
    const saved = await host.saveFile(bytes, name, [filter])
    if (saved.ok) return undefined
    return saved.code === 'canceled' ? '已取消导出' : saved.message
  }

  async function guarded(fn: () => Promise<Outcome>): Promise<Outcome> {
    if (exporting.value) return { ok: false, message: '正在导出，请稍候' }
    exporting.value = true
    try {
      return await fn()
    } catch (err) {
      return { ok: false, message: err instanceof Error ? err.message : String(err) }
    } finally {
      exporting.value = false
    }
  }

  /** One decision's 信息摘要 + redacted decision text as .txt. */
  function exportOne(caseId: string): Promise<Outcome> {
    return guarded(async () => {
      const row = rows.value.find((r) => r.facts.id === caseId)
      if (!row) return { ok: false, message: '找不到该案件，请重新读取' }
      const text = await publicationText(row, await authority())
      const name = `行政处罚信息公示-${row.clock.caseNo || row.clock.partyName}.txt`
      const problem = await save(encode(text), name, txtFilter)
      return problem ? { ok: false, message: problem } : { ok: true, count: 1 }
    })
  }

  /** The 信息摘要 of the listed decisions as one .csv. */
  function exportSummaries(): Promise<Outcome> {
    return guarded(async () => {
      const list = visible.value
      if (list.length === 0)
        return { ok: false, message: '列表中没有处罚决定，请更换年度或显示范围' }
      const office = await authority()
      const csv = summariesCsv(
        list.map((r) => publicationSummary(r.facts, r.clock.decision, office)),
      )
      const problem = await save(encode(csv), `行政处罚信息摘要-${year.value}年.csv`, csvFilter)
      return problem ? { ok: false, message: problem } : { ok: true, count: list.length }
    })
  }

  /** The publication texts of the listed decisions in one .txt, separated by a rule line. */
  function exportTexts(): Promise<Outcome> {
    return guarded(async () => {
      const list = visible.value
      if (list.length === 0)
        return { ok: false, message: '列表中没有处罚决定，请更换年度或显示范围' }
      const office = await authority()
      const parts: string[] = []
      const skipped: string[] = []
      for (const r of list) {
        try {
          parts.push(await publicationText(r, office))
        } catch {
          skipped.push(r.clock.caseNo || r.clock.partyName)
        }
      }
      if (parts.length === 0) {
        return {
          ok: false,
          message: '列表中的处罚决定都还没有出具行政处罚决定书，请先在案件的“文书”中出具',
        }
      }
      const text = parts.join(`\n${'—'.repeat(20)}\n\n`)
      const problem = await save(
        encode(text),
        `行政处罚信息公示文本-${year.value}年.txt`,
        txtFilter,
      )
      return problem ? { ok: false, message: problem } : { ok: true, count: parts.length, skipped }
    })
  }

  return {
    year,
    show,
    rows,
    visible,
    loading,
    progress,
    error,
    exporting,
    loaded,
    load,
    exportOne,
    exportSummaries,
    exportTexts,
  }
})
