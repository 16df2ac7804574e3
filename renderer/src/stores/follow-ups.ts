/**
 * 回访: the list of due/overdue and made visits, and recording a visit (a followUpVisit act
 * appended to the case; the repository marks the follow-up done in the same transaction).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ActOf, ActPayload } from '@shared/domain/case'
import { db } from '@renderer/db/db'
import type { FollowUpRecord } from '@renderer/db/cases-records'
import { casesRepo, type CaseBundle } from '@renderer/db/repositories/cases'
import { followUpsRepo } from '@renderer/db/repositories/follow-ups'
import { todayIso, writeContext } from '@renderer/services/write-context'
import { guardResult } from '@renderer/db/write-guard'

export type FollowUpTab = 'due' | 'done'
/** How far ahead the 待回访 tab looks: all, overdue only, or due within N days. */
type DueRange = 'all' | 'overdue' | '7' | '30'

/** A made visit shown in the 已完成 tab. */
type VisitAct = ActOf<'followUpVisit'>

export const useFollowUpsStore = defineStore('follow-ups', () => {
  const tab = ref<FollowUpTab>('due')
  const range = ref<DueRange>('all')
  const page = ref(1)
  const pageSize = ref(20)
  const rows = shallowRef<FollowUpRecord[]>([])
  const total = ref(0)
  /** Visit acts of the rows on the 已完成 tab, by act id. */
  const visits = shallowRef<Map<string, VisitAct>>(new Map())
  const loading = ref(false)
  const loadError = ref('')
  const saving = ref(false)
  let seq = 0

  function dueWithinDays(): number | undefined {
    if (tab.value !== 'due' || range.value === 'all') return undefined
    return range.value === 'overdue' ? -1 : Number(range.value)
  }

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    loadError.value = ''
    try {
      const r = await followUpsRepo(db).list({
        status: tab.value,
        today: todayIso(),
        dueWithinDays: dueWithinDays(),
        page: page.value,
        pageSize: pageSize.value,
      })
      const found = new Map<string, VisitAct>()
      if (tab.value === 'done') {
        const bundles = await Promise.all(
          [...new Set(r.rows.map((f) => f.caseId))].map((id) => casesRepo(db).getCase(id)),
        )
        for (const b of bundles) {
          for (const a of b?.acts ?? []) if (a.type === 'followUpVisit') found.set(a.id, a)
        }
      }
      if (mine !== seq) return
      rows.value = r.rows
      total.value = r.total
      visits.value = found
    } catch (err) {
      if (mine !== seq) return
      loadError.value = `读取回访清单失败，请重试。${err instanceof Error ? err.message : ''}`
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function switchTo(next: FollowUpTab): Promise<void> {
    tab.value = next
    page.value = 1
    return load()
  }

  function caseOf(caseId: string): Promise<CaseBundle | undefined> {
    return casesRepo(db).getCase(caseId)
  }

  /** Record a visit on the case; field errors come back keyed by payload field. */
  async function recordVisit(
    caseId: string,
    occurredOn: string,
    payload: ActPayload<'followUpVisit'>,
  ) {
    if (saving.value) return { ok: false as const, message: '正在保存，请稍候' }
    saving.value = true
    try {
      return await guardResult(() =>
        casesRepo(db).appendAct(
          writeContext(),
          caseId,
          { type: 'followUpVisit', occurredOn, payload },
          todayIso(),
        ),
      )
    } finally {
      saving.value = false
    }
  }

  return {
    tab,
    range,
    page,
    pageSize,
    rows,
    total,
    visits,
    loading,
    loadError,
    saving,
    load,
    switchTo,
    caseOf,
    recordVisit,
  }
})
