/**
 * The case's violations for the documents: the catalogue entries a case names (`violationIds`,
 * resolved against the catalogue in use — built-in entries merged with the office's own) and the
 * per-violation penalty items of a notice or decision as the templates print them
 * (docs/domain/discretion.md).
 */
import { BUILTIN_VIOLATIONS, findViolation } from '../../discretion/catalogue'
import type { PenaltyItem as DomainPenaltyItem } from '../../discretion/item'
import { formatProvision } from '../../discretion/provision'
import type { DiscretionBands, ViolationEntry } from '../../discretion/types'
import { LENIENCY_GROUNDS, type Penalty } from '../../domain/case'
import { formatYuan } from '../format/money'
import { joinProvisions } from '../blocks/penalty'
import type { PenaltyLine, ViolationPenalty } from '../schemas'
import type { CaseSource } from './types'

/**
 * The entries with the given ids, in the order of `ids`; unknown ids are left out (an office may
 * have removed its own entry since). Pure: the catalogue is a parameter.
 */
export function resolveViolations(
  ids: readonly string[],
  entries: readonly ViolationEntry[],
): ViolationEntry[] {
  return ids.flatMap((id) => {
    const e = findViolation(entries, id)
    return e ? [e] : []
  })
}

/** The catalogue entries of the case (its `violationIds`), from the source's catalogue. */
export function caseViolations(src: CaseSource): ViolationEntry[] {
  return resolveViolations(src.facts.violationIds ?? [], src.violations ?? BUILTIN_VIOLATIONS)
}

/**
 * The provisions violated by the given entries (or, without ids, by the case's violations) as one
 * printed citation; undefined when there is none.
 */
export function violatedProvisionOf(src: CaseSource, ids?: readonly string[]): string | undefined {
  const entries = ids
    ? resolveViolations(ids, src.violations ?? BUILTIN_VIOLATIONS)
    : caseViolations(src)
  const text = joinProvisions(entries.flatMap((e) => e.violates.map(formatProvision)))
  return text || undefined
}

/**
 * What a 责令改正通知书 cites from one catalogue entry: the provisions violated and — only when the
 * basis itself orders correction (`correctionMandatory`) — the basis. APL Art. 28 para 1 is added
 * by the template.
 */
export function correctionCitation(e: ViolationEntry): { violates: string[]; basis?: string } {
  return {
    violates: e.violates.map(formatProvision),
    ...(e.correctionMandatory ? { basis: formatProvision(e.basis) } : {}),
  }
}

/** The penalty of one item as printed items (警告, 罚款, 没收违法所得, 没收非法财物). */
export function itemPenalties(i: DomainPenaltyItem): PenaltyLine[] {
  const out: PenaltyLine[] = []
  if (i.warning) out.push({ type: '警告' })
  if (i.fineFen > 0) out.push({ type: '罚款', amountFen: i.fineFen })
  if (i.confiscatedGainsFen > 0)
    out.push({ type: '没收违法所得', amountFen: i.confiscatedGainsFen })
  if (i.confiscatedPropertyValueFen > 0)
    out.push({
      type: '没收非法财物',
      detail: `价值人民币${formatYuan(i.confiscatedPropertyValueFen)}`,
    })
  return out
}

/** 从轻/减轻 grounds are keys of LENIENCY_GROUNDS (printed as their text); 从重 grounds are text. */
function groundLabel(g: string): string {
  return g in LENIENCY_GROUNDS ? LENIENCY_GROUNDS[g as keyof typeof LENIENCY_GROUNDS] : g
}

/** One domain item as the templates' violation (with what its discretion sentence needs). */
export function printedViolation(i: DomainPenaltyItem, bands: DiscretionBands): ViolationPenalty {
  const facts = {
    ...(i.goodsValueFen !== undefined ? { goodsValueFen: i.goodsValueFen } : {}),
    ...(i.illegalGainsFen !== undefined ? { illegalGainsFen: i.illegalGainsFen } : {}),
    ...(i.adFeeFen !== undefined ? { adFeeFen: i.adFeeFen } : {}),
    ...(i.turnoverFen !== undefined ? { turnoverFen: i.turnoverFen } : {}),
    ...(i.baseUnusable ? { baseUnusable: true } : {}),
  }
  return {
    name: i.violationName,
    violates: i.violates,
    basis: i.basis,
    penalties: itemPenalties(i),
    discretion: i.discretion,
    grounds: i.grounds.map(groundLabel),
    ...(i.reason?.trim() ? { reason: i.reason.trim() } : {}),
    ...(i.fineRule ? { fine: { rule: i.fineRule, facts, fineFen: i.fineFen, bands } } : {}),
  }
}

/**
 * The per-violation items of a penalty as printed, or undefined when the penalty has none (a
 * penalty recorded before items existed) or an item has nothing printable of its own (then the
 * document keeps the combined layout).
 */
export function printedViolations(
  p: Penalty,
  bands: DiscretionBands,
): ViolationPenalty[] | undefined {
  const items = p.items ?? []
  if (items.length === 0 || items.some((i) => itemPenalties(i).length === 0)) return undefined
  return items.map((i) => printedViolation(i, bands))
}

/** The 罚没款 amounts of a penalty (its totals equal the items' totals). */
export function forfeitureOf(p: Penalty): {
  fineFen: number
  confiscatedGainsFen: number
  confiscatedPropertyValueFen: number
} {
  return {
    fineFen: p.fineFen,
    confiscatedGainsFen: p.confiscatedGainsFen,
    confiscatedPropertyValueFen: p.confiscatedPropertyValueFen,
  }
}

/** APL Art. 28 para 1, the general basis of every 责令改正. */
const APL_28_1 = '《中华人民共和国行政处罚法》第二十八条第一款'

/**
 * What a 责令改正通知书 cites from the case's violations: the provisions violated, the basis of the
 * order (APL Art. 28 para 1 and, where the catalogue says the basis requires correction, that
 * basis) and the per-violation citations for the template. Undefined when the case names no
 * violation: the order then prints what was entered on the act, as before.
 */
export function correctionOrderCitations(src: CaseSource):
  | {
      violatedProvision: string
      legalBasis: string
      violations: Array<{ violates: string[]; basis?: string }>
    }
  | undefined {
  const entries = caseViolations(src)
  if (entries.length === 0) return undefined
  const violations = entries.map(correctionCitation)
  const bases = joinProvisions(violations.flatMap((v) => (v.basis ? [v.basis] : [])))
  return {
    violatedProvision: joinProvisions(violations.flatMap((v) => v.violates)),
    legalBasis: [APL_28_1, bases].filter(Boolean).join('和'),
    violations,
  }
}
