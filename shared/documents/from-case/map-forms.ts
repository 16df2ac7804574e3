/**
 * Mappers of the 2021 范本 forms without item lists and of the policy letters 行政提醒书 and
 * 执法建议函 (docs/domain/capture-once.md says which act captures what): 案件来源登记表,
 * 指定管辖通知书, 案件交办通知书, 案件移送函, 涉嫌犯罪案件移送书, 有关事项审批表, 送达地址确认书,
 * 限期提供材料通知书, 协助辨认/鉴别通知书, 协助调查函, the three 检测/检验/检疫/鉴定 forms,
 * 责令退款通知书, 行政处理决定审批表, 强制执行申请书, 行政处罚文书送达公告.
 */
import {
  ELECTRONIC_CHANNELS,
  IDENTIFICATION_PURPOSES,
  NO_PENALTY_GROUNDS,
  REVIEW_KINDS,
  REVIEW_OPINIONS,
  SERVED_DECISIONS,
  TESTING_KINDS,
  type Act,
  type ActOf,
  type Penalty,
} from '../../domain/case'
import { formatAmountForDecision } from '../format/money'
import { printedTitle, type DocumentKind } from '../kinds'
import { isNoticeService, SERVED_NOTICES, type NoticeServiceType } from '../served-notices'
import { CRIME_TRANSFER_MATERIALS } from '../templates/jurisdiction-letters'
import { Fill } from './fill'
import { actsOf, documentParty, issuedNumber, lastAct } from './common'
import { done } from './map-intake'
import { violatedProvisionOf } from './violations'
import type { CaseSource, MappedDocument } from './types'

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

/** The facts found so far: the investigation report, else the order, interview or lead. */
function factsSoFar(src: CaseSource, until: string): string | undefined {
  const facts = src.facts
  return (
    lastAct(facts, 'investigationConcluded', until)?.payload.summary ??
    lastAct(facts, 'correctionOrderServed', until)?.payload.violation ??
    lastAct(facts, 'interviewHeld', until)?.payload.problems ??
    lastAct(facts, 'clueRegistered', until)?.payload.summary
  )
}

/** 案件来源登记表 from 线索登记 (SAMR-PR Art. 18). */
export function mapCaseSourceRegister(
  src: CaseSource,
  act: ActOf<'clueRegistered'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  // The head's decision on the lead is what followed it: filing, not filing, or the opinion agreed.
  const headText = lastAct(facts, 'caseFiled')
    ? '同意立案调查。'
    : lastAct(facts, 'filingDeclined')
      ? '同意不予立案。'
      : '同意。'
  const f = new Fill()
    .set('source', p.source)
    .set('receivedOn', act.occurredOn)
    .set('party', documentParty(facts.party))
    .set('leadContent', p.summary)
    .need('registrar', p.registrar, '登记人')
    .set('registeredOn', act.occurredOn)
    .need('handlingOpinion.text', p.handlingOpinion, '处理意见', 'textarea')
    .need('handlingOpinion.signer', p.registrar, '登记人')
    .set('handlingOpinion.date', act.occurredOn)
    .set('headOpinion.text', headText)
    .need('headOpinion.signer', p.head, '负责人')
    .set('headOpinion.date', act.occurredOn)
  if (p.reporterName?.trim()) f.set('reporterName', p.reporterName.trim())
  if (p.reporterPhone?.trim()) f.set('reporterPhone', p.reporterPhone.trim())
  return done('caseSourceRegister', f, act.occurredOn, [act.id])
}

/** 行政处罚案件有关事项审批表 from 有关事项审批. */
export function mapMatterApproval(src: CaseSource, act: ActOf<'matterApproved'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .set('matter', p.matter)
    .set('reason', p.reason)
    .need('officerOpinion.text', p.officerOpinion, '承办人意见', 'textarea')
    .need('officerOpinion.signer', facts.officers[0]?.name, '承办人')
    .set('officerOpinion.date', act.occurredOn)
    .set('headApproval', {
      text: p.approverOpinion?.trim() || '同意。',
      signer: p.approver,
      date: act.occurredOn,
    })
  if (p.unitOpinion?.trim())
    f.set('unitOpinion.text', p.unitOpinion.trim())
      .need('unitOpinion.signer', p.unitHead, '办案机构负责人')
      .set('unitOpinion.date', act.occurredOn)
  return done('matterApproval', f, act.occurredOn, [act.id])
}

