/**
 * Mappers of decisions and what follows: 行政处罚决定书, 当场行政处罚决定书, 不予行政处罚决定书,
 * 送达回证, 行政处罚决定履行催告书, 结案审批表, 回访记录表.
 */
import {
  CLOSING_REASONS,
  SERVED_DECISIONS,
  computeDeadlines,
  defaultRuleSettings,
  type Act,
  type ActOf,
  type CaseFacts,
} from '../../domain/case'
import { lateSurchargeFen, surchargeDays, type DateRange } from '../../money'
import { penaltyItemText } from '../blocks/penalty'
import { formatChineseDate } from '../../util/date'
import { formatYuan } from '../format/money'
import { addresseeOf, signatoryOf } from '../templates/service-receipt'
import { NO_PENALTY_DECISION_SENTENCES } from '../templates/no-penalty-decision'
import { printedTitle, type DocumentKind } from '../kinds'
import { isNoticeService, SERVED_NOTICES, type NoticeServiceType } from '../served-notices'
import { Fill } from './fill'
import {
  actsOf,
  allActs,
  caseCourse,
  caseEvidence,
  documentOfficers,
  documentParty,
  issuedNumber,
  lastAct,
  officersById,
  penaltyItems,
  statementsAndResponse,
  sentence,
} from './common'
import { done } from './map-intake'
import { forfeitureOf, printedViolations, violatedProvisionOf } from './violations'
import { bandsOf } from '../../domain/case/penalty-checks'
import type { CaseSource, MappedDocument } from './types'

/** 行政处罚决定书 from 行政处罚决定 (facts, notice, statements and hearing from earlier acts). */
export function mapPenaltyDecision(src: CaseSource, act: ActOf<'penaltyDecision'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const report = lastAct(facts, 'investigationConcluded', act.occurredOn)
  const order = lastAct(facts, 'correctionOrderServed', act.occurredOn)
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .set('caseCourse', caseCourse(facts, act.occurredOn))
    .need('facts', sentence(report?.payload.summary), '违法事实', 'textarea')
    .needList('evidence', caseEvidence(facts, act.occurredOn), '证据（每行一项）')
    .need(
      'statementsAndResponse',
      statementsAndResponse(src, act.occurredOn),
      '告知及陈述申辩（听证）情况',
      'textarea',
    )
    .need('characterisation', report?.payload.characterisation, '定性及理由', 'textarea')
    .set(
      'discretion',
      [
        p.leniency &&
          `依法${p.leniency.kind === 'lighter' ? '从轻' : '减轻'}处罚：${p.leniency.explanation}`,
        p.aggravation && `从重情节：${p.aggravation}`,
      ]
        .filter(Boolean)
        .join('；'),
    )
    .set('legalBasis', p.penalty.legalBasis)
    .set('penalties', penaltyItems(p.penalty))
  const violations = printedViolations(p.penalty, bandsOf(src.ruleSettings ?? {}))
  if (violations) f.set('violations', violations)
  const forfeiture = forfeitureOf(p.penalty)
  if (forfeiture.fineFen + forfeiture.confiscatedGainsFen > 0) f.set('forfeiture', forfeiture)
  if (p.correction) {
    f.set('correctionOrder', {
      mode: p.correction.mode,
      ...(p.correction.mode === 'byDate' && p.correction.dueOn
        ? { dueOn: p.correction.dueOn }
        : {}),
      requirement: p.correction.requirement,
    })
  } else if (order) f.set('correction', order.payload.requirement)
  return done('penaltyDecision', f, act.occurredOn, [act.id, report?.id])
}

/** 当场行政处罚决定书 from 当场行政处罚. */
export function mapOnTheSpotDecision(
  src: CaseSource,
  act: ActOf<'summaryPenalty'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .set('date', act.occurredOn)
    .need('time', p.time, '时间（HH:mm）', 'time')
    .set('place', p.place)
    .need(
      'facts',
      sentence(lastAct(facts, 'clueRegistered', act.occurredOn)?.payload.summary),
      '违法事实',
      'textarea',
    )
    .need(
      'violatedProvision',
      violatedProvisionOf(src, p.violationId ? [p.violationId] : undefined),
      '违反的规定（法律名称及条款）',
    )
    .set('legalBasis', p.legalBasis)
    .set('penalty', p.fineFen > 0 ? { type: '罚款', amountFen: p.fineFen } : { type: '警告' })
    .set('officers', documentOfficers(officersById(facts, p.officerIds)))
  return done('onTheSpotDecision', f, act.occurredOn, [act.id])
}

