// Procedural acts (docs/architecture/overview.md §2): the one source of truth of a case. Each act type has a Chinese
// label and a payload schema; `ActSchema` validates a stored act of any type.
import { z } from 'zod'
import { entityId, legalDate, text, timestamp } from './common'
import * as I from './payloads-intake'
import * as P from './payloads-procedure'
import * as E from './payloads-execution'
import * as R from './payloads-requests'
import * as M from './payloads-measures'

/** Act type id → { label, payload schema }. Order = usual order in a case. */
export const ACT_DEFINITIONS = {
  clueRegistered: { label: '线索登记', payload: I.ClueRegisteredPayload },
  caseFiled: { label: '立案', payload: I.CaseFiledPayload },
  filingDeclined: { label: '不予立案', payload: I.FilingDeclinedPayload },
  periodExtended: { label: '延长期限', payload: I.PeriodExtendedPayload },
  matterApproved: { label: '有关事项审批', payload: R.MatterApprovedPayload },
  serviceAddressConfirmed: { label: '送达地址确认', payload: R.ServiceAddressConfirmedPayload },
  interviewNoticeServed: { label: '约谈通知送达', payload: I.InterviewNoticeServedPayload },
  interviewHeld: { label: '行政约谈', payload: I.InterviewHeldPayload },
  correctionOrderServed: { label: '责令改正通知书送达', payload: I.CorrectionOrderServedPayload },
  correctionReviewed: { label: '整改复查', payload: I.CorrectionReviewedPayload },
  administrativeGuidance: { label: '行政指导', payload: I.SoftMeasurePayload },
  warningAdmonition: { label: '警示劝诫', payload: I.SoftMeasurePayload },
  writtenCaution: { label: '书面告诫', payload: I.SoftMeasurePayload },
  educationGiven: { label: '说服教育', payload: I.SoftMeasurePayload },
  administrativeReminder: { label: '行政提醒', payload: R.ReminderLetterPayload },
  enforcementSuggestion: { label: '执法建议', payload: R.PolicyLetterPayload },
  onSiteInspection: { label: '现场检查', payload: P.OnSiteInspectionPayload },
  inquiryNoticeServed: { label: '询问通知书送达', payload: P.InquiryNoticeServedPayload },
  inquiryHeld: { label: '询问', payload: P.InquiryHeldPayload },
  materialsRequested: { label: '限期提供材料', payload: R.MaterialsRequestedPayload },
  assistanceRequested: { label: '协助调查', payload: R.AssistanceRequestedPayload },
  investigationSuspended: { label: '中止调查', payload: P.InvestigationSuspendedPayload },
  investigationResumed: { label: '恢复调查', payload: P.InvestigationResumedPayload },
  testingStarted: { label: '检测/检验/检疫/鉴定委托', payload: P.TestingStartedPayload },
  testingConcluded: { label: '检测/检验/检疫/鉴定结果告知', payload: P.TestingConcludedPayload },
  refundOrdered: { label: '责令退还多收价款', payload: P.RefundOrderedPayload },
  refundCompleted: { label: '多收价款退还完毕', payload: P.RefundCompletedPayload },
  evidenceRecorded: { label: '证据登记', payload: P.EvidenceRecordedPayload },
  evidencePreserved: { label: '先行登记保存', payload: M.EvidencePreservedPayload },
  evidencePreservationLifted: {
    label: '解除先行登记保存',
    payload: M.EvidencePreservationLiftedPayload,
  },
  coerciveMeasureTaken: { label: '查封/扣押', payload: M.CoerciveMeasureTakenPayload },
  coerciveMeasureExtended: {
    label: '延长查封/扣押期限',
    payload: M.CoerciveMeasureExtendedPayload,
  },
  coerciveMeasureLifted: { label: '解除查封/扣押', payload: M.CoerciveMeasureLiftedPayload },
  advanceDisposal: { label: '先行处置', payload: M.AdvanceDisposalPayload },
  seizedItemsHandled: { label: '涉案物品处理', payload: M.SeizedItemsHandledPayload },
  samplingDone: { label: '抽样取证', payload: M.SamplingDonePayload },
  electronicDataExtracted: {
    label: '电子数据证据提取',
    payload: M.ElectronicDataExtractedPayload,
  },
  investigationConcluded: { label: '案件调查终结', payload: P.InvestigationConcludedPayload },
  investigationTerminated: { label: '终止调查', payload: P.InvestigationTerminatedPayload },
  reviewSubmitted: { label: '提交审核', payload: P.ReviewSubmittedPayload },
  caseReviewed: { label: '案件审核/法制审核', payload: P.CaseReviewedPayload },
  penaltyNoticeServed: { label: '行政处罚告知书送达', payload: P.PenaltyNoticeServedPayload },
  statementDefence: { label: '陈述申辩', payload: P.StatementDefencePayload },
  defenceRechecked: { label: '陈述申辩复核', payload: P.DefenceRecheckedPayload },
  rightsWaived: { label: '书面放弃陈述申辩/听证', payload: P.RightsWaivedPayload },
  hearingRequested: { label: '听证申请', payload: P.HearingRequestedPayload },
  hearingWithdrawn: { label: '撤回听证申请', payload: P.HearingWithdrawnPayload },
  hearingNoticeServed: { label: '听证通知书送达', payload: P.HearingNoticeServedPayload },
  hearingHeld: { label: '举行听证', payload: P.HearingHeldPayload },
  collectiveDiscussion: { label: '集体讨论', payload: P.CollectiveDiscussionPayload },
  penaltyDecision: { label: '行政处罚决定', payload: P.PenaltyDecisionPayload },
  noPenaltyDecision: { label: '不予行政处罚决定', payload: P.NoPenaltyDecisionPayload },
  summaryPenalty: { label: '当场行政处罚', payload: P.SummaryPenaltyPayload },
  caseTransferred: { label: '案件移送', payload: P.CaseTransferredPayload },
  jurisdictionDesignated: { label: '指定管辖', payload: R.JurisdictionDesignatedPayload },
  caseAssigned: { label: '案件交办', payload: R.CaseAssignedPayload },
  summaryArchived: { label: '当场处罚材料交回归档', payload: P.SummaryArchivedPayload },
  decisionServed: { label: '决定书送达', payload: E.DecisionServedPayload },
  paymentMade: { label: '缴纳', payload: E.PaymentMadePayload },
  paymentArrangementApproved: {
    label: '延期/分期缴纳批准',
    payload: E.PaymentArrangementApprovedPayload,
  },
  reminderServed: { label: '履行催告', payload: E.ReminderServedPayload },
  enforcementApplied: { label: '申请强制执行', payload: E.EnforcementAppliedPayload },
  remedyFiled: { label: '当事人申请复议/提起诉讼', payload: E.RemedyFiledPayload },
  remedyConcluded: { label: '复议/诉讼结果', payload: E.RemedyConcludedPayload },
  publicised: { label: '信息公示', payload: E.PublicisedPayload },
  publicationWithdrawn: { label: '撤下公示', payload: E.PublicationWithdrawnPayload },
  caseClosed: { label: '结案', payload: E.CaseClosedPayload },
  followUpVisit: { label: '回访', payload: E.FollowUpVisitPayload },
  actVoided: { label: '撤销/作废', payload: E.ActVoidedPayload },
  caseHandover: { label: '转办/接手', payload: R.CaseHandoverPayload },
} as const

