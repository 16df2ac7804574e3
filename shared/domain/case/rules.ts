// Deadline rules of docs/domain/deadlines.md/§11 as data: what starts each clock, how long it runs, what pauses
// or extends it, what meets it, and the legal basis. deadlines.ts evaluates them.
import { type ActType } from './acts'

/** Why a clock is stopped (SAMR-PR Art. 64 para 2 list; docs/domain/deadlines.md). */
export type PauseKind = 'suspension' | 'hearing' | 'testing' | 'refund'

/** Which acts open and close each pause interval. */
export const PAUSE_ACTS: Record<PauseKind, { start: ActType; end: ActType[] }> = {
  suspension: { start: 'investigationSuspended', end: ['investigationResumed'] },
  hearing: { start: 'hearingRequested', end: ['hearingHeld', 'hearingWithdrawn'] },
  testing: { start: 'testingStarted', end: ['testingConcluded'] },
  refund: { start: 'refundOrdered', end: ['refundCompleted'] },
}

/** Rule ids. */
export type DeadlineRuleId =
  | 'FILING_DECISION'
  | 'CORRECTION_DUE'
  | 'REVIEW_DONE'
  | 'NOTICE_REPLY'
  | 'CASE_LIMIT'
  | 'DECISION_SERVICE'
  | 'SUMMARY_ARCHIVE'
  | 'FINE_DUE'
  | 'PUBLISH'
  | 'REVIEW_WINDOW'
  | 'SUIT_WINDOW'
  | 'REMINDER_WAIT'
  | 'COURT_ENFORCE'
  | 'CLOSE_CASE'
  | 'FOLLOW_UP'
  | 'PRESERVE_DECISION'
  | 'SEIZURE_END'
  | 'MATERIALS_DUE'
  | 'ASSISTANCE_REPLY'

/**
 * One deadline rule. `kind`: 'duty' — someone must act by the due date (unmet after it = overdue);
 * 'window' — a period the party may use (after it the window has simply elapsed).
 * `length` null = the due date comes from the act (the correction period in the order). For a
 * `configurable` rule `length` is the documented default, which the office may override in
 * RuleSettings.periodOverrides; every other length is the confirmed legal one and is never
 * overridden. Which rules are configurable, and why, is docs/domain/deadlines.md.
 */
export interface DeadlineRule {
  id: DeadlineRuleId
  name: string
  kind: 'duty' | 'window'
  trigger: string
  triggerActs: ActType[]
  length: number | null
  unit: 'working' | 'natural' | 'months' | 'fixed'
  pausedBy: PauseKind[]
  /** Extensions are `periodExtended` acts naming this rule (approval 负责人批准 or 集体讨论). */
  extendable: boolean
  metBy: ActType[]
  basis: string
  /**
   * The length is not fixed by a confirmed legal text (local practice or [U]), so the office may
   * set its own value (RuleSettings.periodOverrides). See docs/domain/deadlines.md.
   */
  configurable: boolean
}

/**
 * What answers a request for evidence (限期提供材料, 协助调查): the evidence recorded, or the
 * investigation ended another way (docs/domain/deadlines.md).
 */
const ANSWERED_OR_CLOSED: ActType[] = [
  'evidenceRecorded',
  'investigationConcluded',
  'investigationTerminated',
  'filingDeclined',
  'caseTransferred',
]

