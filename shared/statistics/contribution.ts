// What one case contributes to the statistics of a period: the figure keys it counts under and its
// amounts. Everything is read from the acts' legal dates as of the period's end, so a past period
// gives the same figures whenever it is computed (docs/domain/statistics.md).
import { activeCalendar, type Calendar } from '../calendar'
import {
  defaultRuleSettings,
  viewCase,
  type Act,
  type CaseFacts,
  type Penalty,
  type RuleSettings,
  type Stage,
} from '../domain/case'
import { toDayNumber, type IsoDate } from '../util/date'
import { rememberDayArithmetic, statisticsDerivation, type CaseDerivation } from './derivation'
import { COUNTED_DEADLINE_RULES, type FigureKey } from './figures'

/** A statistics period: both ends inclusive legal dates. */
export interface StatisticsPeriod {
  from: IsoDate
  to: IsoDate
}

/** Inputs besides the cases: today (bounds a running period), rule settings and calendar. */
export interface StatisticsOptions {
  today: IsoDate
  settings?: RuleSettings
  calendar?: Calendar
  /**
   * How stage and deadlines are derived: the statistics' own cheap derivation by default, or
   * `fullDerivation` (the case page's computation; derivation.ts) to check it against.
   */
  derivation?: CaseDerivation
}

/** One case's part in the statistics of a period. */
export interface CaseContribution {
  id: string
  caseNo: string
  partyName: string
  cause: string
  /** Stage as of the period's end. */
  stage: Stage
  officerIds: string[]
  violationIds: string[]
  /** Every figure the case counts under (each at most once). */
  keys: FigureKey[]
  /** Amounts of the decision made in the period (分). */
  fineFen: number
  confiscatedGainsFen: number
  confiscatedPropertyValueFen: number
  /** 罚没款 paid in the period (fines, surcharges and confiscated gains; 分). */
  paidFen: number
}

/**
 * `cal` with its day answers remembered: a statistics run asks about the same days for thousands
 * of cases (about a third less time per case), and the same working-day sums (derivation.ts).
 * Build one per run: a holiday year registered later is not seen by an existing wrapper.
 */
export function cachedCalendar(cal: Calendar): Calendar {
  const working = new Map<IsoDate, boolean>()
  const covered = new Map<IsoDate, boolean>()
  const run: Calendar = {
    ...cal,
    isWorkingDay(date) {
      let v = working.get(date)
      if (v === undefined) working.set(date, (v = cal.isWorkingDay(date)))
      return v
    },
    covers(date) {
      let v = covered.get(date)
      if (v === undefined) covered.set(date, (v = cal.covers(date)))
      return v
    },
  }
  // Working-day sums (derivation.ts) are remembered for the run as well.
  rememberDayArithmetic(run)
  return run
}

/** The day the period is evaluated on: its end, or today while the period is still running. */
export function periodAsOf(period: StatisticsPeriod, today: IsoDate): IsoDate {
  return period.to < today ? period.to : today
}

/**
 * The case as it stood on `date`: the acts that occurred on or before it. A 撤销 (a legal act)
 * counts from its own date; a 作废 (the entry was wrong) counts whenever it was made, so a
 * corrected entry also corrects past periods (docs/domain/statistics.md).
 */
export function factsAsOf<C extends Pick<CaseFacts, 'acts'>>(c: C, date: IsoDate): C {
  return {
    ...c,
    acts: c.acts.filter(
      (a) => a.occurredOn <= date || (a.type === 'actVoided' && a.payload.kind === 'voided'),
    ),
  }
}

const SOFT_MEASURES = new Set<Act['type']>([
  'administrativeGuidance',
  'warningAdmonition',
  'writtenCaution',
  'educationGiven',
])

function penaltyKinds(p: Penalty): string[] {
  const out: string[] = []
  if (p.warning) out.push('warning')
  if (p.circulatedCriticism) out.push('circulatedCriticism')
  if (p.fineFen > 0) out.push('fine')
  if (p.confiscatedGainsFen > 0) out.push('confiscatedGains')
  if (p.confiscatedPropertyValueFen > 0) out.push('confiscatedProperty')
  if (p.licenceAction !== 'none') out.push(`licence_${p.licenceAction}`)
  if (p.businessRestriction !== 'none') out.push(`restriction_${p.businessRestriction}`)
  if ((p.other ?? '') !== '') out.push('other')
  return out
}

/** Natural days a due date can lie beyond its horizon (the longest rule: a 365-day office period). */
const DUE_REACH_DAYS = 400
const ISO_DATE = /\d{4}-\d{2}-\d{2}/g

