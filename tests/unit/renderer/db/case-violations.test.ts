// The violations of a case (违法行为库 ids) are stored with the case and read back into its facts,
// without a Dexie schema change (the field is not indexed); older cases have none.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { casesRepo } from '@renderer/db/repositories/cases'
import type { AppDB } from '@renderer/db/app-db'
import { officeDb, orgParty } from './case-helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const input = (officerIds: string[], violationIds?: string[]) => ({
  party: orgParty(),
  cause: '涉嫌生产经营超过保质期的食品案',
  source: 'inspection',
  sourceDate: '2026-02-20',
  officerIds: officerIds.slice(0, 2),
  today: '2026-03-01',
  ...(violationIds ? { violationIds } : {}),
})

describe('casesRepo: violationIds', () => {
  it('stores the chosen violations once each and returns them in the facts', async () => {
    const s = await officeDb()
    opened.push(s.db)
    const repo = casesRepo(s.db)
    const r = await repo.createCase(
      s.ctx,
      input(s.officerIds, ['fsl-124-1-5', 'fsl-125-1-2-no-label', 'fsl-124-1-5']),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.case.violationIds).toEqual(['fsl-124-1-5', 'fsl-125-1-2-no-label'])
    const bundle = await repo.getCase(r.case.id)
    expect(bundle?.facts.violationIds).toEqual(['fsl-124-1-5', 'fsl-125-1-2-no-label'])
  })

  it('a case without violations has no violationIds (as cases made before the field existed)', async () => {
    const s = await officeDb()
    opened.push(s.db)
    const repo = casesRepo(s.db)
    const r = await repo.createCase(s.ctx, input(s.officerIds))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect('violationIds' in r.case).toBe(false)
    expect((await repo.getCase(r.case.id))?.facts.violationIds).toBeUndefined()
  })

  it('an empty id is refused with a field message', async () => {
    const s = await officeDb()
    opened.push(s.db)
    const r = await casesRepo(s.db).createCase(s.ctx, input(s.officerIds, ['  ']))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('违法行为编号不能为空')
  })
})
