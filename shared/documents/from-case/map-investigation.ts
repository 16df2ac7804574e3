/**
 * Mappers of the records of the investigation and of the documents added with them (docs/domain/
 * capture-once.md): 现场笔录, 询问通知书, 询问笔录, 不予立案审批表, 听证笔录, 听证报告. Every value
 * comes from the act the document belongs to or an earlier act of the case; a field the act's
 * dialog left blank is reported as missing.
 */
import { CASE_SOURCES, FILING_DECLINE_GROUNDS, SEXES, type ActOf } from '../../domain/case'
import { penaltyItemText } from '../blocks/penalty'
import { Fill } from './fill'
import {
  caseEvidence,
  documentOfficers,
  documentParty,
  lastAct,
  officersById,
  penaltyItems,
  sentence,
} from './common'
import { done } from './map-intake'
import type { CaseSource, MappedDocument } from './types'

/** What the head of a 笔录 prints, as the act holds it. */
interface RecordHead {
  /** What the record is of, in the missing-field labels (检查, 询问, 提取 …). */
  what: string
  startTime: string | undefined
  endTime: string | undefined
  place: string
  /** The officers who did it (the act's register ids). */
  officerIds: readonly string[]
  recorder: string | undefined
}

/**
 * The head every 笔录 starts with (docs/domain/capture-once.md): case number, day, start and end
 * time, place, party, the officers and the recorder; a time or recorder the act lacks is asked.
 */
export function recordHead(facts: CaseSource['facts'], on: string, h: RecordHead): Fill {
  return new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('date', on)
    .need('startTime', h.startTime, `${h.what}开始时间`, 'time')
    .need('endTime', h.endTime, `${h.what}结束时间`, 'time')
    .set('place', h.place)
    .set('party', documentParty(facts.party))
    .set('officers', documentOfficers(officersById(facts, h.officerIds)))
    .need('recorder', h.recorder, '记录人')
}

/** 现场笔录 from 现场检查. */
export function mapOnSiteRecord(src: CaseSource, act: ActOf<'onSiteInspection'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const f = recordHead(facts, act.occurredOn, {
    what: '检查',
    startTime: p.startTime,
    endTime: p.endTime,
    place: p.place,
    officerIds: p.inspectorIds,
    recorder: p.recorder,
  })
    .need('present.name', p.presentName, '现场负责人姓名')
    .need('present.capacity', p.presentCapacity, '现场负责人身份（如法定代表人、店长）')
    .need('present.idNumber', p.presentIdNumber, '现场负责人身份证件号码')
    .set('present.phone', p.presentPhone ?? '')
    .set('findings', sentence(p.findings))
    .set('partyOpinion', sentence(p.partyOpinion) ?? '')
  return done('onSiteRecord', f, act.occurredOn, [act.id])
}

/** 询问通知书 from 询问通知书送达. */
export function mapInquiryNotice(
  src: CaseSource,
  act: ActOf<'inquiryNoticeServed'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .set('matters', p.matters)
    .set('date', p.scheduledOn)
    .need('time', p.time, '询问时间（HH:mm）', 'time')
    .set('place', p.place)
    .set('materials', (p.materials ?? []).map((m) => m.trim()).filter(Boolean))
  return done('inquiryNotice', f, act.occurredOn, [act.id])
}

/** 询问笔录 from 询问 (the person asked as entered on the act). */
export function mapInquiryRecord(src: CaseSource, act: ActOf<'inquiryHeld'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const notice = lastAct(facts, 'inquiryNoticeServed', act.occurredOn)
  const f = recordHead(facts, act.occurredOn, {
    what: '询问',
    startTime: p.startTime ?? notice?.payload.time,
    endTime: p.endTime,
    place: p.place,
    officerIds: p.inquirerIds,
    recorder: p.recorder,
  })
    .set('interviewee.name', p.intervieweeName)
    .need('interviewee.sex', p.intervieweeSex && SEXES[p.intervieweeSex], '被询问人性别（男/女）')
    .need('interviewee.idNumber', p.intervieweeIdNumber, '被询问人身份证件号码')
    .need('interviewee.phone', p.intervieweePhone, '被询问人联系电话')
    .need('interviewee.address', p.intervieweeAddress, '被询问人住址')
    .need('interviewee.relation', p.intervieweeRelation, '与当事人关系（如法定代表人、店员）')
    .needList('qa', p.qa, '询问内容（每行一句，“问：……”或“答：……”）')
  return done('inquiryRecord', f, act.occurredOn, [act.id, notice?.id])
}

