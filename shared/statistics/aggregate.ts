// Sums case contributions into figures. Every figure carries the ids of exactly the cases it
// counts, so a figure's click-through list and its count always agree (docs/domain/statistics.md).
import { type IsoDate } from '../util/date'
import { activeCalendar } from '../calendar'
import {
  cachedCalendar,
  caseContribution,
  periodAsOf,
  type CaseContribution,
  type StatisticsOptions,
  type StatisticsPeriod,
} from './contribution'
import { allFigures, type FigureGroup, type FigureKey } from './figures'
import { type CaseFacts } from '../domain/case'

/** The 领域 of cases without a violation type (older cases have no `violationIds`). */
export const UNCLASSIFIED_FIELD = '未分类'

/** Which cases to count: by 科室/所 (an assigned officer's unit), officer, 领域. Empty = all. */
export interface StatisticsFilter {
  unit?: string
  officerId?: string
  field?: string
}

/** Lookups the filter needs: officer id → unit, violation id → 领域 (catalogue `field`). */
export interface FilterLookups {
  officerUnits: Readonly<Record<string, string>>
  violationFields: Readonly<Record<string, string>>
}

/** One figure: its count and the ids of exactly the cases counted. */
export interface FigureValue {
  key: FigureKey
  group: FigureGroup
  label: string
  count: number
  caseIds: string[]
}

/** The amounts of the counted cases (分). 罚没款 = 罚款 + 没收违法所得. */
export interface MoneyTotals {
  fineFen: number
  confiscatedGainsFen: number
  confiscationFen: number
  confiscatedPropertyValueFen: number
  paidFen: number
}

/** The statistics of one period after filtering. */
export interface Statistics {
  period: StatisticsPeriod
  asOf: IsoDate
  /** Every figure in display order, zero counts included. */
  figures: FigureValue[]
  byKey: Record<FigureKey, FigureValue>
  money: MoneyTotals
  /** Ids of every case counted under at least one figure. */
  caseIds: string[]
}

/**
 * The 领域 of a case: the catalogue fields of its violations (each once), or 未分类 when it has
 * none or none is known.
 */
export function caseFields(
  violationIds: readonly string[],
  violationFields: Readonly<Record<string, string>>,
): string[] {
  const out = new Set<string>()
  for (const id of violationIds) {
    const f = violationFields[id]
    if (f) out.add(f)
  }
  return out.size ? [...out] : [UNCLASSIFIED_FIELD]
}

/** Whether a case passes the filter (every given criterion must hold). */
export function matchesFilter(
  c: Pick<CaseContribution, 'officerIds' | 'violationIds'>,
  f: StatisticsFilter,
  lookups: FilterLookups,
): boolean {
  if (f.officerId && !c.officerIds.includes(f.officerId)) return false
  if (f.unit && !c.officerIds.some((id) => lookups.officerUnits[id] === f.unit)) return false
  if (f.field && !caseFields(c.violationIds, lookups.violationFields).includes(f.field)) {
    return false
  }
  return true
}

const NO_LOOKUPS: FilterLookups = { officerUnits: {}, violationFields: {} }

/** The figures of the contributions that pass `filter`. */
export function aggregateStatistics(
  contributions: readonly CaseContribution[],
  period: StatisticsPeriod,
  asOf: IsoDate,
  filter: StatisticsFilter = {},
  lookups: FilterLookups = NO_LOOKUPS,
): Statistics {
  const ids = new Map<FigureKey, string[]>()
  const money: MoneyTotals = {
    fineFen: 0,
    confiscatedGainsFen: 0,
    confiscationFen: 0,
    confiscatedPropertyValueFen: 0,
    paidFen: 0,
  }
  const caseIds: string[] = []
  for (const c of contributions) {
    if (!matchesFilter(c, filter, lookups)) continue
    caseIds.push(c.id)
    for (const k of c.keys) {
      const list = ids.get(k)
      if (list) list.push(c.id)
      else ids.set(k, [c.id])
    }
    if (c.keys.includes('amount:decided')) {
      money.fineFen += c.fineFen
      money.confiscatedGainsFen += c.confiscatedGainsFen
      money.confiscatedPropertyValueFen += c.confiscatedPropertyValueFen
    }
    money.paidFen += c.paidFen
  }
  money.confiscationFen = money.fineFen + money.confiscatedGainsFen
  const figures = allFigures().map((f) => {
    const list = ids.get(f.key) ?? []
    return { ...f, count: list.length, caseIds: list }
  })
  return {
    period,
    asOf,
    figures,
    byKey: Object.fromEntries(figures.map((f) => [f.key, f])),
    money,
    caseIds,
  }
}

/** The contributions of `cases` to `period` (cases that count under no figure left out). */
export function contributionsOf(
  cases: Iterable<CaseFacts>,
  period: StatisticsPeriod,
  opts: StatisticsOptions,
): CaseContribution[] {
  const out: CaseContribution[] = []
  const run = { ...opts, calendar: opts.calendar ?? cachedCalendar(activeCalendar()) }
  for (const c of cases) {
    const x = caseContribution(c, period, run)
    if (x) out.push(x)
  }
  return out
}

/** Statistics of `cases` for `period`, filtered: {@link contributionsOf} then aggregate. */
export function computeStatistics(
  cases: Iterable<CaseFacts>,
  period: StatisticsPeriod,
  opts: StatisticsOptions,
  filter: StatisticsFilter = {},
  lookups: FilterLookups = NO_LOOKUPS,
): Statistics {
  return aggregateStatistics(
    contributionsOf(cases, period, opts),
    period,
    periodAsOf(period, opts.today),
    filter,
    lookups,
  )
}