/** Every deadline rule, in the order a case meets them. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'FILING_DECISION',
    name: '核查立案期限',
    kind: 'duty',
    trigger: '发现线索或收到材料',
    triggerActs: ['clueRegistered'],
    length: 15,
    unit: 'working',
    pausedBy: ['testing'],
    extendable: true,
    metBy: ['caseFiled', 'filingDeclined', 'summaryPenalty'],
    basis: '《市场监督管理行政处罚程序规定》第十八条',
    configurable: false,
  },
  {
    // One clock per 先行登记保存: decided within 7 working days (APL Arts. 56, 85), else the
    // preservation lapses (SAMR-PR Art. 35 para 2). Met by its 解除 (whatever the outcome), or
    // by a 查封/扣押 or a decision that takes the matter over.
    id: 'PRESERVE_DECISION',
    name: '先行登记保存处理期限',
    kind: 'duty',
    trigger: '先行登记保存',
    triggerActs: ['evidencePreserved'],
    length: 7,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ['evidencePreservationLifted', 'coerciveMeasureTaken', 'penaltyDecision'],
    basis: '《行政处罚法》第五十六条、第八十五条；《市场监督管理行政处罚程序规定》第三十五条',
    configurable: false,
  },
  {
    // One clock per 查封/扣押: the days set in the decision (at most 30), plus its one extension
    // (at most 30, head's approval); testing time is not counted (AEL Art. 25 para 3). Met by
    // its 解除 or by a decision on the matter (AEL Art. 27).
    id: 'SEIZURE_END',
    name: '查封、扣押期限',
    kind: 'duty',
    trigger: '实施查封、扣押',
    triggerActs: ['coerciveMeasureTaken'],
    length: 30,
    unit: 'natural',
    pausedBy: ['testing'],
    extendable: false,
    metBy: ['coerciveMeasureLifted', 'penaltyDecision', 'noPenaltyDecision'],
    basis: '《行政强制法》第二十五条、第二十七条；《市场监督管理行政处罚程序规定》第三十八条',
    configurable: false,
  },
  {
    // One clock per 限期提供材料: the day set in the notice (SAMR-PR Art. 30 para 1). Met when
    // what was provided is registered (证据登记), or closed when the investigation ends without it
    // (调查终结, 终止调查, 不予立案 after 核查, 移送).
    id: 'MATERIALS_DUE',
    name: '限期提供材料期限',
    kind: 'duty',
    trigger: '限期提供材料通知书送达（期限见通知书）',
    triggerActs: ['materialsRequested'],
    length: null,
    unit: 'fixed',
    pausedBy: [],
    extendable: false,
    metBy: ANSWERED_OR_CLOSED,
    basis: '《市场监督管理行政处罚程序规定》第三十条第一款',
    configurable: false,
  },
  {
    // One clock per 协助调查函: the office asked completes the work within 15 working days of
    // receiving the letter, or says before the end that it needs longer (SAMR-PR Art. 45 para 2).
    // Counted from the letter's day (its receipt is not recorded), so the date shown is the
    // earliest the answer may be due. Met as MATERIALS_DUE.
    id: 'ASSISTANCE_REPLY',
    name: '协助调查完成期限',
    kind: 'duty',
    trigger: '发出协助调查函（受函部门接到之日起算）',
    triggerActs: ['assistanceRequested'],
    length: 15,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ANSWERED_OR_CLOSED,
    basis: '《市场监督管理行政处罚程序规定》第四十五条第二款',
    configurable: false,
  },
  {
    id: 'CORRECTION_DUE',
    name: '责令改正期限',
    kind: 'duty',
    trigger: '责令限期改正通知书送达（期限见通知书）',
    triggerActs: ['correctionOrderServed'],
    length: null,
    unit: 'fixed',
    pausedBy: [],
    extendable: false,
    metBy: ['correctionReviewed'],
    basis: '《行政处罚法》第二十八条',
    configurable: false,
  },
  {
    id: 'REVIEW_DONE',
    name: '案件审核期限',
    kind: 'duty',
    trigger: '审核机构收到案件材料',
    triggerActs: ['reviewSubmitted'],
    length: 10,
    unit: 'working',
    pausedBy: [],
    extendable: true,
    metBy: ['caseReviewed'],
    basis: '《市场监督管理行政处罚程序规定》第五十五条',
    configurable: false,
  },
  {
    id: 'NOTICE_REPLY',
    name: '陈述申辩及听证申请期',
    kind: 'window',
    trigger: '行政处罚告知书送达',
    triggerActs: ['penaltyNoticeServed'],
    length: 5,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ['rightsWaived'],
    basis:
      '《行政处罚法》第四十四条、第六十四条、第八十五条；《市场监督管理行政处罚程序规定》第五十七条',
    configurable: false,
  },
  {
    id: 'CASE_LIMIT',
    name: '办案期限',
    kind: 'duty',
    trigger: '立案',
    triggerActs: ['caseFiled'],
    length: 90,
    unit: 'natural',
    pausedBy: ['suspension', 'hearing', 'testing', 'refund'],
    extendable: true,
    metBy: ['penaltyDecision', 'noPenaltyDecision', 'caseTransferred', 'investigationTerminated'],
    basis: '《行政处罚法》第六十条；《市场监督管理行政处罚程序规定》第六十四条',
    configurable: false,
  },
  {
    id: 'DECISION_SERVICE',
    name: '决定书送达期限（当事人不在场）',
    kind: 'duty',
    trigger: '作出处理决定',
    triggerActs: ['penaltyDecision', 'noPenaltyDecision'],
    length: 7,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ['decisionServed'],
    basis: '《行政处罚法》第六十一条、第八十五条；《市场监督管理行政处罚程序规定》第八十一条',
    configurable: false,
  },
  {
    id: 'SUMMARY_ARCHIVE',
    name: '当场处罚材料交回归档期限',
    kind: 'duty',
    trigger: '当场作出行政处罚决定',
    triggerActs: ['summaryPenalty'],
    length: 7,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ['summaryArchived'],
    basis: '《市场监督管理行政处罚程序规定》第七十条',
    configurable: false,
  },
  {
    id: 'FINE_DUE',
    name: '罚款缴纳期限',
    kind: 'duty',
    trigger: '当事人收到处罚决定书（或批准的延期/分期期限）',
    triggerActs: ['decisionServed', 'summaryPenalty'],
    length: 15,
    unit: 'natural',
    pausedBy: [],
    extendable: false,
    metBy: ['paymentMade'],
    basis: '《行政处罚法》第六十六条、第六十七条',
    configurable: false,
  },
  {
    id: 'PUBLISH',
    name: '行政处罚信息公示期限',
    kind: 'duty',
    trigger: '作出行政处罚决定（仅警告的除外）',
    triggerActs: ['penaltyDecision'],
    length: 20,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ['publicised'],
    basis: '《市场监督管理行政处罚信息公示规定》第二条、第九条',
    configurable: false,
  },
  {
    id: 'REVIEW_WINDOW',
    name: '申请行政复议期限',
    kind: 'window',
    trigger: '当事人收到决定书',
    triggerActs: ['decisionServed', 'summaryPenalty'],
    length: 60,
    unit: 'natural',
    pausedBy: [],
    extendable: false,
    metBy: ['remedyFiled'],
    basis: '《行政复议法》第二十条',
    configurable: false,
  },
  {
    id: 'SUIT_WINDOW',
    name: '提起行政诉讼期限',
    kind: 'window',
    trigger: '当事人收到决定书（当场处罚须先复议）',
    triggerActs: ['decisionServed'],
    length: 6,
    unit: 'months',
    pausedBy: [],
    extendable: false,
    metBy: ['remedyFiled'],
    basis: '《行政诉讼法》第四十六条；《行政复议法》第二十三条',
    configurable: false,
  },
  {
    id: 'REMINDER_WAIT',
    name: '催告后履行期',
    kind: 'window',
    trigger: '催告书送达',
    triggerActs: ['reminderServed'],
    length: 10,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ['paymentMade'],
    basis: '《行政强制法》第五十四条、第六十九条',
    configurable: false,
  },
  {
    id: 'COURT_ENFORCE',
    name: '申请法院强制执行期限',
    kind: 'duty',
    trigger: '起诉期限届满（或延期/分期期限届满）',
    triggerActs: ['decisionServed'],
    length: 3,
    unit: 'months',
    pausedBy: [],
    extendable: false,
    metBy: ['enforcementApplied', 'paymentMade'],
    basis:
      '《行政强制法》第五十三条；《行政诉讼法解释》第一百五十六条；《行政处罚法》第七十二条第二款',
    configurable: false,
  },
  {
    id: 'CLOSE_CASE',
    name: '结案期限',
    kind: 'duty',
    trigger: '出现结案情形',
    triggerActs: [
      'paymentMade',
      'decisionServed',
      'noPenaltyDecision',
      'caseTransferred',
      'investigationTerminated',
    ],
    length: 15,
    unit: 'working',
    pausedBy: [],
    extendable: false,
    metBy: ['caseClosed'],
    basis: '《市场监督管理行政处罚程序规定》第七十七条',
    configurable: false,
  },
  {
    id: 'FOLLOW_UP',
    name: '执法回访',
    kind: 'duty',
    trigger: '作出处理决定，或经柔性措施整改后办结（从轻、减轻、不予处罚及柔性执法的必须回访）',
    triggerActs: ['penaltyDecision', 'noPenaltyDecision', 'summaryPenalty', 'caseClosed'],
    length: 30,
    unit: 'natural',
    pausedBy: [],
    extendable: false,
    metBy: ['followUpVisit'],
    basis: '鄂市监法〔2022〕42号 第十五项（回访天数为本局设置）',
    // Local practice, no legal day count (docs/domain/deadlines.md): 30 days is the default.
    configurable: true,
  },
]

/** The rule with id `id`. */
export function deadlineRule(id: DeadlineRuleId): DeadlineRule {
  const r = DEADLINE_RULES.find((x) => x.id === id)
  if (!r) throw new RangeError(`未知的期限规则：${id}`)
  return r
}

/** Minimum working days between hearing-notice service and the hearing (APL Arts. 64(2), 85). */
export const HEARING_NOTICE_LEAD_WORKING_DAYS = 7
/** Days after publication at which 公告送达 is deemed served (CPL Art. 95). */
export const PUBLIC_NOTICE_SERVICE_DAYS = 30
