// One violation of a case as proposed (告知) or decided (决定): which catalogue entry, the facts the
// fine is computed from, the fine and its discretion. Stored inside the act payload with a snapshot
// of the rule, so the act stays reproducible when the catalogue changes later (docs/domain/discretion.md).
import { z } from 'zod'
import { isIsoDate } from '../util/date'
import { DISCRETION_KINDS, FINE_BASES, type FineRule } from './types'

const fen = z.number().int('金额应为整数（单位：分）').nonnegative('金额不能为负数')
const enumKeys = <T extends Record<string, string>>(labels: T) =>
  z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]])

/** Zod schema of {@link FineRule} (recursive). */
export const FineRuleSchema: z.ZodType<FineRule> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('fixed'), minFen: fen, maxFen: fen }),
    z.object({
      kind: z.literal('multiple'),
      base: enumKeys(FINE_BASES),
      minTimes: z.number().nonnegative(),
      maxTimes: z.number().nonnegative(),
    }),
    z.object({
      kind: z.literal('tiered'),
      base: enumKeys(FINE_BASES),
      thresholdFen: fen,
      below: FineRuleSchema,
      atOrAbove: FineRuleSchema,
    }),
    z.object({
      kind: z.literal('fallback'),
      primary: FineRuleSchema,
      fallback: FineRuleSchema,
      fallbackWhenZero: z.boolean().optional(),
    }),
  ]),
)

/** One violation's penalty within a 告知 or 决定 (several are decided separately, then combined). */
export const PenaltyItemSchema = z.object({
  /** Catalogue entry id (built-in or the office's own 裁量基准). */
  violationId: z.string().trim().min(1, '请选择违法行为'),
  /** 违法行为名称 as printed. */
  violationName: z.string().trim().min(1, '请填写违法行为名称'),
  /** 违反条款, formatted (《…》第…条…). */
  violates: z.string().trim().min(1, '请填写违反的条款'),
  /** 处罚依据, formatted. */
  basis: z.string().trim().min(1, '请填写处罚依据'),
  /** Snapshot of the catalogue's fine rule; absent when the basis provides no fine. */
  fineRule: FineRuleSchema.optional(),
  goodsValueFen: fen.optional(),
  illegalGainsFen: fen.optional(),
  /** 广告费用 (广告法 Arts. 55, 57, 58). */
  adFeeFen: fen.optional(),
  turnoverFen: fen.optional(),
  /** The base is 无法计算或者明显偏低: a fallback rule applies its fallback (docs/domain/discretion.md). */
  baseUnusable: z.boolean().optional(),
  warning: z.boolean(),
  fineFen: fen,
  confiscatedGainsFen: fen,
  confiscatedPropertyValueFen: fen,
  discretion: enumKeys(DISCRETION_KINDS),
  /** Grounds for 从轻/减轻 (keys of LENIENCY_GROUNDS) or 从重 (free text lines). */
  grounds: z.array(z.string().trim().min(1)).default([]),
  /** Written reason: required for 从轻/从重/减轻, and for a fine outside the suggested band. */
  reason: z.string().trim().optional(),
  /** The catalogue says the basis requires 责令改正. */
  correctionRequired: z.boolean(),
  /** The basis fines only after a refused correction ("责令改正，给予警告；拒不改正的，处…"). */
  fineOnlyIfNotCorrected: z.boolean().optional(),
})
/** Parsed {@link PenaltyItemSchema}. */
export type PenaltyItem = z.infer<typeof PenaltyItemSchema>

/** 责令改正 joined to a decision (APL Art. 28). */
export const CorrectionInDecisionSchema = z.object({
  mode: z.enum(['immediate', 'byDate']),
  dueOn: z.string().refine(isIsoDate, '请填写有效的改正期限（YYYY-MM-DD）').optional(),
  requirement: z.string().trim().min(1, '请填写改正要求'),
})
/** Parsed {@link CorrectionInDecisionSchema}. */
export type CorrectionInDecision = z.infer<typeof CorrectionInDecisionSchema>

/** 罚没款 total of a set of items (fine + confiscated gains + confiscated property value), in 分. */
export function forfeitureTotalFen(
  items: readonly Pick<
    PenaltyItem,
    'fineFen' | 'confiscatedGainsFen' | 'confiscatedPropertyValueFen'
  >[],
): number {
  let total = 0
  for (const i of items) total += i.fineFen + i.confiscatedGainsFen + i.confiscatedPropertyValueFen
  return total
}
