/** Penalty items as printed on notices and decisions (APL Art. 9 types). */
import type { PenaltyLine } from '../schemas'
import { formatAmountForDecision, formatYuan } from '../format/money'
import { forfeitureTotalFen } from '../../discretion/item'
import { assessFine, discretionSentence } from '../../discretion/assess'
import type { DiscretionBands, FineFacts, FineRule } from '../../discretion/types'

/** One penalty item: 罚款人民币壹万贰仟元整（12,000.00元）, 警告, 没收…. */
export function penaltyItemText(item: PenaltyLine): string {
  const detail = item.detail ? item.detail : ''
  if (item.amountFen !== undefined && (item.type === '罚款' || item.type === '没收违法所得')) {
    return `${item.type}${formatAmountForDecision(item.amountFen)}${detail ? `，${detail}` : ''}`
  }
  return `${item.type}${detail ? `：${detail}` : ''}`
}

/** Total of the amounts the party must pay (fines and confiscated gains), in 分. */
export function amountDueFen(items: PenaltyLine[]): number {
  return items.reduce(
    (sum, item) =>
      sum + (item.type === '罚款' || item.type === '没收违法所得' ? (item.amountFen ?? 0) : 0),
    0,
  )
}

/** Whether a decision is published (PubRule Art. 2: everything except warning-only decisions). */
export function isPublishedDecision(items: PenaltyLine[]): boolean {
  return items.some((item) => item.type !== '警告')
}

/** Printed label of a discretion key (一般/从轻/从重/减轻). */
export const DISCRETION_LABELS = {
  general: '一般',
  lighter: '从轻',
  heavier: '从重',
  mitigated: '减轻',
} as const

/** Parsed violation of a template input (after zod defaults). */
export interface PrintedViolation {
  name: string
  violates: string
  basis: string
  penalties: PenaltyLine[]
  discretion: keyof typeof DISCRETION_LABELS
  grounds: string[]
  reason?: string
}

/** The penalty of one violation in a sentence: 罚款人民币…，没收违法所得人民币…. */
export function violationPenaltyText(v: Pick<PrintedViolation, 'penalties'>): string {
  return v.penalties.map(penaltyItemText).join('，')
}

/**
 * One violation as a decision states it: "……（违法行为）。当事人的上述行为违反了…的规定，依据…
 * 的规定，{依法从轻}处以…" (on a notice: 拟…). 一般 is not named (the ordinary case).
 */
export function violationDecisionText(v: PrintedViolation, proposed = false): string {
  const how = v.discretion === 'general' ? '' : `依法${DISCRETION_LABELS[v.discretion]}`
  return `${v.name.replace(/[。；]$/, '')}。该行为违反了${joinProvisions([v.violates])}的规定，依据${v.basis}的规定，${proposed ? '拟' : ''}${how}处以${violationPenaltyText(v)}。`
}

/** 从轻/从重/减轻 grounds and the written reason of one violation, or '' for 一般 without either. */
export function violationDiscretionText(v: PrintedViolation): string {
  const label = DISCRETION_LABELS[v.discretion]
  const grounds = v.grounds.length ? `情节：${v.grounds.join('；')}` : ''
  const reason = v.reason?.trim() ? `理由：${v.reason.trim().replace(/[。；]$/, '')}` : ''
  const parts = [grounds, reason].filter(Boolean).join('。')
  return `裁量：${label}${parts ? `。${parts}` : ''}。`
}

/** The amounts making up the 罚没款 of a decision, in 分. */
export interface ForfeitureAmounts {
  fineFen: number
  confiscatedGainsFen: number
  confiscatedPropertyValueFen: number
}

/**
 * 罚没款合计 as printed: "以上罚没款合计人民币捌万零壹佰叁拾元整（80,130.00元），其中罚款……、没收
 * 违法所得……". The total is fine + confiscated gains + value of confiscated property
 * (forfeitureTotalFen, shared/discretion/item.ts), added in integer 分; parts that are 0 are left out.
 */
export function forfeitureTotalText(a: ForfeitureAmounts): string {
  const total = forfeitureTotalFen([a])
  const parts = [
    a.fineFen > 0 && `罚款${formatYuan(a.fineFen)}`,
    a.confiscatedGainsFen > 0 && `没收违法所得${formatYuan(a.confiscatedGainsFen)}`,
    a.confiscatedPropertyValueFen > 0 &&
      `没收非法财物价值${formatYuan(a.confiscatedPropertyValueFen)}`,
  ].filter((p): p is string => typeof p === 'string')
  return `以上罚没款合计${formatAmountForDecision(total)}${parts.length > 1 ? `，其中${parts.join('、')}` : ''}。`
}

/** What the discretion sentence of one violation is computed from (frozen with the document). */
export interface PrintedFine {
  rule: FineRule
  facts: FineFacts
  fineFen: number
  bands: DiscretionBands
}

/**
 * The 法制审核表 discretion sentence of one violation, computed from the numbers with
 * assessFine/discretionSentence (shared/discretion/assess.ts): lawful range, the fine, its position
 * in per cent and the band, e.g. "法定罚款幅度为5万元以上10万元以下，拟罚款6万元，位于该幅度的20%处，
 * 属从轻档（5万元至6.5万元）。". '' when the violation carries no fine rule (the basis provides no
 * fine): the penalty is then printed without a range sentence.
 */
export function fineDiscretionSentence(
  v: Pick<PrintedViolation, 'discretion' | 'reason'> & { fine?: PrintedFine },
): string {
  if (!v.fine) return ''
  const assessment = assessFine({
    rule: v.fine.rule,
    facts: v.fine.facts,
    fineFen: v.fine.fineFen,
    kind: v.discretion,
    grounds: [],
    reason: v.reason,
    bands: v.fine.bands,
  })
  return discretionSentence(assessment, v.fine.fineFen, v.discretion)
}

/**
 * One violation as the 法制审核表 lists it, one line each: name; provisions, basis and proposed
 * penalty; the computed discretion sentence (when a fine rule is recorded); the discretion kind,
 * grounds and reason.
 */
export function violationReviewText(v: PrintedViolation & { fine?: PrintedFine }): string {
  return [
    v.name.replace(/[。；]$/, ''),
    `违反${joinProvisions([v.violates])}，依据${v.basis}，拟处${violationPenaltyText(v)}。`,
    fineDiscretionSentence(v),
    violationDiscretionText(v),
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * Provisions joined with 、, duplicates left out, and a law name not repeated when the previous
 * provision names the same law: 《食品安全法》第五十三条第一款、第五十三条第二款.
 */
export function joinProvisions(provisions: readonly string[]): string {
  const unique = [
    ...new Set(
      provisions
        .flatMap((p) => p.split('、'))
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  ]
  let previousLaw = ''
  return unique
    .map((p) => {
      const law = /^《[^》]+》/.exec(p)?.[0] ?? ''
      const out = law && law === previousLaw ? p.slice(law.length) : p
      previousLaw = law || previousLaw
      return out
    })
    .join('、')
}
