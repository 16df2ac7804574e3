// The deadline shortcut of shared/statistics/contribution.ts (mayFallDueFrom) never hides a
// deadline that computeDeadlines would date in the period: checked over generated demo cases.
import { describe, expect, it } from 'vitest'
import { computeDeadlines, viewCase, type CaseView } from '@shared/domain/case'
import { factsAsOf, mayFallDueFrom } from '@shared/statistics'
import { daysBetween, shiftDays } from '@shared/util/date'
import { demoCases } from './cases'

describe('mayFallDueFrom: a skipped case has no deadline due on or after the period start', () => {
  const cases = demoCases(600, '2026-11-30', 7, 1500)
  it.each(['2024-01-01', '2025-01-01', '2025-07-01', '2026-01-01'])('from %s', (from) => {
    let skipped = 0
    for (const c of cases) {
      const cc = factsAsOf(c, '2026-11-30')
      if (mayFallDueFrom(viewCase(cc), from)) continue
      skipped++
      const late = computeDeadlines(cc, '2026-11-30').filter((d) => d.dueDate >= from)
      expect(late).toEqual([])
    }
    if (from >= '2026-01-01') expect(skipped).toBeGreaterThan(0)
  })
})

/** mayFallDueFrom as first written: the dates found in each payload's JSON text. */
function mayFallDueFromJson(v: CaseView, from: string): boolean {
  if (v.acts.length === 0) return false
  if (v.pauses.some((p) => p.to === undefined)) return true
  const first = v.acts[0]?.occurredOn as string
  let horizon = v.acts.at(-1)?.occurredOn as string
  let extension = 0
  for (const a of v.acts) {
    if (a.type === 'periodExtended') extension += a.payload.days
    for (const d of JSON.stringify(a.payload).match(/\d{4}-\d{2}-\d{2}/g) ?? []) {
      if (d > horizon) horizon = d
    }
  }
  return shiftDays(horizon, 400 + extension + daysBetween(first, horizon)) >= from
}

describe('mayFallDueFrom reads payload dates without serialising: same answers as the JSON text', () => {
  const cases = demoCases(600, '2026-11-30', 7, 1500)
  it.each(['2024-01-01', '2025-01-01', '2025-07-01', '2026-01-01', '2026-11-01'])(
    'from %s',
    (from) => {
      let yes = 0
      for (const c of cases) {
        const v = viewCase(factsAsOf(c, '2026-11-30'))
        const expected = mayFallDueFromJson(v, from)
        expect(mayFallDueFrom(v, from)).toBe(expected)
        if (expected) yes++
      }
      expect(yes).toBeGreaterThan(0)
      expect(yes).toBeLessThan(cases.length)
    },
  )
})
