// The statistics digest (shared/statistics/digest.ts) answers exactly what the full computation
// (caseContribution over the case and its acts) answers: on the hand-counted fixtures, on cases
// with pauses, extensions, 撤销 and 作废, and on generated demo data, for years, quarters, custom
// ranges and running periods evaluated on days between due dates (docs/domain/statistics.md,
// "The statistics digest").
import { describe, expect, it } from 'vitest'
import { activeCalendar } from '@shared/calendar'
import {
  DEADLINE_RULES,
  defaultRuleSettings,
  type CaseFacts,
  type RuleSettings,
} from '@shared/domain/case'
import {
  aggregateStatistics,
  cachedCalendar,
  caseContribution,
  caseDigest,
  digestContribution,
  digestStamp,
  packDigest,
  packedContribution,
  packYearContribution,
  periodAsOf,
  quarterPeriod,
  yearPeriod,
  type CaseContribution,
  type CaseDigest,
  type StatisticsPeriod,
  unpackDigest,
  yearContribution,
} from '@shared/statistics'
import { shiftDays } from '@shared/util/date'
import { act, makeCase, P, uid } from '../domain/case/builders'
import { demoCases, edgeCases } from './cases'
import { fixtureCases } from './fixtures'

const TODAY = '2026-11-30'

/** Decisions and payments revoked (撤销, a legal act with its own date) or voided (作废). */
function voidedCases(): CaseFacts[] {
  const clue = act('clueRegistered', '2025-05-06', P.clue())
  const filed = act('caseFiled', '2025-05-20', P.filed())
  const decision = act('penaltyDecision', '2025-09-21', P.decision())
  const served = act('decisionServed', '2025-09-24', P.served(decision.id))
  const paid = act('paymentMade', '2025-10-10', { kind: 'fine', amountFen: 10_000 })
  const voiding = (target: string, on: string, kind: 'voided' | 'revoked') =>
    act('actVoided', on, { targetActId: target, kind, reason: '录入错误' })
  return [
    makeCase([clue, filed, decision, served, voiding(decision.id, '2026-01-15', 'revoked')], {
      id: uid(901),
      sourceDate: '2025-05-06',
    }),
    makeCase([clue, filed, decision, served, voiding(decision.id, '2025-11-02', 'revoked')], {
      id: uid(902),
      sourceDate: '2025-05-06',
    }),
    makeCase([clue, filed, decision, served, voiding(decision.id, '2026-01-15', 'voided')], {
      id: uid(903),
      sourceDate: '2025-05-06',
    }),
    makeCase([clue, filed, decision, served, paid, voiding(paid.id, '2026-02-03', 'voided')], {
      id: uid(904),
      sourceDate: '2025-05-06',
    }),
    makeCase([clue, filed, decision, served, paid], { id: uid(905), sourceDate: '2025-05-06' }),
  ]
}

const periods: [string, StatisticsPeriod][] = [
  ['year 2023', yearPeriod(2023)],
  ['year 2024', yearPeriod(2024)],
  ['year 2025', yearPeriod(2025)],
  ['year 2026', yearPeriod(2026)],
  ...([2024, 2025, 2026] as const).flatMap((y) =>
    ([1, 2, 3, 4] as const).map((q): [string, StatisticsPeriod] => [
      `${y} Q${q}`,
      quarterPeriod(y, q),
    ]),
  ),
  ['custom 2025-11-15 to 2026-02-10', { from: '2025-11-15', to: '2026-02-10' }],
  ['custom 2025-06-03 to 2025-10-17', { from: '2025-06-03', to: '2025-10-17' }],
  ['custom 2024-02-29 to 2026-06-01', { from: '2024-02-29', to: '2026-06-01' }],
]

/** Running periods evaluated on days between due dates (today inside the period). */
const todays = ['2025-06-18', '2025-09-30', '2025-10-21', '2026-01-05', '2026-03-31', TODAY]

const sorted = (c: CaseContribution | undefined) => c && { ...c, keys: [...c.keys].sort() }

/**
 * Each case's contribution through its digest (a 'read' answer computed from the case, as the
 * store does) against the full computation; how many needed the case.
 */
