// computeDeadlines: evaluates DEADLINE_RULES against a case (docs/domain/deadlines.md).
import {
  activeCalendar,
  addWorkingDaysOn,
  countWorkingDaysOn,
  rollToWorkingDayOn,
  subtractWorkingDaysOn,
  uncoveredYearsOn,
  uncoveredYearsWarning,
  type Calendar,
} from '../../calendar'
import { addMonths, daysBetween, shiftDays, toDayNumber, type IsoDate } from '../../util/date'
import { type Act } from './acts'
import { type CaseFacts } from './case'
import { viewCase, type CaseView, type PauseInterval } from './case-view'
import { isWarningOnly } from './penalty'
import { measureExtension, measureLift, preservationLift } from './measures'
import { DEADLINE_RULES, type DeadlineRule, type DeadlineRuleId } from './rules'
import { defaultRuleSettings, ruleLength, type RuleSettings } from './settings'

/**
 * running: clock runs; paused: a pausing procedure is open (due date provisional); met: done;
 * overdue: a duty not done by its due date; elapsed: a party's window has closed unused.
 */
export type DeadlineStatus = 'running' | 'paused' | 'met' | 'overdue' | 'elapsed'

/** One evaluated deadline of a case. */
export interface Deadline {
  ruleId: DeadlineRuleId
  name: string
  kind: 'duty' | 'window'
  basis: string
  triggerActId: string
  triggerDate: IsoDate
  dueDate: IsoDate
  status: DeadlineStatus
  /** Running and within the due-soon lead (即将到期). */
  dueSoon: boolean
  /** Natural days from today to the due date (negative when past). */
  daysLeft: number
  /** Working days after today up to and including the due date (0 when past). */
  workingDaysLeft: number
  metOn?: IsoDate
  /** Met, but after the due date. */
  metLate: boolean
  /** Days (natural or working, per the rule's unit) added for pauses. */
  pausedDays: number
  /** Days added by approved extensions. */
  extendedDays: number
  /** Not optional: e.g. the follow-up visit after a lenient decision (鄂市监法〔2022〕42号 十五). */
  mandatory: boolean
  warnings: string[]
}

/** One clock of a case before it is evaluated against a day (deadlineInstances). */
export interface DeadlineInstance {
  rule: DeadlineRule
  trigger: Act
  /** Date the clock starts from (the start day itself is not counted). */
  start: IsoDate
  length: number
  /** A fixed due date (from a payload or a payment plan), instead of start + length. */
  fixedDue?: IsoDate
  metOn?: IsoDate
  mandatory?: boolean
  /** Days added by an extension act of this instance (instead of `periodExtended` acts). */
  extendedDays?: number
}

/**
 * Every applicable deadline of `c` as of `today`, in rule order. Settings default to
 * {@link defaultRuleSettings}, the calendar to the active calendar. Each period length is the
 * rule's in DEADLINE_RULES, or the office's `periodOverrides` value for a configurable rule
 * (docs/domain/deadlines.md). Pure: nothing reads the clock.
 */
export function computeDeadlines(
  c: Pick<CaseFacts, 'acts'>,
  today: IsoDate,
  settings: RuleSettings = defaultRuleSettings,
  calendar: Calendar = activeCalendar(),
): Deadline[] {
  const v = viewCase(c)
  return deadlineInstances(v, settings).map((i) => evaluate(i, v, today, settings, calendar))
}

/** The first effective act of one of `types` after `after` (a duty's meeting act). */
function firstAfter(v: CaseView, types: readonly string[], after: Act): Act | undefined {
  const idx = v.acts.indexOf(after)
  for (let i = idx + 1; i < v.acts.length; i++) {
    const a = v.acts[i] as Act
    if (types.includes(a.type)) return a
  }
  return undefined
}

/**
 * Every clock of a case in rule order — what computeDeadlines evaluates, and what the statistics
 * evaluate more cheaply (shared/statistics/derivation.ts): one list, so both count the same clocks.
 * @param v - viewCase of the case
 */
