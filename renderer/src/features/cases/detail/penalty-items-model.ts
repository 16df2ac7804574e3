/**
 * One row per violation in the 告知/决定 dialogs (逐项裁量): the row's form values (amounts typed in
 * 元), their conversion to a PenaltyItem (元 → 分 by string parsing), the live assessment against
 * the lawful range and the office's bands, and the combined totals (罚款合计, 没收合计, 罚没款合计).
 * Pure (no Vue, no DB) so it is unit-tested; the rules themselves are shared/discretion.
 */
import {
  assessFine,
  discretionSentence,
  FACT_OF_BASE,
  fineRuleBases,
  forfeitureTotalFen,
  formatFenForText,
  type DiscretionBands,
  type DiscretionKind,
  type BandRanges,
  type FenRange,
  type FineAssessment,
  type FineBase,
  type FineRule,
  type PenaltyItem,
  type ViolationEntry,
} from '@shared/discretion'
import {
  assessItem,
  penaltyItemFromEntry,
  warningInsteadOfFine,
} from '@shared/domain/case/penalty-checks'
import { formatFenAsYuan, parseYuanToFen } from '@shared/money'

/** The form values of one violation's row. Amounts are the 元 strings as typed. */
export interface PenaltyRow {
  violationId: string
  violationName: string
  violates: string
  basis: string
  fineRule?: FineRule
  correctionRequired: boolean
  goodsValueFen: string
  illegalGainsFen: string
  adFeeFen: string
  turnoverFen: string
  baseUnusable: boolean
  warning: boolean
  fineFen: string
  confiscatedGainsFen: string
  confiscatedPropertyValueFen: string
  discretion: DiscretionKind
  /** 从轻/减轻: keys of LENIENCY_GROUNDS. */
  grounds: string[]
  /** 从重: one ground per line (free text). */
  heavierGrounds: string
  reason: string
}

/** The money keys of a row (元 strings in the form, 分 in the item). */
export const ROW_MONEY_KEYS = [
  'goodsValueFen',
  'illegalGainsFen',
  'adFeeFen',
  'turnoverFen',
  'fineFen',
  'confiscatedGainsFen',
  'confiscatedPropertyValueFen',
] as const
type MoneyKey = (typeof ROW_MONEY_KEYS)[number]

/** Which row field holds the value of a fine base (the same field names as the item's facts). */
export const BASE_FIELD = FACT_OF_BASE

const yuanText = (fen: number | undefined) =>
  fen === undefined ? '' : formatFenAsYuan(fen).replace(/,/g, '')

/** A stored item back in row form (prefill from the 告知 or the investigation report). */
export function rowFromItem(item: PenaltyItem): PenaltyRow {
  return {
    violationId: item.violationId,
    violationName: item.violationName,
    violates: item.violates,
    basis: item.basis,
    ...(item.fineRule ? { fineRule: item.fineRule } : {}),
    correctionRequired: item.correctionRequired,
    goodsValueFen: yuanText(item.goodsValueFen),
    illegalGainsFen: yuanText(item.illegalGainsFen),
    adFeeFen: yuanText(item.adFeeFen),
    turnoverFen: yuanText(item.turnoverFen),
    baseUnusable: item.baseUnusable === true,
    warning: item.warning,
    fineFen: yuanText(item.fineFen),
    confiscatedGainsFen: yuanText(item.confiscatedGainsFen),
    confiscatedPropertyValueFen: yuanText(item.confiscatedPropertyValueFen),
    discretion: item.discretion,
    grounds: item.discretion === 'heavier' ? [] : [...item.grounds],
    heavierGrounds: item.discretion === 'heavier' ? item.grounds.join('\n') : '',
    reason: item.reason ?? '',
  }
}

/** A new row for a catalogue entry: nothing decided yet (amounts empty, 一般). */
export function rowFromEntry(entry: ViolationEntry): PenaltyRow {
  return { ...rowFromItem(penaltyItemFromEntry(entry)), fineFen: '' }
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const MONEY_MESSAGE = '请填写金额（元），只能是数字，最多两位小数，如 5000 或 1234.50'

function money(row: PenaltyRow, key: MoneyKey, at: string, errors: Record<string, string>) {
  const text = str(row[key])
  if (text === '') return undefined
  const fen = parseYuanToFen(text)
  if (fen === undefined) errors[`${at}.${key}`] = MONEY_MESSAGE
  return fen
}

/**
 * The item a row describes (not yet validated: the schema and checkAct do that). Empty amounts are
 * 0 for the penalty and "not established" for the bases; money typing errors go to `errors` under
 * `${at}.<key>`.
 */
export function rowToItem(
  row: PenaltyRow,
  at: string,
  errors: Record<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    violationId: row.violationId,
    violationName: str(row.violationName),
    violates: str(row.violates),
    basis: str(row.basis),
    correctionRequired: row.correctionRequired === true,
    warning: row.warning === true,
    discretion: row.discretion,
    grounds:
      row.discretion === 'heavier'
        ? row.heavierGrounds
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : row.discretion === 'general'
          ? []
          : [...row.grounds],
  }
  if (row.fineRule) out.fineRule = row.fineRule
  const needed = new Set<string>(
    row.fineRule ? fineRuleBases(row.fineRule).map((b) => BASE_FIELD[b]) : [],
  )
  for (const key of ROW_MONEY_KEYS) {
    const isBase = (Object.values(BASE_FIELD) as string[]).includes(key)
    if (isBase && !needed.has(key)) continue
    const fen = money(row, key, at, errors)
    if (fen !== undefined) out[key] = fen
    else if (!isBase) out[key] = 0
  }
  if (row.baseUnusable && row.fineRule?.kind === 'fallback') out.baseUnusable = true
  if (str(row.reason) !== '') out.reason = str(row.reason)
  return out
}

