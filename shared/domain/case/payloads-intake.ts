// Payloads of the acts before and around filing: clue, filing, interview, correction, soft measures.
import { z } from 'zod'
import {
  entityId,
  enumOf,
  legalDate,
  optionalText,
  optionalTime,
  ServiceMethodSchema,
  text,
} from './common'

/** Case sources (案件来源), as the office lists them on the 案件来源登记表 . */
export const CASE_SOURCES = {
  inspection: '监督检查/双随机抽查',
  complaint: '投诉举报',
  approval: '审批发现',
  monitoring: '监测发现',
  referral: '移送',
  assigned: '上级交办',
  other: '其他',
  /** 日常监督检查 (routine inspection outside the 双随机 plan). */
  routine: '日常检查',
} as const
/** One key of {@link CASE_SOURCES}. */
export type CaseSourceKind = keyof typeof CASE_SOURCES

/** 线索登记 (form 1). occurredOn = the day the clue was found or the materials received. */
export const ClueRegisteredPayload = z.object({
  source: enumOf(CASE_SOURCES),
  summary: text('线索内容'),
  realNameReporter: z.boolean().default(false),
  /** What the 案件来源登记表 (form 1) prints (absent on older acts). */
  reporterName: optionalText,
  reporterPhone: optionalText,
  registrar: optionalText,
  registrarId: entityId.optional(),
  /** 处理意见: 建议核查/立案/不予立案/移送…, and the head who decides (SAMR-PR Art. 18). */
  handlingOpinion: optionalText,
  head: optionalText,
  headId: entityId.optional(),
})

/** 立案 (form 7), SAMR-PR Art. 19. */
export const CaseFiledPayload = z.object({
  approver: text('批准立案的负责人'),
  /** The approving 负责人's id in the officer register (absent on acts entered before it). */
  approverId: entityId.optional(),
  reason: text('立案理由'),
  /** 承办机构意见 and its signer, printed on the 立案审批表 (absent on older acts). */
  unitOpinion: optionalText,
  unitHead: optionalText,
  unitHeadId: entityId.optional(),
})

/** 不予立案 grounds, SAMR-PR Art. 20. */
export const FILING_DECLINE_GROUNDS = {
  minorCorrected: '违法行为轻微并及时改正，没有造成危害后果',
  firstViolation: '初次违法且危害后果轻微并及时改正',
  noFault: '当事人有证据足以证明没有主观过错',
  other: '依法可以不予立案的其他情形',
} as const

/** 不予立案 (form 7), SAMR-PR Art. 20. */
export const FilingDeclinedPayload = z.object({
  ground: enumOf(FILING_DECLINE_GROUNDS),
  reason: text('不予立案理由'),
  approver: text('批准的负责人'),
  /** The approving 负责人's id in the officer register (absent on acts entered before it). */
  approverId: entityId.optional(),
  /** 承办机构意见 and its signer, printed on the 不予立案审批表 (absent on older acts). */
  unitOpinion: optionalText,
  unitHead: optionalText,
  unitHeadId: entityId.optional(),
})

/** Deadlines an approval may extend. */
export const EXTENDABLE_RULES = {
  FILING_DECISION: '核查立案期限',
  REVIEW_DONE: '审核期限',
  CASE_LIMIT: '办案期限',
} as const

/**
 * 延长期限: 负责人批准 (head) or 集体讨论 (collective). Limits: filing +15 WD by the head (SAMR-PR
 * Art. 18); case limit +30 days by the head, more only by collective discussion (SAMR-PR Art. 64).
 */
export const PeriodExtendedPayload = z
  .object({
    rule: enumOf(EXTENDABLE_RULES),
    approval: enumOf({ head: '负责人批准', collective: '负责人集体讨论' }),
    days: z.number().int().positive('延长天数应为正整数'),
    reason: text('延长理由'),
  })
  .superRefine((p, ctx) => {
    if (p.approval !== 'head') return
    const max = p.rule === 'FILING_DECISION' ? 15 : p.rule === 'CASE_LIMIT' ? 30 : undefined
    if (max !== undefined && p.days > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: `负责人批准最多延长${max}日，更长须经负责人集体讨论（市场监督管理行政处罚程序规定第十八条、第六十四条）`,
      })
    }
  })

/** 约谈通知送达 (行政约谈; sector laws, docs/domain/interview.md). */
export const InterviewNoticeServedPayload = z.object({
  scheduledOn: legalDate,
  place: text('约谈地点'),
  attendeeName: text('被约谈人姓名'),
  attendeeRole: text('被约谈人职务（法定代表人/主要负责人）'),
  reason: text('约谈事由'),
  legalBasis: text('约谈依据'),
  /** The hour of the interview printed on the notice (absent on older acts). */
  time: optionalTime,
  serviceMethod: ServiceMethodSchema,
})

/** 约谈 held, with its record and the party's undertakings (docs/domain/interview.md). */
export const InterviewHeldPayload = z.object({
  place: text('约谈地点'),
  interviewerIds: z.array(entityId).min(2, '约谈应有两名以上执法人员参加'),
  attendees: z.array(text('被约谈人')).min(1, '请填写被约谈人'),
  problems: text('指出的问题'),
  explanation: optionalText,
  requirements: text('整改要求'),
  undertakings: z.array(z.object({ content: text('承诺内容'), dueOn: legalDate.optional() })),
  recordSigned: z.boolean(),
  /** What the 约谈记录 prints (captured once here; absent on older acts). */
  startTime: optionalTime,
  endTime: optionalTime,
  recorder: optionalText,
  /** The recorder's id in the officer register. */
  recorderId: entityId.optional(),
  followUp: optionalText,
})

/** 责令改正通知书送达 (form 33), APL Art. 28. */
export const CorrectionOrderServedPayload = z
  .object({
    documentNo: optionalText,
    violation: text('违法事实'),
    legalBasis: text('责令改正依据'),
    requirement: text('改正要求'),
    mode: enumOf({ immediate: '立即改正', byDate: '限期改正' }),
    correctBy: legalDate.optional(),
    serviceMethod: ServiceMethodSchema,
  })
  .refine((p) => p.mode !== 'byDate' || p.correctBy !== undefined, {
    path: ['correctBy'],
    message: '限期改正须填写改正期限',
  })

/** 复查 result of an order to correct. */
export const CORRECTION_RESULTS = {
  corrected: '已整改',
  partlyCorrected: '部分整改',
  notCorrected: '未整改',
} as const
/** 复查. */
export const CorrectionReviewedPayload = z.object({
  result: enumOf(CORRECTION_RESULTS),
  findings: text('复查情况'),
  /** What the 整改复查记录 prints (captured once here; absent on older acts). */
  place: optionalText,
  /** 处理意见 after the check. */
  nextStep: optionalText,
})

/** How a soft measure or education was delivered. */
export const CONTACT_METHODS = {
  onSite: '实地',
  phone: '电话',
  online: '网络',
  written: '书面',
  meeting: '座谈会',
} as const

/**
 * Soft measures of the Hubei policy (鄂市监法〔2022〕42号 item 十三): 行政指导, 警示劝诫, 书面告诫;
 * and 说服教育 (APL Art. 33 para 3). All use this payload.
 */
export const SoftMeasurePayload = z.object({
  method: enumOf(CONTACT_METHODS),
  content: text('内容'),
  documentNo: optionalText,
})
