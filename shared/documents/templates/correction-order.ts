/**
 * 责令改正通知书 (form 33, 文号 市监责改): facts, provision violated, order to correct at once
 * or by a stated date with its legal basis (APL Art. 28 + the specific law), the consequence of
 * not correcting, remedies and the contact block (DOMAIN §3.4).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { reviewOrLitigationSentence } from '../blocks/rights'
import { formatChineseDate } from '../format/date'

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
  /** What happens if not corrected; a neutral default is printed when empty. */
  consequence: z.string().trim().default(''),
})
export type CorrectionOrderInput = z.input<typeof correctionOrderInputSchema>

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
      `${p}的上述行为违反了${input.violatedProvision}的规定。根据${input.legalBasis}的规定，本局责令${p}${when}改正上述违法行为。`,
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
