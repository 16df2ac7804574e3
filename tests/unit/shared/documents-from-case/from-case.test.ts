import { describe, expect, it } from 'vitest'
import {
  answersFrom,
  applySupplements,
  documentContextFrom,
  documentsDue,
  mapDocument,
  type CaseSource,
  type MissingField,
} from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import { documentParty } from '../../../../shared/documents/from-case/common'
import type { DocumentKind } from '../../../../shared/documents/kinds'
import type { ContactVersion, OfficeProfile } from '../../../../shared/domain/settings'
import type { Act, CaseFacts } from '../../../../shared/domain/case'
import { DOCUMENT_FIELD_LABELS } from '../../../../shared/documents/field-labels'
import { printedTitle } from '../../../../shared/documents/kinds'
import { hanyangContext } from '../../../fixtures/documents/context'
import { act, officers, pathA, pathB, pathC, uuid } from './paths'

const source = (facts: CaseFacts, issued: CaseSource['issued'] = []): CaseSource => ({
  facts,
  officerUnits: { [officers[0]!.officerId]: '食品安全监管科' },
  issued,
})

const ANSWER: Record<MissingField['input'], string> = {
  text: '补充内容',
  textarea: '补充的详细内容。',
  date: '2026-06-01',
  time: '09:30',
  lines: '证据一\n证据二',
  speakerLines: '刘局长：同意办案机构意见\n赵副局长：同意',
}

function answered(missing: readonly MissingField[]): Record<string, string> {
  return Object.fromEntries(missing.map((m) => [m.path, ANSWER[m.input]]))
}

function mapped(facts: CaseFacts, kind: DocumentKind, issued: CaseSource['issued'] = []) {
  const src = source(facts, issued)
  const due = documentsDue(src).find((d) => d.kind === kind)
  if (!due) throw new Error(`${kind} not due`)
  const doc = mapDocument(src, kind, due.act.id)
  if (!doc) throw new Error(`${kind} not mapped`)
  return doc
}

describe('documentsDue: one document per source act, in the order of the acts', () => {
  it.each([
    [
      '(a) 约谈 → 责令改正 → 复查 → 回访',
      pathA,
      [
        'caseSourceRegister',
        'interviewNotice',
        'serviceReceipt',
        'interviewRecord',
        'correctionOrder',
        'serviceReceipt',
        'rectificationCheck',
        'followUpVisit',
        'serviceFeedback',
      ],
    ],
    [
      '(b) 普通程序 with hearing (APL Arts. 44, 63–65, 58, 57)',
      pathB,
      [
        'caseSourceRegister',
        'filingApproval',
        'investigationReport',
        'penaltyNotice',
        'serviceReceipt',
        'hearingNotice',
        'serviceReceipt',
        'hearingRecord',
        'hearingReport',
        'caseReview',
        'collectiveDiscussion',
        'decisionApproval',
        'penaltyDecision',
        'serviceReceipt',
        'paymentReminder',
        'closingApproval',
        'followUpVisit',
        'serviceFeedback',
      ],
    ],
    [
      '(c) 首违不罚 (APL Art. 33 para 1) → 回访 → 结案',
      pathC,
      [
        'caseSourceRegister',
        'rectificationCheck',
        'decisionApproval',
        'noPenaltyDecision',
        'complianceCommitment',
        'followUpVisit',
        'serviceFeedback',
        'closingApproval',
      ],
    ],
  ])('%s', (_name, path, kinds) => {
    expect(documentsDue(source(path())).map((d) => d.kind)).toEqual(kinds)
  })

  it('a voided act produces no document (acts are voided, never deleted)', () => {
    const facts = pathA()
    const visit = facts.acts.find((a) => a.type === 'followUpVisit')!
    const voiding = {
      id: uuid(),
      type: 'actVoided',
      occurredOn: '2026-10-09',
      recordedAt: '2026-10-09T09:00:00.000+08:00',
      recordedBy: 'local-user',
      payload: { targetActId: visit.id, kind: 'voided', reason: '录入错误' },
    } as Act
    facts.acts.push(voiding)
    expect(documentsDue(source(facts)).map((d) => d.kind)).not.toContain('followUpVisit')
  })

  it('the 告知书 and the 听证通知书 each have their 送达回证, naming the notice (CPL Arts. 87–89)', () => {
    const src = source(pathB(), [
      {
        kind: 'penaltyNotice',
        docNo: '鄂汉阳市监罚告〔2026〕2号',
        status: 'issued',
        sourceActIds: [],
      },
    ])
    const receipts = documentsDue(src).filter((d) => d.kind === 'serviceReceipt')
    expect(receipts.map((d) => d.act.type)).toEqual([
      'penaltyNoticeServed',
      'hearingNoticeServed',
      'decisionServed',
    ])
    const notice = mapDocument(src, 'serviceReceipt', receipts[0]!.act.id)!
    expect(notice.missing).toEqual([])
    expect(notice.input.documents).toEqual([
      { title: '行政处罚告知书', number: '鄂汉阳市监罚告〔2026〕2号' },
    ])
    expect(notice.input.servedOn).toBe(receipts[0]!.act.occurredOn)
    const built = buildDocument('serviceReceipt', notice.input, {
      ...hanyangContext,
      documentDate: notice.documentDate,
    })
    expect(built.ok).toBe(true)
  })

  it('marks a kind issued for its act unless the issued copy was voided', () => {
    const facts = pathA()
    const notice = facts.acts.find((a) => a.type === 'interviewNoticeServed')!
    const ref = { kind: 'interviewNotice' as const, docNo: 'x', sourceActIds: [notice.id] }
    const due = (issued: CaseSource['issued']) =>
      documentsDue(source(facts, issued)).find((d) => d.kind === 'interviewNotice')?.issued
    expect(due([{ ...ref, status: 'issued' }])).toBe(true)
    expect(due([{ ...ref, status: 'voided' }])).toBe(false)
  })
})