type Defs = typeof ACT_DEFINITIONS
/** Every act type id. */
export type ActType = keyof Defs
/** All act type ids, in the usual order of a case. */
export const ACT_TYPES = Object.keys(ACT_DEFINITIONS) as ActType[]
/** Payload type of act type K. */
export type ActPayload<K extends ActType> = z.infer<Defs[K]['payload']>

/** Fields every act has. */
export const ActBaseSchema = z.object({
  id: entityId,
  /** The legal date on which the act happened. */
  occurredOn: legalDate,
  /** When it was entered (ISO timestamp). */
  recordedAt: timestamp,
  /** Who entered it (user/officer id). */
  recordedBy: text('录入人'),
})

type ActShape<K extends ActType> = z.infer<typeof ActBaseSchema> & {
  type: K
  payload: ActPayload<K>
}
/** Any procedural act. */
export type Act = { [K in ActType]: ActShape<K> }[ActType]
/** One procedural act of type K. */
export type ActOf<K extends ActType> = Extract<Act, { type: K }>

/** Validates one stored act of any type (discriminated on `type`). */
export const ActSchema = z.discriminatedUnion(
  'type',
  ACT_TYPES.map((type) =>
    ActBaseSchema.extend({ type: z.literal(type), payload: ACT_DEFINITIONS[type].payload }),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Act>

/** Chinese label of an act type, e.g. 'penaltyNoticeServed' → '行政处罚告知书送达'. */
export function actLabel(type: ActType): string {
  return ACT_DEFINITIONS[type].label
}
