// Payloads of the investigation, review, notice, hearing and decision acts.
import { z } from 'zod'
import { CorrectionInDecisionSchema, FineRuleSchema } from '../../discretion/item'
import {
  entityId,
  enumOf,
  fen,
  optionalText,
  optionalTime,
  ServiceMethodSchema,
  legalDate,
  text,
} from './common'
import {
  ExemptionListItemSchema,
  LeniencySchema,
  NO_PENALTY_GROUNDS,
  PenaltySchema,
} from './penalty'

/** Suspension grounds (中止调查), SAMR-PR; practice list [U]. */
export const SUSPENSION_REASONS = {
  awaitingOtherCase: '须以其他案件结果为依据',
  awaitingInterpretation: '须等待有权机关作出解释或者确认',
  forceMajeure: '因不可抗力致使调查暂时无法进行',
  partyMissing: '当事人下落不明',
  other: '其他应当中止调查的情形',
} as const
/** 中止调查. */
export const InvestigationSuspendedPayload = z.object({
  reason: enumOf(SUSPENSION_REASONS),
  explanation: text('中止理由'),
  approver: text('批准的负责人'),
  /** The approving 负责人's id in the officer register (absent on acts entered before it). */
  approverId: entityId.optional(),
})
/** 恢复调查. */
export const InvestigationResumedPayload = z.object({ explanation: text('恢复调查的理由') })

/** What a rights holder is asked for (SAMR-PR Art. 30 para 2). */
export const IDENTIFICATION_PURPOSES = {
  identify: '辨认',
  authenticate: '鉴别',
  both: '辨认、鉴别',
} as const

/** Excluded-time procedures of SAMR-PR Art. 64 para 2 (检测、检验、检疫、鉴定, 权利人辨认或者鉴别). */
export const TESTING_KINDS = {
  testing: '检测',
  inspection: '检验',
  quarantine: '检疫',
  appraisal: '鉴定',
  rightsHolderIdentification: '权利人辨认或者鉴别',
} as const
/**
 * 现场检查 (form 9 现场笔录), APL Arts. 42, 55; checking a lead before filing is allowed
 * (SAMR-PR Art. 18 核查), so it may come before or after 立案. The optional fields are what the
 * 现场笔录 prints (docs/domain/capture-once.md).
 */
export const OnSiteInspectionPayload = z.object({
  place: text('检查地点'),
  inspectorIds: z.array(entityId).min(2, '现场检查应有两名以上执法人员（行政处罚法第四十二条）'),
  findings: text('现场检查情况'),
  startTime: optionalTime,
  endTime: optionalTime,
  /** 现场负责人 / the person present for the party: name, capacity, ID number. */
  presentName: optionalText,
  presentCapacity: optionalText,
  presentIdNumber: optionalText,
  presentPhone: optionalText,
  /** What the person present said about the findings (当事人意见). */
  partyOpinion: optionalText,
  recorder: optionalText,
  recorderId: entityId.optional(),
})
/** Sexes printed on a 询问笔录. */
export const SEXES = { male: '男', female: '女' } as const
/** 询问通知书送达 (form 13), APL Art. 55 para 2: the party is asked to come and answer. */
export const InquiryNoticeServedPayload = z.object({
  documentNo: optionalText,
  scheduledOn: legalDate,
  time: optionalTime,
  place: text('询问地点'),
  matters: text('询问事项'),
  /** Materials to bring, one per entry. */
  materials: z.array(text('需携带的材料')).optional(),
  serviceMethod: ServiceMethodSchema,
})
/**
 * 询问 (form 14 询问笔录), APL Arts. 42, 55: two or more officers ask; the Q&A is entered as
 * lines “问：…” / “答：…”. The optional fields are what the 询问笔录 prints.
 */
export const InquiryHeldPayload = z.object({
  place: text('询问地点'),
  inquirerIds: z.array(entityId).min(2, '询问应有两名以上执法人员（行政处罚法第四十二条）'),
  intervieweeName: text('被询问人姓名'),
  qa: z.array(text('询问内容')).min(1, '请填写询问内容'),
  startTime: optionalTime,
  endTime: optionalTime,
  recorder: optionalText,
  recorderId: entityId.optional(),
  intervieweeSex: enumOf(SEXES).optional(),
  intervieweeIdNumber: optionalText,
  intervieweePhone: optionalText,
  intervieweeAddress: optionalText,
  /** 与当事人关系 / 工作单位及职务, e.g. 法定代表人, 店员. */
  intervieweeRelation: optionalText,
})

