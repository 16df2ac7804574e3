/**
 * 行政指导书 (鄂市监法〔2022〕42号 item 十五: guidance letters after violations, esp. in
 * anti-monopoly/unfair-competition work). Guidance is voluntary and not coercive.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, paras, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const guidanceLetterInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** What was found (inspection, complaint, self-check …). */
  findings: requiredText('发现的问题'),
  /** Laws and rules the guidance refers to. */
  legalReferences: requiredText('相关法律规定'),
  suggestions: z.array(requiredText('指导意见')).min(1, { message: '请至少填写一条指导意见。' }),
  /** Suggested date to report back, if any. */
  feedbackBy: legalDateSchema.optional(),
})
export type GuidanceLetterInput = z.input<typeof guidanceLetterInputSchema>

/** Builds the 行政指导书. */
export function buildGuidanceLetterDoc(
  raw: GuidanceLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = guidanceLetterInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const body: Content[] = [
    salutation(input.party.name),
    ...paras(input.findings),
    para(`为帮助${p}依法合规经营，根据${input.legalReferences}的规定，本局提出以下行政指导意见：`),
    ...numberedParas(input.suggestions),
  ]
  if (input.feedbackBy) {
    body.push(
      para(
        `建议${p}于${formatChineseDate(input.feedbackBy)}前完成规范，并将落实情况书面反馈本局。`,
      ),
    )
  }
  body.push(
    para(
      `本指导书属于行政指导，不具有强制力，由${p}自愿采纳。对指导意见有疑问或者需要帮助的，请与本局联系人联系。`,
    ),
  )
  return officialDocument({ kind: 'guidanceLetter', ctx, number: input.docNumber, body })
}
