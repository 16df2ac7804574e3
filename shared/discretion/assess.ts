// Assessment of a proposed fine against its lawful range and the office's 裁量 bands, the sentence
// the 法制审核表 prints, and the summary-procedure ceiling (docs/domain/discretion.md).
import { bandOf, bandRanges, positionInRange, type BandRanges } from './bands'
import { DiscretionError, lawfulFineRange } from './fine-rule'
import { formatFenForText } from './provision'
import {
  BAND_LABELS,
  DISCRETION_KINDS,
  type Band,
  type DiscretionBands,
  type DiscretionKind,
  type FenRange,
  type FineFacts,
  type FineRule,
} from './types'

/** The result of {@link assessFine}. */
export interface FineAssessment {
  /** Lawful range; null when there is no rule (the basis provides no fine) or it cannot be computed. */
  range: FenRange | null
  /** Why the range could not be computed (facts missing, rule malformed); null otherwise. */
  rangeError: string | null
  /** The bands of the range; null without a range. */
  bands: BandRanges | null
  /** The band the fine lies in; null without a range. */
  band: Band | null
  /** Position in per cent of the span; null without a range or when the range has no span. */
  positionPercent: number | null
  /** The amounts matching the chosen kind; for 减轻 everything under the minimum. */
  suggested: FenRange | null
  /** Chinese refusals, each saying what to do; empty = acceptable. */
  problems: string[]
  /** A written reason is required (从轻/从重/减轻, or a fine outside the chosen band). */
  needsReason: boolean
}

/**
 * Whether a leniency ground (a key of LENIENCY_GROUNDS in shared/domain/case/penalty.ts) is a
 * statutory ground that allows 减轻 below the minimum: APL Art. 32 items (`art32_*`), minors
 * (Art. 30, `art30_minor`) and persons of limited capacity (Art. 31, `art31_limited`). A ground from
 * an office's 裁量基准 alone does not (docs/domain/discretion.md, "减轻").
 */
export function isStatutoryMitigationGround(ground: string): boolean {
  return ground.startsWith('art32_') || ground === 'art30_minor' || ground === 'art31_limited'
}

const KIND_BAND: Record<Exclude<DiscretionKind, 'mitigated'>, keyof BandRanges> = {
  general: 'general',
  lighter: 'lighter',
  heavier: 'heavier',
}

/** The text of one band in brackets: 5万元至6.5万元, or for 一般 超过6.5万元、不足8.5万元. */
function bandText(which: keyof BandRanges, b: BandRanges): string {
  const r = b[which]
  if (r.minFen > r.maxFen) return '该档为空'
  if (r.minFen === r.maxFen) return formatFenForText(r.minFen)
  if (which === 'general') {
    return `超过${formatFenForText(b.lighter.maxFen)}、不足${formatFenForText(b.heavier.minFen)}`
  }
  return `${formatFenForText(r.minFen)}至${formatFenForText(r.maxFen)}`
}

/** 法定罚款幅度 as words: 5万元以上10万元以下 / 5000元以下 / 2000元. */
function rangeText(r: FenRange): string {
  if (r.minFen === r.maxFen) return formatFenForText(r.maxFen)
  if (r.minFen === 0) return `${formatFenForText(r.maxFen)}以下`
  return `${formatFenForText(r.minFen)}以上${formatFenForText(r.maxFen)}以下`
}

function hasText(s: string | undefined): boolean {
  return s !== undefined && s.trim() !== ''
}

/**
 * Checks a proposed fine. Rules (docs/domain/discretion.md, "Assessment"):
 * - without a rule the basis provides no fine, so any fine > 0 is refused;
 * - below the lawful minimum only as 减轻 with at least one statutory ground
 *   ({@link isStatutoryMitigationGround}); above the maximum never;
 * - 减轻 with a fine inside the range is refused (choose 从轻 instead);
 * - 从轻/从重/减轻 need at least one ground and a written reason;
 * - a fine outside the band of the chosen kind needs a written reason.
 * A rule the facts cannot be applied to yields `rangeError` and a problem (no throw).
 */
