/**
 * 责令改正通知书 (form 33, 文号 市监责改): facts, provision violated, order to correct at once
 * or by a stated date with its legal basis (APL Art. 28 + the specific law), the consequence of
 * not correcting, remedies and the contact block (docs/domain/documents.md).
 *
 * Version 2: with `violations` (from the case's violation catalogue entries) the provisions
 * violated and the specific law's basis are cited from them, next to APL Art. 28 para 1. Inputs
 * without `violations` print the version 1 sentence from `violatedProvision` and `legalBasis`.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { reviewOrLitigationSentence } from '../blocks/rights'
import { joinProvisions } from '../blocks/penalty'
import { formatChineseDate } from '../../util/date'

export const correctionOrderInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  facts: requiredText('违法事实'),
  violatedProvision: requiredText('违反的规定'),
  /** Basis of the order, e.g. 《中华人民共和国行政处罚法》第二十八条第一款、《…》第…条. */
  legalBasis: requiredText('责令改正的依据'),
  /** 'immediate' (立即改正) or the last day of the correction period. */
  deadline: z.union([z.literal('immediate'), legalDateSchema]),
  requirements: z.array(requiredText('改正要求')).default([]),
  /**
   * The case's violations (version 2): provisions violated and, when the basis itself requires
   * 责令改正, that basis.
   */
  violations: z
    .array(
      z.object({
        violates: z.array(requiredText('违反的条款')).min(1),
        basis: z.string().trim().optional(),
      }),
    )
    .optional(),
  /** What happens if not corrected; a neutral default is printed when empty. */
  consequence: z.string().trim().default(''),
})
export type CorrectionOrderInput = z.input<typeof correctionOrderInputSchema>

/** APL Art. 28 para 1: "行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。" */
export const CORRECTION_ORDER_BASIS = '《中华人民共和国行政处罚法》第二十八条第一款'

/**
 * "你单位的上述行为违反了《…》第…条的规定。依据《中华人民共和国行政处罚法》第二十八条第一款和
 * 《…》第…条的规定，责令你单位…改正上述违法行为。" from the case's violations.
 */
function correctionSentence(
  p: string,
  when: string,
  violations: Array<{ violates: string[]; basis?: string }>,
): string {
  const violates = joinProvisions(violations.flatMap((v) => v.violates))
  const bases = joinProvisions(violations.flatMap((v) => (v.basis ? [v.basis] : [])))
  const basis = [CORRECTION_ORDER_BASIS, bases].filter(Boolean).join('和')
  return `${p}的上述行为违反了${violates}的规定。依据${basis}的规定，责令${p}${when}改正上述违法行为。`
}

/** Builds the 责令改正通知书. */
export function buildCorrectionOrderDoc(
  raw: CorrectionOrderInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = correctionOrderInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const when = input.deadline === 'immediate' ? '立即' : `于${formatChineseDate(input.deadline)}前`
  const body: Content[] = [
    salutation(input.party.name),
    para(`经查，${input.facts.replace(/^经查[，,]/, '').replace(/[。；]$/, '')}。`),
    para(
      input.violations?.length
        ? correctionSentence(p, when, input.violations)
        : `${p}的上述行为违反了${input.violatedProvision}的规定。根据${input.legalBasis}的规定，本局责令${p}${when}改正上述违法行为。`,
    ),
  ]
  if (input.requirements.length > 0)
    body.push(para('改正要求如下：'), ...numberedParas(input.requirements))
  body.push(
    para(
      input.consequence ||
        `${p}应当按期改正并将改正情况书面报告本局，本局将进行复查；逾期不改正的，本局将依法处理。`,
    ),
    para(
      reviewOrLitigationSentence({
        documentName: '通知书',
        reviewBody: ctx.reviewBody,
        court: ctx.court,
      }),
    ),
  )
  return officialDocument({ kind: 'correctionOrder', ctx, number: input.docNumber, body })
}
