// 现场笔录, 询问通知书, 询问笔录, 不予立案审批表, 听证笔录 and 听证报告 are filled from the acts
// (docs/domain/capture-once.md): an act whose dialog was filled in full leaves nothing to ask;
// a quick entry asks exactly the fields it left blank.
import { describe, expect, it } from 'vitest'
import {
  applySupplements,
  documentsDue,
  mapDocument,
  type CaseSource,
} from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import type { DocumentKind } from '../../../../shared/documents/kinds'
import {
  checkAct,
  deriveCaseState,
  type Act,
  type ActPayload,
  type CaseFacts,
} from '../../../../shared/domain/case'
import { hanyangContext } from '../../../fixtures/documents/context'
import { act, officers, pathB, pathC } from './paths'

const [li, zhang] = officers as [(typeof officers)[0], (typeof officers)[0]]
const ids = [li.officerId, zhang.officerId]

const source = (facts: CaseFacts): CaseSource => ({ facts, officerUnits: {}, issued: [] })

function mapped(facts: CaseFacts, kind: DocumentKind, index = 0) {
  const src = source(facts)
  const due = documentsDue(src).filter((d) => d.kind === kind)[index]
  if (!due) throw new Error(`${kind} not due`)
  return mapDocument(src, kind, due.act.id)!
}

function built(doc: ReturnType<typeof mapped>, input: Record<string, unknown> = doc.input) {
  return buildDocument(doc.kind, input, { ...hanyangContext, documentDate: doc.documentDate })
}

const inspection: ActPayload<'onSiteInspection'> = {
  place: '武汉市汉阳区鹦鹉大道18号当事人经营场所',
  inspectorIds: ids,
  findings: '货架上陈列超过保质期的饼干20盒',
  startTime: '09:30',
  endTime: '10:20',
  presentName: '陈明',
  presentCapacity: '法定代表人',
  presentIdNumber: '420105197001011234',
  presentPhone: '13912345678',
  partyOpinion: '对检查情况无异议',
  recorder: zhang.name,
  recorderId: zhang.officerId,
}
const inquiryNotice: ActPayload<'inquiryNoticeServed'> = {
  scheduledOn: '2026-03-06',
  time: '09:30',
  place: '汉阳区市场监管局询问室',
  matters: '你单位经营超过保质期饼干的有关情况',
  materials: ['营业执照副本复印件', '进货票据'],
  serviceMethod: 'direct',
}
const inquiry: ActPayload<'inquiryHeld'> = {
  place: '汉阳区市场监管局询问室',
  inquirerIds: ids,
  intervieweeName: '陈明',
  qa: ['问：你是否申请执法人员回避？', '答：不申请。', '问：饼干从哪里进货？', '答：从批发市场。'],
  startTime: '09:30',
  endTime: '10:15',
  recorder: zhang.name,
  recorderId: zhang.officerId,
  intervieweeSex: 'male',
  intervieweeIdNumber: '420105197001011234',
  intervieweePhone: '13912345678',
  intervieweeAddress: '武汉市汉阳区鹦鹉大道18号',
  intervieweeRelation: '法定代表人',
}

/** Path (b) with a 现场检查 and a 询问 before filing (核查, SAMR-PR Art. 18) and after it. */
function investigated(full = true): CaseFacts {
  const c = pathB()
  const strip = <T extends object>(p: T, keep: ReadonlyArray<keyof T>): T =>
    full ? p : (Object.fromEntries(keep.map((k) => [k, p[k]])) as T)
  const extra: Act[] = [
    act('onSiteInspection', '2026-03-01', strip(inspection, ['place', 'inspectorIds', 'findings'])),
    act(
      'inquiryNoticeServed',
      '2026-03-04',
      strip(inquiryNotice, ['scheduledOn', 'place', 'matters', 'serviceMethod']),
    ),
    act(
      'inquiryHeld',
      '2026-03-06',
      strip(inquiry, ['place', 'inquirerIds', 'intervieweeName', 'qa']),
    ),
  ]
  const acts = [...c.acts, ...extra].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
  return { ...c, acts }
}

