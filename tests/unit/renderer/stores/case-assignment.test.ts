// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '@renderer/db/db'
import { casesRepo } from '@renderer/db/repositories/cases'
import { useCaseDetailStore } from '@renderer/stores/case-detail'
import { useSessionStore } from '@renderer/stores/session'
import { orgParty } from '../db/case-helpers'
import { acts } from '../db/case-acts'
import { storeDb } from './store-db'

// docs/sync.md "Assignment": a case held by another officer is read-only on this PC; 转办/接手 by
// the holder or a 负责人 moves it, and the refusal says who holds it and how to take it over.

let caseId = ''
let ids: string[] = []

beforeEach(async () => {
  const s = await storeDb()
  ids = s.officerIds
  // The third officer is the 负责人 of this office.
  await db.officers.update(ids[2] as string, { roles: ['handler', 'head'] })
  const c = await casesRepo(s.db).createCase(s.ctx, {
    party: orgParty(),
    cause: '涉嫌未按规定公示食品经营许可证案',
    source: 'inspection',
    sourceDate: '2026-03-02',
    officerIds: ids.slice(0, 2),
    firstAct: 'clueRegistered',
    today: '2026-03-02',
  })
  if (!c.ok) throw new Error(c.message)
  caseId = c.case.id
  setActivePinia(createPinia())
})

afterEach(async () => {
  await db.delete()
})

async function as(officerId: string) {
  const session = useSessionStore()
  await session.load()
  const r = await session.choose(officerId)
  if (!r.ok) throw new Error(r.message)
}

describe('case-detail store: 转办/接手 and the assignment lock (docs/sync.md "Assignment")', () => {
  it('an unassigned case is open to every officer; taking it locks it for the others', async () => {
    const [li, wang] = ids as [string, string]
    await as(li)
    const store = useCaseDetailStore()
    await store.open(caseId)
    expect(store.assignment.status).toBe('unassigned')
    expect(store.lock).toBe('')
    const taken = await store.handOver(li, '本人承办')
    expect(taken.ok, !taken.ok ? taken.message : '').toBe(true)
    expect(store.assignment).toMatchObject({ status: 'held', holderId: li })
    expect(store.lock).toBe('')

    await as(wang)
    expect(store.lock).toContain('本案由执法人员1办理，本机只能查看')
    expect(store.canHandOver).toBe(false)
    const auditBefore = await db.audit.count()
    const refused = await store.appendAct(acts.filed('2026-03-03'))
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.message).toContain('本案由执法人员1办理')
    expect(await db.audit.count()).toBe(auditBefore)
    const notMine = await store.handOver(wang, '我来办')
    expect(!notMine.ok && notMine.message).toContain('只能由负责人或本案当前的办理人员')
  })

  it('the 负责人 hands the case over (audited); the new holder writes, the former one cannot', async () => {
    const [li, wang, head] = ids as [string, string, string]
    await as(li)
    const store = useCaseDetailStore()
    await store.open(caseId)
    expect((await store.handOver(li, '本人承办')).ok).toBe(true)
    await as(head)
    expect(store.canHandOver).toBe(true)
    const moved = await store.handOver(wang, '李某出差，由王某接手')
    expect(moved.ok, !moved.ok ? moved.message : '').toBe(true)
    expect(store.assignment).toMatchObject({ status: 'held', holderId: wang })
    const handover = store.acts.at(-1)
    expect(handover?.type).toBe('caseHandover')
    expect(store.audit.some((e) => e.entityId === handover?.id)).toBe(true)

    await as(wang)
    expect((await store.appendAct(acts.filed('2026-03-03'))).ok).toBe(true)
    await as(li)
    expect(store.lock).toContain('本案由执法人员2办理')
  })

  it('on a case another officer holds, a 负责人 still records the approval that names them', async () => {
    const [li, wang, head] = ids as [string, string, string]
    await as(li)
    const store = useCaseDetailStore()
    await store.open(caseId)
    expect((await store.handOver(li, '本人承办')).ok).toBe(true)
    expect(store.writableActs).toContain('onSiteInspection')

    await as(head)
    expect(store.lock).toContain('本案由执法人员1办理')
    // Only the acts a 负责人 signs in their own right stay open.
    expect(store.writableActs).toContain('caseFiled')
    expect(store.writableActs).not.toContain('onSiteInspection')
    const filed = acts.filed('2026-03-03')
    const approved = await store.appendAct({
      ...filed,
      payload: { ...(filed.payload as object), approver: '执法人员3', approverId: head },
    })
    expect(approved.ok, !approved.ok ? approved.message : '').toBe(true)

    await as(wang)
    expect(store.writableActs).toEqual([])
  })
})

describe('"我办理的" in the case list and on the 工作台 (docs/sync.md "Assignment")', () => {
  it('lists the cases handed over to the officer at the keyboard, and only those', async () => {
    const [li, wang] = ids as [string, string]
    await as(li)
    const detail = useCaseDetailStore()
    await detail.open(caseId)
    expect((await detail.handOver(li, '本人承办')).ok).toBe(true)

    const { useCasesListStore } = await import('@renderer/stores/cases-list')
    const { useWorkbenchStore } = await import('@renderer/stores/workbench')
    const list = useCasesListStore()
    list.filters.mine = true
    await list.search()
    expect(list.rows.map((r) => r.id)).toEqual([caseId])
    const wb = useWorkbenchStore()
    await wb.loadOfficer(li)
    await wb.load()
    expect(wb.held.rows.map((r) => r.id)).toEqual([caseId])

    await as(wang)
    await list.search()
    expect(list.rows).toEqual([])
    await wb.loadOfficer(wang)
    await wb.load()
    expect(wb.held.total).toBe(0)
    // The office's review queue and recent cases are not narrowed by who holds a case.
    list.filters.mine = false
    await list.search()
    expect(list.rows.map((r) => r.id)).toEqual([caseId])
  })
})
