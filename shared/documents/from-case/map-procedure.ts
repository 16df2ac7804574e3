/**
 * Mappers of the investigation and notice stage: 案件调查终结报告, 案件审核表, 行政处罚告知书,
 * 陈述申辩笔录, 行政处罚听证通知书, 行政处罚案件集体讨论记录.
 */
import { PROPOSALS, ruleLength, type ActOf } from '../../domain/case'
import { addWorkingDays } from '../../calendar'
import { joinProvisions, penaltyItemText } from '../blocks/penalty'
import { formatYuan } from '../format/money'
import { Fill, speakerOpinion } from './fill'
import {
  caseCourse,
  caseEvidence,
  evidenceSummary,
  documentOfficers,
  documentParty,
  issuedNumber,
  lastAct,
  penaltyItems,
  sentence,
} from './common'
import { done } from './map-intake'
import { bareCause } from '../blocks/text'
import { printedViolations, violatedProvisionOf } from './violations'
import { bandsOf } from '../../domain/case/penalty-checks'
import type { CaseSource, MappedDocument } from './types'

function proposalText(act: ActOf<'investigationConcluded'>): string {
  const p = act.payload
  const items = p.proposedPenalty ? penaltyItems(p.proposedPenalty).map(penaltyItemText) : []
  return `${PROPOSALS[p.proposal]}${items.length ? `：${items.join('；')}` : ''}${p.proposedPenalty ? `。依据：${p.proposedPenalty.legalBasis}` : ''}。`
}

/** 案件调查终结报告 from 案件调查终结. */
export function mapInvestigationReport(
  src: CaseSource,
  act: ActOf<'investigationConcluded'>,
): MappedDocument {
  const facts = src.facts
  const f = new Fill()
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .set('caseCourse', caseCourse(facts, act.occurredOn))
    .need('facts', sentence(act.payload.summary), '违法事实', 'textarea')
    .needList('evidence', caseEvidence(facts, act.occurredOn), '证据（每行一项）')
    .need('characterisation', act.payload.characterisation, '案件性质', 'textarea')
  const violations =
    act.payload.proposedPenalty &&
    printedViolations(act.payload.proposedPenalty, bandsOf(src.ruleSettings ?? {}))
  if (violations) f.set('violations', violations).set('discretion', '')
  else f.need('discretion', act.payload.discretionReason, '自由裁量理由', 'textarea')
  f.set('proposal', proposalText(act))
    .set('officers', documentOfficers(facts.officers))
    .set('reportedOn', act.occurredOn)
  return done('investigationReport', f, act.occurredOn, [act.id])
}

/** 案件审核表 / 法制审核表 from 案件审核/法制审核 (and the submission and report). */
export function mapCaseReview(src: CaseSource, act: ActOf<'caseReviewed'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const submitted = lastAct(facts, 'reviewSubmitted', act.occurredOn)
  const report = lastAct(facts, 'investigationConcluded', act.occurredOn)
  const unit = facts.officers.map((o) => src.officerUnits[o.officerId]).find(Boolean)
  const conclusion = { agree: '同意', disagree: '纠正', reviseAndResubmit: '补充调查' } as const
  const f = new Fill()
    .set('reviewType', p.reviewKind === 'legalReview' ? '法制审核' : '案件审核')
    .set('caseNumber', facts.caseNo ?? '')
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .need('handlingUnit', unit, '办案机构')
    .set('caseOfficers', facts.officers.map((o) => o.name).join('、'))
    .need('submittedOn', submitted?.occurredOn, '提交审核日期', 'date')
    .need('proposal', report ? proposalText(report) : undefined, '办案机构处理意见', 'textarea')
    .need('findings.jurisdiction', p.jurisdictionOpinion, '主体及管辖审核意见', 'textarea')
    .need('findings.factsAndEvidence', p.factsOpinion, '事实及证据审核意见', 'textarea')
    .need('findings.characterisation', p.characterisationOpinion, '定性审核意见', 'textarea')
    .need('findings.legalBasis', p.legalBasisOpinion, '法律依据审核意见', 'textarea')
    .need('findings.procedure', p.procedureOpinion, '程序审核意见', 'textarea')
    .need('findings.appropriateness', p.appropriatenessOpinion, '裁量适当性审核意见', 'textarea')
    .set('conclusion', conclusion[p.opinion])
    .set('reviewerOpinion', {
      text: p.comments?.trim() || `${conclusion[p.opinion]}。`,
      signer: p.reviewer,
      date: act.occurredOn,
    })
    .need('reviewHeadOpinion.text', p.headOpinion, '审核机构负责人意见', 'textarea')
    .need('reviewHeadOpinion.signer', p.head, '审核机构负责人')
    .set('reviewHeadOpinion.date', act.occurredOn)
  const proposed = report?.payload.proposedPenalty
  const violations = proposed && printedViolations(proposed, bandsOf(src.ruleSettings ?? {}))
  if (violations) f.set('violations', violations)
  return done('caseReview', f, act.occurredOn, [act.id, submitted?.id, report?.id])
}