/** 不予行政处罚决定书 from 不予行政处罚决定 (education and correction from earlier acts). */
export function mapNoPenaltyDecision(
  src: CaseSource,
  act: ActOf<'noPenaltyDecision'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const report = lastAct(facts, 'investigationConcluded', act.occurredOn)
  const education = allActs(facts, 'educationGiven').map((a) => a.payload.content)
  const corrected = lastAct(facts, 'correctionReviewed', act.occurredOn)
  const ground = Object.hasOwn(NO_PENALTY_DECISION_SENTENCES, p.ground) ? p.ground : undefined
  const item = p.exemptionListItem
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .set('caseCourse', caseCourse(facts, act.occurredOn))
    .need(
      'facts',
      sentence(report?.payload.summary ?? lastAct(facts, 'clueRegistered')?.payload.summary),
      '查明的事实',
      'textarea',
    )
    .set('evidence', caseEvidence(facts, act.occurredOn))
    .set('characterisation', sentence(p.reason))
    .need(
      'ground',
      ground,
      '不予处罚的法定情形（本文书只适用于行政处罚法第三十三条及第五十七条第一款第三项）',
    )
    .set('education', sentence(education.join('；')) ?? '')
  if (item)
    f.set(
      'listReference',
      `${item.listName ? `《${item.listName.replace(/^《|》$/g, '')}》` : ''}第${item.id}项“${item.title}”（${item.legalBasis}）`,
    )
  if (corrected) f.set('correction', sentence(corrected.payload.findings))
  return done('noPenaltyDecision', f, act.occurredOn, [act.id, report?.id])
}

const DECISION_KIND: Record<keyof typeof SERVED_DECISIONS, DocumentKind> = {
  penaltyDecision: 'penaltyDecision',
  noPenaltyDecision: 'noPenaltyDecision',
  summaryPenalty: 'onTheSpotDecision',
}

function decisionOf(facts: CaseFacts, id: string) {
  return facts.acts.find((a) => a.id === id)
}

/** 送达回证 from 决定书送达. */
export function mapServiceReceipt(src: CaseSource, act: ActOf<'decisionServed'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const decision = decisionOf(facts, p.decisionActId)
  const type =
    decision && decision.type in DECISION_KIND
      ? (decision.type as keyof typeof SERVED_DECISIONS)
      : undefined
  const typed =
    decision && 'documentNo' in decision.payload ? decision.payload.documentNo : undefined
  const f = new Fill().set('caseNumber', facts.caseNo ?? '')
  if (type)
    f.set('documents', [
      {
        title: SERVED_DECISIONS[type],
        number: issuedNumber(src, DECISION_KIND[type], typed) ?? '',
      },
    ])
  else f.needList('documents', undefined, '送达的文书')
  // 受送达人 is the party; who signed is its signatory or a 代收人 (CPL Art. 88).
  const party = documentParty(facts.party)
  f.set('addressee', addresseeOf(party))
    .set('signatory', signatoryOf(party))
    .set('signedBy', p.recipient)
    .need('place', p.address ?? facts.party.address, '送达地点')
    .set('method', p.method)
    .set('servers', documentOfficers(facts.officers.slice(0, 2)))
    .set('servedOn', act.occurredOn)
  return done('serviceReceipt', f, act.occurredOn, [act.id, decision?.id])
}

/**
 * The number printed for the notice `kind` served by `act`: the document issued from that act,
 * else the number typed on the act, else — when the case has only one act of this type — the
 * last issued document of the kind (a case may hold several notices of one kind, e.g. two
 * 询问通知书, and each receipt names its own).
 */
function noticeNumber(src: CaseSource, kind: DocumentKind, act: Act, typed?: string): string {
  const issued = src.issued.filter((d) => d.kind === kind && d.status === 'issued' && d.docNo)
  const own = issued.filter((d) => d.sourceActIds[0] === act.id).at(-1)
  if (own) return own.docNo
  if (typed?.trim()) return typed.trim()
  const single = actsOf(src.facts).filter((a) => a.type === act.type).length === 1
  return (single && issued.at(-1)?.docNo) || ''
}

