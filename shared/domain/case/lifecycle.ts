// deriveCaseState and checkAct: the stage of a case, the acts allowed next (with the reasons the
// others are blocked), and the full check of one act before it is stored.
import { activeCalendar, addWorkingDaysOn, type Calendar } from '../../calendar'
import { formatChineseDate, type IsoDate } from '../../util/date'
import { invalid, VALID, type ValidationResult } from '../../validation/result'
import { chineseIssueMessage, labelOfPath } from '../../validation/zod-chinese'
import { ACT_FIELDS, nestedFields } from './act-fields'
import { ACT_TYPES, ActSchema, actLabel, type Act, type ActOf, type ActType } from './acts'
import { type CaseFacts } from './case'
import { viewCase, type CaseView } from './case-view'
import { closingCondition } from './deadlines'
import { EDUCATION_ACTS, gateReasons, softPathClosingReasons, type GateContext } from './gates'
import { fullyWaived, noticeReplyEnd, openHearingRequest } from './procedure-facts'
import { type Penalty } from './penalty'
import {
  bandsOf,
  correctionReasons,
  itemsExceedingNotice,
  penaltyItemsReasons,
  summaryPenaltyRefusal,
} from './penalty-checks'
import { isMeasureAct, measureReasons } from './measure-checks'
import { HEARING_NOTICE_LEAD_WORKING_DAYS } from './rules'
import { signerReasons, type RegisterOfficer } from './signers'
import { assignmentReasons } from './assignment'
import { defaultRuleSettings, type RuleSettings } from './settings'
import { phonePattern } from '../settings/schemas'

/** Stages of a case, in order. */
export const STAGE_LABELS = {
  clue: '线索核查',
  notFiled: '不予立案',
  investigation: '调查取证',
  review: '案件审核',
  notice: '告知',
  hearing: '听证',
  deciding: '待决定',
  execution: '送达执行',
  closing: '待结案',
  closed: '已结案',
} as const
/** A stage id. */
export type Stage = keyof typeof STAGE_LABELS

/** An act type that may not be recorded now, with the reasons in Chinese. */
export interface BlockedAct {
  type: ActType
  label: string
  reasons: string[]
}

/** What the UI shows about a case's procedure. */
export interface CaseState {
  stage: Stage
  stageLabel: string
  allowedActs: ActType[]
  blockedActs: BlockedAct[]
}

type CaseInput = Pick<CaseFacts, 'party' | 'officers' | 'acts'>

function context(c: CaseInput, on: IsoDate, settings: RuleSettings, cal: Calendar): GateContext {
  return { c, v: viewCase(c), on, settings, cal }
}

/** The stage of a case as seen in `g`. */
function stageOf(g: GateContext): Stage {
  return stageOfView(g.v, g.on, () => noticeReplyEnd(g) as IsoDate)
}

/**
 * The stage of the case `v` on `on`. `replyEnd` gives the end of the reply window of the latest
 * 告知书 (NOTICE_REPLY); callers that keep their own working-day arithmetic (the statistics) pass
 * theirs, so both derive the stage from this one definition.
 */
export function stageOfView(
  v: CaseView,
  on: IsoDate,
  replyEnd: (notice: ActOf<'penaltyNoticeServed'>) => IsoDate,
): Stage {
  if (v.closed) return 'closed'
  if (v.has('filingDeclined')) return 'notFiled'
  if (v.decision?.type === 'summaryPenalty') {
    return v.has('summaryArchived') && v.finePaidFen >= v.fineFen ? 'closed' : 'execution'
  }
  if (v.decision || v.ending) return closingCondition(v) ? 'closing' : 'execution'
  if (!v.has('caseFiled')) return softPathClosingReasons(v).length === 0 ? 'closing' : 'clue'
  if (openHearingRequest(v)) return 'hearing'
  const notice = v.last('penaltyNoticeServed')
  if (notice) return on <= replyEnd(notice) && !fullyWaived(v) ? 'notice' : 'deciding'
  const concl = v.last('investigationConcluded')
  if (!concl) return 'investigation'
  let last: Act | undefined
  for (let i = v.acts.indexOf(concl) + 1; i < v.acts.length; i++) {
    const a = v.acts[i] as Act
    if (a.type === 'caseReviewed') last = a
  }
  if (last?.type === 'caseReviewed' && last.payload.opinion === 'agree') {
    return concl.payload.proposal === 'penalty' ? 'notice' : 'deciding'
  }
  return 'review'
}

/**
 * Stage, allowed next acts and, for every other act type, why it is blocked — as of `today`.
 * Settings default to {@link defaultRuleSettings}, the calendar to the active calendar.
 */