describe('现场笔录, 询问通知书, 询问笔录 from 现场检查, 询问通知书送达, 询问', () => {
  it('are due from their acts, in the order of the case', () => {
    const kinds = documentsDue(source(investigated())).map((d) => d.kind)
    // The 询问通知书's own 送达回证 follows it (CPL Arts. 87–89).
    expect(kinds.slice(0, 6)).toEqual([
      'caseSourceRegister',
      'onSiteRecord',
      'filingApproval',
      'inquiryNotice',
      'serviceReceipt',
      'inquiryRecord',
    ])
  })

  it.each(['onSiteRecord', 'inquiryNotice', 'inquiryRecord'] as const)(
    '%s: the act filled in full leaves nothing to ask and builds',
    (kind) => {
      const doc = mapped(investigated(), kind)
      expect(doc.missing).toEqual([])
      const b = built(doc)
      expect(b.ok ? [] : b.errors).toEqual([])
    },
  )

  it('现场笔录 prints the inspectors the act names, the person present and the findings', () => {
    const doc = mapped(investigated(), 'onSiteRecord')
    expect(doc.input).toMatchObject({
      date: '2026-03-01',
      startTime: '09:30',
      endTime: '10:20',
      officers: [
        { name: '李明', certificateNo: '42010519001' },
        { name: '张华', certificateNo: '42010519002' },
      ],
      recorder: '张华',
      present: { name: '陈明', capacity: '法定代表人', idNumber: '420105197001011234' },
      findings: '货架上陈列超过保质期的饼干20盒。',
      partyOpinion: '对检查情况无异议。',
    })
  })

  it('询问笔录 prints the person asked and the Q&A lines as entered', () => {
    const doc = mapped(investigated(), 'inquiryRecord')
    expect(doc.input).toMatchObject({
      interviewee: { name: '陈明', sex: '男', relation: '法定代表人', phone: '13912345678' },
      qa: inquiry.qa,
    })
    expect(doc.sourceActIds).toHaveLength(2) // the 询问 and its 询问通知书送达
  })

  it('a quick entry asks exactly what the dialog left blank, and builds once answered', () => {
    const facts = investigated(false)
    const answers: Record<string, string> = {
      startTime: '09:30',
      endTime: '10:20',
      recorder: '张华',
      time: '09:30',
      'present.name': '陈明',
      'present.capacity': '法定代表人',
      'present.idNumber': '420105197001011234',
      'interviewee.sex': '男',
      'interviewee.idNumber': '420105197001011234',
      'interviewee.phone': '13912345678',
      'interviewee.address': '武汉市汉阳区鹦鹉大道18号',
      'interviewee.relation': '店长',
    }
    const expected = {
      onSiteRecord: [
        'startTime',
        'endTime',
        'recorder',
        'present.name',
        'present.capacity',
        'present.idNumber',
      ],
      inquiryNotice: ['time'],
      // The start time of the 询问 is not taken from the notice when the notice has none.
      inquiryRecord: [
        'startTime',
        'endTime',
        'recorder',
        'interviewee.sex',
        'interviewee.idNumber',
        'interviewee.phone',
        'interviewee.address',
        'interviewee.relation',
      ],
    } as const
    for (const [kind, paths] of Object.entries(expected) as Array<
      [DocumentKind, readonly string[]]
    >) {
      const doc = mapped(facts, kind)
      expect(
        doc.missing.map((m) => m.path),
        kind,
      ).toEqual(paths)
      const b = built(doc, applySupplements(doc.input, doc.missing, answers))
      expect(b.ok ? [] : b.errors, kind).toEqual([])
    }
  })

  it('the 询问 starts at the notice’s time when the act has no start time', () => {
    const c = investigated()
    const held = c.acts.find((a) => a.type === 'inquiryHeld')!
    const { startTime: _dropped, ...rest } = held.payload as ActPayload<'inquiryHeld'>
    void _dropped
    const acts = c.acts.map((a) => (a === held ? ({ ...a, payload: rest } as Act) : a))
    expect(mapped({ ...c, acts }, 'inquiryRecord').input.startTime).toBe('09:30')
  })

  it('are allowed before 立案 (核查) and refused after the decision', () => {
    const clueOnly = pathB().acts.slice(0, 1)
    const before = deriveCaseState({ ...pathB(), acts: clueOnly }, '2026-03-02')
    for (const type of ['onSiteInspection', 'inquiryNoticeServed', 'inquiryHeld'] as const)
      expect(before.allowedActs).toContain(type)
    const decidedActs = pathB().acts.filter((a) => a.occurredOn <= '2026-05-12')
    const decided = deriveCaseState({ ...pathB(), acts: decidedActs }, '2026-05-13')
    for (const type of ['onSiteInspection', 'inquiryNoticeServed', 'inquiryHeld'] as const)
      expect(decided.blockedActs.find((b) => b.type === type)?.reasons).toEqual([
        '本案已作出处理决定，不再调查取证',
      ])
  })

  it('checkAct refuses one officer, an end time before the start and a wrong phone number', () => {
    const c = { ...pathB(), acts: pathB().acts.slice(0, 1) }
    const one = act('onSiteInspection', '2026-03-02', {
      ...inspection,
      inspectorIds: [li.officerId],
    })
    expect(checkAct(c, one).ok).toBe(false)
    const late = act('onSiteInspection', '2026-03-02', { ...inspection, endTime: '09:00' })
    const r = checkAct(c, late)
    expect(r.ok ? '' : r.message).toContain('结束时间（09:00）应晚于开始时间（09:30）')
    const phone = act('inquiryHeld', '2026-03-02', { ...inquiry, intervieweePhone: '139-12' })
    const p = checkAct(c, phone)
    expect(p.ok ? '' : p.message).toContain('联系电话“139-12”格式不正确')
    expect(checkAct(c, act('inquiryHeld', '2026-03-02', inquiry))).toMatchObject({ ok: true })
  })
})