export function deadlineInstances(v: CaseView, settings: RuleSettings): DeadlineInstance[] {
  const out: DeadlineInstance[] = []
  const rule = (id: DeadlineRuleId) => DEADLINE_RULES.find((r) => r.id === id) as DeadlineRule
  /** The office's length of rule `id` (DEADLINE_RULES or its override). */
  const len = (id: DeadlineRuleId) => ruleLength(rule(id), settings) ?? 0
  const simple = (
    id: DeadlineRuleId,
    trigger: Act | undefined,
    extra: Partial<DeadlineInstance> = {},
  ) => {
    if (!trigger) return
    const r = rule(id)
    const met = firstAfter(v, r.metBy, trigger)
    out.push({
      rule: r,
      trigger,
      start: trigger.occurredOn,
      length: len(id),
      metOn: met?.occurredOn,
      ...extra,
    })
  }
  const d = v.decision

  simple('FILING_DECISION', v.first('clueRegistered'))
  for (const kept of v.all('evidencePreserved')) {
    const lift = preservationLift(v, kept)
    const takenOver = firstAfter(v, ['coerciveMeasureTaken', 'penaltyDecision'], kept)
    const met = [lift?.occurredOn, takenOver?.occurredOn].filter((x) => x !== undefined).sort()[0]
    out.push({
      rule: rule('PRESERVE_DECISION'),
      trigger: kept,
      start: kept.occurredOn,
      length: len('PRESERVE_DECISION'),
      metOn: met,
    })
  }
  for (const m of v.all('coerciveMeasureTaken')) {
    const lift = measureLift(v, m)
    const decision = firstAfter(v, ['penaltyDecision', 'noPenaltyDecision'], m)
    const met = [lift?.occurredOn, decision?.occurredOn].filter((x) => x !== undefined).sort()[0]
    out.push({
      rule: rule('SEIZURE_END'),
      trigger: m,
      start: m.occurredOn,
      length: Math.min(m.payload.days, len('SEIZURE_END')),
      metOn: met,
      extendedDays: measureExtension(v, m)?.payload.days ?? 0,
    })
  }
  for (const request of v.all('materialsRequested')) {
    simple('MATERIALS_DUE', request, { fixedDue: request.payload.provideBy })
  }
  for (const letter of v.all('assistanceRequested')) simple('ASSISTANCE_REPLY', letter)
  const order = v.last('correctionOrderServed')
  if (order?.payload.mode === 'byDate' && order.payload.correctBy) {
    simple('CORRECTION_DUE', order, { fixedDue: order.payload.correctBy })
  }
  simple('REVIEW_DONE', v.last('reviewSubmitted'))
  const notice = v.last('penaltyNoticeServed')
  if (notice) {
    const waiver = v.all('rightsWaived').find((w) => w.occurredOn >= notice.occurredOn)
    const full =
      waiver &&
      waiver.payload.waivesStatement &&
      (waiver.payload.waivesHearing || !notice.payload.hearingRightsTold)
    out.push({
      rule: rule('NOTICE_REPLY'),
      trigger: notice,
      start: notice.occurredOn,
      length: len('NOTICE_REPLY'),
      metOn: full ? waiver.occurredOn : undefined,
    })
  }
  simple('CASE_LIMIT', v.first('caseFiled'))
  if (d && d.type !== 'summaryPenalty') {
    out.push({
      rule: rule('DECISION_SERVICE'),
      trigger: d,
      start: d.occurredOn,
      length: len('DECISION_SERVICE'),
      metOn: v.service?.occurredOn,
    })
  }
  if (d?.type === 'summaryPenalty') simple('SUMMARY_ARCHIVE', d)

  const receivedOn = v.receivedOn
  const serviceAct = d?.type === 'summaryPenalty' ? d : v.service
  if (d && serviceAct && receivedOn && v.fineFen > 0) {
    const paidInFull = fineSettledOn(v)
    const plan = v.last('paymentArrangementApproved')
    out.push({
      rule: rule('FINE_DUE'),
      trigger: serviceAct,
      start: receivedOn,
      length: len('FINE_DUE'),
      fixedDue: plan ? nextInstalmentDue(plan.payload.schedule, v.finePaidFen) : undefined,
      metOn: paidInFull,
    })
  }
  if (d?.type === 'penaltyDecision' && !isWarningOnly(d.payload.penalty)) simple('PUBLISH', d)
  if (serviceAct && receivedOn) {
    const remedy = v.first('remedyFiled')
    out.push({
      rule: rule('REVIEW_WINDOW'),
      trigger: serviceAct,
      start: receivedOn,
      length: len('REVIEW_WINDOW'),
      metOn: remedy?.occurredOn,
    })
    if (d?.type !== 'summaryPenalty') {
      out.push({
        rule: rule('SUIT_WINDOW'),
        trigger: serviceAct,
        start: receivedOn,
        length: len('SUIT_WINDOW'),
        metOn: remedy?.occurredOn,
      })
      // Court enforcement: 3 months from the end of the suit window (or of a payment plan).
      if (v.fineFen > 0) {
        const suitEnd = addMonths(receivedOn, len('SUIT_WINDOW'))
        const plan = v.last('paymentArrangementApproved')
        const planEnd = plan?.payload.schedule
          .map((s) => s.dueOn)
          .sort()
          .at(-1)
        const from = planEnd && planEnd > suitEnd ? planEnd : suitEnd
        const applied = v.first('enforcementApplied')
        const settled = fineSettledOn(v)
        if (!(settled && settled <= from)) {
          out.push({
            rule: rule('COURT_ENFORCE'),
            trigger: serviceAct,
            start: from,
            length: len('COURT_ENFORCE'),
            metOn: applied?.occurredOn ?? settled,
          })
        }
      }
    }
  }
  simple('REMINDER_WAIT', v.last('reminderServed'))

  const closing = closingCondition(v)
  if (closing) {
    const closed = v.first('caseClosed')
    out.push({
      rule: rule('CLOSE_CASE'),
      trigger: closing.act,
      start: closing.on,
      length: len('CLOSE_CASE'),
      metOn: closed?.occurredOn,
    })
  }
  const follow = followUpTrigger(v)
  if (follow) {
    const on = follow.act.occurredOn
    const visit = v.all('followUpVisit').find((f) => f.occurredOn >= on)
    out.push({
      rule: rule('FOLLOW_UP'),
      trigger: follow.act,
      start: on,
      length: len('FOLLOW_UP'),
      metOn: visit?.occurredOn,
      mandatory: follow.mandatory,
    })
  }
  return out
}