/**
 * The latest of `latest` and every date written in a string of `value` (searched recursively,
 * the way the dates appear in the payload's JSON text; much cheaper than serialising it).
 */
function latestDateIn(value: unknown, latest: IsoDate): IsoDate {
  if (typeof value === 'string') {
    // A date's second '-' is at least 7 characters in: most strings are skipped unsearched.
    if (value.length < 10 || value.lastIndexOf('-') < 7) return latest
    for (const d of value.match(ISO_DATE) ?? []) if (d > latest) latest = d
    return latest
  }
  if (value === null || typeof value !== 'object') return latest
  if (Array.isArray(value)) {
    for (const x of value) latest = latestDateIn(x, latest)
    return latest
  }
  for (const k in value) latest = latestDateIn((value as Record<string, unknown>)[k], latest)
  return latest
}

/**
 * Whether any deadline of the case can fall due on or after `from`. A due date lies at most
 * DUE_REACH_DAYS (FOLLOW_UP ≤ 365 days; COURT_ENFORCE ≤ 30 + 6 months + 3 months) plus the
 * approved extensions and the paused time (within the span of the acts) after the latest date the
 * case holds (an act's date or a date in a payload, such as a 改正期限 or an instalment); an open
 * pause moves due dates with the evaluation day. This skips computeDeadlines only where it
 * cannot yield a date in the period.
 */
export function mayFallDueFrom(v: ReturnType<typeof viewCase>, from: IsoDate): boolean {
  if (v.acts.length === 0) return false
  if (v.pauses.some((p) => p.to === undefined)) return true
  const first = v.acts[0]?.occurredOn as IsoDate
  let horizon = v.acts.at(-1)?.occurredOn as IsoDate
  const start = toDayNumber(from) - DUE_REACH_DAYS + toDayNumber(first)
  // Payload dates and extensions only move the bound later: decided already by the last act.
  if (2 * toDayNumber(horizon) >= start) return true
  let extension = 0
  for (const a of v.acts) {
    if (a.type === 'periodExtended') extension += a.payload.days
    horizon = latestDateIn(a.payload, horizon)
  }
  // shiftDays(horizon, reach) >= from, with reach including daysBetween(first, horizon).
  return 2 * toDayNumber(horizon) + extension >= start
}

/**
 * What case `c` contributes to the statistics of `period`, or undefined when it counts under no
 * figure. Acts after the period's end (or after today) are ignored; each figure's rule is in
 * docs/domain/statistics.md.
 */