/** 不予立案审批表 from 不予立案 (and the 线索登记). */
export function mapNonFilingApproval(
  src: CaseSource,
  act: ActOf<'filingDeclined'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const clue = lastAct(facts, 'clueRegistered', act.occurredOn)
  const review = lastAct(facts, 'correctionReviewed', act.occurredOn)
  const found = [clue?.payload.summary, review && `复查情况：${review.payload.findings}`]
    .filter(Boolean)
    .join('\n')
  const f = new Fill()
    .set('source', CASE_SOURCES[facts.source])
    .set('receivedOn', facts.sourceDate)
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .need('facts', found, '核查情况', 'textarea')
    .set('ground', FILING_DECLINE_GROUNDS[p.ground])
    .set('reason', p.reason)
    .set('officers', documentOfficers(facts.officers))
    .need('unitOpinion.text', p.unitOpinion, '承办机构意见', 'textarea')
    .need('unitOpinion.signer', p.unitHead, '承办机构负责人')
    .set('unitOpinion.date', act.occurredOn)
    .set('headApproval', { text: '同意不予立案。', signer: p.approver, date: act.occurredOn })
  return done('nonFilingApproval', f, act.occurredOn, [act.id, clue?.id])
}

/**
 * What the investigators put forward at the hearing when the act does not say it: the facts of
 * the investigation report, the evidence registered and the penalty proposed in the 告知书.
 */
function investigatorsCase(src: CaseSource, until: string): string | undefined {
  const report = lastAct(src.facts, 'investigationConcluded', until)
  const notice = lastAct(src.facts, 'penaltyNoticeServed', until)
  if (!report || !notice) return undefined
  const evidence = caseEvidence(src.facts, until)
  const proposed = notice.payload.proposedPenalty
  return [
    `案件调查人员提出：${sentence(report.payload.summary)}`,
    evidence.length ? `证据有：${evidence.join('；')}。` : '',
    `拟依据${proposed.legalBasis}，给予${penaltyItems(proposed).map(penaltyItemText).join('、')}的行政处罚。`,
  ].join('')
}

/** The hearing facts both hearing documents print, from 举行听证 and its 听证通知书. */
function hearingFill(src: CaseSource, act: ActOf<'hearingHeld'>): Fill {
  const facts = src.facts
  const p = act.payload
  const notice = lastAct(facts, 'hearingNoticeServed', act.occurredOn)
  return new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .set('date', act.occurredOn)
    .need('startTime', p.startTime ?? notice?.payload.time, '听证开始时间', 'time')
    .need('endTime', p.endTime, '听证结束时间', 'time')
    .need('place', p.place ?? notice?.payload.place, '听证地点')
    .set('presider', p.presider)
    .set('hearingOfficers', p.hearingOfficers ?? [])
    .need('recorder', p.recorder ?? notice?.payload.recorder, '记录员')
    .need(
      'investigatorStatement',
      p.investigatorStatement ?? investigatorsCase(src, act.occurredOn),
      '调查人员提出的事实、证据和处罚建议',
      'textarea',
    )
    .need(
      'partyStatement',
      p.partyAppeared ? p.partyStatement : '当事人无正当理由未出席听证，视为放弃听证权利。',
      '当事人陈述、申辩和质证意见',
      'textarea',
    )
    .set('summary', sentence(p.summary))
}

/** 听证笔录 from 举行听证. */
export function mapHearingRecord(src: CaseSource, act: ActOf<'hearingHeld'>): MappedDocument {
  const p = act.payload
  const notice = lastAct(src.facts, 'hearingNoticeServed', act.occurredOn)
  const f = hearingFill(src, act)
    .set('isPublic', notice?.payload.isPublic ?? true)
    .set('partyAppeared', p.partyAppeared)
    .set('officers', documentOfficers(src.facts.officers))
  if (p.partyAppeared)
    f.needList('partyAttendees', p.partyAttendees, '当事人方出席人员（每行一人，写明身份）')
  else f.set('partyAttendees', [])
  return done('hearingRecord', f, act.occurredOn, [act.id, notice?.id])
}

/** 听证报告 from 举行听证. */
export function mapHearingReport(src: CaseSource, act: ActOf<'hearingHeld'>): MappedDocument {
  const p = act.payload
  const notice = lastAct(src.facts, 'hearingNoticeServed', act.occurredOn)
  const investigators = `案件调查人员：${src.facts.officers.map((o) => o.name).join('、')}`
  const f = hearingFill(src, act)
  if (!p.partyAppeared) f.set('attendees', `${investigators}；当事人无正当理由未出席听证`)
  else if (p.partyAttendees?.length)
    f.set('attendees', `当事人方：${p.partyAttendees.join('、')}；${investigators}`)
  else f.need('attendees', undefined, '听证参加人', 'textarea')
  f.need('conclusion', p.reportConclusion, '听证结论', 'textarea').need(
    'opinion',
    p.reportOpinion,
    '处理意见及建议',
    'textarea',
  )
  return done('hearingReport', f, act.occurredOn, [act.id, notice?.id])
}
