/**
 * Statistics and output of `npm run bench`: median / p95 (nearest rank) per metric, the budget of
 * the issue, the baseline measured in the same run and the ratio to it; the console table and the
 * `--json FILE` array `[{ name, median_ms, p95_ms, budget_ms, baseline_ms? }]`.
 */

/** Budgets (median, ms) of the performance table (README, docs/performance.md). */
export const BUDGETS = {
  cold_start: 1500,
  list_first_page: 100,
  list_next_page: 100,
  list_sort_change: 100,
  search_party_name: 150,
  search_uscc: 150,
  search_case_no: 150,
  search_case_no_fragment: 150,
  search_case_no_serial: 150,
  search_person: 150,
  open_case: 100,
  render_decision_first: 2000,
  render_decision_warm: 300,
  render_case_file_50_pages: 5000,
  // Backup and restore: these absolute budgets hold at 5,000 cases; every run also checks them as
  // a ratio to the floor measured in the same run (Samples.ratioBudget, see ./measure.ts).
  backup_full: 5000,
  backup_increment_20_cases: 2000,
  restore_validated: 30000,
  yearly_dashboard: 500,
  // Office sync (docs/sync.md): a fresh PC's first pull is checked only against raw PouchDB
  // replication of the same documents in the same run (≤ 2×); this absolute value is not a budget.
  sync_first_pull: 600000,
  sync_act_to_other_pc: 2000,
} as const

export type MetricName = keyof typeof BUDGETS

/** Chinese/English labels for the console table. */
export const LABELS: Record<MetricName, string> = {
  cold_start: '冷启动到可操作的案件列表 cold start → case list',
  list_first_page: '案件列表 首页 first page',
  list_next_page: '案件列表 下一页 next page',
  list_sort_change: '案件列表 切换排序 sort change',
  search_party_name: '查找 当事人名称片段 party-name substring',
  search_uscc: '查找 统一社会信用代码 USCC',
  search_case_no: '查找 案件编号 case number',
  search_case_no_fragment: '查找 案号片段〔年〕号 case-number fragment',
  search_case_no_serial: '查找 案号“N号” serial fragment',
  search_person: '查找 法定代表人/经营者 person behind the party',
  open_case: '打开案件页（期限与下一步） open case',
  render_decision_first: '出具决定书（会话首次，含字体） first render',
  render_decision_warm: '出具决定书（再次） warm render',
  render_case_file_50_pages: '导出案卷 case file',
  backup_full: '完整备份 full backup',
  backup_increment_20_cases: '每日增量备份（改动 20 件） daily increment, 20 cases changed',
  restore_validated: '校验后恢复 validated restore',
  yearly_dashboard: '统计分析 上一年度（不筛选） yearly dashboard',
  sync_first_pull: '同步 新电脑首次下载（经浏览器版代理） fresh PC first pull',
  sync_act_to_other_pc: '同步 一条新记录到另一台电脑 one new act, PC 1 → PC 2',
}

/** The samples of one metric. */
export interface Samples {
  name: MetricName
  ms: number[]
  baseline?: number[]
  /** What the last run produced (rows, pages, bytes …), shown in the table's note column. */
  note?: string
  /** Replaces the absolute budget (null: none — only the ratio is checked). */
  budgetMs?: number | null
  /** Budget as a multiple of the baseline (the median must not exceed ratio × baseline). */
  ratioBudget?: number
}

/** One row of the JSON output (exactly the issue's shape). */
export interface ResultRow {
  name: MetricName
  median_ms: number
  p95_ms: number
  budget_ms: number
  baseline_ms?: number
  /** median / baseline, and its budget, where the metric has a ratio budget. */
  ratio?: number
  budget_ratio?: number
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[rank - 1]!
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const round = (n: number) => Math.round(n * 10) / 10

/** The JSON rows of the measured metrics. */
export function toRows(all: Samples[]): ResultRow[] {
  return all.map((s) => {
    const med = round(median(s.ms))
    const base = s.baseline?.length ? round(median(s.baseline)) : undefined
    const abs = s.budgetMs === undefined ? BUDGETS[s.name] : s.budgetMs
    const byRatio =
      s.ratioBudget !== undefined && base !== undefined ? round(s.ratioBudget * base) : undefined
    // budget_ms: the stricter of the absolute budget and ratio × baseline.
    const budget = Math.min(abs ?? Infinity, byRatio ?? Infinity)
    return {
      name: s.name,
      median_ms: med,
      p95_ms: round(quantile(s.ms, 0.95)),
      budget_ms: Number.isFinite(budget) ? budget : BUDGETS[s.name],
      ...(base !== undefined ? { baseline_ms: base } : {}),
      ...(s.ratioBudget !== undefined && base
        ? { ratio: Math.round((med / base) * 100) / 100, budget_ratio: s.ratioBudget }
        : {}),
    }
  })
}

/** Rows over budget (median > budget, or ratio to the baseline > its budget). */
export function missed(rows: ResultRow[]): ResultRow[] {
  return rows.filter(
    (r) =>
      !(r.median_ms <= r.budget_ms) ||
      (r.budget_ratio !== undefined && !(r.ratio! <= r.budget_ratio)),
  )
}

/** The console table (fixed-width, Markdown-compatible). */
export function formatTable(all: Samples[]): string {
  const rows = toRows(all)
  const lines = [
    '| metric | n | median ms | p95 ms | budget ms | baseline ms | ×baseline | ok | note |',
    '| --- | --: | --: | --: | --: | --: | --: | :-: | --- |',
  ]
  rows.forEach((r, i) => {
    const s = all[i]!
    const ratio = r.baseline_ms
      ? `${(r.median_ms / r.baseline_ms).toFixed(2)}${r.budget_ratio ? ` (≤ ${r.budget_ratio})` : ''}`
      : ''
    const ok = missed([r]).length === 0
    lines.push(
      `| ${LABELS[r.name]} | ${s.ms.length} | ${r.median_ms} | ${r.p95_ms} | ${r.budget_ms} | ${r.baseline_ms ?? ''} | ${ratio} | ${ok ? '✓' : '✗'} | ${s.note ?? ''} |`,
    )
  })
  return lines.join('\n')
}