/**
 * What a follow-up visit (回访) is due after, and whether it is mandatory: the effective decision
 * (mandatory for 从轻/减轻/不予处罚), or — for a matter settled by soft measures without a case —
 * its closing after the re-check confirmed the correction (mandatory: 鄂市监法〔2022〕42号 第十五项,
 * "对已实施包容审慎监管柔性执法的行政相对人，加强回访复查").
 */
export function followUpTrigger(v: CaseView): { act: Act; mandatory: boolean } | undefined {
  if (v.decision) return { act: v.decision, mandatory: v.lenient }
  const closed = v.first('caseClosed')
  if (closed?.payload.reason === 'correctedWithoutFiling') return { act: closed, mandatory: true }
  return undefined
}

/** Day the fine was paid in full, if it was. */
export function fineSettledOn(v: CaseView): IsoDate | undefined {
  if (v.fineFen === 0) return undefined
  let paid = 0
  for (const p of v.all('paymentMade')) {
    if (p.payload.kind !== 'fine') continue
    paid += p.payload.amountFen
    if (paid >= v.fineFen) return p.occurredOn
  }
  return undefined
}

/** The due date of the first instalment not yet covered by `paidFen` (the last one when all are). */
function nextInstalmentDue(
  schedule: { dueOn: IsoDate; amountFen: number }[],
  paidFen: number,
): IsoDate {
  const sorted = [...schedule].sort((a, b) => a.dueOn.localeCompare(b.dueOn))
  let cumulative = 0
  for (const s of sorted) {
    cumulative += s.amountFen
    if (cumulative > paidFen) return s.dueOn
  }
  return sorted.at(-1)?.dueOn as IsoDate
}

/** The SAMR-PR Art. 77 closing condition of the case, if one has occurred. */
export function closingCondition(v: CaseView): { act: Act; on: IsoDate } | undefined {
  if (v.ending && v.ending.type !== 'filingDeclined')
    return { act: v.ending, on: v.ending.occurredOn }
  const d = v.decision
  if (!d || d.type === 'summaryPenalty') return undefined
  if (d.type === 'noPenaltyDecision') return { act: d, on: d.occurredOn }
  if (!v.service) return undefined
  if (v.fineFen === 0) return { act: v.service, on: v.service.occurredOn }
  const settled = fineSettledOn(v)
  if (!settled) return undefined
  const pay = v.all('paymentMade').find((p) => p.occurredOn === settled) as Act
  return { act: pay, on: settled > v.service.occurredOn ? settled : v.service.occurredOn }
}