/** 送达地址确认书 from 送达地址确认. */
export function mapServiceAddressConfirmation(
  src: CaseSource,
  act: ActOf<'serviceAddressConfirmed'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('party', documentParty(facts.party))
    .set('signedBy', p.signedBy)
    .set('address', p.address)
    .set('electronicConsent', p.electronicConsent)
    .set('confirmedOn', act.occurredOn)
  for (const key of ['postcode', 'recipient', 'phone'] as const)
    if (p[key]?.trim()) f.set(key, p[key]?.trim())
  if (p.electronicConsent) {
    f.set('electronicChannel', p.electronicChannel ? ELECTRONIC_CHANNELS[p.electronicChannel] : '')
    f.set('electronicAddress', p.electronicAddress ?? '')
  }
  return done('serviceAddressConfirmation', f, act.occurredOn, [act.id])
}

/** 限期提供材料通知书 from 限期提供材料. */
export function mapMaterialsRequest(
  src: CaseSource,
  act: ActOf<'materialsRequested'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .set('materials', p.materials)
    .set('provideBy', p.provideBy)
  if (p.addressee?.trim()) f.set('addressee', p.addressee.trim())
  if (p.place?.trim()) f.set('place', p.place.trim())
  return done('materialsRequest', f, act.occurredOn, [act.id])
}

/** 协助调查函 from 协助调查. */
export function mapAssistanceLetter(
  src: CaseSource,
  act: ActOf<'assistanceRequested'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('recipient', p.recipient)
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .set('assistanceMatters', p.matters)
  if (p.background?.trim()) f.set('background', p.background.trim())
  return done('assistanceLetter', f, act.occurredOn, [act.id])
}

/** Whether a 检测/检验/检疫/鉴定 委托 act is a rights holder's identification (form 16). */
export const isIdentification = (act: Act): boolean =>
  act.type === 'testingStarted' && act.payload.kind === 'rightsHolderIdentification'

/** The testing forms (30, 31) belong to the four testing kinds only. */
export const isTesting = (act: Act): boolean =>
  act.type === 'testingStarted' && !isIdentification(act)

/** The 结果告知书 (form 32) belongs to the result of one of the four testing kinds. */
export function isTestingResult(src: CaseSource, act: Act): boolean {
  if (act.type !== 'testingConcluded') return false
  const started = lastAct(src.facts, 'testingStarted', act.occurredOn)
  return started !== undefined && !isIdentification(started)
}

function testingFill(src: CaseSource, started: ActOf<'testingStarted'>): Fill {
  return new Fill()
    .set('docNumber', null)
    .set('testingKind', TESTING_KINDS[started.payload.kind])
    .set('institution', started.payload.institution)
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .set('items', started.payload.items)
}

/** 检测/检验/检疫/鉴定委托书 from 检测/检验/检疫/鉴定委托. */
export function mapTestingCommission(
  src: CaseSource,
  act: ActOf<'testingStarted'>,
): MappedDocument {
  const f = testingFill(src, act)
  if (act.payload.requirements?.trim()) f.set('requirements', act.payload.requirements.trim())
  if (act.payload.dueOn) f.set('dueOn', act.payload.dueOn)
  return done('testingCommission', f, act.occurredOn, [act.id])
}

/** 检测/检验/检疫/鉴定期间告知书 from the same act (SAMR-PR Art. 64 para 2). */
export function mapTestingPeriodNotice(
  src: CaseSource,
  act: ActOf<'testingStarted'>,
): MappedDocument {
  const f = testingFill(src, act).set('startedOn', act.occurredOn)
  if (act.payload.dueOn) f.set('dueOn', act.payload.dueOn)
  return done('testingPeriodNotice', f, act.occurredOn, [act.id])
}