describe('不予立案审批表 from 不予立案 (SAMR-PR Art. 20)', () => {
  function declined(full: boolean): CaseFacts {
    const c = pathC()
    const acts = c.acts.filter((a) =>
      ['clueRegistered', 'educationGiven', 'correctionReviewed'].includes(a.type),
    )
    acts.push(
      act('filingDeclined', '2026-06-04', {
        ground: 'minorCorrected',
        reason: '当事人违法行为轻微，已当场改正，没有造成危害后果',
        approver: '刘局长',
        ...(full ? { unitOpinion: '建议不予立案', unitHead: '周科长' } : {}),
      }),
    )
    return { ...c, acts }
  }

  it('the act filled in full leaves nothing to ask; the ground prints as Art. 20 reads', () => {
    const doc = mapped(declined(true), 'nonFilingApproval')
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      ground: '违法行为轻微并及时改正，没有造成危害后果',
      facts: '检查发现营业执照未悬挂于经营场所醒目位置\n复查情况：已将营业执照悬挂于醒目位置',
      unitOpinion: { text: '建议不予立案', signer: '周科长', date: '2026-06-04' },
      headApproval: { text: '同意不予立案。', signer: '刘局长', date: '2026-06-04' },
    })
    const b = built(doc)
    expect(b.ok ? [] : b.errors).toEqual([])
  })

  it('an older act without the unit opinion asks for it', () => {
    const doc = mapped(declined(false), 'nonFilingApproval')
    expect(doc.missing.map((m) => m.path)).toEqual(['unitOpinion.text', 'unitOpinion.signer'])
  })
})

describe('听证笔录 and 听证报告 from 举行听证 (APL Arts. 64–65)', () => {
  const held: Partial<ActPayload<'hearingHeld'>> = {
    startTime: '09:00',
    endTime: '10:30',
    place: '汉阳区市场监管局听证室',
    hearingOfficers: ['何涛'],
    recorder: zhang.name,
    recorderId: zhang.officerId,
    partyAttendees: ['陈明（法定代表人）'],
    investigatorStatement: '当事人销售超过保质期的饼干20盒，拟罚款五万元',
    partyStatement: '对事实无异议，请求从轻处罚',
    reportConclusion: '违法事实清楚，证据确凿',
    reportOpinion: '建议维持拟处罚意见',
  }
  function withHearing(over: Partial<ActPayload<'hearingHeld'>>): CaseFacts {
    const c = pathB()
    const acts = c.acts.map((a) =>
      a.type === 'hearingHeld' ? ({ ...a, payload: { ...a.payload, ...over } } as Act) : a,
    )
    return { ...c, acts }
  }

  it('both are due from the one 举行听证, after the 听证通知书', () => {
    const kinds = documentsDue(source(pathB())).map((d) => d.kind)
    const at = kinds.indexOf('hearingNotice')
    // The 听证通知书's own 送达回证 follows it (CPL Arts. 87–89).
    expect(kinds.slice(at, at + 4)).toEqual([
      'hearingNotice',
      'serviceReceipt',
      'hearingRecord',
      'hearingReport',
    ])
  })

  it.each(['hearingRecord', 'hearingReport'] as const)(
    '%s: the act filled in full leaves nothing to ask and builds',
    (kind) => {
      const doc = mapped(withHearing(held), kind)
      expect(doc.missing).toEqual([])
      const b = built(doc)
      expect(b.ok ? [] : b.errors).toEqual([])
    },
  )

  it('an older act: place from the notice; the investigators’ case from the report and the notice', () => {
    const doc = mapped(pathB(), 'hearingRecord')
    expect(doc.input.place).toBe('汉阳区市场监管局听证室')
    expect(doc.input.investigatorStatement).toBe(
      '案件调查人员提出：当事人于2026年2月起销售超过保质期的饼干20盒，货值金额800元。拟依据《中华人民共和国食品安全法》第一百二十四条第一款，给予警告、罚款人民币伍万元整（50,000.00元）、没收违法所得人民币捌佰元整（800.00元）的行政处罚。',
    )
    expect(doc.missing.map((m) => m.path)).toEqual([
      'startTime',
      'endTime',
      'recorder',
      'partyStatement',
      'partyAttendees',
    ])
  })

  it('a party that did not appear: nothing asked about its side (APL Art. 64 item (八))', () => {
    const doc = mapped(
      withHearing({
        ...held,
        partyAppeared: false,
        partyAttendees: undefined,
        partyStatement: undefined,
      }),
      'hearingRecord',
    )
    expect(doc.missing).toEqual([])
    expect(doc.input.partyStatement).toBe('当事人无正当理由未出席听证，视为放弃听证权利。')
    const report = mapped(withHearing({ ...held, partyAppeared: false }), 'hearingReport')
    expect(report.input.attendees).toBe('案件调查人员：李明、张华；当事人无正当理由未出席听证')
  })
})
