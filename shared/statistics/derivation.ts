// What the statistics need of a case's derivations, computed cheaply: its stage at the period's
// end and its duty deadlines with their outcomes (docs/domain/statistics.md, "期限执行"; the rules
// are docs/domain/deadlines.md). The case page derives the same things with deriveCaseState (every
// act type's gate, to list the allowed next steps) and computeDeadlines (every rule, with the
// days left, the due-soon lead and the warnings); a statistics run over tens of thousands of
// cases needs none of those extras, and it asks the calendar the same questions again and again.
// `fullDerivation` is the case page's own computation; tests/unit/shared/statistics checks that
// both give identical contributions on the hand-counted fixtures and on generated demo data.
import { addWorkingDaysOn, type Calendar } from '../calendar'
import {
  closingCondition,
  firstAfter,
  nextInstalmentDue,
  computeDeadlines,
  DEADLINE_RULES,
  deriveCaseState,
  fineSettledOn,
  followUpTrigger,
  isWarningOnly,
  measureExtension,
  measureLift,
  preservationLift,
  ruleLength,
  stageOfView,
  type Act,
  type CaseFacts,
  type CaseView,
  type DeadlineRule,
  type DeadlineRuleId,
  type DeadlineStatus,
  type PauseInterval,
  type RuleSettings,
  type Stage,
} from '../domain/case'
import { addMonths, fromDayNumber, shiftDays, toDayNumber, type IsoDate } from '../util/date'

/** The part of a deadline the statistics count (see computeDeadlines' Deadline). */
export interface CountedDeadline {
  ruleId: DeadlineRuleId
  dueDate: IsoDate
  status: DeadlineStatus
  metLate: boolean
  mandatory: boolean
}

/** Stage and duty deadlines of a case as of a day. */
export interface CaseDerivation {
  /** The stage of the case `cc` (viewed as `v`) on `asOf`. */
  stage(cc: CaseFacts, v: CaseView, asOf: IsoDate, settings: RuleSettings, cal: Calendar): Stage
  /** The duty deadlines of `cc` evaluated on `asOf` (windows of the party may be left out). */
  deadlines(
    cc: CaseFacts,
    v: CaseView,
    asOf: IsoDate,
    settings: RuleSettings,
    cal: Calendar,
  ): CountedDeadline[]
}

/**
 * The case page's derivations: deriveCaseState's stage and every deadline of computeDeadlines.
 * Slow over many cases; the reference `statisticsDerivation` is checked against.
 */
export const fullDerivation: CaseDerivation = {
  stage: (cc, _v, asOf, settings, cal) => deriveCaseState(cc, asOf, settings, cal).stage,
  deadlines: (cc, _v, asOf, settings, cal) => computeDeadlines(cc, asOf, settings, cal),
}

/**
 * Working-day arithmetic of one statistics run with its answers remembered: the same
 * (start, length) pairs come back for thousands of cases. Results are those of addWorkingDaysOn and
 * rollToWorkingDayOn on `cal` (build one per run, like cachedCalendar); days are stepped as day
 * numbers, and each day's working-day answer is asked of `cal` once.
 */
export interface DayArithmetic {
  cal: Calendar
  addWorkingDays(start: IsoDate, n: number): IsoDate
  rollToWorkingDay(date: IsoDate): IsoDate
  /** Whether the day with day number `day` (toDayNumber) is a working day. */
  workingOn(day: number): boolean
}

/** A {@link DayArithmetic} over `cal` (see there). */
export function dayArithmetic(cal: Calendar): DayArithmetic {
  const added = new Map<string, IsoDate>()
  const rolled = new Map<IsoDate, IsoDate>()
  const working = new Map<number, boolean>()
  /** Whether day number `d` is a working day (asked once per day). */
  const workingOn = (d: number) => {
    let v = working.get(d)
    if (v === undefined) working.set(d, (v = cal.isWorkingDay(fromDayNumber(d))))
    return v
  }
  return {
    cal,
    addWorkingDays(start, n) {
      const key = `${start}+${n}`
      let v = added.get(key)
      if (v === undefined) {
        // addWorkingDaysOn, stepping through day numbers instead of parsing a date per day.
        if (!Number.isSafeInteger(n) || n < 0) v = addWorkingDaysOn(cal, start, n)
        else {
          let d = toDayNumber(start)
          for (let left = n; left > 0;) if (workingOn(++d)) left--
          v = fromDayNumber(d)
        }
        added.set(key, v)
      }
      return v
    },
    rollToWorkingDay(date) {
      let v = rolled.get(date)
      if (v === undefined) {
        let d = toDayNumber(date)
        while (!workingOn(d)) d++
        rolled.set(date, (v = d === toDayNumber(date) ? date : fromDayNumber(d)))
      }
      return v
    },
    workingOn,
  }
}

