/**
 * 不予行政处罚决定书 (form 46, 文号 市监不罚 [U]): facts, the no-penalty ground (APL Art. 33
 * para 1 s.1 / s.2, para 2, Art. 57 para 1 item 3), the education given (Art. 33 para 3), any
 * order to correct, and the ordinary remedies.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, paras } from '../blocks/text'
import { partyLines } from '../blocks/party'
import { reviewOrLitigationSentence } from '../blocks/rights'

/** Legal grounds for not imposing a penalty. */
export const NO_PENALTY_GROUNDS = {
  minorCorrected:
    '当事人的违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定不予行政处罚。',
  firstViolation:
    '当事人系初次违法且危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定不予行政处罚。',
  noFault:
    '当事人有证据足以证明没有主观过错，依据《中华人民共和国行政处罚法》第三十三条第二款的规定，本局决定不予行政处罚。',
  factsNotEstablished:
    '本案违法事实不能成立，依据《中华人民共和国行政处罚法》第五十七条第一款第（三）项的规定，本局决定不予行政处罚。',
} as const

export const noPenaltyDecisionInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  caseCourse: requiredText('案件来源及调查经过'),
  facts: requiredText('查明的事实'),
  evidence: z.array(requiredText('证据')).default([]),
  characterisation: requiredText('定性及理由'),
  ground: z.enum(['minorCorrected', 'firstViolation', 'noFault', 'factsNotEstablished']),
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
  body.push(para(NO_PENALTY_GROUNDS[input.ground]))
  if (input.ground !== 'factsNotEstablished') {
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
