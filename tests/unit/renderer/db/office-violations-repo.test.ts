// The office's 裁量基准 in `meta` (docs/domain/violations.md): validated on write and on read,
// every write in one transaction with its audit entry.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { ViolationEntry } from '@shared/discretion/types'
import {
  officeViolationsRepo,
  type OfficeViolationsMeta,
} from '@renderer/db/repositories/office-violations'
import { verifyAuditChain } from '@renderer/db/audit'
import { openDatabase } from '@renderer/db/open'
import type { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function setup() {
  const db = freshDb()
  opened.push(db)
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  return { db, ctx, repo: officeViolationsRepo(db) }
}

/** 食品安全法 第一百二十六条 as an office restates it (fixed fine only if not corrected). */
const entry = (id: string, over: Partial<ViolationEntry> = {}): ViolationEntry => ({
  id,
  name: '食品经营者未按规定建立并遵守进货查验记录制度',
  field: '食品安全',
  violates: [{ law: '食品安全法', article: 53, paragraph: 2 }],
  basis: { law: '食品安全法', article: 126, paragraph: 1, item: 3 },
  penalties: ['warning', 'fine'],
  fine: { kind: 'fixed', minFen: 500_000, maxFen: 5_000_000 },
  correctionMandatory: true,
  fineOnlyIfNotCorrected: true,
  firstOffenceMayBeExempt: true,
  source: '某市市场监管局行政处罚裁量基准（2024）',
  basisText: '责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款',
  ...over,
})

describe('officeViolationsRepo', () => {
  it('reads nothing before an import', async () => {
    const { repo } = await setup()
    expect(await repo.read()).toEqual({ ok: true, entries: [], updatedAt: null, source: null })
  })

  it('replace saves the list with its source and one audit entry; read gives it back', async () => {
    const { db, ctx, repo } = await setup()
    const auditBefore = await db.audit.count()
    const r = await repo.replace(ctx, [entry('a-1'), entry('a-2')], '本局裁量基准.xlsx')
    expect(r.ok).toBe(true)
    const read = await repo.read()
    expect(read).toEqual({
      ok: true,
      entries: [entry('a-1'), entry('a-2')],
      updatedAt: ctx.now,
      source: '本局裁量基准.xlsx',
    })
    const audit = await db.audit.orderBy('seq').toArray()
    expect(audit).toHaveLength(auditBefore + 1)
    expect(audit.at(-1)).toMatchObject({
      action: 'create',
      entity: 'meta',
      entityId: 'officeViolations',
    })
    await repo.replace(ctx, [entry('b-1')], '第二版.xlsx')
    expect((await db.audit.orderBy('seq').last())?.action).toBe('update')
    expect((await repo.read()).ok && (await repo.read())).toMatchObject({ entries: [entry('b-1')] })
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })

  it.each([
    [
      'min > max',
      entry('x', { fine: { kind: 'fixed', minFen: 2, maxFen: 1 } }),
      /最低罚款不能高于最高罚款/,
    ],
    ['a fine without 罚款', entry('x', { penalties: ['warning'] }), /处罚种类应含罚款/],
    ['an over-long name', entry('x', { name: '名'.repeat(201) }), /不能超过200个字/],
    ['a float amount', entry('x', { fine: { kind: 'fixed', minFen: 0.5, maxFen: 1 } }), /整数分/],
    ['id __proto__', entry('__proto__'), /__proto__/],
  ])('replace refuses %s and writes nothing', async (_, bad, message) => {
    const { db, ctx, repo } = await setup()
    const auditBefore = await db.audit.count()
    const r = await repo.replace(ctx, [entry('ok'), bad], 'f.xlsx')
    expect(r).toEqual({ ok: false, message: expect.stringMatching(message) })
    expect(!r.ok && r.message).toMatch(/第 2 条/)
    expect(await db.meta.get('officeViolations')).toBeUndefined()
    expect(await db.audit.count()).toBe(auditBefore)
  })

  it('replace refuses duplicate ids', async () => {
    const { ctx, repo } = await setup()
    const r = await repo.replace(ctx, [entry('d'), entry('d')], 'f.xlsx')
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/编号“d”重复/) })
  })

  it('a damaged stored record is reported on read, not passed on', async () => {
    const { db, repo } = await setup()
    // Written past the type on purpose: a record damaged outside the app.
    const damaged: unknown = {
      key: 'officeViolations',
      entries: [{ ...entry('x'), basis: { law: '食品安全法', article: -1 } }],
      updatedAt: '2026-01-01T00:00:00.000Z',
      source: 'f.xlsx',
    }
    await db.meta.put(damaged as OfficeViolationsMeta)
    const r = await repo.read()
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/已损坏.*重新从 Excel 导入/) })
  })

  it('clear removes the list with an audit entry; clearing nothing writes nothing', async () => {
    const { db, ctx, repo } = await setup()
    const base = await db.audit.count()
    expect(await repo.clear(ctx)).toEqual({ ok: true, removed: 0 })
    expect(await db.audit.count()).toBe(base)
    await repo.replace(ctx, [entry('a'), entry('b')], 'f.xlsx')
    expect(await repo.clear(ctx)).toEqual({ ok: true, removed: 2 })
    expect(await db.meta.get('officeViolations')).toBeUndefined()
    const last = await db.audit.orderBy('seq').last()
    expect(last).toMatchObject({ action: 'delete', entityId: 'officeViolations', after: null })
    expect(await repo.read()).toMatchObject({ ok: true, entries: [] })
  })
})