describe('every due document of the three paths builds once the reported fields are answered', () => {
  const all = [
    ['(a)', pathA],
    ['(b)', pathB],
    ['(c)', pathC],
  ] as const
  for (const [name, path] of all) {
    const src = source(path())
    for (const due of documentsDue(src)) {
      it(`${name} ${due.title}`, () => {
        const doc = mapDocument(src, due.kind, due.act.id)!
        expect(doc.documentDate).toBe(due.act.occurredOn)
        expect(doc.sourceActIds[0]).toBe(due.act.id)
        const input = applySupplements(doc.input, doc.missing, answered(doc.missing))
        const built = buildDocument(due.kind, input, {
          ...hanyangContext,
          documentDate: doc.documentDate,
        })
        expect(built.ok ? [] : built.errors).toEqual([])
      })
    }
  }
  it('without answers the template names exactly the missing fields in Chinese (nothing silently blank)', () => {
    const doc = mapped(pathB(), 'penaltyDecision')
    const built = buildDocument('penaltyDecision', doc.input, hanyangContext)
    expect(built.ok).toBe(false)
    const paths = doc.missing.map((m) => m.path).sort()
    expect(paths).toEqual(['characterisation', 'evidence'])
    // Named by their Chinese labels (never the code name of the field).
    if (!built.ok)
      for (const p of paths)
        expect(built.errors.join()).toContain(`请填写${DOCUMENT_FIELD_LABELS[p]}`)
  })
})

