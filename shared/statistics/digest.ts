// The statistics digest of a case: what its contribution to any period needs, computed once per
// write and stored, so the 统计分析 page reads one small record per case instead of the case and
// its acts (docs/domain/statistics.md, "The statistics digest"). `digestContribution` gives exactly
// what `caseContribution` gives for the same case, period and day; a test compares the two over
// the hand-counted fixtures and generated cases.
//
// A contribution depends on the case as it stood on the evaluation day `asOf` (factsAsOf). The
// digest holds that cut for every `asOf` on or after the case's latest act date (`final`; the
// overdue judgements are made from the stored due dates on the day asked) and for every quarter's
// end before it (`ends`; the end of a year, a quarter or a running period's today when that is a
// quarter end). Any other earlier day — a custom range ending between two act dates — is answered
// by reading the case (`'read'`). A case whose clock stands paused (an open 中止) moves its due
// dates with the evaluation day: its digest keeps the case's facts and computes them as before.
import { type Calendar } from '../calendar'
import {
  DEADLINE_RULES,
  defaultRuleSettings,
  ruleLength,
  stageOfView,
  viewCase,
  type Act,
  type CaseFacts,
  type CaseView,
  type DeadlineRule,
  type Party,
  type RuleSettings,
  type Stage,
} from '../domain/case'
import { shiftDays, type IsoDate } from '../util/date'
import {
  caseContribution,
  factsAsOf,
  periodAsOf,
  type CaseContribution,
  type StatisticsPeriod,
} from './contribution'
import { countedDeadlines, dayArithmetic, type DayArithmetic } from './derivation'
import { COUNTED_DEADLINE_RULES, type FigureKey } from './figures'
import { yearPeriod } from './period'

/** Raised when what a digest holds changes: stored digests of another version are rebuilt. */
export const DIGEST_VERSION = 2

/** The key of a date no case reaches ('9999-12-31'): an index value that never matches. */
export const NEVER = '9999-12-31'

/**
 * One cut of the case (its acts as of some day), with the dates each figure depends on. Flat
 * arrays keep the stored record small: `k` is date, key, date, key, …; `dl` is rule, due date,
 * state, mandatory ('1' or '') per deadline.
 */
export interface DigestCut {
  /** Figure keys that count when their date is in the period (up to the evaluation day). */
  k: string[]
  /** The decision's date and amounts (分): fine, confiscated gains, confiscated property. */
  amt?: [IsoDate, number, number, number]
  /** Payments: date, amount (分), … */
  pay?: (string | number)[]
  /** 责令改正通知 in order: date, then 0 not reviewed / 1 reviewed / 2 reviewed and corrected, … */
  ord?: (string | number)[]
  /** 回访 in order: date, satisfaction, … */
  vis?: string[]
  /** Stage on the cut's day; with `sw`, the stage is sw[1] on days after sw[0]. */
  st: Stage
  sw?: [IsoDate, Stage]
  /** Date of the cut's last effective act (or the source date): a closed case counts under its
   * stage only in periods ending on or after it. */
  last: IsoDate
  /**
   * Duty deadlines: rule, due date, state — M met on time, L met late, O overdue, P pending
   * (paused or judged on a fixed day), R running (overdue on days after its due date).
   */
  dl: string[]
}

/** The stored digest of one case (table `statDigests`, renderer/src/db/stat-digests.ts). */
export interface CaseDigest {
  id: string
  /** DIGEST_VERSION and the rule settings and holiday years it was computed with. */
  stamp: string
  /** Years of the periods it can count in (index); empty when `openFrom` says. */
  years: number[]
  /** Its source date when it can count in every later period (still open); else NEVER. */
  openFrom: IsoDate
  caseNo: string
  partyName: string
  cause: string
  officerIds: string[]
  violationIds: string[]
  sourceDate: IsoDate
  /** `final` answers every evaluation day on or after this one (its latest act date). */
  cutFrom: IsoDate
  final?: DigestCut
  /** Cuts at quarter ends before `cutFrom`, by date. */
  ends?: Record<IsoDate, DigestCut>
  /** The case itself, when its due dates move with the evaluation day (an open pause). */
  facts?: CaseFacts
  /** A voided case counts nowhere. */
  voided?: true
}

