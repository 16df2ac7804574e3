/**
 * 工作台: who "我" is (an officer chosen on this computer — there are no user accounts), and the
 * counts and short lists of the start page: my overdue and soon-due deadlines, follow-ups due,
 * cases waiting for review, recent cases. Reads go through the repositories' indexes.
 *
 * The choice of "我" is kept in the `meta` table (key 'workbenchOfficer') with an audit entry,
 * like every other write.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { db } from '@renderer/db/db'
import { appendAudit } from '@renderer/db/audit'
import { guardWrite } from '@renderer/db/write-guard'
import type { CaseRecord, FollowUpRecord } from '@renderer/db/cases-records'
import { putMeta, readMeta, type MetaValue } from '@renderer/db/meta'
import { casesRepo } from '@renderer/db/repositories/cases'
import { followUpsRepo } from '@renderer/db/repositories/follow-ups'
import { todayIso, writeContext } from '@renderer/services/write-context'

const metaKey = 'workbenchOfficer'

/** Rows shown per card. */
const cardRows = 8
/** Cases scanned for a waiting review (stages where a review can be pending). */
const reviewScan = 200

/** A list card: its rows and the number of matching records. */
interface Card<T> {
  rows: T[]
  total: number
}
const empty = <T>(): Card<T> => ({ rows: [], total: 0 })

export const useWorkbenchStore = defineStore('workbench', () => {
  const officerId = ref('')
  const overdue = shallowRef<Card<CaseRecord>>(empty())
  const soon = shallowRef<Card<CaseRecord>>(empty())
  const followUps = shallowRef<Card<FollowUpRecord>>(empty())
  const reviews = shallowRef<Card<CaseRecord>>(empty())
  const recent = shallowRef<Card<CaseRecord>>(empty())
  /** Cases "我" holds by 转办/接手 (docs/sync.md "Assignment"); empty while nobody is chosen. */
  const held = shallowRef<Card<CaseRecord>>(empty())
  const loading = ref(false)
  const loadError = ref('')
  /** Why the last choice of "我" was not saved ('' when it was). */
  const saveError = ref('')
  let seq = 0

  /**
   * "我": the officer working in this window when there is one (docs/architecture/session.md),
   * otherwise the one last chosen here. Choosing another (or nobody) still works for the visit.
   */
  async function loadOfficer(sessionOfficerId: string | null = null): Promise<void> {
    if (sessionOfficerId) {
      officerId.value = sessionOfficerId
      return
    }
    // A damaged choice reads as nobody chosen: the user picks again.
    const rec = await readMeta(db, metaKey)
    officerId.value = (rec.ok && rec.value?.officerId) || ''
  }

  /**
   * Remember "我" (empty string = nobody chosen). When it cannot be saved (e.g. a full disk) the
   * choice still holds for this visit and `saveError` says why it will not be remembered.
   */
  async function chooseOfficer(id: string): Promise<void> {
    const ctx = writeContext()
    const saved = await guardWrite(() =>
      db.transaction('rw', [db.meta, db.audit], async () => {
        const read = await readMeta(db, metaKey)
        const before = read.ok ? (read.value ?? null) : { damaged: read.message }
        const after: MetaValue<'workbenchOfficer'> = {
          key: metaKey,
          officerId: id,
          updatedAt: ctx.now,
        }
        await putMeta(db, metaKey, after)
        await appendAudit(db, ctx, {
          action: before ? 'update' : 'create',
          entity: 'meta',
          entityId: metaKey,
          before,
          after,
        })
      }),
    )
    saveError.value = saved.ok ? '' : saved.message
    officerId.value = id
    await load()
  }

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    loadError.value = ''
    try {
      const today = todayIso()
      const repo = casesRepo(db)
      const officer = officerId.value || undefined
      const dueQuery = (due: 'overdue' | 'soon') =>
        repo.listCases({
          page: 1,
          pageSize: cardRows,
          sort: { field: 'nextDueOn', dir: 'asc' },
          officerId: officer,
          due,
          today,
        })
      const [o, s, f, r, c, h] = await Promise.all([
        dueQuery('overdue'),
        dueQuery('soon'),
        followUpsRepo(db).list({
          status: 'due',
          today,
          dueWithinDays: 7,
          page: 1,
          pageSize: cardRows,
        }),
        // The office's review queue: every case on this PC, pulled ones included (docs/sync.md).
        repo.listCases({
          page: 1,
          pageSize: reviewScan,
          sort: { field: 'createdAt', dir: 'desc' },
          stage: ['review', 'deciding', 'hearing'],
          today,
        }),
        repo.listCases({
          page: 1,
          pageSize: cardRows,
          sort: { field: 'createdAt', dir: 'desc' },
          officerId: officer,
          today,
        }),
        officer
          ? repo.listCases({
              page: 1,
              pageSize: cardRows,
              sort: { field: 'nextDueOn', dir: 'asc' },
              holderId: officer,
              today,
            })
          : empty<CaseRecord>(),
      ])
      if (mine !== seq) return
      overdue.value = o
      soon.value = s
      followUps.value = f
      const waiting = r.rows.filter((x) => x.awaitingLegalReview)
      reviews.value = { rows: waiting.slice(0, cardRows), total: waiting.length }
      recent.value = c
      held.value = h
    } catch (err) {
      if (mine !== seq) return
      loadError.value = `读取工作台数据失败，请重试。${err instanceof Error ? err.message : ''}`
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** Whether any case exists (the start page is the workbench once one does). */
  async function anyCase(): Promise<boolean> {
    const r = await casesRepo(db).listCases({ page: 1, pageSize: 1, today: todayIso() })
    return r.total > 0
  }

  return {
    officerId,
    overdue,
    soon,
    followUps,
    reviews,
    recent,
    held,
    loading,
    loadError,
    saveError,
    loadOfficer,
    chooseOfficer,
    load,
    anyCase,
  }
})