/**
 * 送达回证 of a notice (SERVED_NOTICES: 行政处罚告知书, 听证通知书, 责令改正通知书, 约谈通知书,
 * 询问通知书, 限期提供材料通知书, 行政提醒书): the notice (with its 文号 once issued) served by the
 * case officers on the 受送达人 — the party at its address, or the other unit or person a
 * 限期提供材料通知书 is addressed to (SAMR-PR Art. 30 para 1), whose place and signatory the officer
 * enters. Who signed is left to the paper (the act records no signer). An act recorded without a
 * service method (a 行政提醒 of an older version) asks for it (CPL Arts. 87–89).
 */
export function mapNoticeServiceReceipt(
  src: CaseSource,
  act: ActOf<NoticeServiceType>,
): MappedDocument {
  const facts = src.facts
  const kind = SERVED_NOTICES[act.type]
  const party = documentParty(facts.party)
  const typed = 'documentNo' in act.payload ? act.payload.documentNo : undefined
  const other = act.type === 'materialsRequested' ? act.payload.addressee?.trim() : undefined
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('documents', [{ title: printedTitle(kind), number: noticeNumber(src, kind, act, typed) }])
  if (other) f.set('addressee', other).need('place', undefined, '送达地点')
  else
    f.set('addressee', addresseeOf(party))
      .set('signatory', signatoryOf(party))
      .need('place', facts.party.address, '送达地点')
  const method = 'serviceMethod' in act.payload ? act.payload.serviceMethod : undefined
  if (method) f.set('method', method)
  else f.need('method', undefined, '送达方式（如 直接送达、邮寄送达）')
  return done(
    'serviceReceipt',
    f.set('servers', documentOfficers(facts.officers.slice(0, 2))).set('servedOn', act.occurredOn),
    act.occurredOn,
    [act.id],
  )
}

/** The 送达回证 of whichever served act it belongs to (a decision's service or a notice). */
export function mapAnyServiceReceipt(src: CaseSource, act: Act): MappedDocument {
  if (act.type === 'decisionServed') return mapServiceReceipt(src, act)
  if (isNoticeService(act.type))
    return mapNoticeServiceReceipt(src, act as ActOf<NoticeServiceType>)
  throw new Error(`送达回证不能由“${act.type}”生成`)
}

/**
 * Days on which a review or suit was pending (remedyFiled up to its remedyConcluded; an open one
 * up to `until`): no surcharge accrues on them (APL Art. 73).
 */
export function remedyPendingRanges(facts: CaseFacts, until: string): DateRange[] {
  const ranges: DateRange[] = []
  let open: string | undefined
  for (const a of actsOf(facts)) {
    if (a.occurredOn > until) break
    if (a.type === 'remedyFiled' && open === undefined) open = a.occurredOn
    else if (a.type === 'remedyConcluded' && open !== undefined) {
      ranges.push({ from: open, to: a.occurredOn })
      open = undefined
    }
  }
  if (open !== undefined) ranges.push({ from: open, to: until })
  return ranges
}

/**
 * The surcharge of `unpaidFen` as of `asOf` (APL Art. 72 para 1 item 1, computed by
 * lateSurchargeFen): from the FINE_DUE deadline of the case as computeDeadlines gives it (15 days
 * from receipt of the decision, an end on a non-working day rolled to the next working day, or the
 * approved instalment date), leaving out days a review or suit was pending (APL Art. 73). Only acts
 * up to `asOf` are considered. The base is the fine still unpaid on `asOf` (a larger part unpaid
 * earlier is not charged: the reminder never states more than the statute allows). Undefined when
 * the case has no payment deadline yet (the amount typed on the 催告 act is printed then).
 */
export function surchargeAsOf(
  src: CaseSource,
  asOf: string,
  unpaidFen: number,
): { dueDate: string; excludedDays: number; fen: number } | undefined {
  const upTo = { acts: src.facts.acts.filter((a) => a.occurredOn <= asOf) }
  const due = computeDeadlines(upTo, asOf, src.ruleSettings ?? defaultRuleSettings).find(
    (d) => d.ruleId === 'FINE_DUE',
  )
  if (!due) return undefined
  const excluded = remedyPendingRanges(src.facts, asOf)
  const excludedDays = surchargeDays(due.dueDate, asOf) - surchargeDays(due.dueDate, asOf, excluded)
  return {
    dueDate: due.dueDate,
    excludedDays,
    fen: lateSurchargeFen(unpaidFen, due.dueDate, asOf, excluded),
  }
}

