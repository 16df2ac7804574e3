import { describe, expect, it } from 'vitest'
import {
  checkRecord,
  createIntegrityChecker,
  diffCasePackage,
  planCaseImport,
} from '@shared/backup'
import { actRecord, caseRecord, officer, partyRecord, uuid } from '../../../fixtures/backup-records'

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
    expect(checkRecord('laterTable', 'id', { id: 'x', anything: 1 })).toBeNull()
    expect(checkRecord('laterTable', 'id', { anything: 1 })?.message).toMatch(/缺少主键“id”/)
    expect(checkRecord('laterTable', 'id', 'text')?.message).toMatch(/不是有效的数据对象/)
  })
})

describe('issued documents and their print log (documents issue: frozen copies)', () => {
  const doc = {
    id: uuid(41),
    caseId: uuid(2),
    kind: 'penaltyDecision',
    title: '行政处罚决定书',
    docNo: '鄂汉阳市监处罚〔2026〕3号',
    code: '市监处罚',
    year: 2026,
    serial: 3,
    status: 'issued',
    issuedOn: '2026-03-12',
    issuedAt: '2026-03-12T02:00:00.000Z',
    issuedBy: 'local-user',
    partyName: '武汉市汉阳区某某商贸有限公司',
    caseNo: '鄂汉阳市监案〔2026〕1号',
    templateVersion: 1,
    sha256: 'a'.repeat(64),
    snapshot: { input: { any: 'thing' }, ctx: { fontSetId: 'bundled' } },
    sourceActIds: [uuid(3)],
  }
  it.each([
    { name: 'a valid issued document passes', rec: doc, error: null },
    {
      name: 'an unknown kind is refused',
      rec: { ...doc, kind: 'letter' },
      error: /未知的文书种类/,
    },
    { name: 'an issued document needs its PDF hash', rec: { ...doc, sha256: '' }, error: /哈希/ },
    { name: 'a negative serial is refused', rec: { ...doc, serial: -1 }, error: /不能为负数/ },
    { name: '文号 and serial must agree', rec: { ...doc, docNo: '' }, error: /文号与序号不一致/ },
    {
      name: 'a voided document needs a reason',
      rec: { ...doc, status: 'voided', voided: { reason: '', at: doc.issuedAt, by: 'x' } },
      error: /作废理由/,
    },
  ])('$name', ({ rec, error }) => {
    const problem = checkRecord('documents', 'id', rec)
    if (error === null) expect(problem).toBeNull()
    else expect(problem?.message).toMatch(error)
  })

  it('a 文号 is never reused and a print-log entry must point at a document', () => {
    const c = createIntegrityChecker()
    c.add('documents', doc.id, doc)
    c.add('documents', uuid(42), { ...doc, id: uuid(42) })
    c.add('printLog', uuid(43), { id: uuid(43), documentId: uuid(44) })
    const messages = c
      .finish(20)
      .map((p) => p.message)
      .join('\n')
    expect(messages).toMatch(/docNo“鄂汉阳市监处罚〔2026〕3号”与记录/)
    expect(messages).toMatch(uuid(44))
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
    c.add('laterTable', 'd1', { id: 'd1', caseId: uuid(99) })
    const messages = c.finish().map((p) => p.message)
    expect(messages).toEqual([
      `案件记录（${uuid(3)}）的 caseNo“鄂汉阳市监案〔2026〕2号”与记录（${uuid(2)}）重复`,
      `办案环节记录（${uuid(4)}）重复出现`,
      `案件记录（${uuid(3)}）的 partyId 指向不存在的当事人（${uuid(77)}）`,
      `办案环节记录（${uuid(5)}）的 caseId 指向不存在的案件（${uuid(88)}）`,
      `laterTable记录（d1）的 caseId 指向不存在的案件（${uuid(99)}）`,
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