/** 检测/检验/检疫/鉴定结果告知书 from 结果告知 (and the 委托 before it). */
export function mapTestingResultNotice(
  src: CaseSource,
  act: ActOf<'testingConcluded'>,
): MappedDocument {
  const started = lastAct(src.facts, 'testingStarted', act.occurredOn)
  const f = started
    ? testingFill(src, started).set('startedOn', started.occurredOn)
    : new Fill().set('docNumber', null)
  f.set('result', act.payload.result)
  if (act.payload.objectionRight?.trim()) f.set('objectionRight', act.payload.objectionRight.trim())
  return done('testingResultNotice', f, act.occurredOn, [act.id, started?.id])
}

/** 协助辨认/鉴别通知书 from 检测/检验/检疫/鉴定委托 of kind 权利人辨认或者鉴别. */
export function mapIdentificationRequest(
  src: CaseSource,
  act: ActOf<'testingStarted'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('rightsHolder', p.institution)
    .need(
      'purpose',
      p.identificationPurpose ? IDENTIFICATION_PURPOSES[p.identificationPurpose] : undefined,
      '辨认或者鉴别（填写“辨认”“鉴别”或“辨认、鉴别”）',
    )
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .set('items', p.items)
  if (p.requirements?.trim()) f.set('requirements', p.requirements.trim())
  if (p.dueOn) f.set('dueOn', p.dueOn)
  return done('identificationRequest', f, act.occurredOn, [act.id])
}

/** 责令退款通知书 from 责令退还多收价款. */
export function mapRefundOrder(src: CaseSource, act: ActOf<'refundOrdered'>): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .need('facts', factsSoFar(src, act.occurredOn), '多收价款的事实', 'textarea')
    .need('legalBasis', p.legalBasis, '责令退款的依据（法律名称及条款）')
    .set('amountFen', p.amountFen)
    .set('refundRequirement', p.requirement)
    .need('refundBy', p.refundBy, '退还期限', 'date')
  return done('refundOrder', f, act.occurredOn, [act.id])
}

/** A domain penalty in one sentence: 警告，罚款人民币…元（依据：…）. */
function penaltySentence(p: Penalty): string {
  const parts = [
    p.warning && '警告',
    p.circulatedCriticism && '通报批评',
    p.fineFen > 0 && `罚款${formatAmountForDecision(p.fineFen)}`,
    p.confiscatedGainsFen > 0 && `没收违法所得${formatAmountForDecision(p.confiscatedGainsFen)}`,
    p.confiscatedPropertyValueFen > 0 &&
      `没收非法财物（价值${formatAmountForDecision(p.confiscatedPropertyValueFen)}）`,
    p.other?.trim(),
  ].filter((x): x is string => typeof x === 'string' && x !== '')
  return `${parts.join('，')}`
}

/** 行政处理决定审批表 from the decision (行政处罚决定 or 不予行政处罚决定). */
export function mapDecisionApproval(
  src: CaseSource,
  act: ActOf<'penaltyDecision'> | ActOf<'noPenaltyDecision'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const proposal =
    act.type === 'penaltyDecision'
      ? `拟给予${penaltySentence(act.payload.penalty)}。依据：${act.payload.penalty.legalBasis.replace(/[。；]$/, '')}。`
      : `拟不予行政处罚（${NO_PENALTY_GROUNDS[act.payload.ground]}）。理由：${act.payload.reason.replace(/[。；]$/, '')}。`
  const review = lastAct(facts, 'caseReviewed', act.occurredOn)
  const discussion = actsOf(facts)
    .filter(
      (a): a is ActOf<'collectiveDiscussion'> =>
        a.type === 'collectiveDiscussion' &&
        a.payload.purpose === 'decision' &&
        a.occurredOn <= act.occurredOn,
    )
    .at(-1)
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('cause', facts.cause)
    .set('party', documentParty(facts.party))
    .need('facts', factsSoFar(src, act.occurredOn), '案件事实', 'textarea')
    .set('proposal', proposal)
    .need('unitOpinion.text', p.unitOpinion, '办案机构意见', 'textarea')
    .need('unitOpinion.signer', p.unitHead, '办案机构负责人')
    .set('unitOpinion.date', act.occurredOn)
    .set('headApproval.text', '同意。')
    .need('headApproval.signer', p.approver, '审批的负责人')
    .set('headApproval.date', act.occurredOn)
  if (review) {
    const comment = review.payload.comments?.trim()
    f.set(
      'review',
      `${REVIEW_KINDS[review.payload.reviewKind]}意见：${REVIEW_OPINIONS[review.payload.opinion]}${comment ? `。${comment.replace(/[。；]$/, '')}` : ''}。`,
    )
  }
  if (discussion) f.set('discussion', discussion.payload.conclusion)
  return done('decisionApproval', f, act.occurredOn, [act.id, review?.id, discussion?.id])
}