function compare(
  cases: CaseFacts[],
  p: StatisticsPeriod,
  today: string,
  settings: RuleSettings = defaultRuleSettings,
): { counted: number; read: number } {
  const calendar = cachedCalendar(activeCalendar())
  const stamp = digestStamp(settings, calendar)
  const opts = { today, settings, calendar }
  const asOf = periodAsOf(p, today)
  let counted = 0
  let read = 0
  const expected: CaseContribution[] = []
  const got: CaseContribution[] = []
  for (const c of cases) {
    const want = caseContribution(c, p, opts)
    const packed = packDigest(caseDigest(c, { settings, calendar, stamp }))
    const d: CaseDigest = unpackDigest(JSON.parse(JSON.stringify(packed)))
    expect(d).toEqual(caseDigest(c, { settings, calendar, stamp }))
    let have = packedContribution(packed, p, opts)
    expect(have).toEqual(digestContribution(d, p, opts))
    if (have === 'read') {
      read++
      have = caseContribution(c, p, opts)
    }
    expect(sorted(have), `${c.id} ${p.from}–${p.to} on ${today}`).toEqual(sorted(want))
    // A whole year evaluated after its end: the contribution packed into the year's blocks.
    const y = Number(p.from.slice(0, 4))
    if (p.from === `${y}-01-01` && p.to === `${y}-12-31` && today > p.to) {
      const year = packYearContribution(packed, y)
      if (year !== '') {
        expect(sorted(yearContribution(packed, year)), `${c.id} ${y} packed`).toEqual(sorted(want))
      } else {
        // Not packed: the clock stands paused, or only the case can answer.
        expect(packed.x !== undefined || packedContribution(packed, p, opts) === 'read').toBe(true)
      }
    }
    if (want) {
      counted++
      expected.push(want)
      got.push(have as CaseContribution)
      // The store reads the digests by these indexes: every counted case must be among them.
      const years = new Set(d.years)
      let found = d.openFrom <= asOf
      for (let y = Number(p.from.slice(0, 4)); y <= Number(asOf.slice(0, 4)); y++) {
        found ||= years.has(y)
      }
      expect(found, `${c.id} is not read for ${p.from}–${p.to}`).toBe(true)
    }
  }
  const a = aggregateStatistics(expected, p, asOf)
  const b = aggregateStatistics(got, p, asOf)
  expect(b.money).toEqual(a.money)
  expect(b.figures.map((f) => [f.key, [...f.caseIds].sort()])).toEqual(
    a.figures.map((f) => [f.key, [...f.caseIds].sort()]),
  )
  return { counted, read }
}

describe('digestContribution = caseContribution (docs/domain/statistics.md, the statistics digest)', () => {
  const demo = demoCases(400, TODAY, 11)
  const special = [...fixtureCases(), ...edgeCases(), ...voidedCases()]

  it.each(periods)('fixtures, pauses, 撤销 and 作废, %s', (_n, p) => {
    for (const today of [TODAY, '2026-12-01', ...todays]) compare(special, p, today)
  })

  it.each(periods)('generated demo data (400 cases), %s', (_n, p) => {
    const { counted, read } = compare(demo, p, TODAY)
    if (p.from >= '2024-01-01') expect(counted).toBeGreaterThan(10)
    // Years and quarters are answered from the digest alone.
    if (!p.from.endsWith('-15') && !p.from.endsWith('-03') && !p.from.endsWith('-29')) {
      expect(read).toBe(0)
    }
  })

  it.each(todays)('generated demo data, running year and quarter evaluated on %s', (today) => {
    const y = Number(today.slice(0, 4))
    const q = (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4
    compare(demo, yearPeriod(y), today)
    compare(demo, quarterPeriod(y, q), today)
    compare(demo, { from: shiftDays(today, -40), to: shiftDays(today, 20) }, today)
  })

  it('a deadline rule changed by an update of the app (a clock added, a length) changes the stamp', () => {
    const cal = activeCalendar()
    const same = digestStamp(defaultRuleSettings, cal, [...DEADLINE_RULES])
    expect(same).toBe(digestStamp(defaultRuleSettings, cal))
    const longer = DEADLINE_RULES.map((r) =>
      r.id === 'ASSISTANCE_REPLY' ? { ...r, length: (r.length ?? 0) + 5 } : r,
    )
    expect(digestStamp(defaultRuleSettings, cal, longer)).not.toBe(same)
    expect(digestStamp(defaultRuleSettings, cal, DEADLINE_RULES.slice(1))).not.toBe(same)
  })

  it('an office FOLLOW_UP period of 60 days changes the stamp and is answered the same', () => {
    const override: RuleSettings = {
      ...defaultRuleSettings,
      periodOverrides: { ...defaultRuleSettings.periodOverrides, FOLLOW_UP: 60 },
    }
    const cal = activeCalendar()
    expect(digestStamp(override, cal)).not.toBe(digestStamp(defaultRuleSettings, cal))
    compare(demo, yearPeriod(2025), TODAY, override)
    compare(special, yearPeriod(2025), '2025-10-21', override)
  })

  it('a voided case counts nowhere', () => {
    const c = fixtureCases()[0] as CaseFacts
    const calendar = activeCalendar()
    const d = caseDigest(c, {
      calendar,
      stamp: digestStamp(defaultRuleSettings, calendar),
      voided: true,
    })
    expect(d.years).toEqual([])
    expect(digestContribution(d, yearPeriod(2025), { today: TODAY })).toBeUndefined()
  })
})
