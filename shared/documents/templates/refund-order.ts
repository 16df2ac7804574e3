/**
 * 责令退款通知书 (form 34 of the 2021 范本; wording [U], docs/domain/documents.md): the party is
 * ordered to refund the price it over-charged — the facts, the basis, the amount, how and by when
 * to refund and to report the refund with its vouchers. The time the refund takes is not counted
 * in the case period (SAMR-PR Art. 64 para 2). Handed to the party: contact block.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, fenSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDate } from '../../util/date'
import { formatAmountForDecision } from '../format/money'

export const refundOrderInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** What was over-charged, phrased to follow “经查，”. */
  facts: requiredText('多收价款的事实'),
  legalBasis: requiredText('责令退款的依据'),
  amountFen: fenSchema,
  /** To whom and how (e.g. 向多收价款的消费者逐一退还). */
  refundRequirement: requiredText('退款要求'),
  refundBy: legalDateSchema,
})
export type RefundOrderInput = z.input<typeof refundOrderInputSchema>

/** Builds the 责令退款通知书. */
export function buildRefundOrderDoc(
  raw: RefundOrderInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = refundOrderInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const facts = input.facts.trim().replace(/[。；]$/, '')
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `经查，${p}${facts.replace(new RegExp(`^${p}`), '')}，多收价款共计${formatAmountForDecision(input.amountFen)}。`,
    ),
    para(
      `根据${input.legalBasis}的规定，本局责令${p}于${formatChineseDate(input.refundBy)}前退还多收的价款。退还要求：${input.refundRequirement.trim().replace(/[。；]$/, '')}。`,
    ),
    para(`请${p}在退还完毕后，将退还情况及退款凭证书面报送本局。`),
  ]
  return officialDocument({ kind: 'refundOrder', ctx, number: input.docNumber, body })
}