/** 案件移送函 (to another authority) from 案件移送. */
export function mapCaseTransferLetter(
  src: CaseSource,
  act: ActOf<'caseTransferred'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('recipient', p.recipient)
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .need('facts', p.facts?.trim() || factsSoFar(src, act.occurredOn), '案件基本情况', 'textarea')
    .set('reason', p.reason)
    // Another market-supervision office has jurisdiction (Art. 14) or another authority (Art. 17).
    .set('article', /市场监督管理|市场监管/.test(p.recipient) ? '第十四条' : '第十七条')
    .needList('materials', p.materials, '移送材料（每行一项）')
  return done('caseTransferLetter', f, act.occurredOn, [act.id])
}

/** 涉嫌犯罪案件移送书 (to the judicial organs) from 案件移送. */
export function mapCrimeTransferLetter(
  src: CaseSource,
  act: ActOf<'caseTransferred'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('recipient', p.recipient)
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .need('facts', p.facts?.trim() || factsSoFar(src, act.occurredOn), '涉嫌犯罪的事实', 'textarea')
    .need('suspectedCrime', p.suspectedCrime, '涉嫌罪名')
    .set('reason', p.reason)
    .set('materials', p.materials?.length ? p.materials : [...CRIME_TRANSFER_MATERIALS])
  return done('crimeTransferLetter', f, act.occurredOn, [act.id])
}

/** 指定管辖通知书 from 指定管辖. */
export function mapDesignationNotice(
  src: CaseSource,
  act: ActOf<'jurisdictionDesignated'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('designatedOffice', p.designatedOffice)
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .set('designationGround', p.ground)
    .set('copiedTo', p.copiedTo ?? [])
  if (p.reason?.trim()) f.set('reason', p.reason.trim())
  return done('designationNotice', f, act.occurredOn, [act.id])
}

/** 案件交办通知书 from 案件交办. */
export function mapAssignmentNotice(src: CaseSource, act: ActOf<'caseAssigned'>): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('recipient', p.recipient)
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .set('requirements', p.requirements)
  if (p.reportBy) f.set('reportBy', p.reportBy)
  return done('assignmentNotice', f, act.occurredOn, [act.id])
}

/** 强制执行申请书 from 申请强制执行 (the decision, its service and the 催告 before it). */
export function mapEnforcementApplication(
  src: CaseSource,
  act: ActOf<'enforcementApplied'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const decision = lastAct(facts, 'penaltyDecision', act.occurredOn)
  const served = lastAct(facts, 'decisionServed', act.occurredOn)
  const reminder = lastAct(facts, 'reminderServed', act.occurredOn)
  const f = new Fill()
    .set('docNumber', null)
    .set('court', p.court)
    .set('party', documentParty(facts.party))
    .need(
      'decisionNumber',
      issuedNumber(src, 'penaltyDecision', decision?.payload.documentNo),
      '行政处罚决定书文号',
    )
    .need('decisionDate', decision?.occurredOn, '决定日期', 'date')
    .need('servedOn', served?.occurredOn, '决定书送达日期', 'date')
    .need('penalty', decision ? penaltySentence(decision.payload.penalty) : undefined, '处罚内容')
    .need('reminderServedOn', reminder?.occurredOn, '催告书送达日期', 'date')
    .set('amountFen', p.amountFen)
    .need('head', p.head, '签名的行政机关负责人')
  const reminderNo = issuedNumber(src, 'paymentReminder')
  if (reminderNo) f.set('reminderNumber', reminderNo)
  if (p.partyOpinion?.trim()) f.set('partyOpinion', p.partyOpinion.trim())
  return done('enforcementApplication', f, act.occurredOn, [
    act.id,
    decision?.id,
    served?.id,
    reminder?.id,
  ])
}

/**
 * Service acts that may be done by public notice, and what they serve: a decision's service or a
 * served notice (SERVED_NOTICES; SAMR-PR Art. 82(五) applies to every 执法文书).
 */