/** The bases a row's rule needs (shown as inputs only then). */
export function rowBases(row: Pick<PenaltyRow, 'fineRule'>): FineBase[] {
  return row.fineRule ? fineRuleBases(row.fineRule) : []
}

/** Live assessment of a row, or the money typing error that prevents it. */
export function assessRow(
  row: PenaltyRow,
  bands: DiscretionBands,
): { assessment: FineAssessment; sentence: string; fineFen: number } | { inputError: string } {
  const errors: Record<string, string> = {}
  const item = rowToItem(row, 'row', errors)
  const first = Object.values(errors)[0]
  if (first) return { inputError: first }
  const fineFen = item.fineFen as number
  const facts = {
    goodsValueFen: item.goodsValueFen as number | undefined,
    illegalGainsFen: item.illegalGainsFen as number | undefined,
    adFeeFen: item.adFeeFen as number | undefined,
    turnoverFen: item.turnoverFen as number | undefined,
    baseUnusable: item.baseUnusable === true,
  }
  const grounds = item.grounds as string[]
  const reason = item.reason as string | undefined
  // The range is shown in any case; a 警告 instead of a fine (where the basis allows it) is
  // judged without it, as checkAct does (assessItem).
  const full = assessFine({
    rule: row.fineRule,
    facts,
    fineFen,
    kind: row.discretion,
    grounds,
    reason,
    bands,
  })
  const judged = { violationId: row.violationId, warning: row.warning, fineFen }
  if (warningInsteadOfFine(judged)) {
    const a = assessItem(
      { ...judged, ...facts, fineRule: row.fineRule, discretion: row.discretion, grounds, reason },
      bands,
    )
    return {
      assessment: { ...full, problems: a.problems },
      sentence: '依据规定责令改正、给予警告；拒不改正的，方在法定幅度内处以罚款。',
      fineFen,
    }
  }
  return { assessment: full, sentence: discretionSentence(full, fineFen, row.discretion), fineFen }
}

/** 法定罚款幅度 for the UI: 20万元至40万元, 5000元以下, 2000元. */
export function rangeLabel(r: FenRange): string {
  if (r.minFen === r.maxFen) return formatFenForText(r.maxFen)
  if (r.minFen === 0) return `${formatFenForText(r.maxFen)}以下`
  return `${formatFenForText(r.minFen)}至${formatFenForText(r.maxFen)}`
}

/** One band for the UI ('该档为空' when the span is too small to hold it). */
export function bandLabel(r: FenRange): string {
  if (r.minFen > r.maxFen) return '该档为空'
  return r.minFen === r.maxFen ? formatFenForText(r.minFen) : rangeLabel(r)
}

/**
 * The three bands as the officer reads them: 从轻 20万元至26万元; 一般 超过26万元、不足34万元 (一般
 * owns neither boundary, so it is named by them rather than by its first and last 分); 从重
 * 34万元至40万元.
 */
export function bandLabels(b: BandRanges): { lighter: string; general: string; heavier: string } {
  const general =
    b.general.minFen > b.general.maxFen
      ? '该档为空'
      : b.lighter.minFen === b.heavier.maxFen
        ? formatFenForText(b.general.minFen)
        : `超过${formatFenForText(b.lighter.maxFen)}、不足${formatFenForText(b.heavier.minFen)}`
  return { lighter: bandLabel(b.lighter), general, heavier: bandLabel(b.heavier) }
}

/** The combined totals of all rows (amounts that cannot be read count as 0). */
export interface RowTotals {
  warning: boolean
  fineFen: number
  confiscatedGainsFen: number
  confiscatedPropertyValueFen: number
  /** 没收合计 = confiscated gains + confiscated property value. */
  confiscatedFen: number
  /** 罚没款合计 = fines + confiscations (forfeitureTotalFen). */
  forfeitureFen: number
}

/** Totals of the rows (罚款合计, 没收合计, 罚没款合计). */
export function rowsTotals(rows: readonly PenaltyRow[]): RowTotals {
  const amounts = rows.map((r) => {
    const fen = (k: MoneyKey) => parseYuanToFen(str(r[k]) || '0') ?? 0
    return {
      fineFen: fen('fineFen'),
      confiscatedGainsFen: fen('confiscatedGainsFen'),
      confiscatedPropertyValueFen: fen('confiscatedPropertyValueFen'),
    }
  })
  const sum = (k: keyof (typeof amounts)[number]) => amounts.reduce((s, a) => s + a[k], 0)
  const confiscatedGainsFen = sum('confiscatedGainsFen')
  const confiscatedPropertyValueFen = sum('confiscatedPropertyValueFen')
  return {
    warning: rows.some((r) => r.warning),
    fineFen: sum('fineFen'),
    confiscatedGainsFen,
    confiscatedPropertyValueFen,
    confiscatedFen: confiscatedGainsFen + confiscatedPropertyValueFen,
    forfeitureFen: forfeitureTotalFen(amounts),
  }
}

/** The 处罚依据 line of a penalty made of these rows: each basis once, in row order. */
export function basisOfRows(rows: readonly Pick<PenaltyRow, 'basis'>[]): string {
  return [...new Set(rows.map((r) => r.basis.trim()).filter((b) => b !== ''))].join('；')
}
