/** Per-PC number ranges (shared/sync/number-ranges.ts, docs/sync.md "Numbers"). */
import { describe, expect, it } from 'vitest'
import { nextInRange, rangeProblem, rangesOverlap } from '@shared/sync/number-ranges'

describe('per-PC number ranges', () => {
  it('counts as before without a range', () => {
    expect(nextInRange(0, null)).toEqual({ ok: true, first: 1, last: 1 })
    expect(nextInRange(41, null, 2)).toEqual({ ok: true, first: 42, last: 43 })
  })

  it('starts at the range and continues inside it', () => {
    const r = { from: 500, to: 502 }
    expect(nextInRange(0, r)).toEqual({ ok: true, first: 500, last: 500 })
    expect(nextInRange(500, r)).toEqual({ ok: true, first: 501, last: 501 })
    // A counter already past the start (numbers taken before sync) goes on from there.
    expect(nextInRange(501, r)).toEqual({ ok: true, first: 502, last: 502 })
  })

  it('refuses when the range is used up, saying what to do', () => {
    const r = nextInRange(502, { from: 500, to: 502 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/500–502.*已用完.*分配新的编号范围/)
    expect(nextInRange(501, { from: 500, to: 502 }, 2).ok).toBe(false)
  })

  it('checks ranges and their overlap', () => {
    expect(rangeProblem({ from: 1, to: 499 })).toBeNull()
    expect(rangeProblem({ from: 0, to: 5 })).toMatch(/从 1/)
    expect(rangeProblem({ from: 9, to: 5 })).toMatch(/结束号/)
    expect(rangeProblem({ from: 1.5, to: 5 })).toMatch(/整数/)
    expect(rangesOverlap({ from: 1, to: 499 }, { from: 500, to: 999 })).toBe(false)
    expect(rangesOverlap({ from: 1, to: 500 }, { from: 500, to: 999 })).toBe(true)
    expect(rangesOverlap({ from: 600, to: 700 }, { from: 500, to: 999 })).toBe(true)
  })
})