type ServiceAct = ActOf<'decisionServed'> | ActOf<NoticeServiceType>

/** Whether a service act was done by public notice (公告送达). */
export function isPublicNotice(act: Act): boolean {
  if (act.type === 'decisionServed') return act.payload.method === 'publicNotice'
  if (isNoticeService(act.type))
    return 'serviceMethod' in act.payload && act.payload.serviceMethod === 'publicNotice'
  return false
}

/** 行政处罚文书送达公告 from a 送达 act whose method was 公告送达. */
export function mapServicePublicNotice(src: CaseSource, act: ServiceAct): MappedDocument {
  const facts = src.facts
  let title: string
  let kind: DocumentKind
  let typed: string | undefined
  if (act.type === 'decisionServed') {
    const decision = actsOf(facts).find((a) => a.id === act.payload.decisionActId)
    const type =
      decision && decision.type in SERVED_DECISIONS
        ? (decision.type as keyof typeof SERVED_DECISIONS)
        : 'penaltyDecision'
    title = SERVED_DECISIONS[type]
    kind = type === 'summaryPenalty' ? 'onTheSpotDecision' : type
    typed =
      decision && 'documentNo' in decision.payload
        ? (decision.payload.documentNo as string | undefined)
        : undefined
  } else if (act.type === 'penaltyNoticeServed') {
    title = '行政处罚告知书'
    kind = 'penaltyNotice'
    typed = act.payload.documentNo
  } else if (act.type === 'hearingNoticeServed') {
    title = '行政处罚听证通知书'
    kind = 'hearingNotice'
    typed = act.payload.documentNo
  } else {
    kind = SERVED_NOTICES[act.type]
    title = printedTitle(kind)
    typed = 'documentNo' in act.payload ? act.payload.documentNo : undefined
  }
  const reason = 'publicNoticeReason' in act.payload ? act.payload.publicNoticeReason : undefined
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .set('documentTitle', title)
    .need(
      'reason',
      reason,
      '公告送达的原因（如：当事人下落不明，邮寄送达被退回）',
      'textarea',
    )
    .set('isDecision', act.type === 'decisionServed')
  const no = issuedNumber(src, kind, typed)
  if (no) f.set('documentNumber', no)
  return done('servicePublicNotice', f, act.occurredOn, [act.id])
}

function policyLetter(
  kind: 'reminderLetter' | 'enforcementSuggestionLetter',
  src: CaseSource,
  act: ActOf<'administrativeReminder'> | ActOf<'enforcementSuggestion'>,
): MappedDocument {
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .need('findings', factsSoFar(src, act.occurredOn), '发现的问题', 'textarea')
    .need('legalReferences', violatedProvisionOf(src), '相关法律规定（法律名称及条款）')
    .needList('requirements', lines(act.payload.content), '要求（每行一项）')
  if (act.payload.replyBy) f.set('replyBy', act.payload.replyBy)
  return done(kind, f, act.occurredOn, [act.id])
}

/** 行政提醒书 from 行政提醒. */
export function mapReminderLetter(
  src: CaseSource,
  act: ActOf<'administrativeReminder'>,
): MappedDocument {
  return policyLetter('reminderLetter', src, act)
}

/** 执法建议函 from 执法建议. */
export function mapEnforcementSuggestionLetter(
  src: CaseSource,
  act: ActOf<'enforcementSuggestion'>,
): MappedDocument {
  return policyLetter('enforcementSuggestionLetter', src, act)
}

/** The printed title of a due form whose 范本 title offers a choice (forms 16, 30–32). */
export function formsDueTitle(
  src: CaseSource | undefined,
  kind: DocumentKind,
  act: Act,
): string | undefined {
  let started: ActOf<'testingStarted'> | undefined
  if (act.type === 'testingStarted') started = act
  else if (act.type === 'testingConcluded' && src)
    started = lastAct(src.facts, 'testingStarted', act.occurredOn)
  if (!started) return undefined
  const p = started.payload
  return printedTitle(kind, {
    testingKind: TESTING_KINDS[p.kind],
    purpose: p.identificationPurpose ? IDENTIFICATION_PURPOSES[p.identificationPurpose] : undefined,
  })
}
