import { describe, expect, it } from 'vitest'
import { backupFileName, planRotation } from '@shared/backup'

const name = (stamp: string) => backupFileName(stamp)

describe('planRotation (7 daily + 4 weekly)', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // 2026-03-01 is a Sunday. One backup a day for 40 days, two on the newest day.
    const names: string[] = []
    for (let d = 0; d < 40; d++) {
      const date = new Date(Date.UTC(2026, 2, 1 + d))
      const stamp = date.toISOString().slice(0, 10).replace(/-/g, '')
      names.push(name(`${stamp}-080000`))
    }
    names.push(name('20260409-200000'))
    const plan = planRotation(names)
    const days = plan.keep.map((n) => n.slice(12, 20))
    // 7 daily: 04-09 (evening one only) … 04-03; weekly: newest of weeks starting 04-06, 03-30,
    // 03-23, 03-16 → 04-09 (dup), 04-05, 03-29, 03-22.
    expect(days).toEqual([
      '20260409',
      '20260408',
      '20260407',
      '20260406',
      '20260405',
      '20260404',
      '20260403',
      '20260329',
      '20260322',
    ])
    expect(plan.keep[0]).toBe(name('20260409-200000'))
    expect(plan.remove).toContain(name('20260409-080000'))
    expect(plan.keep.length + plan.remove.length).toBe(names.length)
  })

  it('never touches files that are not CaseDesk backups', () => {
    const plan = planRotation([
      'notes.txt',
      'CaseDesk-备份-20261399-000000.casedesk',
      name('20260301-080000'),
    ])
    expect(plan).toEqual({ keep: [name('20260301-080000')], remove: [] })
  })

  it('always keeps the newest backup even with a zero policy', () => {
    const plan = planRotation([name('20260301-080000'), name('20260302-080000')], {
      daily: 0,
      weekly: 0,
    })
    expect(plan).toEqual({ keep: [name('20260302-080000')], remove: [name('20260301-080000')] })
  })
})