/** FNV-1a of a string, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/**
 * The stamp of digests computed with `settings`, `cal` and the deadline rules: a digest with
 * another stamp is stale (the office's rule lengths, the working days, or the rules themselves —
 * a clock added, a length or what meets it changed in an update of the app — are not what it was
 * computed with). A change of how the digest is derived beyond the rule table raises
 * DIGEST_VERSION.
 * @param rules - the deadline rules (default: this build's DEADLINE_RULES)
 */
export function digestStamp(
  settings: RuleSettings,
  cal: Calendar,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): string {
  return `${DIGEST_VERSION}:${hash(JSON.stringify([settings, cal.coveredYears(), rules]))}`
}

const SOFT_MEASURES = new Set<Act['type']>([
  'administrativeGuidance',
  'warningAdmonition',
  'writtenCaution',
  'educationGiven',
])

const OPEN = (s: Stage) => s !== 'closed' && s !== 'notFiled'

/** Quarter ends on or after `from` and before `to`. */
function quarterEnds(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = []
  let y = Number(from.slice(0, 4))
  for (;;) {
    for (const md of ['03-31', '06-30', '09-30', '12-31']) {
      const d = `${y}-${md}`
      if (d >= to) return out
      if (d >= from) out.push(d)
    }
    y++
  }
}

/**
 * The cut of `c` as of `day` (`final`: every act; judged from `day` on), or undefined when a due
 * date of the final cut moves with the evaluation day.
 */