/** 检测/检验/检疫/鉴定委托 (forms 30, 31). */
export const TestingStartedPayload = z.object({
  kind: enumOf(TESTING_KINDS),
  institution: text('受托机构'),
  items: text('委托事项'),
  partyNotified: z.boolean(),
  /** What the 委托书 (form 30) or 协助辨认/鉴别通知书 (form 16) prints (absent on older acts). */
  documentNo: optionalText,
  /** 检测依据/委托要求 (e.g. the standard to test against). */
  requirements: optionalText,
  /** The day the result is asked for. */
  dueOn: legalDate.optional(),
  /** 权利人辨认或者鉴别: what the rights holder is asked for (form 16's title). */
  identificationPurpose: enumOf(IDENTIFICATION_PURPOSES).optional(),
})
/** 检测/检验/检疫/鉴定结果告知 (form 32). */
export const TestingConcludedPayload = z.object({
  result: text('结果'),
  partyNotified: z.boolean(),
  /** The party's right to object or ask for a re-test, as the sector law gives it (form 32). */
  objectionRight: optionalText,
})

/** 责令退还多收价款 (time excluded, SAMR-PR Art. 64 para 2). */
export const RefundOrderedPayload = z.object({
  amountFen: fen,
  requirement: text('退款要求'),
  /** What the 责令退款通知书 (form 34) prints (absent on older acts). */
  documentNo: optionalText,
  refundBy: legalDate.optional(),
  legalBasis: optionalText,
})
/** 退还多收价款完毕. */
export const RefundCompletedPayload = z.object({ note: optionalText })

/** APL Art. 58 legal-review triggers that are a matter of judgement (item 二 is derived from a held hearing). */
export const LEGAL_REVIEW_TRIGGERS = {
  publicInterest: '涉及重大公共利益（行政处罚法第五十八条第一款第一项）',
  complex: '案件情况疑难复杂、涉及多个法律关系（第三项）',
  otherLaw: '法律、法规规定应当进行法制审核的其他情形（第四项）',
} as const

/** Outcomes an investigation report may propose (SAMR-PR Art. 60 para 1). */
export const PROPOSALS = {
  penalty: '给予行政处罚',
  noPenalty: '不予行政处罚',
  transfer: '移送其他机关或司法机关',
  terminate: '终止调查',
} as const
/** 案件调查终结报告 (form 35). */
export const InvestigationConcludedPayload = z
  .object({
    summary: text('调查终结报告摘要'),
    proposal: enumOf(PROPOSALS),
    proposedPenalty: PenaltySchema.optional(),
    legalReviewTriggers: z.array(enumOf(LEGAL_REVIEW_TRIGGERS)),
    complexOrMajor: z.boolean(),
    /** 案件性质/定性及理由, printed on the report, the 告知书 and the 决定书 (absent on older acts). */
    characterisation: optionalText,
    /** 自由裁量理由 when no per-violation discretion is recorded. */
    discretionReason: optionalText,
  })
  .refine((p) => p.proposal !== 'penalty' || p.proposedPenalty !== undefined, {
    path: ['proposedPenalty'],
    message: '拟给予行政处罚的，请填写拟处罚内容',
  })
/**
 * 证据登记: items added to the case's 证据清单 (APL Art. 46 kinds of evidence). The list is every
 * item of the standing 证据登记 acts; a wrong entry is voided like any act.
 */
export const EvidenceRecordedPayload = z.object({
  items: z.array(text('证据')).min(1, '请至少填写一项证据'),
  /**
   * Optional, for the 证据提取单 (form 11) of these items: who provided them, where they were
   * taken, by which officers (docs/domain/capture-once.md).
   */
  provider: optionalText,
  place: optionalText,
  extractorIds: z.array(entityId).optional(),
})
/** 终止调查 (SAMR-PR Art. 47). */
export const InvestigationTerminatedPayload = z.object({
  reason: text('终止调查理由'),
  approver: text('批准的负责人'),
  /** The approving 负责人's id in the officer register (absent on acts entered before it). */
  approverId: entityId.optional(),
})