export function assessFine(x: {
  rule?: FineRule
  facts: FineFacts
  fineFen: number
  kind: DiscretionKind
  grounds: readonly string[]
  reason?: string
  bands: DiscretionBands
}): FineAssessment {
  const { fineFen, kind } = x
  const kindLabel = DISCRETION_KINDS[kind]
  const problems: string[] = []
  const reasonGiven = hasText(x.reason)
  const groundsGiven = x.grounds.some((g) => g.trim() !== '')
  const out: FineAssessment = {
    range: null,
    rangeError: null,
    bands: null,
    band: null,
    positionPercent: null,
    suggested: null,
    problems,
    needsReason: kind !== 'general',
  }

  if (!Number.isSafeInteger(fineFen) || fineFen < 0) {
    problems.push('罚款金额应为非负整数（单位：分），请重新填写')
    return out
  }
  if (kind !== 'general' && !groundsGiven) {
    problems.push(`${kindLabel}处罚须至少选择一项依据，请选择${kindLabel}的情形`)
  }

  if (x.rule === undefined) {
    if (fineFen > 0) {
      problems.push(
        '该违法行为的处罚依据没有规定罚款，不能处以罚款，请将罚款改为0或选择正确的违法行为',
      )
    }
    if (kind !== 'general' && !reasonGiven)
      problems.push(`${kindLabel}处罚须写明理由，请填写裁量理由`)
    return out
  }

  let range: FenRange
  try {
    range = lawfulFineRange(x.rule, x.facts)
  } catch (e) {
    if (!(e instanceof DiscretionError)) throw e
    out.rangeError = e.message
    problems.push(e.message)
    if (kind !== 'general' && !reasonGiven)
      problems.push(`${kindLabel}处罚须写明理由，请填写裁量理由`)
    return out
  }
  const bands = bandRanges(range, x.bands)
  out.range = range
  out.bands = bands
  out.band = bandOf(fineFen, range, x.bands)
  out.positionPercent = positionInRange(fineFen, range)

  const min = formatFenForText(range.minFen)
  const max = formatFenForText(range.maxFen)
  const fine = formatFenForText(fineFen)
  let reasonProblem: string | null =
    kind !== 'general' ? `${kindLabel}处罚须写明理由，请填写裁量理由` : null

  if (kind === 'mitigated') {
    out.suggested = range.minFen > 0 ? { minFen: 0, maxFen: range.minFen - 1 } : null
    const statutory = x.grounds.some(isStatutoryMitigationGround)
    if (fineFen >= range.minFen && fineFen <= range.maxFen) {
      problems.push(
        `减轻处罚是指低于法定最低限额处罚，拟罚款${fine}在法定幅度（${rangeText(range)}）内，请改选“从轻”或“一般”`,
      )
    } else if (fineFen < range.minFen && !statutory) {
      problems.push(
        '减轻处罚（罚款低于法定最低限额）须具备行政处罚法第三十二条等规定的法定情形，请选择法定依据',
      )
    }
  } else {
    const which = KIND_BAND[kind]
    out.suggested = { ...bands[which] }
    if (fineFen < range.minFen) {
      problems.push(
        `拟罚款${fine}低于法定最低限额${min}；只有具备行政处罚法第三十二条等法定情形并选择“减轻”时才可以低于最低限额，请调整罚款或改选减轻处罚`,
      )
    } else if (fineFen <= range.maxFen) {
      const s = bands[which]
      if (fineFen < s.minFen || fineFen > s.maxFen) {
        out.needsReason = true
        reasonProblem = `拟罚款不在所选${kindLabel}档（${bandText(which, bands)}）内，请填写理由`
      }
    }
  }
  if (fineFen > range.maxFen) {
    problems.push(`拟罚款${fine}超过法定最高限额${max}，请调整罚款`)
  }
  if (reasonProblem !== null && !reasonGiven) problems.push(reasonProblem)
  return out
}

/**
 * The discretion sentence the 法制审核表 prints, computed from the numbers (never typed), e.g.
 * "法定罚款幅度为5万元以上10万元以下，拟罚款6万元，位于该幅度的20%处，属从轻档（5万元至6.5万元）。"
 * or "……拟罚款3万元，低于法定最低限额5万元，属减轻处罚。". When the chosen kind differs from the
 * band the amount lies in, a second clause says so.
 */
