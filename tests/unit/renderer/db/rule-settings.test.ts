import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { readRuleSettings, settingsRepo } from '@renderer/db/repositories/rule-settings'
import { verifyAuditChain } from '@renderer/db/audit'
import { defaultRuleSettings, ruleLength } from '@shared/domain/case'
import type { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
function open(): AppDB {
  const db = freshDb()
  opened.push(db)
  return db
}

describe('rule settings repository (docs/domain/deadlines.md)', () => {
  it('nothing saved → the documented defaults', async () => {
    expect(await readRuleSettings(open())).toEqual(defaultRuleSettings)
  })

  it('opens a record written by the previous version: followUpDueDays kept, new keys defaulted', async () => {
    const db = open()
    // Exactly what the previous version stored: no periodOverrides, no discretionBands.
    await db.meta.put({
      key: 'ruleSettings',
      settings: {
        hearingThresholdNaturalPersonFen: 1_000_000,
        hearingThresholdOrganisationFen: 3_000_000,
        soleTraderAs: 'naturalPerson',
        dueSoonLeadWorkingDays: 5,
        followUpDueDays: 60,
        collectiveDiscussionFineFen: 5_000_000,
      },
      updatedAt: '2026-01-05T08:00:00.000Z',
    } as never)
    const s = await settingsRepo(db).getRuleSettings()
    expect(s).toEqual({
      hearingThresholdNaturalPersonFen: 1_000_000,
      hearingThresholdOrganisationFen: 3_000_000,
      soleTraderAs: 'naturalPerson',
      dueSoonLeadWorkingDays: 5,
      periodOverrides: { FOLLOW_UP: 60 },
      collectiveDiscussionFineFen: 5_000_000,
      discretionBands: { lighterPercent: 30, heavierPercent: 30 },
    })
    expect(ruleLength('FOLLOW_UP', s)).toBe(60)
  })

  it('saves overrides and bands with an audit entry, and reads them back', async () => {
    const db = open()
    const ctx = testContext()
    const r = await settingsRepo(db).saveRuleSettings(ctx, {
      ...defaultRuleSettings,
      periodOverrides: { FOLLOW_UP: 45 },
      discretionBands: { lighterPercent: 25, heavierPercent: 35 },
    })
    expect(r.ok).toBe(true)
    const s = await readRuleSettings(db)
    expect(s.periodOverrides).toEqual({ FOLLOW_UP: 45 })
    expect(s.discretionBands).toEqual({ lighterPercent: 25, heavierPercent: 35 })
    const audit = await db.audit.toArray()
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([['create', 'ruleSettings']])
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })

  it('refuses an override of a confirmed rule with a Chinese field error, and saves nothing', async () => {
    const db = open()
    const r = await settingsRepo(db).saveRuleSettings(testContext(), {
      ...defaultRuleSettings,
      periodOverrides: { CLOSE_CASE: 30 },
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors?.['periodOverrides.CLOSE_CASE']).toContain(
      '《市场监督管理行政处罚程序规定》第七十七条',
    )
    expect(await db.meta.get('ruleSettings')).toBeUndefined()
    expect(await db.audit.count()).toBe(0)
  })
})
