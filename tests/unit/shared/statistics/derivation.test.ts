// The statistics' own derivations (shared/statistics/derivation.ts: stageOn, countedDeadlines)
// give exactly what the case page's derivations (deriveCaseState, computeDeadlines) give, and so
// every contribution is the same: on the hand-counted fixtures and on generated demo data, for
// years, quarters and a running period, with the default settings and an office override.
import { describe, expect, it } from 'vitest'
import { activeCalendar } from '@shared/calendar'
import {
  computeDeadlines,
  defaultRuleSettings,
  deriveCaseState,
  viewCase,
  type RuleSettings,
} from '@shared/domain/case'
import {
  cachedCalendar,
  contributionsOf,
  COUNTED_DEADLINE_RULES,
  countedDeadlines,
  dayArithmetic,
  factsAsOf,
  fullDerivation,
  quarterPeriod,
  stageOn,
  yearPeriod,
  type StatisticsPeriod,
} from '@shared/statistics'
import { demoCases, edgeCases } from './cases'
import { fixtureCases } from './fixtures'

const TODAY = '2026-11-30'
const demo = demoCases(500, TODAY, 11)
/** FOLLOW_UP is the configurable rule (docs/domain/deadlines.md): an office's 60 days. */
const override: RuleSettings = {
  ...defaultRuleSettings,
  periodOverrides: { ...defaultRuleSettings.periodOverrides, FOLLOW_UP: 60 },
}

const periods: [string, StatisticsPeriod][] = [
  ['year 2024', yearPeriod(2024)],
  ['year 2025', yearPeriod(2025)],
  ['year 2026 (running: evaluated on today)', yearPeriod(2026)],
  ['2025 Q3', quarterPeriod(2025, 3)],
  ['custom 2025-11-15 to 2026-02-10', { from: '2025-11-15', to: '2026-02-10' }],
]

describe('statistics derivation = the case page derivation (docs/domain/statistics.md 期限执行, 案件阶段)', () => {
  it.each(periods)('hand-counted fixtures, %s', (_name, p) => {
    const opts = { today: '2026-12-01' }
    expect(contributionsOf(fixtureCases(), p, opts)).toEqual(
      contributionsOf(fixtureCases(), p, { ...opts, derivation: fullDerivation }),
    )
  })

  it.each(periods)('cases with pauses, extensions, instalments and 公告送达, %s', (_name, p) => {
    const opts = { today: TODAY }
    const fast = contributionsOf(edgeCases(), p, opts)
    expect(fast).toEqual(contributionsOf(edgeCases(), p, { ...opts, derivation: fullDerivation }))
  })

  it.each(periods)('generated demo data (500 cases), %s', (_name, p) => {
    const fast = contributionsOf(demo, p, { today: TODAY })
    expect(fast.length).toBeGreaterThan(20)
    expect(fast).toEqual(contributionsOf(demo, p, { today: TODAY, derivation: fullDerivation }))
  })

  it('generated demo data with an office FOLLOW_UP period of 60 days (RuleSettings override)', () => {
    const p = yearPeriod(2025)
    const opts = { today: TODAY, settings: override }
    const fast = contributionsOf(demo, p, opts)
    expect(fast.some((c) => c.keys.some((k) => k.startsWith('deadline:FOLLOW_UP:')))).toBe(true)
    expect(fast).toEqual(contributionsOf(demo, p, { ...opts, derivation: fullDerivation }))
  })
})

describe('countedDeadlines and stageOn case by case (docs/domain/deadlines.md, DEADLINE_RULES duties)', () => {
  const days = [
    '2024-06-30',
    '2025-03-31',
    '2025-05-20',
    '2025-07-15',
    '2025-09-30',
    '2025-12-31',
    '2026-01-06',
    '2026-05-15',
    TODAY,
  ]
  it.each(days)('every demo case as of %s', (asOf) => {
    const cal = cachedCalendar(activeCalendar())
    const arithmetic = dayArithmetic(cal)
    let deadlines = 0
    const stages = new Set<string>()
    for (const c of [...demo, ...edgeCases()]) {
      if (c.sourceDate > asOf) continue
      const cc = factsAsOf(c, asOf)
      const v = viewCase(cc)
      const expected = computeDeadlines(cc, asOf, defaultRuleSettings, cal)
        .filter((d) => COUNTED_DEADLINE_RULES.includes(d.ruleId))
        .map((d) => ({
          ruleId: d.ruleId,
          dueDate: d.dueDate,
          status: d.status,
          metLate: d.metLate,
          mandatory: d.mandatory,
        }))
      expect(countedDeadlines(v, asOf, defaultRuleSettings, arithmetic)).toEqual(expected)
      deadlines += expected.length
      const stage = stageOn(cc, v, asOf, defaultRuleSettings, arithmetic)
      expect(stage).toBe(deriveCaseState(cc, asOf, defaultRuleSettings, cal).stage)
      stages.add(stage)
    }
    expect(deadlines).toBeGreaterThan(100)
    expect(stages.size).toBeGreaterThan(3)
  })
})
