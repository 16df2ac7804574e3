import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { exemptionsRepo } from '@renderer/db/repositories/exemptions'
import { verifyAuditChain } from '@renderer/db/audit'
import { openDatabase } from '@renderer/db/open'
import type { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const row = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  title: `事项${code}`,
  category: '首违不罚',
  violation: '违法行为描述',
  legalBasis: '《食品安全法》第一百二十六条',
  conditions: '初次违法且危害后果轻微并及时改正',
  source: '鄂市监法〔2022〕42号',
  ...over,
})

async function setup() {
  const db = freshDb()
  opened.push(db)
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  return { db, ctx, repo: exemptionsRepo(db) }
}

describe('exemptionsRepo', () => {
  it('imports good rows, reports bad ones by file row number, updates known codes', async () => {
    const { db, ctx, repo } = await setup()
    const first = await repo.importRows(ctx, [
      row('A1'),
      row('A2', { legalBasis: '' }),
      {},
      row('A3'),
    ])
    expect(first).toEqual({
      ok: true,
      added: 2,
      updated: 0,
      unchanged: 0,
      errors: [{ row: 3, message: '第3行：请填写法律依据' }],
    })
    const second = await repo.importRows(ctx, [
      row('A1'),
      row('A3', { title: '新名称' }),
      row('A2'),
    ])
    expect(second).toMatchObject({ added: 1, updated: 1, unchanged: 1, errors: [] })
    const items = await repo.list()
    expect(items.map((i) => `${i.code}:${i.title}`)).toEqual([
      'A1:事项A1',
      'A2:事项A2',
      'A3:新名称',
    ])
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })

  it('save refuses a code used by another item; setActive keeps the item', async () => {
    const { ctx, repo } = await setup()
    const a = await repo.save(ctx, row('B1'))
    await repo.save(ctx, row('B2'))
    const clash = await repo.save(ctx, row('B2', { title: '另一个' }))
    expect(clash.ok).toBe(false)
    if (!clash.ok) expect(clash.errors?.code).toContain('已被事项“事项B2”使用')
    if (!a.ok) return
    await repo.setActive(ctx, a.item.id, false)
    expect((await repo.list(true)).map((i) => i.code)).toEqual(['B2'])
    expect((await repo.list()).length).toBe(2)
  })
})