/** Review kinds (SAMR-PR Arts. 49–52). */
export const REVIEW_KINDS = { caseReview: '案件审核', legalReview: '法制审核' } as const
/** 提交审核: the review body receives the materials (starts the 10-working-day clock). */
export const ReviewSubmittedPayload = z.object({ reviewKind: enumOf(REVIEW_KINDS) })
/** Review opinions: 同意 / 不同意 / 修改后提交. */
export const REVIEW_OPINIONS = {
  agree: '同意',
  disagree: '不同意',
  reviseAndResubmit: '修改后提交',
} as const
/** 案件审核/法制审核 (form 36). */
export const CaseReviewedPayload = z.object({
  reviewKind: enumOf(REVIEW_KINDS),
  opinion: enumOf(REVIEW_OPINIONS),
  reviewer: text('审核人员'),
  /**
   * The reviewer's id in the officer register (absent on acts entered before it); checkAct refuses
   * one of the case's own officers (signers.ts).
   */
  reviewerId: entityId.optional(),
  comments: optionalText,
  /** The reviewer's opinion on each aspect the 审核表 prints (absent on older acts). */
  jurisdictionOpinion: optionalText,
  factsOpinion: optionalText,
  characterisationOpinion: optionalText,
  legalBasisOpinion: optionalText,
  procedureOpinion: optionalText,
  appropriatenessOpinion: optionalText,
  /** 审核机构负责人意见 and its signer. */
  headOpinion: optionalText,
  head: optionalText,
  headId: entityId.optional(),
})

/** 行政处罚告知书送达 (form 37), APL Arts. 44, 45, 63–64; SAMR-PR Art. 57. */
export const PenaltyNoticeServedPayload = z.object({
  documentNo: optionalText,
  proposedPenalty: PenaltySchema,
  hearingRightsTold: z.boolean(),
  refundAmountFen: fen.optional(),
  serviceMethod: ServiceMethodSchema,
  /** 公告送达: why other ways failed, printed on the 送达公告 (absent on older acts). */
  publicNoticeReason: optionalText,
})
/** 陈述申辩 (form 38). */
export const StatementDefencePayload = z.object({
  form: enumOf({ written: '书面', oral: '口头' }),
  content: text('陈述申辩内容'),
  /** An oral statement is recorded in the 陈述申辩笔录: when, where, who spoke, who recorded. */
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText,
  speakerName: optionalText,
  speakerCapacity: optionalText,
  speakerIdNumber: optionalText,
  recorder: optionalText,
  recorderId: entityId.optional(),
})
/** 复核 of a statement/defence (APL Art. 45; SAMR-PR Art. 58). */
export const DefenceRecheckedPayload = z.object({
  statementActId: entityId,
  outcome: enumOf({ adopted: '采纳', partlyAdopted: '部分采纳', notAdopted: '不予采纳' }),
  reason: text('复核理由'),
})
/** Written waiver of the statement/defence and hearing rights (SAMR-PR Art. 57 para 2). */
export const RightsWaivedPayload = z.object({
  waivesStatement: z.boolean(),
  waivesHearing: z.boolean(),
  signedBy: text('签署放弃声明的人'),
})
/** 听证申请 (APL Art. 64(1)). */
export const HearingRequestedPayload = z.object({
  form: enumOf({ written: '书面', oral: '口头' }),
  agentNames: z.array(text('委托代理人')).max(2, '当事人最多委托一至二人代理听证'),
})
/** 撤回听证申请. */
export const HearingWithdrawnPayload = z.object({ reason: text('撤回理由') })
/** 行政处罚听证通知书送达 (form 39). */
export const HearingNoticeServedPayload = z.object({
  documentNo: optionalText,
  hearingOn: legalDate,
  place: text('听证地点'),
  presider: text('听证主持人'),
  /**
   * The presider's id in the officer register (absent on older acts); not one of the case's
   * officers (APL Art. 64(4), checked in signers.ts).
   */
  presiderId: entityId.optional(),
  isPublic: z.boolean(),
  serviceMethod: ServiceMethodSchema,
  /** What the 听证通知书 prints besides the date (absent on older acts). */
  time: optionalTime,
  recorder: optionalText,
  recorderId: entityId.optional(),
  nonPublicReason: optionalText,
  /** 公告送达: why other ways failed, printed on the 送达公告 (absent on older acts). */
  publicNoticeReason: optionalText,
})
/** 听证举行 (forms 40, 41); party absent without reason = waiver (APL Art. 64(8)). */
export const HearingHeldPayload = z.object({
  presider: text('听证主持人'),
  /**
   * The presider's id in the officer register (absent on older acts); not one of the case's
   * officers (APL Art. 64(4), checked in signers.ts).
   */
  presiderId: entityId.optional(),
  partyAppeared: z.boolean(),
  summary: text('听证情况'),
  reportConclusion: optionalText,
  /** What the 听证笔录 and 听证报告 print (forms 40, 41; absent on older acts). */
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText,
  /** 听证员 (besides the presider), one per entry. */
  hearingOfficers: z.array(text('听证员')).optional(),
  recorder: optionalText,
  recorderId: entityId.optional(),
  /** Who attended for the party (name and capacity), one per entry. */
  partyAttendees: z.array(text('当事人方出席人员')).optional(),
  /** 案件调查人员提出的违法事实、证据、处罚建议及依据. */
  investigatorStatement: optionalText,
  /** 当事人的陈述、申辩和质证意见. */
  partyStatement: optionalText,
  /** 听证报告: the presider's opinion on how to handle the case. */
  reportOpinion: optionalText,
})
/** 集体讨论 (form 42). */
export const CollectiveDiscussionPayload = z.object({
  purpose: enumOf({ decision: '作出处理决定', extension: '延长办案期限', other: '其他事项' }),
  participants: z.array(text('参加人')).min(2, '集体讨论应有两名以上负责人参加'),
  /** The participants' ids in the officer register, in the order of `participants` (absent on older acts). */
  participantIds: z.array(entityId).min(2, '集体讨论应有两名以上负责人参加').optional(),
  conclusion: text('讨论结论'),
  /** What the 集体讨论记录 prints (absent on older acts). */
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText,
  host: optionalText,
  hostId: entityId.optional(),
  hostPosition: optionalText,
  recorder: optionalText,
  recorderId: entityId.optional(),
  /** One “发言人：意见” per entry. */
  opinions: z.array(text('讨论发言')).optional(),
})

