/**
 * 当场行政处罚决定书 (form 44, 文号 市监当罚): summary procedure (APL Arts. 51–52; SAMR-PR
 * Arts. 66–69). Fine ≤ ¥200 for a natural person (个体工商户 included) or ≤ ¥3,000 for an
 * organisation, or a warning. Remedy text is review-first (ARL Art. 23), not the ordinary text.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  clockTimeSchema,
  docNumberSchema,
  fenSchema,
  legalDateSchema,
  partySchema,
  requiredText,
  twoOfficersSchema,
} from '../schemas'
import { officialDocument, signatureLine } from '../blocks/frame'
import { para } from '../blocks/text'
import { officersText, partyLines } from '../blocks/party'
import {
  lateSurchargeSentence,
  notSuspendedSentence,
  onTheSpotReviewFirstSentence,
  onTheSpotStatementSentence,
  paymentAccountLines,
  paymentSentence,
} from '../blocks/rights'
import { formatChineseDateTime } from '../../util/date'
import { formatAmountForDecision } from '../format/money'

/** Summary-procedure ceilings in 分 (APL Art. 51; SAMR-PR Art. 66). */
export const SUMMARY_FINE_LIMIT_FEN = { naturalPerson: 20_000, organisation: 300_000 } as const

export const onTheSpotDecisionInputSchema = z
  .object({
    docNumber: docNumberSchema.nullable(),
    party: partySchema,
    date: legalDateSchema,
    time: clockTimeSchema,
    place: requiredText('违法行为地点'),
    facts: requiredText('违法事实'),
    violatedProvision: requiredText('违反的规定'),
    legalBasis: requiredText('处罚依据'),
    penalty: z.discriminatedUnion('type', [
      z.object({ type: z.literal('警告') }),
      z.object({
        type: z.literal('罚款'),
        amountFen: fenSchema.positive({ message: '罚款金额应大于 0。' }),
      }),
    ]),
    /** 'bank' = pay within 15 days; 'collectedOnSpot' = collected with an official receipt (APL Art. 68). */
    payment: z.enum(['bank', 'collectedOnSpot']).default('bank'),
    receiptNumber: z.string().trim().optional(),
    officers: twoOfficersSchema,
  })
  .superRefine((input, ctx) => {
    if (input.penalty.type !== '罚款') return
    const limit =
      input.party.kind === 'organisation'
        ? SUMMARY_FINE_LIMIT_FEN.organisation
        : SUMMARY_FINE_LIMIT_FEN.naturalPerson
    if (input.penalty.amountFen > limit) {
      ctx.addIssue({
        code: 'custom',
        path: ['penalty', 'amountFen'],
        message: `当场处罚的罚款不得超过${limit / 100}元（《行政处罚法》第五十一条），请改用普通程序。`,
      })
    }
    if (input.payment === 'collectedOnSpot' && !input.receiptNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['receiptNumber'],
        message: '当场收缴罚款的，请填写罚款专用票据号码。',
      })
    }
  })
export type OnTheSpotDecisionInput = z.input<typeof onTheSpotDecisionInputSchema>

/** Builds the 当场行政处罚决定书. */
export function buildOnTheSpotDecisionDoc(
  raw: OnTheSpotDecisionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = onTheSpotDecisionInputSchema.parse(raw)
  const penaltyText =
    input.penalty.type === '警告'
      ? '警告'
      : `罚款${formatAmountForDecision(input.penalty.amountFen)}`
  const body: Content[] = [
    ...partyLines(input.party).map(([label, value]) => para(`${label}：${value}`, 'plain')),
    para(
      `当事人于${formatChineseDateTime(input.date, input.time)}在${input.place}${input.facts.replace(/[。；]$/, '')}，违反了${input.violatedProvision}的规定。`,
    ),
    para(onTheSpotStatementSentence()),
    para(`依据${input.legalBasis}的规定，决定给予当事人${penaltyText}的行政处罚。`),
  ]
  if (input.penalty.type === '罚款') {
    if (input.payment === 'collectedOnSpot') {
      body.push(
        para(
          `罚款已由执法人员当场收缴，并出具罚款专用票据（票据号码：${input.receiptNumber ?? ''}）。`,
        ),
      )
    } else {
      body.push(
        para(paymentSentence({ documentName: '决定书', payment: ctx.payment })),
        ...paymentAccountLines(ctx.payment).map((line) => para(line)),
        para(lateSurchargeSentence()),
      )
    }
  }
  body.push(
    para(onTheSpotReviewFirstSentence({ reviewBody: ctx.reviewBody })),
    para(notSuspendedSentence()),
    para(`执法人员：${officersText(input.officers)}`, 'plain'),
  )
  // On the 3号 grid like every other document (GB/T 9704 §7.4; docs/documents-layout.md).
  return officialDocument({
    kind: 'onTheSpotDecision',
    ctx,
    number: input.docNumber,
    body,
    after: [signatureLine('当事人签收'), signatureLine('执法人员签名', { withDate: false })],
  })
}
