// @vitest-environment happy-dom
// The paged year scan shared by 统计, 信用公示 and 典型案例 (renderer/src/stores/year-scan.ts):
// every case up to the source-date bound is offered to `pick` once with all its acts, what it
// keeps comes back in reading order, progress rises page by page, and a newer scan stops it
// between pages (docs/domain/statistics.md).
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CaseFacts } from '@shared/domain/case'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { scanYear } from '@renderer/stores/year-scan'
import { testContext } from '../db/helpers'

const TODAY = '2026-11-30'

/** Every case read one by one through the cases repository, in primary-key order. */
async function allFacts(): Promise<CaseFacts[]> {
  const ids = (await db.cases.orderBy(':id').toArray()).map((c) => c.id)
  const out: CaseFacts[] = []
  for (const id of ids) {
    const b = await casesRepo(db).getCase(id)
    if (b) out.push(b.facts)
  }
  return out
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${TODAY}T10:00:00+08:00`))
  useDatabase(`year-scan-test-${Math.random().toString(36).slice(2)}`)
  const ctx = testContext(`${TODAY}T02:00:00.000Z`)
  await openDatabase(db, '0.1.0', ctx)
  const r = await demoRepo(db).seed(ctx, { cases: 60, today: TODAY })
  if (!r.ok) throw new Error(r.message)
}, 60_000)

afterAll(async () => {
  vi.useRealTimers()
  await db.delete()
})

describe('scanYear', () => {
  it('offers every case up to the bound once, with its acts, and keeps what pick returns', async () => {
    const bound = '2025-12-31'
    const offered: CaseFacts[] = []
    const progress: number[] = []
    const r = await scanYear(db, {
      sourceDateTo: bound,
      pageSize: 7,
      actChunk: 50,
      pick: (f) => {
        offered.push(f)
        return f.acts.length % 2 === 0 ? f.id : undefined
      },
      onProgress: (p) => progress.push(p),
    })
    const expected = (await allFacts()).filter((f) => f.sourceDate <= bound)
    expect(expected.length).toBeGreaterThan(10)
    expect(offered).toEqual(expected)
    expect(r).toEqual({
      cancelled: false,
      kept: expected.filter((f) => f.acts.length % 2 === 0).map((f) => f.id),
    })
    // One report per chunk of 50 acts and per page of 7 cases, rising to 99 at most.
    const acts = await db.acts.count()
    expect(progress).toHaveLength(Math.floor(acts / 50) + 1 + Math.ceil(60 / 7))
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(99)
  })

  it('a case written while the scan runs is seen with the acts it has when it is reached', async () => {
    const ids = (await db.cases.orderBy(':id').primaryKeys()) as string[]
    const target = ids.at(-1) as string
    const before = (await casesRepo(db).getCase(target))?.facts
    const offered = new Map<string, CaseFacts>()
    await scanYear(db, {
      sourceDateTo: '9999-12-31',
      pageSize: 10,
      pick: (f) => {
        if (offered.size === 0) void appendCopyOfLastAct(target)
        offered.set(f.id, f)
        return undefined
      },
    })
    const after = (await casesRepo(db).getCase(target))?.facts
    expect(after?.acts.length).toBe((before?.acts.length ?? 0) + 1)
    expect(offered.get(target)).toEqual(after)
  })

  it('a newer scan (cancelled) stops it between pages: nothing is returned', async () => {
    let offered = 0
    const r = await scanYear(db, {
      sourceDateTo: '9999-12-31',
      pageSize: 10,
      cancelled: () => offered > 0,
      pick: (f) => {
        offered++
        return f.id
      },
    })
    expect(r).toEqual({ cancelled: true })
    expect(offered).toBe(10)
  })
})

/**
 * Stands for a write landing while a scan runs: the case's last act again under a new id, and the
 * stored act count raised, in one transaction (as the cases repository writes them).
 */
async function appendCopyOfLastAct(caseId: string): Promise<void> {
  await db.transaction('rw', [db.cases, db.acts], async () => {
    const rec = await db.cases.get(caseId)
    const acts = await db.acts
      .where('[caseId+seq]')
      .between([caseId, 0], [caseId, Infinity])
      .toArray()
    const last = acts.at(-1)
    if (!rec || !last) throw new Error('测试数据缺少案件或环节')
    await db.acts.add({ ...last, id: '00000000-0000-4000-8000-ffffffffffff', seq: last.seq + 1 })
    await db.cases.put({ ...rec, actCount: rec.actCount + 1 })
  })
}