/**
 * The internal approval of a decision before it is issued (form 43 行政处理决定审批表): the
 * handling unit's opinion and the head who approves (absent on older acts).
 */
const DECISION_APPROVAL = {
  unitOpinion: optionalText,
  unitHead: optionalText,
  unitHeadId: entityId.optional(),
  approver: optionalText,
  approverId: entityId.optional(),
}

/** 行政处罚决定 (forms 43, 45). */
export const PenaltyDecisionPayload = z.object({
  documentNo: optionalText,
  penalty: PenaltySchema,
  leniency: LeniencySchema.optional(),
  aggravation: optionalText,
  /**
   * 责令改正 joined to the decision (APL Art. 28 para 1). Required when a violation's basis
   * requires correction and no earlier 责令改正通知书 of the case covers it (checkAct).
   */
  correction: CorrectionInDecisionSchema.optional(),
  ...DECISION_APPROVAL,
})
/** 不予行政处罚决定 (form 46); ground required (APL Arts. 33, 57). */
export const NoPenaltyDecisionPayload = z.object({
  documentNo: optionalText,
  ground: enumOf(NO_PENALTY_GROUNDS),
  reason: text('不予处罚的理由'),
  exemptionListItem: ExemptionListItemSchema.optional(),
  /**
   * The party's undertakings printed on the 合规经营承诺书 (鄂市监法〔2022〕42号 item 十三), one per
   * entry (absent on older acts).
   */
  commitments: z.array(text('承诺事项')).optional(),
  ...DECISION_APPROVAL,
})
/** 当场行政处罚决定 (form 44), APL Arts. 51–52; only a warning and/or a small fine. */
export const SummaryPenaltyPayload = z
  .object({
    documentNo: text('预定格式、编有号码的决定书编号'),
    warning: z.boolean(),
    fineFen: fen,
    place: text('违法行为地点'),
    legalBasis: text('处罚依据'),
    officerIds: z.array(entityId).min(2, '当场处罚应有两名以上执法人员（行政处罚法第四十二条）'),
    /** The violation (违法行为库 entry) punished; absent on older records. */
    violationId: z.string().trim().min(1).optional(),
    /** Snapshot of that entry's fine rule: its lawful minimum decides whether 当场 is allowed. */
    fineRule: FineRuleSchema.optional(),
    /** The hour of the decision printed on the 当场处罚决定书 (absent on older acts). */
    time: optionalTime,
  })
  .refine((p) => p.warning || p.fineFen > 0, '当场处罚须为警告或罚款')
/** 移送 (forms 4, 5), SAMR-PR Art. 60 para 1 (四)(五). */
export const CaseTransferredPayload = z.object({
  to: enumOf({ otherAuthority: '其他行政机关', judicial: '司法机关' }),
  recipient: text('接收机关'),
  reason: text('移送理由'),
  /** What the 案件移送函 / 涉嫌犯罪案件移送书 (forms 4, 5) print (absent on older acts). */
  documentNo: optionalText,
  /** 案件基本情况 (the facts found so far). */
  facts: optionalText,
  /** 涉嫌罪名 (form 5). */
  suspectedCrime: optionalText,
  /** The materials sent with the case, one per entry. */
  materials: z.array(text('移送材料')).optional(),
  /** 批准移送的负责人 (the head's approval, 《行政执法机关移送涉嫌犯罪案件的规定》第五条). */
  approver: optionalText,
  approverId: entityId.optional(),
})
/** 当场处罚材料交回归档 (SAMR-PR Art. 70). */
export const SummaryArchivedPayload = z.object({ note: optionalText })
