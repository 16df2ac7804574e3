// Payloads of service, payment, enforcement, publication, closing, follow-up and voiding.
import { z } from 'zod'
import {
  entityId,
  enumOf,
  fen,
  legalDate,
  optionalText,
  optionalTime,
  ServiceMethodSchema,
  text,
} from './common'

/** Decision documents that a 送达 act serves. */
export const SERVED_DECISIONS = {
  penaltyDecision: '行政处罚决定书',
  noPenaltyDecision: '不予行政处罚决定书',
  summaryPenalty: '当场行政处罚决定书',
} as const
/**
 * 送达 of a decision (form 50), CPL Arts. 87–95. occurredOn = the day of service; for 公告送达 it
 * is the publication day and service is deemed 30 days later (CPL Art. 95).
 */
export const DecisionServedPayload = z
  .object({
    decisionActId: entityId,
    method: ServiceMethodSchema,
    recipient: text('受送达人/签收人'),
    address: optionalText,
    publicationNotified: z.boolean(),
    electronicConsent: z.boolean().default(false),
    /** 公告送达: why other ways failed, printed on the 送达公告 (absent on older acts). */
    publicNoticeReason: optionalText,
  })
  .refine((p) => p.method !== 'electronic' || p.electronicConsent, {
    path: ['electronicConsent'],
    message: '电子送达须当事人同意并签订确认书（行政处罚法第六十一条第二款）',
  })

/** What a payment pays. */
export const PAYMENT_KINDS = {
  fine: '罚款',
  surcharge: '加处罚款',
  confiscation: '没收违法所得',
} as const
/** 缴纳. occurredOn = payment day. */
export const PaymentMadePayload = z.object({
  kind: enumOf(PAYMENT_KINDS),
  amountFen: fen.refine((v) => v > 0, '缴纳金额应大于0'),
  receiptNo: optionalText,
})
/** 延期/分期缴纳罚款批准 (form 47), APL Art. 66 para 2. */
export const PaymentArrangementApprovedPayload = z
  .object({
    kind: enumOf({ deferral: '延期缴纳', instalments: '分期缴纳' }),
    schedule: z
      .array(z.object({ dueOn: legalDate, amountFen: fen.refine((v) => v > 0, '每期金额应大于0') }))
      .min(1, '请填写缴纳期限'),
    approver: text('批准的负责人'),
    /** The approving 负责人's id in the officer register (absent on acts entered before it). */
    approverId: entityId.optional(),
  })
  .refine((p) => p.kind !== 'deferral' || p.schedule.length === 1, '延期缴纳只填写一个缴纳期限')
/** 催告 (form 48), AEL Art. 54. */
export const ReminderServedPayload = z.object({
  amountDueFen: fen,
  surchargeFen: fen,
  serviceMethod: ServiceMethodSchema,
})
/** 强制执行申请 (form 49), AEL Art. 53. */
export const EnforcementAppliedPayload = z.object({
  court: text('受理法院'),
  amountFen: fen,
  /** What the 强制执行申请书 prints (absent on older acts): its number and the signing head (AEL Art. 55). */
  documentNo: optionalText,
  head: optionalText,
  headId: entityId.optional(),
  /** 当事人的意见 (AEL Art. 55(三)). */
  partyOpinion: optionalText,
})
/** 行政复议/行政诉讼 filed by the party (surcharge does not accrue meanwhile, APL Art. 73). */
export const RemedyFiledPayload = z.object({
  kind: enumOf({ review: '行政复议', litigation: '行政诉讼' }),
  body: text('复议机关或法院'),
})
/** Outcome of the review/litigation. */
export const RemedyConcludedPayload = z.object({
  result: enumOf({ upheld: '维持', changed: '变更', annulled: '撤销', withdrawn: '撤回申请/起诉' }),
  note: optionalText,
})
/** 公示 on 国家企业信用信息公示系统 (PubRule Art. 9). */
export const PublicisedPayload = z.object({
  platform: text('公示平台').default('国家企业信用信息公示系统'),
  /** Address of the published entry (docs/domain/statistics.md, 信用公示); absent on older acts. */
  link: optionalText,
  note: optionalText,
})
/**
 * 撤下公示: the published penalty information was taken down after the decision was revoked,
 * changed or annulled (市场监督管理行政处罚信息公示规定 Arts. 11–12; docs/domain/statistics.md).
 */
export const PublicationWithdrawnPayload = z.object({
  platform: text('公示平台').default('国家企业信用信息公示系统'),
  note: optionalText,
})

/** Closing grounds, SAMR-PR Art. 77. */
export const CLOSING_REASONS = {
  executed: '行政处罚决定执行完毕',
  courtTerminated: '人民法院裁定终结执行',
  investigationTerminated: '案件终止调查',
  decidedWithoutPenalty: '作出不予行政处罚、移送等决定',
  correctedWithoutFiling: '经约谈、责令改正，复查确认已整改（未立案）',
  other: '其他应予结案的情形',
} as const
/** 结案 (form 53). */
export const CaseClosedPayload = z.object({
  reason: enumOf(CLOSING_REASONS),
  approver: text('批准结案的负责人'),
  /** The approving 负责人's id in the officer register (absent on acts entered before it). */
  approverId: entityId.optional(),
  note: optionalText,
  /**
   * 加处罚款实际缴纳金额 recorded at closing (APL Art. 72 para 1 item 1), printed on the 结案审批表;
   * absent on cases closed before it existed, and when no surcharge was paid.
   */
  surchargePaidFen: fen.optional(),
  /** What the 结案审批表 prints (captured once here; absent on older acts). */
  officerOpinion: optionalText,
  unitOpinion: optionalText,
  /** 办案机构负责人 who signs the unit's opinion, from the officer register. */
  unitHead: optionalText,
  unitHeadId: entityId.optional(),
})

/** 回访 (鄂市监法〔2022〕42号 item 十五; docs/domain/visit-and-service.md suggested fields). */
export const FollowUpVisitPayload = z.object({
  method: enumOf({ phone: '电话', online: '网络', onSite: '实地' }),
  visitorIds: z.array(entityId).min(1, '请选择回访人员'),
  contactPerson: text('被回访人'),
  contactPhone: optionalText,
  /** The hour of the visit printed on the 回访记录表 (absent on older acts). */
  time: optionalTime,
  rectification: enumOf({
    rectified: '已整改',
    partlyRectified: '部分整改',
    notRectified: '未整改',
  }),
  conductProper: z.boolean(),
  rightsExplained: z.boolean(),
  integrityIssue: z.boolean(),
  needsGuidance: z.boolean(),
  satisfaction: enumOf({
    satisfied: '满意',
    basicallySatisfied: '基本满意',
    dissatisfied: '不满意',
  }),
  findings: text('回访情况'),
  followUpAction: optionalText,
})

/** 撤销/作废 of an earlier act, with a reason. The voided act stays in the list. */
export const ActVoidedPayload = z.object({
  targetActId: entityId,
  kind: enumOf({ revoked: '撤销', voided: '作废' }),
  reason: text('撤销或作废的理由'),
})