function cutOf(
  c: CaseFacts,
  day: IsoDate,
  final: boolean,
  settings: RuleSettings,
  days: DayArithmetic,
): DigestCut | undefined {
  const cc = final ? c : factsAsOf(c, day)
  const v: CaseView = viewCase(cc)
  const k: string[] = [c.sourceDate, `source:${c.source}`]
  const put = (date: IsoDate, key: FigureKey) => k.push(date, key)
  const cut: DigestCut = { k, st: 'clue', last: c.sourceDate, dl: [] }

  const d = v.decision
  if (d) {
    const on = d.occurredOn
    let fine = 0
    let gains = 0
    let property = 0
    if (d.type === 'penaltyDecision') {
      const p = d.payload.penalty
      put(on, 'outcome:penalty')
      put(on, 'procedure:ordinary')
      if (p.warning) put(on, 'penaltyType:warning')
      if (p.circulatedCriticism) put(on, 'penaltyType:circulatedCriticism')
      if (p.fineFen > 0) put(on, 'penaltyType:fine')
      if (p.confiscatedGainsFen > 0) put(on, 'penaltyType:confiscatedGains')
      if (p.confiscatedPropertyValueFen > 0) put(on, 'penaltyType:confiscatedProperty')
      if (p.licenceAction !== 'none') put(on, `penaltyType:licence_${p.licenceAction}`)
      if (p.businessRestriction !== 'none') {
        put(on, `penaltyType:restriction_${p.businessRestriction}`)
      }
      if ((p.other ?? '') !== '') put(on, 'penaltyType:other')
      if (d.payload.leniency?.kind === 'lighter') put(on, 'outcome:lighter')
      if (d.payload.leniency?.kind === 'mitigated') put(on, 'outcome:mitigated')
      fine = p.fineFen
      gains = p.confiscatedGainsFen
      property = p.confiscatedPropertyValueFen
    } else if (d.type === 'summaryPenalty') {
      put(on, 'outcome:penalty')
      put(on, 'procedure:summary')
      if (d.payload.warning) put(on, 'penaltyType:warning')
      if (d.payload.fineFen > 0) put(on, 'penaltyType:fine')
      fine = d.payload.fineFen
    } else {
      put(on, 'outcome:noPenalty')
      put(on, 'procedure:ordinary')
      if (d.payload.ground === 'art33_1_s2') put(on, 'outcome:firstViolation')
    }
    if (fine + gains + property > 0) {
      put(on, 'amount:decided')
      cut.amt = [on, fine, gains, property]
    }
  }

  for (const t of v.all('caseTransferred')) {
    put(
      t.occurredOn,
      t.payload.to === 'judicial' ? 'outcome:transferJudicial' : 'outcome:transferOther',
    )
  }
  if (!v.has('caseFiled') && !d && (v.has('interviewHeld') || v.has('correctionOrderServed'))) {
    const end = v.acts.find((a) => a.type === 'caseClosed' || a.type === 'filingDeclined')
    if (end) put(end.occurredOn, 'outcome:softClosed')
  }
  const pay: (string | number)[] = []
  for (const p of v.all('paymentMade')) pay.push(p.occurredOn, p.payload.amountFen)
  if (pay.length) cut.pay = pay
  for (const a of v.all('interviewNoticeServed')) put(a.occurredOn, 'soft:interviewNotice')
  for (const a of v.all('interviewHeld')) put(a.occurredOn, 'soft:interviewHeld')
  const ord: (string | number)[] = []
  for (const order of v.all('correctionOrderServed')) {
    const review = v.acts
      .slice(v.acts.indexOf(order) + 1)
      .find((a) => a.type === 'correctionReviewed')
    ord.push(
      order.occurredOn,
      review?.type === 'correctionReviewed' ? (review.payload.result === 'corrected' ? 2 : 1) : 0,
    )
  }
  if (ord.length) cut.ord = ord
  for (const a of v.acts) if (SOFT_MEASURES.has(a.type)) put(a.occurredOn, 'soft:softMeasures')
  const vis: string[] = []
  for (const a of v.all('followUpVisit')) vis.push(a.occurredOn, a.payload.satisfaction)
  if (vis.length) cut.vis = vis
  for (const r of v.all('caseReviewed')) {
    const kind = r.payload.reviewKind === 'legalReview' ? 'legal' : 'case'
    put(r.occurredOn, `review:${kind}`)
    if (r.payload.opinion !== 'agree') put(r.occurredOn, `review:${kind}Corrected`)
  }

  // Deadlines as judged on `day`; on a later day only a running one can turn overdue.
  for (const dl of countedDeadlines(v, day, settings, days)) {
    if (!COUNTED_DEADLINE_RULES.includes(dl.ruleId)) continue
    if (dl.status === 'paused' && final) return undefined
    const state =
      dl.status === 'met'
        ? dl.metLate
          ? 'L'
          : 'M'
        : dl.status === 'overdue'
          ? 'O'
          : dl.status === 'running' && final
            ? 'R'
            : 'P'
    cut.dl.push(dl.ruleId, dl.dueDate, state, dl.mandatory ? '1' : '')
  }

  // Stage (stageOn of derivation.ts): it depends on the day only through the 告知书's reply window.
  const replyDays = ruleLength('NOTICE_REPLY', settings) ?? 0
  let replyEnd: IsoDate | undefined
  const end = (notice: Act) => (replyEnd = days.addWorkingDays(notice.occurredOn, replyDays))
  cut.st = stageOfView(v, day, end)
  if (final && replyEnd !== undefined) {
    const r = replyEnd as IsoDate
    cut.st = stageOfView(v, r, end)
    cut.sw = [r, stageOfView(v, shiftDays(r, 1), end)]
  }
  cut.last = v.acts.at(-1)?.occurredOn ?? c.sourceDate
  return cut
}

/** Dates a cut can count on: its keys, payments, orders, visits, last act and due dates. */
function latestDate(cut: DigestCut, latest: IsoDate): IsoDate {
  const later = (d: unknown) => {
    if (typeof d === 'string' && d > latest && d < NEVER) latest = d
  }
  for (let i = 0; i < cut.k.length; i += 2) later(cut.k[i])
  for (let i = 0; i < (cut.pay?.length ?? 0); i += 2) later(cut.pay?.[i])
  for (let i = 0; i < (cut.ord?.length ?? 0); i += 2) later(cut.ord?.[i])
  for (let i = 0; i < (cut.vis?.length ?? 0); i += 2) later(cut.vis?.[i])
  for (let i = 1; i < cut.dl.length; i += 4) later(cut.dl[i])
  later(cut.last)
  return latest
}