function evaluate(
  i: DeadlineInstance,
  v: CaseView,
  today: IsoDate,
  s: RuleSettings,
  cal: Calendar,
): Deadline {
  const { rule } = i
  const extendedDays =
    i.extendedDays ??
    v
      .all('periodExtended')
      .filter((e) => e.payload.rule === rule.id && e.occurredOn >= i.start)
      .reduce((sum, e) => sum + e.payload.days, 0)
  const relevant = v.pauses.filter((p) => rule.pausedBy.includes(p.kind) && p.from >= i.start)
  const clockEnd = i.metOn ?? today
  const { due, pausedDays } = dueWithPauses(i, extendedDays, relevant, clockEnd, cal)
  const openPause = relevant.some((p) => p.to === undefined)
  let status: DeadlineStatus
  if (i.metOn !== undefined) status = 'met'
  else if (openPause) status = 'paused'
  else if (today > due) status = rule.kind === 'duty' ? 'overdue' : 'elapsed'
  else status = 'running'
  const leadStart = subtractWorkingDaysOn(cal, due, s.dueSoonLeadWorkingDays)
  const warnings: string[] = []
  const uncovered = uncoveredYearsWarning(uncoveredYearsOn(cal, i.start, due))
  if (uncovered) warnings.push(uncovered)
  if (status === 'paused') warnings.push('期间扣除尚未结束，截止日期为按今天结束扣除推算的暂定日期')
  return {
    ruleId: rule.id,
    name: rule.name,
    kind: rule.kind,
    basis: rule.basis,
    triggerActId: i.trigger.id,
    triggerDate: i.start,
    dueDate: due,
    status,
    dueSoon: status === 'running' && today >= leadStart,
    daysLeft: daysBetween(today, due),
    workingDaysLeft: today < due ? countWorkingDaysOn(cal, shiftDays(today, 1), due) : 0,
    metOn: i.metOn,
    metLate: i.metOn !== undefined && i.metOn > due,
    pausedDays,
    extendedDays,
    mandatory: i.mandatory ?? rule.kind === 'duty',
    warnings,
  }
}

function baseDue(i: DeadlineInstance, n: number, cal: Calendar): IsoDate {
  if (i.fixedDue) return rollToWorkingDayOn(cal, i.fixedDue)
  switch (i.rule.unit) {
    case 'working':
      return addWorkingDaysOn(cal, i.start, n)
    case 'months':
      return rollToWorkingDayOn(cal, addMonths(i.start, n))
    default:
      return rollToWorkingDayOn(cal, shiftDays(i.start, n))
  }
}

/**
 * Due date with excluded time: the union of pause intervals (each inclusive of its first and last
 * day; an open one runs to `clockEnd`) that start before the due date reached so far is added —
 * natural days for natural-day rules, working days for working-day rules. Repeats until stable,
 * so a pause can only move a due date later.
 */
function dueWithPauses(
  i: DeadlineInstance,
  extendedDays: number,
  pauses: PauseInterval[],
  clockEnd: IsoDate,
  cal: Calendar,
): { due: IsoDate; pausedDays: number } {
  let due = baseDue(i, i.length + extendedDays, cal)
  let pausedDays = 0
  for (let guard = 0; guard < 50; guard++) {
    const days = new Set<number>()
    for (const p of pauses) {
      if (p.from > due) continue
      const to = p.to ?? (clockEnd > p.from ? clockEnd : p.from)
      for (let d = toDayNumber(p.from); d <= toDayNumber(to); d++) days.add(d)
    }
    const count =
      i.rule.unit === 'working'
        ? [...days].filter((d) => cal.isWorkingDay(dayString(d))).length
        : days.size
    if (count === pausedDays) break
    pausedDays = count
    due = baseDue(i, i.length + extendedDays + pausedDays, cal)
  }
  return { due, pausedDays }
}

function dayString(day: number): IsoDate {
  return shiftDays('1970-01-01', day)
}
