/**
 * Mappers of the documents before and around filing: 行政约谈通知书, 行政约谈记录, 行政指导书,
 * 责令改正通知书, 整改复查记录, 立案审批表.
 */
import { CASE_SOURCES, CORRECTION_RESULTS, type ActOf } from '../../domain/case'
import { Fill } from './fill'
import { bareCause } from '../blocks/text'
import {
  documentOfficers,
  documentParty,
  issuedNumber,
  lastAct,
  officersById,
  sentence,
} from './common'
import type { CaseSource, MappedDocument } from './types'
import { correctionOrderCitations } from './violations'

const done = (
  kind: MappedDocument['kind'],
  fill: Fill,
  date: string,
  ids: Array<string | undefined>,
): MappedDocument => ({
  kind,
  documentDate: date,
  sourceActIds: ids.filter((id): id is string => Boolean(id)),
  input: fill.input,
  missing: fill.missing,
})

/** 行政约谈通知书 from 约谈通知送达. */
export function mapInterviewNotice(
  src: CaseSource,
  act: ActOf<'interviewNoticeServed'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .need('reason', p.reason, '约谈事由')
    .need('legalBasis', p.legalBasis, '约谈依据')
    .need(
      'attendee',
      `${p.attendeeRole}${p.attendeeName ? `（${p.attendeeName}）` : ''}`,
      '参加约谈人员',
    )
    .need('date', p.scheduledOn, '约谈日期', 'date')
    .need('time', p.time, '约谈时间（HH:mm）', 'time')
    .need('place', p.place, '约谈地点')
  return done('interviewNotice', f, act.occurredOn, [act.id])
}

/** 行政约谈记录 from 行政约谈 (and the notice before it). */
export function mapInterviewRecord(src: CaseSource, act: ActOf<'interviewHeld'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const notice = lastAct(facts, 'interviewNoticeServed', act.occurredOn)
  const dueDates = p.undertakings.flatMap((u) => (u.dueOn ? [u.dueOn] : [])).sort()
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('date', act.occurredOn)
    .need('startTime', p.startTime, '约谈开始时间', 'time')
    .need('endTime', p.endTime, '约谈结束时间', 'time')
    .need('place', p.place, '约谈地点')
    .set('interviewers', documentOfficers(officersById(facts, p.interviewerIds)))
    .need('recorder', p.recorder, '记录人')
    .set('party', documentParty(facts.party))
    .set(
      'attendees',
      p.attendees.map((name) => ({
        name,
        role:
          notice && notice.payload.attendeeName === name ? notice.payload.attendeeRole : '被约谈人',
      })),
    )
    .need('reason', notice?.payload.reason ?? bareCause(facts.cause), '约谈事由')
    .need(
      'problemsAndLaw',
      p.problems + (notice ? `（依据：${notice.payload.legalBasis}）` : ''),
      '指出的问题及法律规定',
      'textarea',
    )
    .need('intervieweeStatement', p.explanation, '被约谈方陈述', 'textarea')
    .need('commitments', p.undertakings.map((u) => u.content).join('；'), '整改承诺', 'textarea')
    .need('requirements', p.requirements, '整改要求', 'textarea')
    .need('rectifyBy', dueDates.at(-1), '整改期限', 'date')
    .need('followUp', p.followUp, '后续跟踪安排', 'textarea')
  return done('interviewRecord', f, act.occurredOn, [act.id, notice?.id])
}

/** 行政指导书 from 行政指导. */
export function mapGuidanceLetter(
  src: CaseSource,
  act: ActOf<'administrativeGuidance'>,
): MappedDocument {
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .need(
      'findings',
      lastAct(src.facts, 'clueRegistered', act.occurredOn)?.payload.summary,
      '发现的问题',
      'textarea',
    )
    .need('legalReferences', undefined, '相关法律规定', 'textarea')
    .needList('suggestions', act.payload.content.split(/\r?\n/), '指导意见')
  return done('guidanceLetter', f, act.occurredOn, [act.id])
}

/** 责令改正通知书 from 责令改正通知书送达. */
export function mapCorrectionOrder(
  src: CaseSource,
  act: ActOf<'correctionOrderServed'>,
): MappedDocument {
  const p = act.payload
  const cited = correctionOrderCitations(src)
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .need('facts', sentence(p.violation), '违法事实', 'textarea')
    .need('violatedProvision', cited?.violatedProvision, '违反的规定（法律名称及条款）')
    .need('legalBasis', cited?.legalBasis ?? p.legalBasis, '责令改正的依据')
    .set('deadline', p.mode === 'immediate' ? 'immediate' : p.correctBy)
    .set('requirements', [p.requirement])
  if (cited) f.set('violations', cited.violations)
  return done('correctionOrder', f, act.occurredOn, [act.id])
}

/** 整改复查记录 from 整改复查 (and the order or interview before it). */
export function mapRectificationCheck(
  src: CaseSource,
  act: ActOf<'correctionReviewed'>,
): MappedDocument {
  const facts = src.facts
  const order = lastAct(facts, 'correctionOrderServed', act.occurredOn)
  const interview = lastAct(facts, 'interviewHeld', act.occurredOn)
  const reference = order
    ? (issuedNumber(src, 'correctionOrder', order.payload.documentNo) ?? '责令改正通知书')
    : interview
      ? '行政约谈记录'
      : undefined
  const rectifyBy = order
    ? order.payload.mode === 'immediate'
      ? order.occurredOn
      : order.payload.correctBy
    : interview?.payload.undertakings
        .flatMap((u) => (u.dueOn ? [u.dueOn] : []))
        .sort()
        .at(-1)
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('party', documentParty(facts.party))
    .need('orderReference', reference, '责令改正文书文号或约谈记录')
    .need('rectifyBy', rectifyBy, '整改期限', 'date')
    .set('checkedOn', act.occurredOn)
    .need('place', act.payload.place, '复查地点')
    .set('checkers', documentOfficers(facts.officers.slice(0, 2)))
    .need(
      'requirements',
      order?.payload.requirement ?? interview?.payload.requirements,
      '整改要求',
      'textarea',
    )
    .need('findings', sentence(act.payload.findings), '复查情况', 'textarea')
    .set('result', CORRECTION_RESULTS[act.payload.result])
    .need('nextStep', act.payload.nextStep, '处理意见', 'textarea')
  return done('rectificationCheck', f, act.occurredOn, [act.id, order?.id ?? interview?.id])
}

/** 立案审批表 from 立案 (and the 线索登记). */
export function mapFilingApproval(src: CaseSource, act: ActOf<'caseFiled'>): MappedDocument {
  const facts = src.facts
  const clue = lastAct(facts, 'clueRegistered', act.occurredOn)
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('source', CASE_SOURCES[facts.source])
    .set('receivedOn', facts.sourceDate)
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .set(
      'facts',
      [clue?.payload.summary, `立案理由：${act.payload.reason}`].filter(Boolean).join('\n'),
    )
    .set('officers', documentOfficers(facts.officers))
    .need('unitOpinion.text', act.payload.unitOpinion, '承办机构意见', 'textarea')
    .need('unitOpinion.signer', act.payload.unitHead, '承办机构负责人')
    .set('unitOpinion.date', act.occurredOn)
    .set('headApproval', { text: '同意立案。', signer: act.payload.approver, date: act.occurredOn })
  return done('filingApproval', f, act.occurredOn, [act.id, clue?.id])
}

export { done }
