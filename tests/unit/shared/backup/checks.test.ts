import { describe, expect, it } from 'vitest'
import {
  checkRecord,
  createIntegrityChecker,
  diffCasePackage,
  planCaseImport,
} from '@shared/backup'
import { actRecord, caseRecord, officer, partyRecord, uuid } from './fixtures'

describe('checkRecord', () => {
  it('accepts valid records of every known table', () => {
    const p = partyRecord()
    expect(checkRecord('parties', 'id', p)).toBeNull()
    expect(checkRecord('cases', 'id', caseRecord(2, p.id))).toBeNull()
    expect(checkRecord('acts', 'id', actRecord(3, uuid(2)))).toBeNull()
    expect(checkRecord('officers', 'id', officer)).toBeNull()
    expect(checkRecord('counters', 'key', { key: 'caseNo:2026', value: 3 })).toBeNull()
  })

  it('checks tables of later schema versions generically (object with a primary key)', () => {
    expect(checkRecord('documents', 'id', { id: 'x', anything: 1 })).toBeNull()
    expect(checkRecord('documents', 'id', { anything: 1 })?.message).toMatch(/缺少主键“id”/)
    expect(checkRecord('documents', 'id', 'text')?.message).toMatch(/不是有效的数据对象/)
  })
})

describe('createIntegrityChecker', () => {
  it('finds dangling references, duplicate keys and duplicate case numbers', () => {
    const c = createIntegrityChecker()
    const p = partyRecord(1)
    c.add('parties', p.id, p)
    c.add('officers', officer.id, officer)
    c.add('cases', uuid(2), caseRecord(2, p.id))
    c.add('cases', uuid(3), caseRecord(3, uuid(77), { caseNo: caseRecord(2, p.id).caseNo }))
    c.add('acts', uuid(4), actRecord(4, uuid(2)))
    c.add('acts', uuid(4), actRecord(4, uuid(2)))
    c.add('acts', uuid(5), actRecord(5, uuid(88)))
    c.add('documents', 'd1', { id: 'd1', caseId: uuid(99) })
    const messages = c.finish().map((p) => p.message)
    expect(messages).toEqual([
      `案件记录（${uuid(3)}）的 caseNo“鄂汉阳市监案〔2026〕2号”与记录（${uuid(2)}）重复`,
      `办案环节记录（${uuid(4)}）重复出现`,
      `案件记录（${uuid(3)}）的 partyId 指向不存在的当事人（${uuid(77)}）`,
      `办案环节记录（${uuid(5)}）的 caseId 指向不存在的案件（${uuid(88)}）`,
      `documents记录（d1）的 caseId 指向不存在的案件（${uuid(99)}）`,
    ])
  })

  it('accepts references to records known outside the checked set', () => {
    const c = createIntegrityChecker()
    c.add('cases', uuid(2), caseRecord(2, uuid(1)))
    expect(c.finish(50, { parties: new Set([uuid(1)]), officers: new Set([officer.id]) })).toEqual(
      [],
    )
  })
})

describe('diffCasePackage / planCaseImport', () => {
  const p = partyRecord(1)
  const base = { parties: [p], cases: [caseRecord(2, p.id)], acts: [actRecord(3, uuid(2))] }

  it('a case not on this PC is new; importing adds everything', () => {
    const d = diffCasePackage({}, base)
    expect(d.verdict).toBe('new')
    expect(planCaseImport(d, 'addMissing')).toEqual({
      acts: [uuid(3)],
      cases: [uuid(2)],
      parties: [uuid(1)],
    })
  })

  it('identical copies need nothing', () => {
    const d = diffCasePackage(base, structuredClone(base))
    expect(d.verdict).toBe('identical')
    expect(planCaseImport(d, 'preferIncoming')).toEqual({})
  })

  it('a newer local copy is reported, and addMissing never overwrites it', () => {
    const local = {
      ...base,
      cases: [caseRecord(2, p.id, { updatedAt: '2026-04-01T00:00:00.000Z', actCount: 2 })],
      acts: [...base.acts, actRecord(4, uuid(2), { seq: 2 })],
    }
    const incoming = { ...base, acts: [...base.acts, actRecord(5, uuid(2), { seq: 2 })] }
    const d = diffCasePackage(local, incoming)
    expect(d.verdict).toBe('diverged')
    expect(d.summary).toMatch(/案件：不同 1/)
    expect(planCaseImport(d, 'addMissing')).toEqual({ acts: [uuid(5)] })
    expect(planCaseImport(d, 'preferIncoming')).toEqual({ acts: [uuid(5)], cases: [uuid(2)] })
    expect(planCaseImport(d, 'keepLocal')).toEqual({})
  })

  it('an incoming copy with more acts is newer', () => {
    const incoming = { ...base, acts: [...base.acts, actRecord(5, uuid(2), { seq: 2 })] }
    expect(diffCasePackage(base, incoming).verdict).toBe('incomingNewer')
    expect(diffCasePackage(incoming, base).verdict).toBe('localNewer')
  })
})
