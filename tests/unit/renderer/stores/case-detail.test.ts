// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '@renderer/db/db'
import { casesRepo } from '@renderer/db/repositories/cases'
import { useCaseDetailStore } from '@renderer/stores/case-detail'
import { orgParty } from '../db/case-helpers'
import { acts } from '../db/case-acts'
import { quotaError, storeDb } from './store-db'

// The case page's store decides what may be recorded (the lifecycle gates of
// docs/domain/lifecycle.md, through the repository) and keeps the page's state in step.

let caseId = ''
let officerIds: string[] = []

beforeEach(async () => {
  const s = await storeDb()
  officerIds = s.officerIds
  const c = await casesRepo(s.db).createCase(s.ctx, {
    party: orgParty(),
    cause: '涉嫌未按规定公示食品经营许可证案',
    source: 'inspection',
    sourceDate: '2026-03-02',
    officerIds: officerIds.slice(0, 2),
    firstAct: 'clueRegistered',
    today: '2026-03-02',
  })
  if (!c.ok) throw new Error(c.message)
  caseId = c.case.id
  setActivePinia(createPinia())
})

afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

describe('case-detail store', () => {
  it('opens a case with its state, officers and audit; an unknown id is "missing"', async () => {
    const store = useCaseDetailStore()
    await store.open(caseId)
    expect(store.missing).toBe(false)
    expect(store.acts.map((a) => a.type)).toEqual(['clueRegistered'])
    expect(store.state?.allowedActs).toContain('caseFiled')
    expect(store.officers).toHaveLength(4)
    expect(store.audit.length).toBeGreaterThan(0)

    await store.open('no-such-case')
    expect(store.missing).toBe(true)
    expect(store.record).toBeNull()
  })

  it('refuses an act the gates do not allow yet, in Chinese, and writes nothing', async () => {
    const store = useCaseDetailStore()
    await store.open(caseId)
    const auditBefore = await db.audit.count()
    // 调查终结 before 立案: not allowed.
    const r = await store.appendAct(acts.concluded('2026-03-05', 'penalty'))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/[\u4e00-\u9fff]/)
    expect(store.acts.map((a) => a.type)).toEqual(['clueRegistered'])
    expect(await db.audit.count()).toBe(auditBefore)
    expect(store.saving).toBe(false)
  })

  it('records an allowed act with its audit entry and shows the new state', async () => {
    const store = useCaseDetailStore()
    await store.open(caseId)
    const auditBefore = await db.audit.count()
    const r = await store.appendAct(acts.filed('2026-03-03'))
    expect(r.ok).toBe(true)
    expect(store.acts.map((a) => a.type)).toEqual(['clueRegistered', 'caseFiled'])
    expect(store.state?.allowedActs).not.toContain('caseFiled')
    expect(await db.audit.count()).toBeGreaterThan(auditBefore)
    const filed = store.acts.find((a) => a.type === 'caseFiled')
    expect(store.audit.some((e) => e.entityId === filed?.id)).toBe(true)
  })

  it('voids an act by appending, never deleting: the act stays listed and its gate reopens', async () => {
    const store = useCaseDetailStore()
    await store.open(caseId)
    const filed = await store.appendAct(acts.filed('2026-03-03'))
    expect(filed.ok).toBe(true)
    const filedId = store.acts.find((a) => a.type === 'caseFiled')!.id
    const r = await store.voidAct(filedId, '立案审批表日期填错')
    expect(r.ok).toBe(true)
    expect(store.acts.some((a) => a.id === filedId)).toBe(true)
    expect(store.acts).toHaveLength(3)
    expect(store.state?.allowedActs).toContain('caseFiled')
  })

  it('a full disk while recording comes back as the Chinese refusal; nothing is half-written', async () => {
    const store = useCaseDetailStore()
    await store.open(caseId)
    const actsBefore = await db.acts.count()
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw quotaError()
    })
    const r = await store.appendAct(acts.filed('2026-03-03'))
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^存储空间不足/) })
    vi.restoreAllMocks()
    expect(await db.acts.count()).toBe(actsBefore)
    expect(store.saving).toBe(false)
  })
})