export function deriveCaseState(
  c: CaseInput,
  today: IsoDate,
  settings: RuleSettings = defaultRuleSettings,
  calendar: Calendar = activeCalendar(),
): CaseState {
  const g = context(c, today, settings, calendar)
  const allowedActs: ActType[] = []
  const blockedActs: BlockedAct[] = []
  for (const type of ACT_TYPES) {
    const reasons = gateReasons(type, g)
    if (reasons.length === 0) allowedActs.push(type)
    else blockedActs.push({ type, label: actLabel(type), reasons })
  }
  const stage = stageOf(g)
  return { stage, stageLabel: STAGE_LABELS[stage], allowedActs, blockedActs }
}

/**
 * Full check of one act before it is stored: schema, the lifecycle gate as of the act's own date
 * (over the acts that happened on or before it), and the rules that depend on the payload.
 * `register` (the officer register: ids, names, roles, active flag) lets the signers an act names
 * be checked against their roles (signers.ts); the own-case review rule needs only the case.
 */
export function checkAct(
  c: CaseInput,
  act: Act,
  settings: RuleSettings = defaultRuleSettings,
  calendar: Calendar = activeCalendar(),
  register?: readonly RegisterOfficer[],
): ValidationResult {
  const parsed = ActSchema.safeParse(act)
  if (!parsed.success) {
    // Each issue in Chinese with the field's label, never zod's English text (docs/conventions.md).
    const labels = actFieldLabels(act.type)
    return invalid(
      parsed.error.issues
        .map((i) => chineseIssueMessage(i, labelOfPath(i.path, labels, actLabel(act.type))))
        .join('；'),
    )
  }
  if (c.acts.some((a) => a.id === act.id)) return invalid('该记录编号已存在')
  const latest = viewCase(c).acts.at(-1)
  if (latest && act.occurredOn < latest.occurredOn) {
    return invalid(
      `${actLabel(act.type)}：日期早于已录入的“${actLabel(latest.type)}”（${formatChineseDate(latest.occurredOn)}）；补录更早的事项会改变已有程序的前提，请先撤销其后的记录`,
    )
  }
  // The case as of the act's date: acts that happened by then, and every void whenever it was
  // recorded — a void takes its target out of the record retroactively, so a corrected act can be
  // re-entered with its true (earlier) date (docs/domain/corrections.md).
  const asOf = {
    ...c,
    acts: c.acts.filter((a) => a.type === 'actVoided' || a.occurredOn <= act.occurredOn),
  }
  const g = context(asOf, act.occurredOn, settings, calendar)
  const reasons = [
    ...gateReasons(act.type, g),
    ...payloadReasons(act, g, c),
    ...signerReasons(c, parsed.data, register),
    // Who may write the case on this PC (docs/sync.md "Assignment").
    ...(register ? assignmentReasons(c.acts, parsed.data, register) : []),
  ]
  return reasons.length ? invalid(`${actLabel(act.type)}：${reasons.join('；')}`) : VALID
}

function exceeds(decided: Penalty, proposed: Penalty): boolean {
  const order = (x: string, list: string[]) => list.indexOf(x)
  const lic = ['none', 'suspendLicence', 'downgrade', 'revokeLicence', 'revokeBusinessLicence']
  const biz = ['none', 'restrictOperations', 'suspendBusiness', 'restrictPractice', 'close']
  return (
    decided.fineFen > proposed.fineFen ||
    decided.confiscatedGainsFen > proposed.confiscatedGainsFen ||
    decided.confiscatedPropertyValueFen > proposed.confiscatedPropertyValueFen ||
    (decided.warning && !proposed.warning) ||
    (decided.circulatedCriticism && !proposed.circulatedCriticism) ||
    order(decided.licenceAction, lic) > order(proposed.licenceAction, lic) ||
    order(decided.businessRestriction, biz) > order(proposed.businessRestriction, biz)
  )
}

/**
 * Checks every act's own fields against each other before its type's checks: a record's end time
 * after its start time, and a phone number that is a phone number (docs/domain/capture-once.md).
 */
function payloadReasons(act: Act, g: GateContext, full: CaseInput): string[] {
  const p = act.payload as { startTime?: string; endTime?: string } & Record<string, unknown>
  const r: string[] = []
  if (p.startTime && p.endTime && p.endTime <= p.startTime)
    r.push(`结束时间（${p.endTime}）应晚于开始时间（${p.startTime}）`)
  // The phone of the 回访 contact, and of the person present at a 现场检查 or asked at a 询问.
  for (const key of ['contactPhone', 'presentPhone', 'intervieweePhone']) {
    const typed = p[key]
    const phone = typeof typed === 'string' ? typed.replace(/\s/g, '') : ''
    if (phone && !phonePattern.test(phone))
      r.push(
        `联系电话“${String(typed)}”格式不正确，请填写手机号或固定电话，如 13812345678、027-84851234`,
      )
  }
  return [...r, ...typeReasons(act, g, full)]
}

