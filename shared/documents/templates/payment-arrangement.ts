/**
 * 延期（分期）缴纳罚款通知书 (form 47 of the 2021 范本; layout [U]): the office approves the
 * party's application to pay a fine later or in instalments (《中华人民共和国行政处罚法》第六十六条
 * 第二款), states the decision, each due date and amount, where to pay, and that an instalment not
 * paid on time is surcharged and enforced (APL Art. 72). Handed to the party: contact block.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, fenSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { lateSurchargeSentence, paymentAccountLines } from '../blocks/rights'
import { formatChineseDate } from '../../util/date'
import { formatAmountForDecision } from '../format/money'

export const paymentArrangementInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  decisionNumber: requiredText('行政处罚决定书文号'),
  decisionDate: legalDateSchema,
  /** The fine imposed by the decision, in 分. */
  fineFen: fenSchema,
  arrangement: z.enum(['延期缴纳', '分期缴纳']),
  /** The approved plan: each due date with its amount in 分, in date order. */
  schedule: z
    .array(z.object({ dueOn: legalDateSchema, amountFen: fenSchema }))
    .min(1, { message: '请填写缴纳计划。' }),
})
export type PaymentArrangementInput = z.input<typeof paymentArrangementInputSchema>

/** Builds the 延期（分期）缴纳罚款通知书. */
export function buildPaymentArrangementDoc(
  raw: PaymentArrangementInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = paymentArrangementInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const plan = [...input.schedule].sort((a, b) => a.dueOn.localeCompare(b.dueOn))
  // Numbered （一）（二）… by numberedParas: one line per due date.
  const items = plan.map(
    (s, i) =>
      `${formatChineseDate(s.dueOn)}前缴纳${formatAmountForDecision(s.amountFen)}${i === plan.length - 1 ? '。' : '；'}`,
  )
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `本局于${formatChineseDate(input.decisionDate)}作出${input.decisionNumber}《行政处罚决定书》，对${p}处以罚款${formatAmountForDecision(input.fineFen)}。${p}申请${input.arrangement}罚款。经审查，根据《中华人民共和国行政处罚法》第六十六条第二款的规定，本局同意${p}${input.arrangement}，缴纳期限和金额如下：`,
    ),
    ...numberedParas(items),
    para(`请${p}按期到指定银行或者通过电子支付系统缴纳，缴款账户如下：`),
    ...paymentAccountLines(ctx.payment).map((line) => para(line)),
    para(`${p}未按上述期限缴纳的，${lateSurchargeSentence().replace(/^到期不缴纳罚款的，/, '')}`),
  ]
  return officialDocument({ kind: 'paymentArrangement', ctx, number: input.docNumber, body })
}
