/**
 * 不予行政处罚决定书 (form 46, 文号 市监不罚 [U]): facts, the no-penalty ground (APL Art. 33
 * para 1 s.1 / s.2, para 2, Art. 57 para 1 item 3), the education given (Art. 33 para 3), any
 * order to correct, and the ordinary remedies.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, domainEnum, partySchema, requiredText } from '../schemas'
import type { NoPenaltyGround } from '../../domain/case/penalty'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, paras } from '../blocks/text'
import { partyLines } from '../blocks/party'
import { reviewOrLitigationSentence } from '../blocks/rights'

/**
 * The sentence the decision states its ground in, for the 不予行政处罚 grounds this form serves
 * (APL Art. 33 and Art. 57 para 1 item 3); keyed by the act's grounds (`NO_PENALTY_GROUNDS`).
 */
export const NO_PENALTY_DECISION_SENTENCES = {
  art33_1_s1:
    '当事人的违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定不予行政处罚。',
  art33_1_s2:
    '当事人系初次违法且危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定不予行政处罚。',
  art33_2:
    '当事人有证据足以证明没有主观过错，依据《中华人民共和国行政处罚法》第三十三条第二款的规定，本局决定不予行政处罚。',
  art57_1_3:
    '本案违法事实不能成立，依据《中华人民共和国行政处罚法》第五十七条第一款第（三）项的规定，本局决定不予行政处罚。',
} as const satisfies Partial<Record<NoPenaltyGround, string>>

export const noPenaltyDecisionInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  caseCourse: requiredText('案件来源及调查经过'),
  facts: requiredText('查明的事实'),
  evidence: z.array(requiredText('证据')).default([]),
  characterisation: requiredText('定性及理由'),
  /** The act's ground; the other names are how older frozen snapshots hold them. */
  ground: domainEnum(NO_PENALTY_DECISION_SENTENCES, {
    minorCorrected: 'art33_1_s1',
    firstViolation: 'art33_1_s2',
    noFault: 'art33_2',
    factsNotEstablished: 'art57_1_3',
  }),
  /** The list item relied on, e.g. 《湖北省市场监管领域首违不罚、轻微免罚清单》第×项. */
  listReference: z.string().trim().optional(),
  /** How the party was educated (APL Art. 33 para 3). */
  education: z.string().trim().default(''),
  correction: z.string().trim().optional(),
})
export type NoPenaltyDecisionInput = z.input<typeof noPenaltyDecisionInputSchema>

/** Builds the 不予行政处罚决定书. */
export function buildNoPenaltyDecisionDoc(
  raw: NoPenaltyDecisionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = noPenaltyDecisionInputSchema.parse(raw)
  const body: Content[] = [
    ...partyLines(input.party).map(([label, value]) => para(`${label}：${value}`, 'plain')),
    ...paras(input.caseCourse),
    para(`经查，${input.facts.replace(/^经查[，,]/, '')}`),
  ]
  if (input.evidence.length > 0)
    body.push(para('上述事实，主要有以下证据证明：'), ...numberedParas(input.evidence))
  body.push(para(`本局认为，${input.characterisation.replace(/^本局认为[，,]/, '')}`))
  if (input.listReference) body.push(para(`当事人的情形符合${input.listReference}规定的情形。`))
  body.push(para(NO_PENALTY_DECISION_SENTENCES[input.ground]))
  if (input.ground !== 'art57_1_3') {
    body.push(
      para(
        input.education
          ? `依据《中华人民共和国行政处罚法》第三十三条第三款的规定，本局已对当事人进行教育：${input.education.replace(/[。]$/, '')}。`
          : '依据《中华人民共和国行政处罚法》第三十三条第三款的规定，本局已对当事人进行教育，当事人应当引以为戒，依法合规经营。',
      ),
    )
  }
  if (input.correction) body.push(para(input.correction))
  body.push(
    para(
      reviewOrLitigationSentence({
        documentName: '决定书',
        reviewBody: ctx.reviewBody,
        court: ctx.court,
      }),
    ),
  )
  return officialDocument({ kind: 'noPenaltyDecision', ctx, number: input.docNumber, body })
}