export function caseContribution(
  c: CaseFacts,
  period: StatisticsPeriod,
  opts: StatisticsOptions,
): CaseContribution | undefined {
  const asOf = periodAsOf(period, opts.today)
  if (asOf < period.from || c.sourceDate > asOf) return undefined
  const settings = opts.settings ?? defaultRuleSettings
  const cal = opts.calendar ?? activeCalendar()
  const cc = factsAsOf(c, asOf)
  const v = viewCase(cc)
  const inP = (d: IsoDate) => d >= period.from && d <= asOf
  const keys = new Set<FigureKey>()
  let fineFen = 0
  let confiscatedGainsFen = 0
  let confiscatedPropertyValueFen = 0

  if (inP(c.sourceDate)) keys.add(`source:${c.source}`)

  // Decision (one effective decision per case).
  const d = v.decision
  if (d && inP(d.occurredOn)) {
    if (d.type === 'penaltyDecision') {
      const p = d.payload.penalty
      keys.add('outcome:penalty').add('procedure:ordinary')
      for (const k of penaltyKinds(p)) keys.add(`penaltyType:${k}`)
      if (d.payload.leniency?.kind === 'lighter') keys.add('outcome:lighter')
      if (d.payload.leniency?.kind === 'mitigated') keys.add('outcome:mitigated')
      fineFen = p.fineFen
      confiscatedGainsFen = p.confiscatedGainsFen
      confiscatedPropertyValueFen = p.confiscatedPropertyValueFen
    } else if (d.type === 'summaryPenalty') {
      keys.add('outcome:penalty').add('procedure:summary')
      if (d.payload.warning) keys.add('penaltyType:warning')
      if (d.payload.fineFen > 0) keys.add('penaltyType:fine')
      fineFen = d.payload.fineFen
    } else {
      keys.add('outcome:noPenalty').add('procedure:ordinary')
      if (d.payload.ground === 'art33_1_s2') keys.add('outcome:firstViolation')
    }
    if (fineFen + confiscatedGainsFen + confiscatedPropertyValueFen > 0) {
      keys.add('amount:decided')
    }
  }

  for (const t of v.all('caseTransferred')) {
    if (!inP(t.occurredOn)) continue
    keys.add(t.payload.to === 'judicial' ? 'outcome:transferJudicial' : 'outcome:transferOther')
  }

  // Settled by 约谈 / 责令改正 without filing: the clue ends (不予立案 or 结案) in the period.
  if (!v.has('caseFiled') && !d && (v.has('interviewHeld') || v.has('correctionOrderServed'))) {
    const end = v.acts.find((a) => a.type === 'caseClosed' || a.type === 'filingDeclined')
    if (end && inP(end.occurredOn)) keys.add('outcome:softClosed')
  }

  let paidFen = 0
  for (const p of v.all('paymentMade')) if (inP(p.occurredOn)) paidFen += p.payload.amountFen
  if (paidFen > 0) keys.add('amount:paid')

  // 约谈, 责令改正 and its 复查, soft measures.
  if (v.all('interviewNoticeServed').some((a) => inP(a.occurredOn))) {
    keys.add('soft:interviewNotice')
  }
  if (v.all('interviewHeld').some((a) => inP(a.occurredOn))) keys.add('soft:interviewHeld')
  const order = v
    .all('correctionOrderServed')
    .filter((a) => inP(a.occurredOn))
    .at(-1)
  if (order) {
    keys.add('soft:correctionOrdered')
    const after = v.acts.slice(v.acts.indexOf(order) + 1)
    const review = after.find((a) => a.type === 'correctionReviewed')
    if (review?.type === 'correctionReviewed') {
      keys.add('soft:correctionReviewed')
      if (review.payload.result === 'corrected') keys.add('soft:correctionCorrected')
    } else keys.add('soft:correctionUnreviewed')
  }
  if (v.acts.some((a) => SOFT_MEASURES.has(a.type) && inP(a.occurredOn))) {
    keys.add('soft:softMeasures')
  }

  // Deadlines due in the period (duties only), as they stood at the period's end.
  const inDue = (due: IsoDate) => due >= period.from && due <= period.to
  const derive = opts.derivation ?? statisticsDerivation
  const deadlines = mayFallDueFrom(v, period.from)
    ? derive.deadlines(cc, v, asOf, settings, cal)
    : []
  for (const dl of deadlines) {
    if (!COUNTED_DEADLINE_RULES.includes(dl.ruleId) || !inDue(dl.dueDate)) continue
    const outcome =
      dl.status === 'met'
        ? dl.metLate
          ? 'late'
          : 'met'
        : dl.status === 'overdue'
          ? 'overdue'
          : 'pending'
    keys.add(`deadline:${dl.ruleId}:${outcome}`)
    if (dl.ruleId === 'FOLLOW_UP') {
      keys.add('followUp:due')
      if (dl.mandatory) keys.add('followUp:mandatoryDue')
      if (dl.status === 'met') keys.add('followUp:done')
      if (outcome === 'met') keys.add('followUp:onTime')
      if (outcome === 'overdue') keys.add('followUp:overdue')
    }
  }

  const visit = v
    .all('followUpVisit')
    .filter((a) => inP(a.occurredOn))
    .at(-1)
  if (visit) keys.add(`satisfaction:${visit.payload.satisfaction}`)

  for (const r of v.all('caseReviewed')) {
    if (!inP(r.occurredOn)) continue
    const kind = r.payload.reviewKind === 'legalReview' ? 'legal' : 'case'
    keys.add(`review:${kind}`)
    if (r.payload.opinion !== 'agree') keys.add(`review:${kind}Corrected`)
  }

  // Stage at the period's end, for the cases handled in it (not ended before it began).
  const stage = derive.stage(cc, v, asOf, settings, cal)
  const lastOn = v.acts.at(-1)?.occurredOn ?? c.sourceDate
  if ((stage !== 'closed' && stage !== 'notFiled') || lastOn >= period.from) {
    keys.add(`stage:${stage}`)
  }

  if (keys.size === 0) return undefined
  return {
    id: c.id,
    caseNo: c.caseNo ?? '',
    partyName: c.party.name,
    cause: c.cause,
    stage,
    officerIds: c.officers.map((o) => o.officerId),
    violationIds: c.violationIds ?? [],
    keys: [...keys],
    fineFen,
    confiscatedGainsFen,
    confiscatedPropertyValueFen,
    paidFen,
  }
}
