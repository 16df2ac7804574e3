// The 年度执法统计表 and the 包容审慎监管 summary as plain rows: the renderer writes them to .xlsx.
// Both come from case contributions, so they are reproducible for any past period
// (docs/domain/statistics.md gives the columns and their sources).
import {
  aggregateStatistics,
  caseFields,
  type FilterLookups,
  type StatisticsFilter,
} from './aggregate'
import { type CaseContribution, type StatisticsPeriod } from './contribution'
import { PENALTY_TYPE_LABELS, type FigureKey } from './figures'
import { type IsoDate } from '../util/date'

/** One column of the annual table: a count of a figure, or an amount in 分. */
export interface AnnualColumn {
  id: string
  /** Upper header cell (merged over the columns of a group); '' for a single column. */
  group: string
  header: string
  kind: 'count' | 'fen'
  /** For counts: the figure counted. */
  figure?: FigureKey
  /** For amounts: which total. */
  money?: 'fineFen' | 'confiscatedGainsFen' | 'confiscationFen' | 'confiscatedPropertyValueFen'
}

const count = (group: string, header: string, figure: FigureKey): AnnualColumn => ({
  id: figure,
  group,
  header,
  kind: 'count',
  figure,
})
const fen = (header: string, money: NonNullable<AnnualColumn['money']>): AnnualColumn => ({
  id: `money:${money}`,
  group: '罚没金额（元）',
  header,
  kind: 'fen',
  money,
})

/** Columns of the 年度执法统计表 after the 领域 column, in order. */
export const ANNUAL_COLUMNS: readonly AnnualColumn[] = [
  count('', '处罚案件数', 'outcome:penalty'),
  ...Object.entries(PENALTY_TYPE_LABELS).map(([k, label]) =>
    count('处罚种类（件）', label, `penaltyType:${k}`),
  ),
  fen('罚款', 'fineFen'),
  fen('没收违法所得', 'confiscatedGainsFen'),
  fen('罚没款合计', 'confiscationFen'),
  fen('没收非法财物价值', 'confiscatedPropertyValueFen'),
  count('程序（件）', '简易程序', 'procedure:summary'),
  count('程序（件）', '一般程序', 'procedure:ordinary'),
  count('法制审核（件）', '审核', 'review:legal'),
  count('法制审核（件）', '纠错', 'review:legalCorrected'),
  count('', '移送公安（司法）机关（件）', 'outcome:transferJudicial'),
]

/** One row: its label (a 领域, or 合计) and one value per column (counts, or 分). */
export interface AnnualRow {
  label: string
  values: number[]
}

/** The annual table of a period. */
export interface AnnualTable {
  period: StatisticsPeriod
  asOf: IsoDate
  columns: readonly AnnualColumn[]
  /** One row per 领域 met (catalogue order given by `fieldOrder`, then others, 未分类 last). */
  rows: AnnualRow[]
  /** All counted cases once (a case in two 领域 is in both rows but once here). */
  total: AnnualRow
}

function rowOf(
  label: string,
  contributions: readonly CaseContribution[],
  period: StatisticsPeriod,
  asOf: IsoDate,
  filter: StatisticsFilter,
  lookups: FilterLookups,
): AnnualRow {
  const s = aggregateStatistics(contributions, period, asOf, filter, lookups)
  return {
    label,
    values: ANNUAL_COLUMNS.map((c) =>
      c.kind === 'count'
        ? (s.byKey[c.figure as string]?.count ?? 0)
        : s.money[c.money ?? 'fineFen'],
    ),
  }
}

/**
 * The 年度执法统计表 of `period` (any period; the name follows the usual yearly use): one row per
 * 领域 of the cases that count, and the 合计 row. `filter` narrows by 科室/所 or officer first.
 */
