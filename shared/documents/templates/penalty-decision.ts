/**
 * 行政处罚决定书 (form 45, 文号 市监处罚). Contents per APL Art. 59 and the 2021 使用指南: party
 * block, case source and course, facts and evidence, statements/hearing and the response,
 * characterisation, discretion, legal basis and penalty, payment and surcharge, remedies,
 * non-suspension and the publication notice (docs/domain/documents.md).
 *
 * Version 2: when `violations` are given, each violation is stated with its provisions, basis and
 * penalty before the combined penalty; `forfeiture` prints the 罚没款 total; `correctionOrder`
 * prints the 责令改正 with APL Art. 28 para 1. Inputs frozen by version 1 (none of these fields)
 * print exactly the version 1 body.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  decisionCorrectionSchema,
  docNumberSchema,
  fenSchema,
  partySchema,
  penaltyLineSchema,
  requiredText,
  violationPenaltySchema,
} from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, paras } from '../blocks/text'
import { partyLines } from '../blocks/party'
import {
  amountDueFen,
  forfeitureTotalText,
  isPublishedDecision,
  penaltyItemText,
  violationDecisionText,
} from '../blocks/penalty'
import { formatChineseDate } from '../../util/date'
import {
  lateSurchargeSentence,
  notSuspendedSentence,
  paymentAccountLines,
  paymentSentence,
  publicationSentence,
  reviewOrLitigationSentence,
} from '../blocks/rights'

/** APL Art. 28 para 1, cited for the 责令改正 joined to a decision. */
export const CORRECTION_BASIS = '《中华人民共和国行政处罚法》第二十八条第一款'

export const penaltyDecisionInputSchema = z
  .object({
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
    penalties: z.array(penaltyLineSchema).min(1, { message: '请至少填写一项处罚内容。' }),
    /** Order to correct (APL Art. 28) as free text (version 1 inputs). */
    correction: z.string().trim().optional(),
    /** Each violation with its own penalty, when the case records them (version 2). */
    violations: z.array(violationPenaltySchema).optional(),
    /** The amounts of the 罚没款 total (version 2). */
    forfeiture: z
      .object({
        fineFen: fenSchema,
        confiscatedGainsFen: fenSchema,
        confiscatedPropertyValueFen: fenSchema,
      })
      .optional(),
    /** 责令改正 joined to the decision (version 2). */
    correctionOrder: decisionCorrectionSchema.optional(),
  })
  .superRefine((input, ctx) => {
    const f = input.forfeiture
    if (!f) return
    const sum = (type: string) =>
      input.penalties
        .filter((p) => p.type === type)
        .reduce((total, p) => total + (p.amountFen ?? 0), 0)
    if (sum('罚款') !== f.fineFen || sum('没收违法所得') !== f.confiscatedGainsFen) {
      ctx.addIssue({
        code: 'custom',
        path: ['forfeiture'],
        message: '罚没款合计与处罚内容中的罚款、没收违法所得金额不一致，请核对处罚内容。',
      })
    }
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
  ]
  const violations = input.violations ?? []
  if (violations.length > 0) {
    body.push(
      para('本局对当事人的违法行为分别裁量如下：'),
      ...numberedParas(violations.map((v) => violationDecisionText(v))),
      para(
        violations.length > 1
          ? `综上，依据${input.legalBasis}的规定，本局决定对当事人合并作出如下行政处罚：`
          : `综上，依据${input.legalBasis}的规定，本局决定对当事人作出如下行政处罚：`,
      ),
    )
  } else {
    body.push(para(`依据${input.legalBasis}的规定，本局决定对当事人作出如下行政处罚：`))
  }
  body.push(...numberedParas(input.penalties.map(penaltyItemText)))
  if (input.forfeiture && amountDueFen(input.penalties) > 0)
    body.push(para(forfeitureTotalText(input.forfeiture)))
  const order = input.correctionOrder
  if (order) {
    const when =
      order.mode === 'byDate' && order.dueOn
        ? `限期于${formatChineseDate(order.dueOn)}前改正上述违法行为`
        : '立即改正上述违法行为'
    body.push(
      para(
        `依据${CORRECTION_BASIS}的规定，责令当事人${when}。改正要求：${order.requirement.replace(/[。；]$/, '')}。`,
      ),
    )
  } else if (input.correction) body.push(para(input.correction))
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
