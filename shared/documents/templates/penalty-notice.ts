/**
 * 行政处罚告知书 (form 37, 文号 市监罚告): facts and evidence, provisions violated, proposed
 * penalty and its basis, the rights to state/defend (and a hearing when in scope) within five
 * working days with the END DATE printed, deemed waiver, no heavier penalty because of the defence
 * (APL Arts. 44, 45, 63, 64; SAMR-PR Arts. 57, 58).
 *
 * Version 2: with `violations`, each violation is stated with its provisions, basis and proposed
 * penalty before the combined proposed penalty. Inputs without `violations` print the version 1
 * body.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  docNumberSchema,
  legalDateSchema,
  partySchema,
  penaltyLineSchema,
  requiredText,
  violationPenaltySchema,
} from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { penaltyItemText, violationDecisionText } from '../blocks/penalty'
import { advanceNoticeRightsSentences } from '../blocks/rights'
import { formatChineseDate } from '../../util/date'

export const penaltyNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  filedOn: legalDateSchema,
  /** 案由 without 涉嫌/案, e.g. 经营超过保质期食品. */
  cause: requiredText('案由'),
  facts: requiredText('违法事实'),
  evidenceSummary: requiredText('证据'),
  violatedProvision: requiredText('违反的规定'),
  legalBasis: requiredText('处罚依据'),
  proposedPenalties: z.array(penaltyLineSchema).min(1, { message: '请至少填写一项拟处罚内容。' }),
  /** Each violation with its proposed penalty (version 2). */
  violations: z.array(violationPenaltySchema).optional(),
  /** Over-charged prices to refund (SAMR-PR Art. 57), if any. */
  refund: z.string().trim().optional(),
  /** Whether the proposed penalty is in hearing scope (APL Art. 63; hearing rules Art. 5). */
  hearingRight: z.boolean(),
  /** Last day of the reply window, computed by the caller from the service date. */
  replyDeadline: legalDateSchema,
  /** Length of the reply window in working days (NOTICE_REPLY of DEADLINE_RULES when absent). */
  replyWorkingDays: z.number().int().positive().optional(),
})
export type PenaltyNoticeInput = z.input<typeof penaltyNoticeInputSchema>

/** Builds the 行政处罚告知书. */
export function buildPenaltyNoticeDoc(
  raw: PenaltyNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = penaltyNoticeInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `本局于${formatChineseDate(input.filedOn)}对${p}涉嫌${input.cause}一案立案调查。经查，${input.facts.replace(/^经查[，,]/, '')}`,
    ),
    para(`以上事实有${input.evidenceSummary.replace(/[。；]$/, '')}等证据证明。`),
  ]
  const violations = input.violations ?? []
  if (violations.length > 0) {
    body.push(
      para(`本局拟对${p}的违法行为分别裁量如下：`),
      ...numberedParas(violations.map((v) => violationDecisionText(v, true))),
      para(
        `综上，依据${input.legalBasis}的规定，本局拟对${p}${violations.length > 1 ? '合并' : ''}作出如下行政处罚：`,
      ),
    )
  } else {
    body.push(
      para(
        `${p}的上述行为违反了${input.violatedProvision}的规定。依据${input.legalBasis}的规定，本局拟对${p}作出如下行政处罚：`,
      ),
    )
  }
  body.push(...numberedParas(input.proposedPenalties.map(penaltyItemText)))
  if (input.refund) body.push(para(input.refund))
  for (const sentence of advanceNoticeRightsSentences({
    pronoun: p,
    replyDeadline: input.replyDeadline,
    replyWorkingDays: input.replyWorkingDays,
    hearingRight: input.hearingRight,
  })) {
    body.push(para(sentence))
  }
  return officialDocument({ kind: 'penaltyNotice', ctx, number: input.docNumber, body })
}