export function annualTable(
  contributions: readonly CaseContribution[],
  period: StatisticsPeriod,
  asOf: IsoDate,
  lookups: FilterLookups,
  filter: StatisticsFilter = {},
  fieldOrder: readonly string[] = [],
): AnnualTable {
  const base = { unit: filter.unit, officerId: filter.officerId }
  const fields = new Set<string>()
  for (const c of contributions) {
    for (const f of caseFields(c.violationIds, lookups.violationFields)) fields.add(f)
  }
  const rank = (f: string) => {
    if (f === '未分类') return Number.MAX_SAFE_INTEGER
    const i = fieldOrder.indexOf(f)
    return i < 0 ? fieldOrder.length : i
  }
  const ordered = [...fields].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh'))
  const chosen = filter.field ? ordered.filter((f) => f === filter.field) : ordered
  const rows = chosen
    .map((f) => rowOf(f, contributions, period, asOf, { ...base, field: f }, lookups))
    .filter((r) => r.values.some((v) => v > 0))
  return {
    period,
    asOf,
    columns: ANNUAL_COLUMNS,
    rows,
    total: rowOf('合计', contributions, period, asOf, { ...base, field: filter.field }, lookups),
  }
}

/** One line of the 包容审慎监管 summary. */
export interface InclusiveLine {
  item: string
  figure: FigureKey
  count: number
  basis: string
}

/** The 包容审慎监管 summary items: what the policy asks offices to show, and where it says so. */
export const INCLUSIVE_ITEMS: readonly Omit<InclusiveLine, 'count'>[] = [
  {
    item: '行政约谈（已约谈）',
    figure: 'soft:interviewHeld',
    basis: '鄂市监法〔2022〕42号 第九项、第十三项',
  },
  {
    item: '责令改正（通知送达）',
    figure: 'soft:correctionOrdered',
    basis: '《行政处罚法》第二十八条；鄂市监法〔2022〕42号 第九项',
  },
  {
    item: '复查已整改',
    figure: 'soft:correctionCorrected',
    basis: '鄂市监法〔2022〕42号 第十五项',
  },
  {
    item: '行政指导、警示劝诫、书面告诫、说服教育',
    figure: 'soft:softMeasures',
    basis: '鄂市监法〔2022〕42号 第十三项；《行政处罚法》第三十三条第三款',
  },
  {
    item: '约谈或责令改正后办结（未立案）',
    figure: 'outcome:softClosed',
    basis: '鄂市监法〔2022〕42号 第九项',
  },
  { item: '不予行政处罚', figure: 'outcome:noPenalty', basis: '《行政处罚法》第三十三条' },
  {
    item: '其中：首违不罚',
    figure: 'outcome:firstViolation',
    basis: '《行政处罚法》第三十三条第一款',
  },
  { item: '从轻处罚', figure: 'outcome:lighter', basis: '《行政处罚法》第三十二条' },
  { item: '减轻处罚', figure: 'outcome:mitigated', basis: '《行政处罚法》第三十二条' },
  { item: '应回访（本期到期）', figure: 'followUp:due', basis: '鄂市监法〔2022〕42号 第十五项' },
  {
    item: '其中：必须回访（包容审慎案件）',
    figure: 'followUp:mandatoryDue',
    basis: '鄂市监法〔2022〕42号 第十五项',
  },
  { item: '已回访', figure: 'followUp:done', basis: '鄂市监法〔2022〕42号 第十五项' },
  { item: '按期回访', figure: 'followUp:onTime', basis: '鄂市监法〔2022〕42号 第十五项' },
  { item: '回访满意', figure: 'satisfaction:satisfied', basis: '鄂市监法〔2022〕42号 第十五项' },
  {
    item: '回访基本满意',
    figure: 'satisfaction:basicallySatisfied',
    basis: '鄂市监法〔2022〕42号 第十五项',
  },
  {
    item: '回访不满意',
    figure: 'satisfaction:dissatisfied',
    basis: '鄂市监法〔2022〕42号 第十五项',
  },
]

/** The 包容审慎监管 summary of the filtered contributions (case counts per item). */
export function inclusiveSummary(
  contributions: readonly CaseContribution[],
  period: StatisticsPeriod,
  asOf: IsoDate,
  lookups: FilterLookups,
  filter: StatisticsFilter = {},
): InclusiveLine[] {
  const s = aggregateStatistics(contributions, period, asOf, filter, lookups)
  return INCLUSIVE_ITEMS.map((i) => ({ ...i, count: s.byKey[i.figure]?.count ?? 0 }))
}
