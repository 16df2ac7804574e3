/**
 * 案件审核/法制审核表 (form 36): the review body's opinion on jurisdiction, facts and evidence,
 * characterisation, legal basis, procedure and appropriateness, the conclusion, and signatures
 * (SAMR-PR Arts. 49–55; APL Art. 58).
 *
 * Version 3: with `violations`, a 违法行为及裁量 row per violation gives its proposed penalty,
 * the discretion sentence computed from the numbers (range, position, band — never typed) and the
 * 从轻/从重/减轻 grounds and reason. Inputs without `violations` print the version 2 rows.
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  legalDateSchema,
  opinionSchema,
  partySchema,
  requiredText,
  violationPenaltySchema,
} from '../schemas'
import { violationReviewText } from '../blocks/penalty'
import { chineseOrdinal } from '../blocks/text'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable, opinionContent, type FormRow } from '../blocks/form-table'
import { partySummary } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const caseReviewInputSchema = z.object({
  reviewType: z.enum(['案件审核', '法制审核']),
  caseNumber: z.string().trim().default(''),
  cause: requiredText('案由'),
  party: partySchema,
  handlingUnit: requiredText('办案机构'),
  caseOfficers: requiredText('办案人员'),
  submittedOn: legalDateSchema,
  proposal: requiredText('办案机构处理意见'),
  /** Each proposed violation with its penalty and discretion (version 3). */
  violations: z.array(violationPenaltySchema).optional(),
  findings: z.object({
    jurisdiction: requiredText('主体及管辖审核意见'),
    factsAndEvidence: requiredText('事实及证据审核意见'),
    characterisation: requiredText('定性审核意见'),
    legalBasis: requiredText('法律依据审核意见'),
    procedure: requiredText('程序审核意见'),
    appropriateness: requiredText('裁量适当性审核意见'),
  }),
  conclusion: z.enum(['同意', '纠正', '补充调查', '其他']),
  reviewerOpinion: opinionSchema,
  reviewHeadOpinion: opinionSchema,
})
export type CaseReviewInput = z.input<typeof caseReviewInputSchema>

/** Builds the 案件审核表 or 法制审核表 (the printed title follows `reviewType`). */
export function buildCaseReviewDoc(
  raw: CaseReviewInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = caseReviewInputSchema.parse(raw)
  const f = input.findings
  const boxes = (['同意', '纠正', '补充调查', '其他'] as const)
    .map((c) => `${c === input.conclusion ? '■' : '□'}${c}`)
    .join('\u3000')
  return internalDocument({
    kind: 'caseReview',
    ctx,
    title: `${input.reviewType}表`,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '案由', value: input.cause }],
        [{ label: '当事人', value: partySummary(input.party) }],
        [
          { label: '办案机构', value: input.handlingUnit },
          { label: '送审日期', value: formatChineseDate(input.submittedOn) },
        ],
        [{ label: '办案人员', value: input.caseOfficers }],
        [{ label: '办案机构处理意见', value: input.proposal }],
        ...(input.violations ?? []).map((v, i, all): FormRow => [
          {
            label: all.length > 1 ? `违法行为（${chineseOrdinal(i + 1)}）` : '违法行为及裁量',
            value: violationReviewText(v),
          },
        ]),
        [{ label: '主体及管辖', value: f.jurisdiction }],
        [{ label: '事实及证据', value: f.factsAndEvidence }],
        [{ label: '定性', value: f.characterisation }],
        [{ label: '法律依据', value: f.legalBasis }],
        [{ label: '程序', value: f.procedure }],
        [{ label: '裁量适当性', value: f.appropriateness }],
        [{ label: '审核结论', value: boxes }],
        [{ label: '审核人员意见', value: opinionContent(input.reviewerOpinion), minHeight: 60 }],
        [
          {
            label: '审核机构负责人意见',
            value: opinionContent(input.reviewHeadOpinion),
            minHeight: 60,
          },
        ],
      ]),
    ],
  })
}
