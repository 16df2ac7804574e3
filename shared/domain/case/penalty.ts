// Penalty content, leniency grounds and no-penalty grounds (APL Arts. 9, 30–33, 57).
import { z } from 'zod'
import { PenaltyItemSchema, type PenaltyItem } from '../../discretion/item'
import { enumOf, fen, optionalText, text } from './common'

/** Licence measures of APL Art. 9(3). */
export const LICENCE_ACTIONS = {
  none: '无',
  suspendLicence: '暂扣许可证件',
  downgrade: '降低资质等级',
  revokeLicence: '吊销许可证件',
  revokeBusinessLicence: '吊销营业执照',
} as const
/** Business restrictions of APL Art. 9(4). */
export const BUSINESS_RESTRICTIONS = {
  none: '无',
  restrictOperations: '限制开展生产经营活动',
  suspendBusiness: '责令停产停业',
  close: '责令关闭',
  restrictPractice: '限制从业',
} as const

/** The combined totals of several violations' penalties (decided separately, then combined). */
export function penaltyTotalsFromItems(
  items: readonly PenaltyItem[],
): Pick<Penalty, 'warning' | 'fineFen' | 'confiscatedGainsFen' | 'confiscatedPropertyValueFen'> {
  let fineFen = 0
  let confiscatedGainsFen = 0
  let confiscatedPropertyValueFen = 0
  for (const i of items) {
    fineFen += i.fineFen
    confiscatedGainsFen += i.confiscatedGainsFen
    confiscatedPropertyValueFen += i.confiscatedPropertyValueFen
  }
  return {
    warning: items.some((i) => i.warning),
    fineFen,
    confiscatedGainsFen,
    confiscatedPropertyValueFen,
  }
}

/**
 * What a penalty (proposed in a notice, or decided) consists of (APL Art. 9). `items` holds one
 * entry per violation (docs/domain/discretion.md); the total fields (warning, fineFen, …) are then
 * the combined totals of the items, so gates and documents that read the totals keep working, and
 * penalties stored before items existed (no `items`) stay valid.
 */
export const PenaltySchema = z
  .object({
    items: z.array(PenaltyItemSchema).optional(),
    warning: z.boolean(),
    circulatedCriticism: z.boolean().default(false),
    fineFen: fen,
    confiscatedGainsFen: fen,
    confiscatedPropertyValueFen: fen,
    licenceAction: enumOf(LICENCE_ACTIONS),
    businessRestriction: enumOf(BUSINESS_RESTRICTIONS),
    other: optionalText,
    legalBasis: text('处罚依据（法律名称及条款）'),
  })
  .refine(
    (p) =>
      p.warning ||
      p.circulatedCriticism ||
      p.fineFen > 0 ||
      p.confiscatedGainsFen > 0 ||
      p.confiscatedPropertyValueFen > 0 ||
      p.licenceAction !== 'none' ||
      p.businessRestriction !== 'none' ||
      (p.other ?? '') !== '',
    '请至少选择一种处罚（警告、罚款、没收等）',
  )
  .superRefine((p, ctx) => {
    if (!p.items || p.items.length === 0) return
    const t = penaltyTotalsFromItems(p.items)
    const labels = {
      warning: '警告',
      fineFen: '罚款合计',
      confiscatedGainsFen: '没收违法所得合计',
      confiscatedPropertyValueFen: '没收非法财物价值合计',
    } as const
    for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
      if (p[key] !== t[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${labels[key]}应与各违法行为的处罚一致，请重新计算`,
        })
      }
    }
    const ids = p.items.map((i) => i.violationId)
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: '同一违法行为只能列一次，请合并后再保存',
      })
    }
  })
/** Parsed {@link PenaltySchema}. */
export type Penalty = z.infer<typeof PenaltySchema>

/** 从轻/减轻 grounds: APL Art. 32 (must), Arts. 30–31, and the office's own (SAMR guidance, [U]). */
export const LENIENCY_GROUNDS = {
  art32_1: '主动消除或者减轻违法行为危害后果（行政处罚法第三十二条第一项）',
  art32_2: '受他人胁迫或者诱骗实施违法行为（第三十二条第二项）',
  art32_3: '主动供述行政机关尚未掌握的违法行为（第三十二条第三项）',
  art32_4: '配合行政机关查处违法行为有立功表现（第三十二条第四项）',
  art32_5: '法律、法规、规章规定其他应当从轻或者减轻的（第三十二条第五项）',
  art30_minor: '已满十四周岁不满十八周岁（第三十条）',
  art31_limited: '尚未完全丧失辨认或者控制能力的精神病人、智力残疾人（第三十一条）',
  discretionRule: '裁量基准规定的其他从轻、减轻情形',
} as const

/** A 从轻 (lighter, within the range) or 减轻 (below the range) decision and its grounds. */
export const LeniencySchema = z.object({
  kind: enumOf({ lighter: '从轻', mitigated: '减轻' }),
  grounds: z
    .array(enumOf(LENIENCY_GROUNDS))
    .min(1, '从轻、减轻处罚必须选择法定依据（行政处罚法第三十二条等）'),
  explanation: text('从轻、减轻的理由'),
})

/** Grounds of a 不予行政处罚决定 (APL Arts. 30, 31, 33, 36, 57). */
export const NO_PENALTY_GROUNDS = {
  art33_1_s1: '违法行为轻微并及时改正，没有造成危害后果（行政处罚法第三十三条第一款前段）',
  art33_1_s2: '初次违法且危害后果轻微并及时改正（第三十三条第一款后段，首违不罚）',
  art33_2: '当事人有证据足以证明没有主观过错（第三十三条第二款）',
  art57_1_3: '违法事实不能成立（第五十七条第一款第三项）',
  art30_under14: '不满十四周岁（第三十条）',
  art31_incapable: '不能辨认或者不能控制自己行为的精神病人、智力残疾人（第三十一条）',
  art36_limitation: '违法行为在二年（五年）内未被发现（第三十六条）',
} as const
/** One key of {@link NO_PENALTY_GROUNDS}. */
export type NoPenaltyGround = keyof typeof NO_PENALTY_GROUNDS

/** An item of an imported 首违不罚/轻微免罚 list (national 国市监法〔2025〕10号 or Hubei's). */
export const ExemptionListItemSchema = z.object({
  id: text('清单事项编号'),
  title: text('清单事项名称'),
  legalBasis: text('清单事项的法律依据'),
  listName: optionalText,
})

/** Whether a penalty is warning-only (not published under PubRule Art. 2). */
export function isWarningOnly(p: Penalty): boolean {
  return (
    p.warning &&
    !p.circulatedCriticism &&
    p.fineFen === 0 &&
    p.confiscatedGainsFen === 0 &&
    p.confiscatedPropertyValueFen === 0 &&
    p.licenceAction === 'none' &&
    p.businessRestriction === 'none' &&
    !p.other
  )
}