/** The arithmetic of each per-run calendar (cachedCalendar), kept as long as the calendar is. */
const arithmetics = new WeakMap<Calendar, DayArithmetic>()

/**
 * Remember working-day answers for `cal` across the cases of one run. Only for a calendar built
 * for that run (cachedCalendar does this): a shared calendar may receive a holiday year later.
 */
export function rememberDayArithmetic(cal: Calendar): void {
  if (!arithmetics.has(cal)) arithmetics.set(cal, dayArithmetic(cal))
}

/** The run's remembered arithmetic of `cal`, or a fresh one (answers kept for this case only). */
function arithmeticOf(cal: Calendar): DayArithmetic {
  return arithmetics.get(cal) ?? dayArithmetic(cal)
}

const RULES = new Map(DEADLINE_RULES.map((r) => [r.id, r]))
const rule = (id: DeadlineRuleId) => RULES.get(id) as DeadlineRule

interface Instance {
  rule: DeadlineRule
  start: IsoDate
  length: number
  fixedDue?: IsoDate
  metOn?: IsoDate
  mandatory?: boolean
  /** Days added by an extension act of this instance (a 查封/扣押's own 延长). */
  extendedDays?: number
}

/**
 * The duty-rule instances of computeDeadlines (shared/domain/case/deadlines.ts), in its order,
 * without the party's windows (NOTICE_REPLY, REVIEW_WINDOW, SUIT_WINDOW, REMINDER_WAIT), which
 * the statistics never count (figures.ts COUNTED_DEADLINE_RULES).
 */
