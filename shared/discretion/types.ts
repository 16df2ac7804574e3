// Types of the discretion module: fine rules, the facts they are computed from, the 裁量 bands and
// the violation catalogue entry. The rules themselves are in fine-rule.ts and bands.ts; the
// reference (articles, SAMR guidance) is docs/domain/discretion.md.
import { z } from 'zod'

/** The base a multiple-of rule is computed from. */
export const FINE_BASES = {
  goodsValue: '货值金额',
  illegalGains: '违法所得',
  adFee: '广告费用',
  turnover: '违法经营额',
} as const
/** One key of {@link FINE_BASES}. */
export type FineBase = keyof typeof FINE_BASES

/** The field of {@link FineFacts} (and of a penalty item) that holds each base's amount. */
export const FACT_OF_BASE = {
  goodsValue: 'goodsValueFen',
  illegalGains: 'illegalGainsFen',
  adFee: 'adFeeFen',
  turnover: 'turnoverFen',
} as const satisfies Record<FineBase, string>

/**
 * How a law sets a fine. Amounts are integer 分; "以上/以下" include the amount (SAMR-PR Art. 84),
 * "不足" excludes it (a tiered rule's `below` applies strictly under `thresholdFen`).
 * - fixed: 处X元以上Y元以下 (minFen 0 for "Y元以下").
 * - multiple: 处货值金额/违法所得 N倍以上M倍以下 (times may be fractional, e.g. 0.5).
 * - tiered: "货值金额不足一万元的，……；货值金额一万元以上的，……".
 * - fallback: a multiple rule whose base may be impossible to compute: "……倍；……无法计算或者
 *   明显偏低的，处X元以上Y元以下" (e.g. 广告法 Art. 55). `fallback` applies when the facts carry
 *   no value for the base (or the base is 0 and `fallbackWhenZero`).
 */
export type FineRule =
  | { kind: 'fixed'; minFen: number; maxFen: number }
  | {
      kind: 'multiple'
      base: FineBase
      minTimes: number
      maxTimes: number
    }
  | {
      kind: 'tiered'
      base: FineBase
      thresholdFen: number
      below: FineRule
      atOrAbove: FineRule
    }
  | {
      kind: 'fallback'
      primary: FineRule
      fallback: FineRule
      /** Also use the fallback when the base is 0 ("没有违法所得的"). */
      fallbackWhenZero?: boolean
    }

/** The facts a fine rule is computed from (integer 分; undefined = not established). */
export interface FineFacts {
  goodsValueFen?: number
  illegalGainsFen?: number
  /** 广告费用 (广告法 Arts. 55, 57, 58). */
  adFeeFen?: number
  /** 违法经营额 (反不正当竞争法 Art. 23, 商标法 Arts. 52, 60). */
  turnoverFen?: number
  /**
   * The officer found the base "无法计算或者明显偏低" (广告法 Art. 55): a `fallback` rule uses its
   * fallback although a value for the base is recorded (docs/domain/discretion.md).
   */
  baseUnusable?: boolean
}

/** A lawful range, both ends inclusive, in 分. */
export interface FenRange {
  minFen: number
  maxFen: number
}

/**
 * The office's 裁量 band split of a range (percent of the span from the minimum): 从轻 is the
 * lowest `lighterPercent`, 从重 the highest `heavierPercent`, 一般 what lies between. Default
 * 30 / 30, commonly attributed to the SAMR guidance; that article is unverified [U]
 * (docs/domain/discretion.md, "Bands").
 */
export const DiscretionBandsSchema = z
  .object({
    lighterPercent: z.number().int().min(0).max(100),
    heavierPercent: z.number().int().min(0).max(100),
  })
  .refine((b) => b.lighterPercent + b.heavierPercent <= 100, {
    message: '从轻与从重所占比例之和不能超过100%',
  })
/** Parsed {@link DiscretionBandsSchema}. */
export type DiscretionBands = z.infer<typeof DiscretionBandsSchema>

/** The 裁量 band a fine falls in, or where it lies outside the lawful range. */
export const BAND_LABELS = {
  belowRange: '低于法定最低限额（减轻）',
  lighter: '从轻',
  general: '一般',
  heavier: '从重',
  aboveRange: '超过法定最高限额',
} as const
/** One key of {@link BAND_LABELS}. */
export type Band = keyof typeof BAND_LABELS

/** Discretion the officer proposes for one violation (从轻/一般/从重/减轻). */
export const DISCRETION_KINDS = {
  general: '一般',
  lighter: '从轻',
  heavier: '从重',
  mitigated: '减轻',
} as const
/** One key of {@link DISCRETION_KINDS}. */
export type DiscretionKind = keyof typeof DISCRETION_KINDS

/** Penalty kinds a catalogue entry may provide (APL Art. 9). */
export const PENALTY_KINDS = {
  warning: '警告',
  circulatedCriticism: '通报批评',
  fine: '罚款',
  confiscateGains: '没收违法所得',
  confiscateProperty: '没收非法财物',
  suspendBusiness: '责令停产停业',
  revokeLicence: '吊销许可证件',
  revokeBusinessLicence: '吊销营业执照',
} as const
/** One key of {@link PENALTY_KINDS}. */
export type PenaltyKind = keyof typeof PENALTY_KINDS

/** A legal provision, exact to the item: 《食品安全法》第一百二十四条第一款第（一）项. */
export interface Provision {
  /** Short law name without 《》, e.g. 中华人民共和国食品安全法 → 食品安全法. */
  law: string
  /** Article number (Arabic). */
  article: number
  /** Paragraph (款), when the provision names one. */
  paragraph?: number
  /** Item (项), when the provision names one. */
  item?: number
}

/** One entry of the violation catalogue (违法行为库). */
export interface ViolationEntry {
  /** Stable id, e.g. 'fsl-124-1-1'. */
  id: string
  /** 违法行为名称, e.g. 生产经营超过保质期的食品. */
  name: string
  /** Field of supervision (食品安全, 广告, 价格, 产品质量, 计量, 登记许可, 特种设备 …). */
  field: string
  /** 违反条款. */
  violates: Provision[]
  /** 处罚依据. */
  basis: Provision
  /** Penalty kinds the basis provides. */
  penalties: PenaltyKind[]
  /** The fine rule of the basis; absent when the basis provides no fine. */
  fine?: FineRule
  /** The basis requires 责令改正 (APL Art. 28 applies to every penalty; this marks the text). */
  correctionMandatory: boolean
  /** The basis allows a 警告 instead of / before a fine (e.g. "责令改正，给予警告；拒不改正的，处…"). */
  fineOnlyIfNotCorrected?: boolean
  /** 首违不罚 may apply (APL Art. 33 para 1 s.2). */
  firstOffenceMayBeExempt: boolean
  /** Linked 免罚清单 item, when a list names this violation. */
  exemptionListItem?: { listName: string; itemNo: string }
  /** Source of the text: where the article was verified (repository and file, or URL), and when. */
  source: string
  /** The penalty sentence of the basis, quoted from the primary text. */
  basisText: string
  /** [U] when the article could not be verified from a primary text. */
  unverified?: boolean
}