/** 行政处罚决定履行催告书 from 履行催告 (decision, service and payments from earlier acts). */
export function mapPaymentReminder(src: CaseSource, act: ActOf<'reminderServed'>): MappedDocument {
  const facts = src.facts
  const decision = lastAct(facts, 'penaltyDecision', act.occurredOn)
  const served = allActs(facts, 'decisionServed')
    .filter((a) => a.payload.decisionActId === decision?.id)
    .at(0)
  const fine = decision?.payload.penalty.fineFen ?? 0
  const paid = allActs(facts, 'paymentMade')
    .filter((a) => a.payload.kind === 'fine' && a.occurredOn <= act.occurredOn)
    .reduce((sum, a) => sum + a.payload.amountFen, 0)
  const unpaid = Math.max(0, Math.min(act.payload.amountDueFen, fine - paid))
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .need(
      'decisionNumber',
      decision && issuedNumber(src, 'penaltyDecision', decision.payload.documentNo),
      '行政处罚决定书文号',
    )
    .need('decisionDate', decision?.occurredOn, '决定日期', 'date')
    .need('servedOn', served?.occurredOn, '决定书送达日期', 'date')
    .set('fineFen', fine)
    .set('unpaidFen', unpaid)
    .set('asOf', act.occurredOn)
  const s = surchargeAsOf(src, act.occurredOn, unpaid)
  if (s) f.set('dueDate', s.dueDate).set('excludedDays', s.excludedDays).set('surchargeFen', s.fen)
  else f.set('surchargeFen', Math.min(act.payload.surchargeFen, fine))
  return done('paymentReminder', f, act.occurredOn, [act.id, decision?.id, served?.id])
}

/**
 * 执行情况 of a case with nothing to pay: a 不予处罚 decision (with its service date when served)
 * or a matter corrected without filing; undefined otherwise (the officer states it).
 */
function nothingToExecute(
  facts: CaseFacts,
  none: ActOf<'noPenaltyDecision'> | undefined,
  until: string,
  reason: ActOf<'caseClosed'>['payload']['reason'],
): string | undefined {
  if (none) {
    const served = allActs(facts, 'decisionServed').find(
      (a) => a.payload.decisionActId === none.id && a.occurredOn <= until,
    )
    return served
      ? `不予行政处罚决定书已于${formatChineseDate(served.occurredOn)}送达当事人，无罚没款需要执行。`
      : '不予行政处罚，无罚没款需要执行。'
  }
  return reason === 'correctedWithoutFiling' ? '当事人已按要求改正，无需执行。' : undefined
}

/** 延期（分期）缴纳罚款通知书 from 延期/分期缴纳批准 (APL Art. 66 para 2). */
export function mapPaymentArrangement(
  src: CaseSource,
  act: ActOf<'paymentArrangementApproved'>,
): MappedDocument {
  const facts = src.facts
  const decision = lastAct(facts, 'penaltyDecision', act.occurredOn)
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .need(
      'decisionNumber',
      decision && issuedNumber(src, 'penaltyDecision', decision.payload.documentNo),
      '行政处罚决定书文号',
    )
    .need('decisionDate', decision?.occurredOn, '决定日期', 'date')
    .set('fineFen', decision?.payload.penalty.fineFen ?? 0)
    .set('arrangement', act.payload.kind === 'deferral' ? '延期缴纳' : '分期缴纳')
    .set(
      'schedule',
      act.payload.schedule.map((s) => ({ dueOn: s.dueOn, amountFen: s.amountFen })),
    )
  return done('paymentArrangement', f, act.occurredOn, [act.id, decision?.id])
}

