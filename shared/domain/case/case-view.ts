// A digest of a case's effective acts, shared by lifecycle.ts and deadlines.ts.
import { shiftDays, type IsoDate } from '../../util/date'
import { type Act, type ActOf, type ActType } from './acts'
import { effectiveActs, type CaseFacts } from './case'
import { PAUSE_ACTS, PUBLIC_NOTICE_SERVICE_DAYS, type PauseKind } from './rules'

/** A decision act: ordinary penalty, no penalty, or on-the-spot penalty. */
export type DecisionAct =
  ActOf<'penaltyDecision'> | ActOf<'noPenaltyDecision'> | ActOf<'summaryPenalty'>

/** A closed or still-open interval during which a clock stands still. */
export interface PauseInterval {
  kind: PauseKind
  from: IsoDate
  /** Last paused day; undefined while the pause is still open. */
  to: IsoDate | undefined
}

/** Derived facts of a case, all from effective (non-voided) acts in legal order. */
export interface CaseView {
  acts: Act[]
  all<K extends ActType>(type: K): ActOf<K>[]
  last<K extends ActType>(type: K): ActOf<K> | undefined
  first<K extends ActType>(type: K): ActOf<K> | undefined
  has(type: ActType): boolean
  decision: DecisionAct | undefined
  ending: Act | undefined
  service: ActOf<'decisionServed'> | undefined
  /** Day the party is deemed to have received the decision (公告送达: +30 days). */
  receivedOn: IsoDate | undefined
  fineFen: number
  finePaidFen: number
  pauses: PauseInterval[]
  closed: boolean
  lenient: boolean
}

const ENDING: ActType[] = ['caseTransferred', 'investigationTerminated', 'filingDeclined']

/** Builds the {@link CaseView} of a case. */
export function viewCase(c: Pick<CaseFacts, 'acts'>): CaseView {
  const acts = effectiveActs(c.acts)
  const all = <K extends ActType>(type: K) => acts.filter((a): a is ActOf<K> => a.type === type)
  const decision = acts.find(
    (a): a is DecisionAct =>
      a.type === 'penaltyDecision' || a.type === 'noPenaltyDecision' || a.type === 'summaryPenalty',
  )
  const service = decision
    ? all('decisionServed').find((s) => s.payload.decisionActId === decision.id)
    : undefined
  let receivedOn: IsoDate | undefined
  if (decision?.type === 'summaryPenalty') receivedOn = decision.occurredOn
  else if (service) {
    receivedOn =
      service.payload.method === 'publicNotice'
        ? shiftDays(service.occurredOn, PUBLIC_NOTICE_SERVICE_DAYS)
        : service.occurredOn
  }
  const fineFen =
    decision?.type === 'penaltyDecision'
      ? decision.payload.penalty.fineFen
      : decision?.type === 'summaryPenalty'
        ? decision.payload.fineFen
        : 0
  const finePaidFen = all('paymentMade')
    .filter((p) => p.payload.kind === 'fine')
    .reduce((s, p) => s + p.payload.amountFen, 0)
  const lenient =
    decision?.type === 'noPenaltyDecision' ||
    (decision?.type === 'penaltyDecision' &&
      (decision.payload.leniency !== undefined ||
        (decision.payload.penalty.items ?? []).some(
          (i) => i.discretion === 'lighter' || i.discretion === 'mitigated',
        )))
  return {
    acts,
    all,
    last: (type) => all(type).at(-1),
    first: (type) => all(type)[0],
    has: (type) => acts.some((a) => a.type === type),
    decision,
    ending: acts.find((a) => ENDING.includes(a.type)),
    service,
    receivedOn,
    fineFen,
    finePaidFen,
    pauses: pauseIntervals(acts),
    closed: acts.some((a) => a.type === 'caseClosed'),
    lenient,
  }
}

/**
 * Pause intervals per kind. Starts and ends nest (a second start while one is open needs its own
 * end), so recording an extra pause can only widen the paused time; an end without a start is ignored.
 */
export function pauseIntervals(acts: readonly Act[]): PauseInterval[] {
  const out: PauseInterval[] = []
  for (const [kind, def] of Object.entries(PAUSE_ACTS) as [
    PauseKind,
    (typeof PAUSE_ACTS)[PauseKind],
  ][]) {
    let depth = 0
    let from: IsoDate = ''
    for (const a of acts) {
      if (a.type === def.start) {
        if (depth === 0) from = a.occurredOn
        depth++
      } else if (def.end.includes(a.type) && depth > 0) {
        depth--
        if (depth === 0) out.push({ kind, from, to: a.occurredOn })
      }
    }
    if (depth > 0) out.push({ kind, from, to: undefined })
  }
  return out
}