export function discretionSentence(
  a: FineAssessment,
  fineFen: number,
  kind: DiscretionKind,
): string {
  const fine = formatFenForText(fineFen)
  if (a.rangeError !== null) return `罚款幅度无法计算：${a.rangeError}。`
  if (a.range === null) {
    return fineFen === 0
      ? '处罚依据没有规定罚款，不予罚款。'
      : `处罚依据没有规定罚款，拟罚款${fine}没有依据。`
  }
  const r = a.range
  const head = `法定罚款幅度为${rangeText(r)}，拟罚款${fine}，`
  if (fineFen < r.minFen) {
    const tail = kind === 'mitigated' ? '，属减轻处罚。' : '。'
    return `${head}低于法定最低限额${formatFenForText(r.minFen)}${tail}`
  }
  if (fineFen > r.maxFen) return `${head}超过法定最高限额${formatFenForText(r.maxFen)}。`
  if (a.positionPercent === null || a.bands === null) return `${head}为法定罚款数额。`
  // The band is read from the assessment's own bands, so the sentence cannot disagree with them.
  const which: keyof BandRanges =
    fineFen <= a.bands.lighter.maxFen
      ? 'lighter'
      : fineFen >= a.bands.heavier.minFen
        ? 'heavier'
        : 'general'
  let s = `${head}位于该幅度的${a.positionPercent}%处，属${BAND_LABELS[which]}档（${bandText(which, a.bands)}）。`
  if (kind === 'mitigated') {
    s += '所选裁量为减轻，但拟罚款未低于法定最低限额。'
  } else if (KIND_BAND[kind] !== which) {
    s += `所选裁量为${DISCRETION_KINDS[kind]}（${bandText(KIND_BAND[kind], a.bands)}），拟罚款不在该档内。`
  }
  return s
}

/** Summary-procedure fine ceilings in 分: APL Art. 51, SAMR-PR Art. 66 (¥200 / ¥3,000). */
export const SUMMARY_CEILING_FEN = { person: 20_000, organisation: 300_000 } as const

const PARTY_LABEL = { person: '自然人', organisation: '单位' } as const

/** Input of {@link summaryProcedureAllowed} / {@link summaryProcedureRefusal}. */
export interface SummaryProcedureInput {
  partyKind: 'person' | 'organisation'
  penalty: 'warning' | 'fine'
  /** The proposed fine in 分 (required for 'fine'). */
  fineFen?: number
  /** The lawful minimum of the applicable rule; above the ceiling the procedure never applies. */
  lawfulMinFen?: number
  /** The provision named in the refusal, e.g. 《食品安全法》第一百二十五条第一款. */
  ruleText?: string
}

/**
 * Why the summary procedure (当场处罚) cannot be used, in Chinese, or null when it can
 * (APL Art. 51; SAMR-PR Art. 66): a warning always can; a fine only up to ¥200 for a natural person
 * and ¥3,000 for an organisation, and only when the lawful minimum of the rule is itself within that
 * ceiling (e.g. FSL Art. 125(1) starts at ¥5,000, so even a ¥200 fine — which would be 减轻 — needs
 * the ordinary procedure).
 */
export function summaryProcedureRefusal(x: SummaryProcedureInput): string | null {
  if (x.penalty === 'warning') return null
  const ceiling = SUMMARY_CEILING_FEN[x.partyKind]
  const limit = `当场处罚的限额（${PARTY_LABEL[x.partyKind]}${formatFenForText(ceiling)}）`
  if (x.fineFen === undefined) return '未填写罚款金额，请先填写罚款金额，再判断能否适用简易程序。'
  if (!Number.isSafeInteger(x.fineFen) || x.fineFen < 0) {
    return '罚款金额应为非负整数（单位：分），请重新填写。'
  }
  if (x.lawfulMinFen !== undefined && x.lawfulMinFen > ceiling) {
    const what = hasText(x.ruleText) ? (x.ruleText ?? '').trim() : '该违法行为'
    return `${what}的罚款最低为${formatFenForText(x.lawfulMinFen)}，超过${limit}，不能适用简易程序，请按一般程序办理。`
  }
  if (x.fineFen > ceiling) {
    return `拟罚款${formatFenForText(x.fineFen)}，超过${limit}，不能适用简易程序，请按一般程序办理。`
  }
  return null
}

/** Whether the summary procedure may be used; see {@link summaryProcedureRefusal}. */
export function summaryProcedureAllowed(x: SummaryProcedureInput): boolean {
  return summaryProcedureRefusal(x) === null
}