/** 结案审批表 from 结案. */
export function mapClosingApproval(src: CaseSource, act: ActOf<'caseClosed'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const filed = lastAct(facts, 'caseFiled', act.occurredOn)
  const penalty = lastAct(facts, 'penaltyDecision', act.occurredOn)
  const none = lastAct(facts, 'noPenaltyDecision', act.occurredOn)
  const spot = lastAct(facts, 'summaryPenalty', act.occurredOn)
  const decision = penalty ?? none ?? spot
  const number = penalty
    ? issuedNumber(src, 'penaltyDecision', penalty.payload.documentNo)
    : none
      ? issuedNumber(src, 'noPenaltyDecision', none.payload.documentNo)
      : spot
        ? issuedNumber(src, 'onTheSpotDecision', spot.payload.documentNo)
        : undefined
  const order = lastAct(facts, 'correctionOrderServed', act.occurredOn)
  const orderText = order
    ? `责令改正（${issuedNumber(src, 'correctionOrder', order.payload.documentNo) ?? '责令改正通知书'}），经复查已改正，未立案。`
    : undefined
  const content = penalty
    ? penaltyItems(penalty.payload.penalty).map(penaltyItemText).join('；')
    : none
      ? `不予行政处罚。${none.payload.reason}`
      : spot
        ? [
            spot.payload.warning && '警告',
            spot.payload.fineFen > 0 && `罚款${formatYuan(spot.payload.fineFen)}元`,
          ]
            .filter(Boolean)
            .join('；')
        : p.reason === 'correctedWithoutFiling'
          ? orderText
          : undefined
  const paid = allActs(facts, 'paymentMade').filter((a) => a.occurredOn <= act.occurredOn)
  const execution = paid.length
    ? paid
        .map(
          (a) =>
            `${formatChineseDate(a.occurredOn)}缴纳${formatYuan(a.payload.amountFen)}元${a.payload.receiptNo ? `（票据号${a.payload.receiptNo}）` : ''}`,
        )
        .join('；')
    : p.note?.trim() || nothingToExecute(facts, none, act.occurredOn, p.reason)
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .set('decisionNumber', number ?? '')
    .need('decisionContent', content, '处理决定内容', 'textarea')
    .need('execution', execution, '执行情况', 'textarea')
    .set('reason', p.reason)
    .need('officerOpinion.text', p.officerOpinion, '办案人员意见', 'textarea')
    .set('officerOpinion.signer', facts.officers.map((o) => o.name).join('、'))
    .set('officerOpinion.date', act.occurredOn)
    .need('unitOpinion.text', p.unitOpinion, '办案机构意见', 'textarea')
    .need('unitOpinion.signer', p.unitHead, '办案机构负责人')
    .set('unitOpinion.date', act.occurredOn)
    .set('headApproval', {
      text: `同意结案（${CLOSING_REASONS[p.reason]}）。`,
      signer: p.approver,
      date: act.occurredOn,
    })
  if (filed) f.set('filedOn', filed.occurredOn)
  if (decision) f.set('decidedOn', decision.occurredOn)
  const paidOf = (kind: 'fine' | 'confiscation' | 'surcharge') =>
    paid.filter((a) => a.payload.kind === kind).reduce((t, a) => t + a.payload.amountFen, 0)
  const owed =
    (penalty?.payload.penalty.fineFen ?? 0) +
    (penalty?.payload.penalty.confiscatedGainsFen ?? 0) +
    (spot?.payload.fineFen ?? 0)
  if (owed > 0 || paid.length > 0 || p.surchargePaidFen !== undefined)
    f.set('paid', {
      fineFen: paidOf('fine'),
      confiscatedGainsFen: paidOf('confiscation'),
      surchargeFen: p.surchargePaidFen ?? paidOf('surcharge'),
    })
  return done('closingApproval', f, act.occurredOn, [act.id, decision?.id])
}

/** 回访记录表 from 回访. */
export function mapFollowUpVisit(src: CaseSource, act: ActOf<'followUpVisit'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const method = { phone: '电话', online: '网络', onSite: '实地' } as const
  const rect = { rectified: '已整改', partlyRectified: '部分整改', notRectified: '未整改' } as const
  const sat = { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' } as const
  const penalty = lastAct(facts, 'penaltyDecision', act.occurredOn)
  const none = lastAct(facts, 'noPenaltyDecision', act.occurredOn)
  const number = penalty
    ? issuedNumber(src, 'penaltyDecision', penalty.payload.documentNo)
    : none
      ? issuedNumber(src, 'noPenaltyDecision', none.payload.documentNo)
      : undefined
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('decisionNumber', number ?? '')
    .set('party', documentParty(facts.party))
    .set('method', method[p.method])
    .set('date', act.occurredOn)
    .need('time', p.time, '回访时间（HH:mm）', 'time')
    .needList(
      'visitors',
      officersById(facts, p.visitorIds).map((o) => o.name),
      '回访人员',
    )
    .set('contactName', p.contactPerson)
    .need('contactPhone', p.contactPhone, '被回访人联系电话')
    .set('rectification', rect[p.rectification])
    .set('conduct', {
      conductProper: p.conductProper,
      rightsExplained: p.rightsExplained,
      integrityIssues: p.integrityIssue,
    })
    .set('needsGuidance', p.needsGuidance)
    .set('satisfaction', sat[p.satisfaction])
    .set('opinions', p.findings)
    .set('followUpAction', p.followUpAction?.trim() || '无')
  return done('followUpVisit', f, act.occurredOn, [act.id])
}
