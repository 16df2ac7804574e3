import { describe, expect, it } from 'vitest'
import { contactVersionOn, sortContactVersions, type ContactVersion } from '@shared/domain/settings'

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

describe('contactVersionOn — documents print the contact block valid on their date (DESIGN §4; 湖北服务型监管意见 第十五条)', () => {
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