function typeReasons(act: Act, g: GateContext, full: CaseInput): string[] {
  const { v } = g
  if (isMeasureAct(act)) return measureReasons(act, g)
  switch (act.type) {
    case 'investigationConcluded':
      return penaltyItemsReasons(act.payload.proposedPenalty, bandsOf(g.settings))
    case 'penaltyNoticeServed':
      return penaltyItemsReasons(act.payload.proposedPenalty, bandsOf(g.settings))
    case 'penaltyDecision': {
      const r: string[] = penaltyItemsReasons(act.payload.penalty, bandsOf(g.settings))
      const notice = v.last('penaltyNoticeServed')
      const proposed = notice?.payload.proposedPenalty
      const heavier = proposed ? itemsExceedingNotice(act.payload.penalty, proposed) : []
      if (proposed && (exceeds(act.payload.penalty, proposed) || heavier.length > 0)) {
        const defended = v.has('statementDefence') || v.has('hearingRequested')
        const which = heavier.length ? `（${heavier.map((n) => `“${n}”`).join('、')}）` : ''
        r.push(
          defended
            ? `不得因当事人陈述、申辩或申请听证而加重处罚${which}（行政处罚法第四十五条）；如有新的事实须重新告知`
            : `决定的处罚超出告知书拟处罚内容${which}，须重新送达告知书（行政处罚法第四十四条）`,
        )
      }
      const lenientItems = (act.payload.penalty.items ?? []).some(
        (i) => i.discretion === 'lighter' || i.discretion === 'mitigated',
      )
      if ((act.payload.leniency || lenientItems) && !educated(v, act.occurredOn)) {
        r.push(
          '从轻、减轻处罚的，请先记录对当事人的说服教育或行政指导（鄂市监法〔2022〕42号 第十二、十三项）',
        )
      }
      r.push(...correctionReasons(v, act))
      return r
    }
    case 'summaryPenalty': {
      const why = summaryPenaltyRefusal(g.c.party, act.payload, g.settings)
      return why ? [why] : []
    }
    case 'hearingHeld': {
      const notice = v.last('hearingNoticeServed')
      return notice && act.occurredOn < notice.payload.hearingOn
        ? [
            `听证举行日期不能早于听证通知书确定的听证日期（${formatChineseDate(notice.payload.hearingOn)}）`,
          ]
        : []
    }
    case 'hearingNoticeServed': {
      const earliest = addWorkingDaysOn(g.cal, act.occurredOn, HEARING_NOTICE_LEAD_WORKING_DAYS)
      return act.payload.hearingOn > earliest
        ? []
        : [
            `听证日期须在通知送达满7个工作日之后，即${formatChineseDate(earliest)}之后（行政处罚法第六十四条）`,
          ]
    }
    case 'interviewNoticeServed':
      // The notice must reach the party before the interview it announces.
      return act.payload.scheduledOn > act.occurredOn
        ? []
        : [
            `约谈日期（${formatChineseDate(act.payload.scheduledOn)}）应晚于通知送达日期（${formatChineseDate(act.occurredOn)}）`,
          ]
    case 'interviewHeld': {
      const notice = v.last('interviewNoticeServed')
      const r: string[] = []
      if (notice && act.occurredOn < notice.occurredOn) {
        r.push(`约谈日期不能早于约谈通知送达日期（${formatChineseDate(notice.occurredOn)}）`)
      }
      for (const u of act.payload.undertakings) {
        if (u.dueOn !== undefined && u.dueOn < act.occurredOn) {
          r.push(
            `承诺“${u.content}”的完成期限不能早于约谈日期（${formatChineseDate(act.occurredOn)}）`,
          )
        }
      }
      return r
    }
    case 'correctionOrderServed':
      return act.payload.correctBy !== undefined && act.payload.correctBy <= act.occurredOn
        ? [
            `改正期限（${formatChineseDate(act.payload.correctBy)}）应晚于通知书送达日期（${formatChineseDate(act.occurredOn)}）；当日改正请选择“立即改正”`,
          ]
        : []
    case 'periodExtended':
      return extensionReasons(act, v)
    case 'actVoided': {
      const target = full.acts.find((a) => a.id === act.payload.targetActId)
      if (!target) return ['要撤销或作废的记录不存在']
      if (target.type === 'actVoided')
        return ['撤销/作废记录本身不能再被撤销；如需恢复请重新录入原记录']
      if (target.type === 'caseHandover')
        return ['转办/接手记录不能撤销或作废；交错了人的，请再次转办给应办理的人员']
      if (full.acts.some((a) => a.type === 'actVoided' && a.payload.targetActId === target.id))
        return ['该记录已被撤销或作废']
      // Reverse order only: later acts were allowed on the strength of earlier ones.
      const last = viewCase(full).acts.at(-1)
      return last?.id === target.id ? [] : ['只能撤销或作废最后一条有效记录，请先撤销其后的记录']
    }
    case 'defenceRechecked':
      return v.all('statementDefence').some((s) => s.id === act.payload.statementActId)
        ? []
        : ['所复核的陈述申辩记录不存在']
    case 'decisionServed':
      return v.decision?.id === act.payload.decisionActId
        ? []
        : ['送达的决定与本案的处理决定不一致']
    case 'paymentMade': {
      const outstanding = v.fineFen - v.finePaidFen
      return act.payload.kind === 'fine' && act.payload.amountFen > outstanding
        ? [`缴纳金额超过未缴罚款（未缴${outstanding / 100}元）`]
        : []
    }
    case 'paymentArrangementApproved': {
      const total = act.payload.schedule.reduce((s, x) => s + x.amountFen, 0)
      const r: string[] = []
      if (total !== v.fineFen - v.finePaidFen) r.push('延期/分期金额合计应等于未缴罚款')
      if (act.payload.schedule.some((s) => s.dueOn <= act.occurredOn))
        r.push('缴纳期限应晚于批准日期')
      return r
    }
    // A deadline set by the act must fall after the day it is set.
    case 'materialsRequested':
      return laterThan(act.payload.provideBy, act.occurredOn, '提供材料的期限')
    case 'testingStarted':
      return laterThan(act.payload.dueOn, act.occurredOn, '要求完成日期', true)
    case 'refundOrdered':
      return laterThan(act.payload.refundBy, act.occurredOn, '退还期限')
    case 'caseAssigned':
      return laterThan(act.payload.reportBy, act.occurredOn, '报告办理结果的期限')
    case 'administrativeReminder':
    case 'enforcementSuggestion':
      return laterThan(act.payload.replyBy, act.occurredOn, '书面反馈期限')
    default:
      return []
  }
}

