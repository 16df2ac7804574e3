// The discretion rules applied to the penalties of a case (docs/domain/discretion.md): every
// violation's fine inside its lawful range and band (or 减轻 with a ground of APL Art. 32), a
// decision no heavier per violation than its 告知, 责令改正 joined where the basis requires it
// (APL Art. 28), and the summary procedure only where the law's minimum allows it (APL Art. 51).
import {
  assessFine,
  DEFAULT_DISCRETION_BANDS,
  formatProvision,
  lawfulFineRange,
  type FineAssessment,
  summaryProcedureRefusal,
} from '../../discretion'
import { BUILTIN_VIOLATIONS, findViolation } from '../../discretion/catalogue'
import type { PenaltyItem } from '../../discretion/item'
import type { DiscretionBands, FineFacts, FineRule, ViolationEntry } from '../../discretion/types'
import { type ActOf } from './acts'
import { type CaseView } from './case-view'
import { legalDate } from './common'
import { thresholdClass, type Party } from './party'
import { type Penalty } from './penalty'
import { type RuleSettings } from './settings'

/** The office's band split, or the default 30/30 (settings saved before bands existed). */
export function bandsOf(settings: Partial<Pick<RuleSettings, 'discretionBands'>>): DiscretionBands {
  return settings.discretionBands ?? DEFAULT_DISCRETION_BANDS
}

/**
 * A penalty item for a catalogue entry, with the entry's names, provisions and rule snapshot
 * (nothing decided yet: no fine, 一般); `over` sets the decided values.
 */
export function penaltyItemFromEntry(
  entry: ViolationEntry,
  over: Partial<PenaltyItem> = {},
): PenaltyItem {
  return {
    violationId: entry.id,
    violationName: entry.name,
    violates: entry.violates.map(formatProvision).join('、'),
    basis: formatProvision(entry.basis),
    ...(entry.fine ? { fineRule: entry.fine } : {}),
    warning: false,
    fineFen: 0,
    confiscatedGainsFen: 0,
    confiscatedPropertyValueFen: 0,
    discretion: 'general',
    grounds: [],
    correctionRequired: entry.correctionMandatory,
    ...(entry.fineOnlyIfNotCorrected ? { fineOnlyIfNotCorrected: true } : {}),
    ...over,
  }
}

/** The facts a penalty item's fine is computed from. */
export function itemFacts(
  item: Pick<
    PenaltyItem,
    'goodsValueFen' | 'illegalGainsFen' | 'adFeeFen' | 'turnoverFen' | 'baseUnusable'
  >,
): FineFacts {
  return {
    goodsValueFen: item.goodsValueFen,
    illegalGainsFen: item.illegalGainsFen,
    adFeeFen: item.adFeeFen,
    turnoverFen: item.turnoverFen,
    baseUnusable: item.baseUnusable,
  }
}

/**
 * Whether the item is a 警告 without a fine under a basis that fines only after a refused
 * correction ("责令改正，给予警告；拒不改正的，处……罚款", e.g. FSL Art. 126 para 1): the fine's
 * range does not apply then. The flag is read from the built-in catalogue entry of the same id
 * (PenaltyItemSchema has no snapshot of it; an office's own entry is not known here).
 */
export function warningInsteadOfFine(
  item: Pick<PenaltyItem, 'violationId' | 'warning' | 'fineFen' | 'fineOnlyIfNotCorrected'>,
): boolean {
  // The item's own snapshot decides (office entries included); items stored before the snapshot
  // existed fall back to the built-in catalogue.
  const onlyIfNotCorrected =
    item.fineOnlyIfNotCorrected ??
    findViolation(BUILTIN_VIOLATIONS, item.violationId)?.fineOnlyIfNotCorrected === true
  return item.warning && item.fineFen === 0 && onlyIfNotCorrected
}

type AssessedItem = Pick<
  PenaltyItem,
  | 'violationId'
  | 'fineRule'
  | 'goodsValueFen'
  | 'illegalGainsFen'
  | 'adFeeFen'
  | 'turnoverFen'
  | 'baseUnusable'
  | 'warning'
  | 'fineFen'
  | 'discretion'
  | 'grounds'
  | 'reason'
>

/**
 * assessFine for one item (outside the lawful range without 减轻 and an APL Art. 32 ground,
 * 从轻/从重 without a ground, outside the suggested band without a written reason). A 警告 instead
 * of a fine where the basis allows it ({@link warningInsteadOfFine}) is assessed without the range.
 */
export function assessItem(item: AssessedItem, bands: DiscretionBands): FineAssessment {
  return assessFine({
    rule: warningInsteadOfFine(item) ? undefined : item.fineRule,
    facts: itemFacts(item),
    fineFen: item.fineFen,
    kind: item.discretion,
    grounds: item.grounds,
    reason: item.reason,
    bands,
  })
}

/** What is wrong with one violation's fine ({@link assessItem}), prefixed with its name. */
export function itemProblems(item: PenaltyItem, bands: DiscretionBands): string[] {
  return assessItem(item, bands).problems.map((p) => `“${item.violationName}”：${p}`)
}

/** The problems of every item of a penalty (none for a penalty without items: older records). */
export function penaltyItemsReasons(p: Penalty | undefined, bands: DiscretionBands): string[] {
  return (p?.items ?? []).flatMap((i) => itemProblems(i, bands))
}

function itemExceeds(d: PenaltyItem, p: PenaltyItem): boolean {
  return (
    d.fineFen > p.fineFen ||
    d.confiscatedGainsFen > p.confiscatedGainsFen ||
    d.confiscatedPropertyValueFen > p.confiscatedPropertyValueFen ||
    (d.warning && !p.warning)
  )
}