/** Options of {@link caseDigest}: the settings and calendar the figures use, and the stamp. */
export interface DigestOptions {
  settings?: RuleSettings
  calendar: Calendar
  /** digestStamp(settings, calendar), computed once per write or run. */
  stamp: string
  /** Working-day arithmetic of a run (dayArithmetic over `calendar`), kept across cases. */
  days?: DayArithmetic
  /** The case was voided (CaseRecord.voided): it counts nowhere. */
  voided?: boolean
}

/** The digest of case `c` (see the module comment). */
export function caseDigest(c: CaseFacts, o: DigestOptions): CaseDigest {
  const settings = o.settings ?? defaultRuleSettings
  const days = o.days ?? dayArithmetic(o.calendar)
  const base: CaseDigest = {
    id: c.id,
    stamp: o.stamp,
    years: [],
    openFrom: NEVER,
    caseNo: c.caseNo ?? '',
    partyName: c.party.name,
    cause: c.cause,
    officerIds: c.officers.map((x) => x.officerId),
    violationIds: c.violationIds ?? [],
    sourceDate: c.sourceDate,
    cutFrom: '',
  }
  if (o.voided) return { ...base, voided: true }
  // The cut stops changing after the latest act (a 作废 counts whenever it was made).
  // A 作废 and the act it voids are in no cut (factsAsOf, effectiveActs).
  const gone = new Set<string>()
  for (const a of c.acts) {
    if (a.type === 'actVoided' && a.payload.kind === 'voided')
      gone.add(a.id).add(a.payload.targetActId)
  }
  let cutFrom = ''
  for (const a of c.acts) if (!gone.has(a.id) && a.occurredOn > cutFrom) cutFrom = a.occurredOn
  base.cutFrom = cutFrom
  let reach = c.sourceDate
  let open: boolean
  const ends: Record<IsoDate, DigestCut> = {}
  for (const q of quarterEnds(c.sourceDate, cutFrom)) {
    const cut = cutOf(c, q, false, settings, days) as DigestCut
    ends[q] = cut
    reach = latestDate(cut, reach)
  }
  if (Object.keys(ends).length) base.ends = ends
  const final = cutOf(c, cutFrom > c.sourceDate ? cutFrom : c.sourceDate, true, settings, days)
  if (final) {
    base.final = final
    reach = latestDate(final, reach)
    open = OPEN(final.st) || (final.sw !== undefined && OPEN(final.sw[1]))
  } else {
    open = true
    base.facts = {
      ...c,
      party: { name: c.party.name } as Party,
    }
  }
  if (open) base.openFrom = c.sourceDate
  else {
    for (let y = Number(c.sourceDate.slice(0, 4)); y <= Number(reach.slice(0, 4)); y++) {
      base.years.push(y)
    }
  }
  return base
}

/** Options of {@link digestContribution}: today and what a case that must be computed needs. */
export interface DigestQuery {
  today: IsoDate
  settings?: RuleSettings
  calendar?: Calendar
}

/**
 * What the case of digest `d` contributes to `period` — exactly caseContribution's answer — or
 * undefined when it counts under no figure, or 'read' when only the case itself can say (the
 * evaluation day falls before its latest act and is no quarter's end).
 */