/** 行政处罚告知书 from 行政处罚告知书送达 (facts from the investigation report). */
export function mapPenaltyNotice(
  src: CaseSource,
  act: ActOf<'penaltyNoticeServed'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const filed = lastAct(facts, 'caseFiled', act.occurredOn)
  const report = lastAct(facts, 'investigationConcluded', act.occurredOn)
  // One number for the printed period and its end date (DEADLINE_RULES, docs/domain/deadlines.md).
  const replyDays = ruleLength('NOTICE_REPLY', src.ruleSettings) as number
  const noticeViolations = printedViolations(p.proposedPenalty, bandsOf(src.ruleSettings ?? {}))
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .need('filedOn', filed?.occurredOn, '立案日期', 'date')
    .set('cause', bareCause(facts.cause))
    .need('facts', sentence(report?.payload.summary), '违法事实', 'textarea')
    .need(
      'evidenceSummary',
      evidenceSummary(caseEvidence(facts, act.occurredOn)),
      '证据',
      'textarea',
    )
    .need(
      'violatedProvision',
      noticeViolations
        ? joinProvisions(noticeViolations.map((v) => v.violates))
        : violatedProvisionOf(src),
      '违反的规定（法律名称及条款）',
    )
    .set('legalBasis', p.proposedPenalty.legalBasis)
    .set('proposedPenalties', penaltyItems(p.proposedPenalty))
    .set('hearingRight', p.hearingRightsTold)
    .set('replyWorkingDays', replyDays)
    .set('replyDeadline', addWorkingDays(act.occurredOn, replyDays))
  if (noticeViolations) f.set('violations', noticeViolations)
  if (p.refundAmountFen) f.set('refund', `退还多收价款人民币${formatYuan(p.refundAmountFen)}元`)
  return done('penaltyNotice', f, act.occurredOn, [act.id, filed?.id, report?.id])
}

/** 陈述申辩笔录 from 陈述申辩. */
export function mapStatementRecord(
  src: CaseSource,
  act: ActOf<'statementDefence'>,
): MappedDocument {
  const facts = src.facts
  const notice = lastAct(facts, 'penaltyNoticeServed', act.occurredOn)
  const p = act.payload
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('date', act.occurredOn)
    .need('startTime', p.startTime, '开始时间', 'time')
    .need('endTime', p.endTime, '结束时间', 'time')
    .need('place', p.place, '地点')
    .set('party', documentParty(facts.party))
    .need('speaker.name', p.speakerName, '陈述申辩人姓名')
    .need('speaker.capacity', p.speakerCapacity, '陈述申辩人身份（如法定代表人、委托代理人）')
    .need('speaker.idNumber', p.speakerIdNumber, '陈述申辩人身份证件号码')
    .set('officers', documentOfficers(facts.officers))
    .need('recorder', p.recorder, '记录人')
    .need(
      'noticeNumber',
      notice && issuedNumber(src, 'penaltyNotice', notice.payload.documentNo),
      '行政处罚告知书文号',
    )
    .need('statement', sentence(act.payload.content), '陈述申辩内容', 'textarea')
  return done('statementRecord', f, act.occurredOn, [act.id, notice?.id])
}

/** 行政处罚听证通知书 from 听证通知书送达 (and the request and the notice). */
export function mapHearingNotice(
  src: CaseSource,
  act: ActOf<'hearingNoticeServed'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const request = lastAct(facts, 'hearingRequested', act.occurredOn)
  const notice = lastAct(facts, 'penaltyNoticeServed', act.occurredOn)
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .set('cause', facts.cause)
    .need(
      'noticeNumber',
      notice && issuedNumber(src, 'penaltyNotice', notice.payload.documentNo),
      '行政处罚告知书文号',
    )
    .need('requestedOn', request?.occurredOn, '听证申请日期', 'date')
    .set('date', p.hearingOn)
    .need('time', p.time, '听证时间（HH:mm）', 'time')
    .set('place', p.place)
    .set('isPublic', p.isPublic)
    .set('presider', p.presider)
    .need('recorder', p.recorder, '记录员')
  if (!p.isPublic) f.need('nonPublicReason', p.nonPublicReason, '不公开举行的理由')
  return done('hearingNotice', f, act.occurredOn, [act.id, request?.id, notice?.id])
}

/** 行政处罚案件集体讨论记录 from 集体讨论. */
export function mapCollectiveDiscussion(
  src: CaseSource,
  act: ActOf<'collectiveDiscussion'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const report = lastAct(facts, 'investigationConcluded', act.occurredOn)
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .set('date', act.occurredOn)
    .need('startTime', p.startTime, '开始时间', 'time')
    .need('endTime', p.endTime, '结束时间', 'time')
    .need('place', p.place, '地点')
    .need('host.name', p.host, '主持人姓名')
    .need('host.position', p.hostPosition, '主持人职务')
    .set(
      'attendees',
      p.participants.map((name) => ({ name, position: '负责人' })),
    )
    .need('recorder', p.recorder, '记录人')
    .need('reporter', facts.officers[0]?.name, '汇报人')
    .need('caseReport', sentence(report?.payload.summary), '案情汇报', 'textarea')
  if (p.opinions?.length) f.set('opinions', p.opinions.map(speakerOpinion))
  else f.need('opinions', undefined, '讨论发言（每行一条，写作“发言人：意见”）', 'speakerLines')
  f.set('decision', p.conclusion)
  return done('collectiveDiscussion', f, act.occurredOn, [act.id, report?.id])
}