describe('values come from the acts', () => {
  it('行政处罚告知书: reply window is 5 working days from service (APL Art. 44; SAMR-PR Art. 57)', () => {
    const doc = mapped(pathB(), 'penaltyNotice')
    expect(doc.input).toMatchObject({
      filedOn: '2026-03-03',
      cause: '经营超过保质期的食品',
      hearingRight: true,
      replyDeadline: '2026-04-22',
      facts: '当事人于2026年2月起销售超过保质期的饼干20盒，货值金额800元。',
      proposedPenalties: [
        { type: '警告' },
        { type: '罚款', amountFen: 5_000_000 },
        { type: '没收违法所得', amountFen: 80_000 },
      ],
    })
  })

  it('行政处罚决定书: notice, hearing and penalty from the acts (APL Arts. 44, 59, 64)', () => {
    const doc = mapped(pathB(), 'penaltyDecision', [
      {
        kind: 'penaltyNotice',
        docNo: '鄂汉阳市监罚告〔2026〕4号',
        status: 'issued',
        sourceActIds: [],
      },
    ])
    const text = String(doc.input.statementsAndResponse)
    expect(text).toContain('鄂汉阳市监罚告〔2026〕4号')
    expect(text).toContain('陈述、申辩和要求听证的权利')
    expect(text).toContain('2026年4月28日依法举行听证')
    expect(String(doc.input.caseCourse)).toContain('2026年3月3日经刘局长批准立案调查')
    expect(doc.input.legalBasis).toBe('《中华人民共和国食品安全法》第一百二十四条第一款')
  })

  it('催告书: unpaid part and surcharge capped at the fine (APL Art. 72; AEL Art. 54)', () => {
    const doc = mapped(pathB(), 'paymentReminder', [
      {
        kind: 'penaltyDecision',
        docNo: '鄂汉阳市监处罚〔2026〕9号',
        status: 'issued',
        sourceActIds: [],
      },
    ])
    expect(doc.input).toMatchObject({
      decisionNumber: '鄂汉阳市监处罚〔2026〕9号',
      decisionDate: '2026-05-12',
      servedOn: '2026-05-13',
      fineFen: 5_000_000,
      unpaidFen: 3_000_000,
      // Due 15 days after service (2026-05-28, a Thursday); 13 days × 3 % of ¥30,000 to 2026-06-10.
      dueDate: '2026-05-28',
      surchargeFen: 1_170_000,
    })
    expect(doc.missing).toEqual([])
  })

  it('a voided issued document is not cited; the typed number on the act is the fallback', () => {
    const facts = pathB()
    const doc = mapped(facts, 'paymentReminder', [
      {
        kind: 'penaltyDecision',
        docNo: '鄂汉阳市监处罚〔2026〕9号',
        status: 'voided',
        sourceActIds: [],
      },
    ])
    expect(doc.missing.map((m) => m.path)).toContain('decisionNumber')
  })

  it('不予行政处罚决定书: 首违不罚 ground, list item and education (APL Art. 33 paras 1 and 3)', () => {
    const doc = mapped(pathC(), 'noPenaltyDecision')
    expect(doc.input.ground).toBe('art33_1_s2')
    expect(doc.input.listReference).toBe(
      '《湖北省市场监管领域首违不罚清单》第12项“未将营业执照置于住所或者主要经营场所醒目位置”（《市场主体登记管理条例》第三十六条）',
    )
    expect(doc.input.education).toBe('现场讲解《市场主体登记管理条例》相关规定。')
    expect(doc.input.correction).toBe('已将营业执照悬挂于醒目位置。')
  })

  it('行政约谈通知书 and 记录 from the notice and the interview (鄂市监法〔2022〕42号)', () => {
    const notice = mapped(pathA(), 'interviewNotice')
    expect(notice.input).toMatchObject({ date: '2026-09-08', attendee: '法定代表人（陈明）' })
    expect(notice.missing.map((m) => m.path)).toEqual(['time'])
    const record = mapped(pathA(), 'interviewRecord')
    expect(record.input).toMatchObject({
      rectifyBy: '2026-09-18',
      attendees: [{ name: '陈明', role: '法定代表人' }],
      interviewers: [
        { name: '李明', certificateNo: '42010519001' },
        { name: '张华', certificateNo: '42010519002' },
      ],
    })
  })

  it('form 36 is listed, issued and printed under the same title: 法制审核表 for a 法制审核', () => {
    const src = source(pathB())
    const due = documentsDue(src).filter((d) => d.kind === 'caseReview')
    expect(due.map((d) => d.title)).toEqual(['法制审核表'])
    const legal = mapDocument(src, 'caseReview', due[0]!.act.id)!
    expect(printedTitle('caseReview', legal.input)).toBe('法制审核表')
    expect(printedTitle('penaltyDecision')).toBe('行政处罚决定书')
  })

  it('案件审核表: 办案机构 from the officer register', () => {
    expect(mapped(pathB(), 'caseReview').input.handlingUnit).toBe('食品安全监管科')
  })
})

describe('applySupplements', () => {
  it('turns lines into lists and “发言人：意见” into speaker/opinion pairs, skips blanks', () => {
    const missing: MissingField[] = [
      { path: 'evidence', label: '证据', input: 'lines' },
      { path: 'opinions', label: '发言', input: 'speakerLines' },
      { path: 'host.name', label: '主持人', input: 'text' },
    ]
    const out = applySupplements({ a: 1 }, missing, {
      evidence: '询问笔录\n\n现场照片 ',
      opinions: '刘局长：同意\n赵副局长:同意从轻',
      'host.name': '   ',
    })
    expect(out).toEqual({
      a: 1,
      evidence: ['询问笔录', '现场照片'],
      opinions: [
        { speaker: '刘局长', opinion: '同意' },
        { speaker: '赵副局长', opinion: '同意从轻' },
      ],
    })
  })

  it('answersFrom gives back what a voided document answered, as the dialog text (re-issue after 作废)', () => {
    const missing: MissingField[] = [
      { path: 'evidence', label: '证据', input: 'lines' },
      { path: 'opinions', label: '发言', input: 'speakerLines' },
      { path: 'host.name', label: '主持人', input: 'text' },
      { path: 'recorder', label: '记录人', input: 'text' },
    ]
    const typed = {
      evidence: '询问笔录\n现场照片',
      opinions: '刘局长：同意\n赵副局长：同意从轻',
      'host.name': '刘局长',
    }
    const voided = applySupplements({}, missing, typed)
    expect(answersFrom(voided, missing)).toEqual(typed)
    // A field the voided document did not hold is not invented.
    expect(answersFrom(voided, missing)).not.toHaveProperty('recorder')
    expect(answersFrom(undefined, missing)).toEqual({})
  })
})