export function digestContribution(
  d: CaseDigest,
  period: StatisticsPeriod,
  q: DigestQuery,
): CaseContribution | undefined | 'read' {
  const asOf = periodAsOf(period, q.today)
  if (d.voided || asOf < period.from || d.sourceDate > asOf) return undefined
  let cut: DigestCut | undefined
  if (asOf >= d.cutFrom) {
    if (!d.final) {
      return d.facts
        ? caseContribution(d.facts, period, {
            today: q.today,
            settings: q.settings,
            calendar: q.calendar,
          })
        : 'read'
    }
    cut = d.final
  } else {
    cut = d.ends?.[asOf]
    if (!cut) return 'read'
  }
  const from = period.from
  const inP = (x: unknown) => (x as string) >= from && (x as string) <= asOf
  const keys = new Set<FigureKey>()
  const k = cut.k
  for (let i = 0; i < k.length; i += 2) if (inP(k[i])) keys.add(k[i + 1] as string)
  let fineFen = 0
  let confiscatedGainsFen = 0
  let confiscatedPropertyValueFen = 0
  if (cut.amt && inP(cut.amt[0])) {
    ;[, fineFen, confiscatedGainsFen, confiscatedPropertyValueFen] = cut.amt
  }
  let paidFen = 0
  const pay = cut.pay ?? []
  for (let i = 0; i < pay.length; i += 2) if (inP(pay[i])) paidFen += pay[i + 1] as number
  if (paidFen > 0) keys.add('amount:paid')
  const ord = cut.ord ?? []
  for (let i = ord.length - 2; i >= 0; i -= 2) {
    if (!inP(ord[i])) continue
    keys.add('soft:correctionOrdered')
    const r = ord[i + 1]
    if (r === 0) keys.add('soft:correctionUnreviewed')
    else {
      keys.add('soft:correctionReviewed')
      if (r === 2) keys.add('soft:correctionCorrected')
    }
    break
  }
  const dl = cut.dl
  for (let i = 0; i < dl.length; i += 4) {
    const due = dl[i + 1] as string
    if (due < from || due > period.to) continue
    const rule = dl[i] as string
    const s = dl[i + 2]
    const outcome =
      s === 'M'
        ? 'met'
        : s === 'L'
          ? 'late'
          : s === 'O' || (s === 'R' && asOf > due)
            ? 'overdue'
            : 'pending'
    keys.add(`deadline:${rule}:${outcome}`)
    if (rule === 'FOLLOW_UP') {
      keys.add('followUp:due')
      if (dl[i + 3] === '1') keys.add('followUp:mandatoryDue')
      if (s === 'M' || s === 'L') keys.add('followUp:done')
      if (outcome === 'met') keys.add('followUp:onTime')
      if (outcome === 'overdue') keys.add('followUp:overdue')
    }
  }
  const vis = cut.vis ?? []
  for (let i = vis.length - 2; i >= 0; i -= 2) {
    if (!inP(vis[i])) continue
    keys.add(`satisfaction:${vis[i + 1]}`)
    break
  }
  const stage = cut.sw && asOf > cut.sw[0] ? cut.sw[1] : cut.st
  if (OPEN(stage) || cut.last >= from) keys.add(`stage:${stage}`)
  if (keys.size === 0) return undefined
  return {
    id: d.id,
    caseNo: d.caseNo,
    partyName: d.partyName,
    cause: d.cause,
    stage,
    officerIds: d.officerIds,
    violationIds: d.violationIds,
    keys: [...keys],
    fineFen,
    confiscatedGainsFen,
    confiscatedPropertyValueFen,
    paidFen,
  }
}

/**
 * A digest as stored: the indexed fields as they are, the rest as JSON text — one string per part
 * reads back from IndexedDB far faster than the same data as nested arrays and objects, and a part
 * not needed for the period asked (`e`, `x`) is never parsed. `m` holds the names and ids (Chinese
 * text), `j` the date bound and the final cut, `e` the quarter-end cuts, `x` the case's facts.
 */
export interface PackedDigest {
  id: string
  stamp: string
  years: number[]
  openFrom: IsoDate
  m: string
  j: string
  e?: string
  x?: string
  /** Set (1) while the digest is newer than the blocks that pack the digests together (schema v6,
   * renderer/src/db/stat-digests.ts); indexed. */
  w?: 1
}

