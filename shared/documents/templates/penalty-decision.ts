/**
 * 行政处罚决定书 (form 45, 文号 市监处罚). Contents per APL Art. 59 and the 2021 使用指南: party
 * block, case source and course, facts and evidence, statements/hearing and the response,
 * characterisation, discretion, legal basis and penalty, payment and surcharge, remedies,
 * non-suspension and the publication notice (DOMAIN §3.4–3.5).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, partySchema, penaltyItemSchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, paras } from '../blocks/text'
import { partyLines } from '../blocks/party'
import { amountDueFen, isPublishedDecision, penaltyItemText } from '../blocks/penalty'
import {
  lateSurchargeSentence,
  notSuspendedSentence,
  paymentAccountLines,
  paymentSentence,
  publicationSentence,
  reviewOrLitigationSentence,
} from '../blocks/rights'

export const penaltyDecisionInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** Case source and course: clue, verification, filing date, measures taken. */
  caseCourse: requiredText('案件来源及调查经过'),
  facts: requiredText('违法事实'),
  evidence: z.array(requiredText('证据')).min(1, { message: '请至少列出一项证据。' }),
  /** The advance notice, the party's statements/hearing and the office's response. */
  statementsAndResponse: requiredText('告知及陈述申辩（听证）情况'),
  characterisation: requiredText('定性及理由'),
  discretion: z.string().trim().default(''),
  /** Provisions the decision rests on, e.g. 《中华人民共和国产品质量法》第五十条. */
  legalBasis: requiredText('处罚依据'),
  penalties: z.array(penaltyItemSchema).min(1, { message: '请至少填写一项处罚内容。' }),
  /** Order to correct (APL Art. 28), if any. */
  correction: z.string().trim().optional(),
})
export type PenaltyDecisionInput = z.input<typeof penaltyDecisionInputSchema>

/** Builds the 行政处罚决定书. */
export function buildPenaltyDecisionDoc(
  raw: PenaltyDecisionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = penaltyDecisionInputSchema.parse(raw)
  const name = '行政处罚决定书'
  const body: Content[] = [
    ...partyLines(input.party).map(([label, value]) => para(`${label}：${value}`, 'plain')),
    ...paras(input.caseCourse),
    para(`经查，${input.facts.replace(/^经查[，,]/, '')}`),
    para('上述事实，主要有以下证据证明：'),
    ...numberedParas(input.evidence),
    ...paras(input.statementsAndResponse),
    para(`本局认为，${input.characterisation.replace(/^本局认为[，,]/, '')}`),
    ...paras(input.discretion),
    para(`依据${input.legalBasis}的规定，本局决定对当事人作出如下行政处罚：`),
    ...numberedParas(input.penalties.map(penaltyItemText)),
  ]
  if (input.correction) body.push(para(input.correction))
  if (amountDueFen(input.penalties) > 0) {
    body.push(
      para(paymentSentence({ documentName: name, payment: ctx.payment })),
      ...paymentAccountLines(ctx.payment).map((line) => para(line)),
      para(lateSurchargeSentence()),
    )
  }
  body.push(
    para(
      reviewOrLitigationSentence({
        documentName: name,
        reviewBody: ctx.reviewBody,
        court: ctx.court,
      }),
    ),
    para(notSuspendedSentence()),
  )
  if (isPublishedDecision(input.penalties)) body.push(para(publicationSentence()))
  return officialDocument({ kind: 'penaltyDecision', ctx, number: input.docNumber, body })
}
