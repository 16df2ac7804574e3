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
  deadlineInstances,
  computeDeadlines,
  DEADLINE_RULES,
  deriveCaseState,
  ruleLength,
  stageOfView,
  type CaseFacts,
  type CaseView,
  type DeadlineInstance,
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

/** The party's windows: the statistics never count them (figures.ts COUNTED_DEADLINE_RULES). */
const WINDOWS: ReadonlySet<DeadlineRuleId> = new Set(
  DEADLINE_RULES.filter((r) => r.kind === 'window').map((r) => r.id),
)

type Instance = DeadlineInstance

/** The duty clocks of computeDeadlines (its own list, deadlineInstances), in its order. */
function dutyInstances(v: CaseView, settings: RuleSettings): Instance[] {
  return deadlineInstances(v, settings).filter((i) => !WINDOWS.has(i.rule.id))
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