function dutyInstances(v: CaseView, settings: RuleSettings): Instance[] {
  const out: Instance[] = []
  const len = (id: DeadlineRuleId) => ruleLength(rule(id), settings) ?? 0
  const simple = (id: DeadlineRuleId, trigger: Act | undefined, extra: Partial<Instance> = {}) => {
    if (!trigger) return
    const r = rule(id)
    out.push({
      rule: r,
      start: trigger.occurredOn,
      length: len(id),
      metOn: firstAfter(v, r.metBy, trigger)?.occurredOn,
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
  simple('CASE_LIMIT', v.first('caseFiled'))
  if (d && d.type !== 'summaryPenalty') {
    out.push({
      rule: rule('DECISION_SERVICE'),
      start: d.occurredOn,
      length: len('DECISION_SERVICE'),
      metOn: v.service?.occurredOn,
    })
  }
  if (d?.type === 'summaryPenalty') simple('SUMMARY_ARCHIVE', d)

  const receivedOn = v.receivedOn
  const serviceAct = d?.type === 'summaryPenalty' ? d : v.service
  if (d && serviceAct && receivedOn && v.fineFen > 0) {
    const plan = v.last('paymentArrangementApproved')
    out.push({
      rule: rule('FINE_DUE'),
      start: receivedOn,
      length: len('FINE_DUE'),
      fixedDue: plan ? nextInstalmentDue(plan.payload.schedule, v.finePaidFen) : undefined,
      metOn: fineSettledOn(v),
    })
  }
  if (d?.type === 'penaltyDecision' && !isWarningOnly(d.payload.penalty)) simple('PUBLISH', d)
  if (serviceAct && receivedOn && d?.type !== 'summaryPenalty' && v.fineFen > 0) {
    // Court enforcement: 3 months from the end of the suit window (or of a payment plan).
    const suitEnd = addMonths(receivedOn, len('SUIT_WINDOW'))
    const plan = v.last('paymentArrangementApproved')
    const planEnd = plan?.payload.schedule
      .map((s) => s.dueOn)
      .sort()
      .at(-1)
    const from = planEnd && planEnd > suitEnd ? planEnd : suitEnd
    const settled = fineSettledOn(v)
    if (!(settled && settled <= from)) {
      out.push({
        rule: rule('COURT_ENFORCE'),
        start: from,
        length: len('COURT_ENFORCE'),
        metOn: v.first('enforcementApplied')?.occurredOn ?? settled,
      })
    }
  }

  const closing = closingCondition(v)
  if (closing) {
    out.push({
      rule: rule('CLOSE_CASE'),
      start: closing.on,
      length: len('CLOSE_CASE'),
      metOn: v.first('caseClosed')?.occurredOn,
    })
  }
  const follow = followUpTrigger(v)
  if (follow) {
    const on = follow.act.occurredOn
    out.push({
      rule: rule('FOLLOW_UP'),
      start: on,
      length: len('FOLLOW_UP'),
      metOn: v.all('followUpVisit').find((f) => f.occurredOn >= on)?.occurredOn,
      mandatory: follow.mandatory,
    })
  }
  return out
}

function baseDue(i: Instance, n: number, days: DayArithmetic): IsoDate {
  if (i.fixedDue) return days.rollToWorkingDay(i.fixedDue)
  switch (i.rule.unit) {
    case 'working':
      return days.addWorkingDays(i.start, n)
    case 'months':
      return days.rollToWorkingDay(addMonths(i.start, n))
    default:
      return days.rollToWorkingDay(shiftDays(i.start, n))
  }
}

/** computeDeadlines' due date with excluded time (same union-of-pauses rule, same answers). */
function dueWithPauses(
  i: Instance,
  extendedDays: number,
  pauses: PauseInterval[],
  clockEnd: IsoDate,
  days: DayArithmetic,
): IsoDate {
  let due = baseDue(i, i.length + extendedDays, days)
  if (pauses.length === 0) return due
  let pausedDays = 0
  for (let guard = 0; guard < 50; guard++) {
    const set = new Set<number>()
    for (const p of pauses) {
      if (p.from > due) continue
      const to = p.to ?? (clockEnd > p.from ? clockEnd : p.from)
      const last = toDayNumber(to)
      for (let d = toDayNumber(p.from); d <= last; d++) set.add(d)
    }
    let count = set.size
    if (i.rule.unit === 'working') {
      count = 0
      for (const d of set) if (days.workingOn(d)) count++
    }
    if (count === pausedDays) break
    pausedDays = count
    due = baseDue(i, i.length + extendedDays + pausedDays, days)
  }
  return due
}

/**
 * The duty deadlines of a case as of `today`, as computeDeadlines dates and judges them (due
 * date, status, met late, mandatory), without what only the case page shows (days left, the
 * due-soon lead, warnings) and without the party's windows. `v` is viewCase of the case.
 */
export function countedDeadlines(
  v: CaseView,
  today: IsoDate,
  settings: RuleSettings,
  days: DayArithmetic,
): CountedDeadline[] {
  return dutyInstances(v, settings).map((i) => {
    const r = i.rule
    let extendedDays = i.extendedDays ?? 0
    if (i.extendedDays === undefined) {
      for (const e of v.all('periodExtended')) {
        if (e.payload.rule === r.id && e.occurredOn >= i.start) extendedDays += e.payload.days
      }
    }
    const relevant = v.pauses.filter((p) => r.pausedBy.includes(p.kind) && p.from >= i.start)
    const due = dueWithPauses(i, extendedDays, relevant, i.metOn ?? today, days)
    let status: DeadlineStatus
    if (i.metOn !== undefined) status = 'met'
    else if (relevant.some((p) => p.to === undefined)) status = 'paused'
    else if (today > due) status = r.kind === 'duty' ? 'overdue' : 'elapsed'
    else status = 'running'
    return {
      ruleId: r.id,
      dueDate: due,
      status,
      metLate: i.metOn !== undefined && i.metOn > due,
      mandatory: i.mandatory ?? r.kind === 'duty',
    }
  })
}

/**
 * The stage of a case on `on`, as deriveCaseState (shared/domain/case/lifecycle.ts) finds it,
 * without evaluating the gate of every act type.
 */
export function stageOn(
  _c: Pick<CaseFacts, 'party' | 'officers'>,
  v: CaseView,
  on: IsoDate,
  settings: RuleSettings,
  days: DayArithmetic,
): Stage {
  // NOTICE_REPLY: the reply window of the latest 告知书 (procedure-facts noticeReplyEnd).
  const replyDays = ruleLength('NOTICE_REPLY', settings) ?? 0
  return stageOfView(v, on, (notice) => days.addWorkingDays(notice.occurredOn, replyDays))
}

/** The statistics' own derivations: {@link stageOn} and {@link countedDeadlines}. */
export const statisticsDerivation: CaseDerivation = {
  stage: (cc, v, asOf, settings, cal) => stageOn(cc, v, asOf, settings, arithmeticOf(cal)),
  deadlines: (_cc, v, asOf, settings, cal) =>
    countedDeadlines(v, asOf, settings, arithmeticOf(cal)),
}