describe('documentContextFrom: the contact block of the document date (docs/architecture/overview.md §4)', () => {
  const profile: OfficeProfile = {
    id: 'office',
    fullName: '武汉市汉阳区市场监督管理局',
    docCode: '鄂汉阳市监',
    reviewAuthority: '武汉市汉阳区人民政府',
    court: '武汉市汉阳区人民法院',
    payment: {
      bank: '工行汉阳支行',
      accountName: '汉阳区财政局',
      accountNumber: '123',
      epayNote: '',
    },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
  const version = (effectiveFrom: string, contactPerson: string): ContactVersion => ({
    id: uuid(),
    contactPerson,
    contactPhone: '027-84845678',
    address: '武汉市汉阳区鹦鹉大道特1号',
    postalCode: '430050',
    complaintHotline: '12315',
    effectiveFrom,
    createdAt: '2026-01-01T00:00:00.000Z',
  })
  const versions = [version('2026-01-01', '王敏'), version('2026-05-01', '周丽')]
  it.each([
    ['2026-04-30', '王敏'],
    ['2026-05-01', '周丽'],
  ])('on %s the contact person is %s', (date, person) => {
    const r = documentContextFrom(profile, versions, date)
    expect(r.ok && r.ctx.contact.contactPerson).toBe(person)
    expect(r.ok && r.ctx.documentDate).toBe(date)
  })
  it('a date before the first version prints the earliest version and carries the note', () => {
    const r = documentContextFrom(profile, versions, '2025-12-31')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.ctx.contact.contactPerson).toBe('王敏')
    expect(r.ctx.documentDate).toBe('2025-12-31')
    expect(r.note).toBe(
      '文书日期 2025-12-31 早于联系方式最早生效日期 2026-01-01，已按最早的联系方式（2026-01-01 起生效）打印。如该日期适用其他联系方式，请在 设置 → 机关档案 补录。',
    )
  })
  it('a date covered by a version carries no note', () => {
    const r = documentContextFrom(profile, versions, '2026-01-01')
    expect(r.ok && r.note).toBeUndefined()
  })
  it('the office’s own 文书代字 number its documents (docs/domain/numbering.md)', () => {
    const own = { ...profile, formCodes: { penaltyDecision: '罚决' } }
    const r = documentContextFrom(own, versions, '2026-01-01')
    expect(r.ok && r.ctx.docCodeOverrides).toEqual({ penaltyDecision: '罚决' })
    const plain = documentContextFrom(profile, versions, '2026-01-01')
    expect(plain.ok && plain.ctx.docCodeOverrides).toEqual({})
  })
  it('no versions at all is still refused with the Chinese message', () => {
    const r = documentContextFrom(profile, [], '2026-01-01')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toContain('设置 → 机关档案')
  })
})

describe('documentParty: the representative prints under the title registered (市场主体登记管理条例 Art. 8)', () => {
  const base = {
    kind: 'organisation',
    name: '甲公司汉阳分公司',
    legalRepresentative: '王',
    address: 'A',
  } as const
  it.each([
    ['no title stored (records before the field) → 法定代表人', undefined, '法定代表人'],
    ['法定代表人', '法定代表人', '法定代表人'],
    ['a branch registers a 负责人', '负责人', '负责人'],
  ] as const)('%s', (_name, title, printed) => {
    expect(documentParty({ ...base, representativeTitle: title })).toMatchObject({
      legalRepresentative: '王',
      representativeTitle: printed,
    })
  })
})

describe('结案审批表 of a case closed without 立案 (鄂市监法〔2022〕42号: 约谈、责令改正后已改正)', () => {
  it('prints 未立案, the correction order as the handling and the case’s own closing ground', () => {
    const facts = pathA()
    const closed = act('caseClosed', '2026-09-21', {
      reason: 'correctedWithoutFiling',
      approver: '刘局长',
    })
    const doc = mapped({ ...facts, acts: [...facts.acts, closed] }, 'closingApproval')
    expect(doc.input).not.toHaveProperty('filedOn')
    expect(doc.input).toMatchObject({ reason: 'correctedWithoutFiling' })
    expect(String(doc.input.decisionContent)).toMatch(/^责令改正（.+），经复查已改正，未立案。$/)
    expect(doc.missing.map((m) => m.path)).not.toContain('filedOn')
  })
})