/** The stored form of `d` ({@link PackedDigest}). */
export function packDigest(d: CaseDigest): PackedDigest {
  const out: PackedDigest = {
    id: d.id,
    stamp: d.stamp,
    years: d.years,
    openFrom: d.openFrom,
    m: JSON.stringify([d.caseNo, d.partyName, d.cause, d.officerIds, d.violationIds]),
    j: JSON.stringify([d.sourceDate, d.cutFrom, d.final ?? null, d.voided ?? false]),
  }
  if (d.ends) out.e = JSON.stringify(d.ends)
  if (d.facts) out.x = JSON.stringify(d.facts)
  return out
}

/** The digest `p` was packed from (every part parsed). */
export function unpackDigest(p: PackedDigest): CaseDigest {
  return unpack(p, true)
}

/** The case's own fields of a packed digest (its `m` part). */
function mainPart(p: PackedDigest) {
  const [caseNo, partyName, cause, officerIds, violationIds] = JSON.parse(p.m) as [
    string,
    string,
    string,
    string[],
    string[],
  ]
  return { caseNo, partyName, cause, officerIds, violationIds }
}

function unpack(p: PackedDigest, all: boolean, asOf?: IsoDate): CaseDigest {
  const { caseNo, partyName, cause, officerIds, violationIds } = mainPart(p)
  const [sourceDate, cutFrom, final, voided] = JSON.parse(p.j) as [
    IsoDate,
    IsoDate,
    DigestCut | null,
    boolean,
  ]
  const d: CaseDigest = {
    id: p.id,
    stamp: p.stamp,
    years: p.years,
    openFrom: p.openFrom,
    caseNo,
    partyName,
    cause,
    officerIds,
    violationIds,
    sourceDate,
    cutFrom,
  }
  if (final) d.final = final
  if (voided) d.voided = true
  if (p.e && (all || (asOf !== undefined && asOf < cutFrom))) d.ends = JSON.parse(p.e)
  if (p.x && (all || !final)) d.facts = JSON.parse(p.x)
  return d
}

/** {@link digestContribution} of a stored digest, parsing only the parts the period needs. */
export function packedContribution(
  p: PackedDigest,
  period: StatisticsPeriod,
  q: DigestQuery,
): CaseContribution | undefined | 'read' {
  return digestContribution(unpack(p, false, periodAsOf(period, q.today)), period, q)
}

/**
 * What the case of `p` contributes to the whole year `year` evaluated after the year's end, packed
 * for a digest block (renderer/src/db/stat-digests.ts): JSON `[stage, keys, fine, confiscated
 * gains, confiscated property, paid]`, `-` when it counts under no figure, or `` when it cannot be
 * packed (the case's clock stands paused, or only the case itself can answer). Such a year is past
 * and its evaluation day fixed, so the answer is that of {@link packedContribution} whenever asked.
 */
export function packYearContribution(p: PackedDigest, year: number): string {
  if (p.x) return ''
  const period = yearPeriod(year)
  const c = packedContribution(p, period, { today: period.to })
  if (c === 'read') return ''
  if (!c) return '-'
  return JSON.stringify([
    c.stage,
    c.keys,
    c.fineFen,
    c.confiscatedGainsFen,
    c.confiscatedPropertyValueFen,
    c.paidFen,
  ])
}

/** The contribution packed by {@link packYearContribution} (undefined: counts nowhere). */
export function yearContribution(p: PackedDigest, packed: string): CaseContribution | undefined {
  if (packed === '-') return undefined
  const { caseNo, partyName, cause, officerIds, violationIds } = mainPart(p)
  const [stage, keys, fineFen, confiscatedGainsFen, confiscatedPropertyValueFen, paidFen] =
    JSON.parse(packed) as [Stage, FigureKey[], number, number, number, number]
  return {
    id: p.id,
    caseNo,
    partyName,
    cause,
    stage,
    officerIds,
    violationIds,
    keys,
    fineFen,
    confiscatedGainsFen,
    confiscatedPropertyValueFen,
    paidFen,
  }
}