/** Why `due` (when set) is not after `on` (or on/after it when `sameDay`), in Chinese. */
function laterThan(
  due: IsoDate | undefined,
  on: IsoDate,
  label: string,
  sameDay = false,
): string[] {
  if (due === undefined || due > on || (sameDay && due === on)) return []
  return [`${label}（${formatChineseDate(due)}）应晚于本记录日期（${formatChineseDate(on)}）`]
}

function educated(v: CaseView, on: IsoDate): boolean {
  return v.acts.some((a) => EDUCATION_ACTS.includes(a.type) && a.occurredOn <= on)
}

function extensionReasons(act: Extract<Act, { type: 'periodExtended' }>, v: CaseView): string[] {
  const { rule, approval, days } = act.payload
  const trigger =
    rule === 'FILING_DECISION'
      ? 'clueRegistered'
      : rule === 'REVIEW_DONE'
        ? 'reviewSubmitted'
        : 'caseFiled'
  if (!v.has(trigger))
    return [
      `尚未开始计算${rule === 'CASE_LIMIT' ? '办案期限（未立案）' : rule === 'REVIEW_DONE' ? '审核期限' : '核查期限'}`,
    ]
  const previousHead = v
    .all('periodExtended')
    .filter((e) => e.payload.rule === rule && e.payload.approval === 'head')
    .reduce((s, e) => s + e.payload.days, 0)
  if (approval === 'head') {
    const max = rule === 'CASE_LIMIT' ? 30 : rule === 'FILING_DECISION' ? 15 : Infinity
    if (previousHead + days > max)
      return [`负责人批准的延长合计不得超过${max}日，更长须经负责人集体讨论`]
    return []
  }
  return v.all('collectiveDiscussion').some((x) => x.payload.purpose === 'extension')
    ? []
    : ['集体讨论延长期限的，请先记录负责人集体讨论（程序规定第六十四条）']
}

/** Field key → label of an act's form (and its nested editors), for validation messages. */
function actFieldLabels(type: ActType): Record<string, string> {
  const labels: Record<string, string> = { occurredOn: '办理日期', type: '办案环节' }
  const add = (specs: readonly { key: string; label: string; widget: string }[]) => {
    for (const f of specs) {
      labels[f.key] ??= f.label.replace(/（元）$/, '')
      const nested = nestedFields(f as Parameters<typeof nestedFields>[0])
      if (nested) add(nested)
    }
  }
  add(ACT_FIELDS[type] ?? [])
  return labels
}
