import { describe, expect, it } from 'vitest'
import {
  contactVersionForDocument,
  contactVersionOn,
  sortContactVersions,
  type ContactVersion,
} from '@shared/domain/settings'

function v(
  id: number,
  effectiveFrom: string,
  createdAt: string,
  contactPerson = `联系人${id}`,
): ContactVersion {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    effectiveFrom,
    createdAt,
    contactPerson,
    contactPhone: '027-84851234',
    address: '武汉市汉阳区鹦鹉大道 1 号',
    postalCode: '430050',
    complaintHotline: '12315',
  }
}

const versions = [
  v(3, '2026-07-01', '2026-06-20T08:00:00.000Z', '七月版'),
  v(1, '2026-01-01', '2025-12-30T08:00:00.000Z', '元旦版'),
  v(2, '2026-03-15', '2026-03-10T08:00:00.000Z', '三月版'),
  v(4, '2026-03-15', '2026-03-12T09:00:00.000Z', '三月更正版'),
]

describe('contactVersionOn — documents print the contact block valid on their date (docs/architecture/overview.md §4; 湖北服务型监管意见 第十五条)', () => {
  it.each([
    ['first day of the first version', '2026-01-01', '元旦版'],
    ['between versions', '2026-02-28', '元旦版'],
    ['day before a change', '2026-03-14', '元旦版'],
    ['same-day correction: the later entry wins', '2026-03-15', '三月更正版'],
    ['after the correction', '2026-06-30', '三月更正版'],
    ['on the latest version', '2026-07-01', '七月版'],
    ['far future', '2030-01-01', '七月版'],
  ])('%s (%s) → %s', (_l, date, expected) => {
    const r = contactVersionOn(versions, date)
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.version.contactPerson).toBe(expected)
  })

  it('same effective date and entry time: the larger id wins, independent of input order', () => {
    const a = v(5, '2026-05-01', '2026-04-01T00:00:00.000Z', 'A')
    const b = v(6, '2026-05-01', '2026-04-01T00:00:00.000Z', 'B')
    for (const list of [
      [a, b],
      [b, a],
    ]) {
      const r = contactVersionOn(list, '2026-05-01')
      expect(r.ok && r.version.contactPerson).toBe('B')
    }
  })

  it('a date before the first version is not guessed', () => {
    const r = contactVersionOn(versions, '2025-12-31')
    expect(r).toMatchObject({ ok: false, reason: 'before-first', firstEffectiveFrom: '2026-01-01' })
    if (!r.ok) expect(r.message).toContain('补录')
  })

  it('no versions at all', () => {
    expect(contactVersionOn([], '2026-01-01')).toMatchObject({ ok: false, reason: 'no-versions' })
  })

  it.each(['2026-1-1', '2026-02-30x', '', '2026/01/01'])('invalid date %j', (date) => {
    expect(contactVersionOn(versions, date)).toMatchObject({ ok: false, reason: 'invalid-date' })
  })

  it('sortContactVersions lists newest first, same-day corrections newest first', () => {
    expect(sortContactVersions(versions).map((x) => x.contactPerson)).toEqual([
      '七月版',
      '三月更正版',
      '三月版',
      '元旦版',
    ])
  })
})

describe('contactVersionForDocument — a document dated before the first version prints the earliest one with a note (docs/architecture/overview.md §4)', () => {
  it.each([
    ['on a covered date: the version of that date, no note', '2026-03-20', '三月更正版', false],
    ['the day before the first version: the earliest, noted', '2025-12-31', '元旦版', true],
    ['a case begun long before set-up: the earliest, noted', '2025-06-01', '元旦版', true],
  ])('%s (%s → %s)', (_l, date, expected, noted) => {
    const r = contactVersionForDocument(versions, date)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.version.contactPerson).toBe(expected)
    expect(r.note !== undefined).toBe(noted)
  })

  it('the note names both dates and where to enter an older version', () => {
    const r = contactVersionForDocument(versions, '2025-10-08')
    expect(r.ok && r.note).toBe(
      '文书日期 2025-10-08 早于联系方式最早生效日期 2026-01-01，已按最早的联系方式（2026-01-01 起生效）打印。如该日期适用其他联系方式，请在 设置 → 机关档案 补录。',
    )
  })

  it('several versions on the first effective date: the one entered last is used', () => {
    const list = [
      v(7, '2026-02-01', '2026-01-20T08:00:00.000Z', '初版'),
      v(8, '2026-02-01', '2026-01-25T08:00:00.000Z', '初版更正'),
      v(9, '2026-06-01', '2026-05-20T08:00:00.000Z', '六月版'),
    ]
    const r = contactVersionForDocument(list, '2026-01-15')
    expect(r.ok && r.version.contactPerson).toBe('初版更正')
  })

  it.each([
    ['no versions', [] as ContactVersion[], '2026-01-01', 'no-versions'],
    ['invalid date', versions, '2026/01/01', 'invalid-date'],
  ])('%s is still refused', (_l, list, date, reason) => {
    const r = contactVersionForDocument(list, date)
    expect(r).toMatchObject({ ok: false, reason })
    if (!r.ok) expect(r.message.length).toBeGreaterThan(0)
  })
})