/**
 * Violations whose decided penalty is heavier than the one proposed in the 告知 (or which the
 * 告知 did not name at all), compared per violation; empty unless both penalties have items.
 */
export function itemsExceedingNotice(decided: Penalty, proposed: Penalty): string[] {
  if (!decided.items?.length || !proposed.items?.length) return []
  const out: string[] = []
  for (const d of decided.items) {
    const p = proposed.items.find((x) => x.violationId === d.violationId)
    if (!p || itemExceeds(d, p)) out.push(d.violationName)
  }
  return out
}

/** The earlier effective 责令改正通知书 of a case (on or before `on`). */
export function earlierCorrectionOrders(v: CaseView, on: string): ActOf<'correctionOrderServed'>[] {
  return v.all('correctionOrderServed').filter((a) => a.occurredOn <= on)
}

/**
 * Why a decision lacks its 责令改正 (APL Art. 28 para 1): an item's basis requires correction,
 * the decision does not join one and no earlier 责令改正通知书 of the case covers it; or a joined
 * 限期改正 has no (or a past) date. Empty when nothing is missing.
 */
export function correctionReasons(
  v: CaseView,
  decision: Pick<ActOf<'penaltyDecision'>, 'occurredOn' | 'payload'>,
): string[] {
  const { correction, penalty } = decision.payload
  if (correction) {
    if (correction.mode === 'byDate' && !correction.dueOn) return ['限期改正的，请填写改正期限']
    if (correction.dueOn && !legalDate.safeParse(correction.dueOn).success)
      return ['改正期限不是有效日期，请重新选择']
    if (correction.mode === 'byDate' && correction.dueOn && correction.dueOn < decision.occurredOn)
      return ['改正期限不能早于决定日期']
    return []
  }
  const needing = (penalty.items ?? []).filter((i) => i.correctionRequired)
  if (needing.length === 0 || earlierCorrectionOrders(v, decision.occurredOn).length > 0) return []
  return [
    `${needing.map((i) => `“${i.violationName}”`).join('、')}的处罚依据规定应当责令改正，本案尚未送达责令改正通知书：请在决定中写明责令改正的要求（行政处罚法第二十八条第一款：行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为）`,
  ]
}

/**
 * The lowest minimum fine a rule can have for any facts (分): the floor below which a 当场 fine is
 * never lawful. A multiple of an unknown base may be tiny (0); a tiered rule's upper tier starts at
 * its threshold.
 */
export function lowestLawfulFineFen(rule: FineRule): number {
  switch (rule.kind) {
    case 'fixed':
      return rule.minFen
    case 'multiple':
      return 0
    case 'tiered': {
      // At the threshold itself the upper tier's minimum is lowest; computed exactly (no floats).
      const t = rule.thresholdFen
      const upper =
        rule.atOrAbove.kind === 'multiple'
          ? lawfulFineRange(rule.atOrAbove, {
              goodsValueFen: t,
              illegalGainsFen: t,
              adFeeFen: t,
              turnoverFen: t,
            }).minFen
          : lowestLawfulFineFen(rule.atOrAbove)
      return Math.min(lowestLawfulFineFen(rule.below), upper)
    }
    case 'fallback':
      return Math.min(lowestLawfulFineFen(rule.primary), lowestLawfulFineFen(rule.fallback))
  }
}

/** The party as the summary-procedure caps see it (APL Art. 51: 公民 / 法人或者其他组织). */
export function summaryPartyKind(
  party: Party,
  soleTraderAs: RuleSettings['soleTraderAs'],
): 'person' | 'organisation' {
  return thresholdClass(party, soleTraderAs) === 'naturalPerson' ? 'person' : 'organisation'
}

/**
 * Why a 当场处罚 may not be recorded (APL Art. 51; the law's minimum for the violation), in
 * Chinese, or null when it may.
 */
export function summaryPenaltyRefusal(
  party: Party,
  payload: Pick<ActOf<'summaryPenalty'>['payload'], 'fineFen' | 'fineRule' | 'legalBasis'>,
  settings: Pick<RuleSettings, 'soleTraderAs'>,
): string | null {
  const rule = payload.fineRule
  return summaryProcedureRefusal({
    partyKind: summaryPartyKind(party, settings.soleTraderAs),
    penalty: payload.fineFen > 0 ? 'fine' : 'warning',
    fineFen: payload.fineFen,
    lawfulMinFen: rule ? lowestLawfulFineFen(rule) : undefined,
    ruleText: payload.legalBasis,
  })
}

/**
 * Why the summary procedure is not open for a case's violations before any amount is entered
 * (the first violation whose basis requires a fine whose lawful minimum exceeds the 当场 cap),
 * or null. A basis without a fine, or one that fines only after a refused correction, allows a
 * 当场 警告.
 */
export function summaryRefusalForViolations(
  party: Party,
  entries: readonly Pick<ViolationEntry, 'name' | 'fine' | 'fineOnlyIfNotCorrected' | 'basis'>[],
  settings: Pick<RuleSettings, 'soleTraderAs'>,
): string | null {
  const partyKind = summaryPartyKind(party, settings.soleTraderAs)
  for (const e of entries) {
    if (!e.fine || e.fineOnlyIfNotCorrected) continue
    const why = summaryProcedureRefusal({
      partyKind,
      penalty: 'fine',
      fineFen: 0,
      lawfulMinFen: lowestLawfulFineFen(e.fine),
      ruleText: formatProvision(e.basis),
    })
    if (why) return `“${e.name}”：${why}`
  }
  return null
}
