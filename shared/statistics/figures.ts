// The figures of the 统计 page and their labels (docs/domain/statistics.md says how each is counted
// and its source). A figure key names exactly one set of cases; its count is that set's size.
import {
  BUSINESS_RESTRICTIONS,
  CASE_SOURCES,
  DEADLINE_RULES,
  LICENCE_ACTIONS,
  STAGE_LABELS,
  type DeadlineRuleId,
} from '../domain/case'

/** Groups of figures, in the order the page shows them. */
export const FIGURE_GROUPS = {
  source: '案件来源（本期登记）',
  stage: '案件阶段（截至期末）',
  outcome: '处理结果（本期决定或办结）',
  procedure: '程序（本期决定）',
  penaltyType: '处罚种类（本期处罚决定）',
  amount: '罚没金额',
  soft: '约谈、责令改正与复查',
  followUp: '回访',
  satisfaction: '回访满意度（本期回访）',
  deadline: '期限执行（本期到期）',
  review: '审核',
} as const
/** A figure group id. */
export type FigureGroup = keyof typeof FIGURE_GROUPS

/** Outcome figures (labels as the policy and the annual table name them). */
export const OUTCOME_LABELS = {
  penalty: '处罚',
  noPenalty: '不予处罚',
  firstViolation: '首违不罚',
  lighter: '从轻处罚',
  mitigated: '减轻处罚',
  softClosed: '约谈或责令改正结案（未立案）',
  transferJudicial: '移送司法机关（公安）',
  transferOther: '移送其他行政机关',
} as const

/** Procedure figures. */
export const PROCEDURE_LABELS = {
  summary: '简易程序（当场处罚）',
  ordinary: '一般程序（处罚或不予处罚决定）',
} as const

/** Penalty kinds of APL Art. 9 as counted (one case counts once per kind). */
export const PENALTY_TYPE_LABELS = {
  warning: '警告',
  circulatedCriticism: '通报批评',
  fine: '罚款',
  confiscatedGains: '没收违法所得',
  confiscatedProperty: '没收非法财物',
  ...Object.fromEntries(
    Object.entries(LICENCE_ACTIONS)
      .filter(([k]) => k !== 'none')
      .map(([k, v]) => [`licence_${k}`, v]),
  ),
  ...Object.fromEntries(
    Object.entries(BUSINESS_RESTRICTIONS)
      .filter(([k]) => k !== 'none')
      .map(([k, v]) => [`restriction_${k}`, v]),
  ),
  other: '其他行政处罚',
} as Record<string, string>

/** Money figures: cases whose decision in the period carries an amount, and payments made. */
export const AMOUNT_LABELS = {
  decided: '作出罚没决定的案件',
  paid: '本期缴纳罚没款的案件',
} as const

/** 约谈 / 责令改正 / 复查 / soft measures. */
export const SOFT_LABELS = {
  interviewNotice: '约谈通知送达',
  interviewHeld: '已约谈',
  correctionOrdered: '责令改正通知送达',
  correctionReviewed: '已复查',
  correctionCorrected: '复查已整改',
  correctionUnreviewed: '尚未复查',
  softMeasures: '行政指导、警示劝诫、书面告诫、说服教育',
} as const

/** 回访 figures (FOLLOW_UP deadlines due in the period). */
export const FOLLOW_UP_LABELS = {
  due: '应回访（本期到期）',
  mandatoryDue: '其中必须回访（包容审慎）',
  done: '已回访',
  onTime: '按期回访',
  overdue: '逾期未回访',
} as const

/** Satisfaction of the last visit of the period. */
export const SATISFACTION_LABELS = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
} as const

/** Deadline outcomes per rule. */
export const DEADLINE_OUTCOME_LABELS = {
  met: '按期完成',
  late: '逾期完成',
  overdue: '逾期未完成',
  pending: '未到期或暂停',
} as const
/** A deadline outcome. */
export type DeadlineOutcome = keyof typeof DEADLINE_OUTCOME_LABELS

/** Review figures (法制审核 and 案件审核 acts in the period). */
export const REVIEW_LABELS = {
  legal: '法制审核',
  legalCorrected: '法制审核纠错（不同意或修改后提交）',
  case: '案件审核',
  caseCorrected: '案件审核纠错（不同意或修改后提交）',
} as const

/** The duty rules whose outcomes are counted (party windows are not duties: never "overdue"). */
export const COUNTED_DEADLINE_RULES: readonly DeadlineRuleId[] = DEADLINE_RULES.filter(
  (r) => r.kind === 'duty',
).map((r) => r.id)

/** A figure key: `group:item`, or `deadline:RULE:outcome`. */
export type FigureKey = string

/** What a figure key means. */
export interface FigureInfo {
  key: FigureKey
  group: FigureGroup
  label: string
}

const LABELS: Record<Exclude<FigureGroup, 'deadline'>, Record<string, string>> = {
  source: CASE_SOURCES,
  stage: STAGE_LABELS,
  outcome: OUTCOME_LABELS,
  procedure: PROCEDURE_LABELS,
  penaltyType: PENALTY_TYPE_LABELS,
  amount: AMOUNT_LABELS,
  soft: SOFT_LABELS,
  followUp: FOLLOW_UP_LABELS,
  satisfaction: SATISFACTION_LABELS,
  review: REVIEW_LABELS,
}

/** Every figure key, grouped, in display order (deadline figures per counted duty rule). */
export function allFigures(): FigureInfo[] {
  const out: FigureInfo[] = []
  for (const group of Object.keys(FIGURE_GROUPS) as FigureGroup[]) {
    if (group === 'deadline') {
      for (const id of COUNTED_DEADLINE_RULES) {
        const rule = DEADLINE_RULES.find((r) => r.id === id)
        for (const [o, l] of Object.entries(DEADLINE_OUTCOME_LABELS)) {
          out.push({ key: `deadline:${id}:${o}`, group, label: `${rule?.name ?? id}：${l}` })
        }
      }
      continue
    }
    for (const [item, label] of Object.entries(LABELS[group])) {
      out.push({ key: `${group}:${item}`, group, label })
    }
  }
  return out
}
