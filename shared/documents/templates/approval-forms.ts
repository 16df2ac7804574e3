/**
 * Two internal approval forms of the 2021 范本 (field layout [U], docs/domain/documents.md):
 *
 * - 行政处罚案件有关事项审批表 (form 8): a matter of the case that needs the head's approval and has
 *   no form of its own — the matter, its reason and basis, the handling officer's, the unit's and
 *   the head's opinions.
 * - 行政处理决定审批表 (form 43): the approval of the handling decision before it is issued — the
 *   facts, the proposed decision, the review and (when held) the collective discussion, the unit's
 *   opinion and the head's approval. Filed in the 副卷 (SAMR-PR Art. 78).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { opinionSchema, partySchema, requiredText } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable, opinionContent, type FormRow } from '../blocks/form-table'
import { partySummary } from '../blocks/party'

const caseHeader = {
  caseNumber: z.string().trim().default(''),
  cause: requiredText('案由'),
  party: partySchema,
}

export const matterApprovalInputSchema = z.object({
  ...caseHeader,
  matter: requiredText('审批事项'),
  reason: requiredText('理由及依据'),
  officerOpinion: opinionSchema,
  /** The handling unit's opinion, when the office routes the matter through it. */
  unitOpinion: opinionSchema.optional(),
  headApproval: opinionSchema,
})
export type MatterApprovalInput = z.input<typeof matterApprovalInputSchema>

/** 案由 as printed on a form: 涉嫌…案. */
const causeText = (cause: string) => `涉嫌${cause.replace(/^涉嫌/, '').replace(/一?案$/, '')}案`

/** Builds the 行政处罚案件有关事项审批表. */
export function buildMatterApprovalDoc(
  raw: MatterApprovalInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = matterApprovalInputSchema.parse(raw)
  const rows: FormRow[] = [
    [{ label: '案由', value: causeText(input.cause) }],
    [{ label: '当事人', value: partySummary(input.party) }],
    [{ label: '审批事项', value: input.matter }],
    [{ label: '理由及依据', value: input.reason, minHeight: 80 }],
    [{ label: '承办人意见', value: opinionContent(input.officerOpinion), minHeight: 56 }],
  ]
  if (input.unitOpinion)
    rows.push([{ label: '办案机构意见', value: opinionContent(input.unitOpinion), minHeight: 56 }])
  rows.push([{ label: '负责人审批意见', value: opinionContent(input.headApproval), minHeight: 56 }])
  return internalDocument({
    kind: 'matterApproval',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [formTable(rows)],
  })
}

export const decisionApprovalInputSchema = z.object({
  ...caseHeader,
  /** 案件事实及证据 in brief. */
  facts: requiredText('案件事实'),
  /** The proposed decision, e.g. the penalty and its basis, or the no-penalty ground. */
  proposal: requiredText('拟作出的处理决定'),
  /** 审核意见 (法制审核/案件审核), when the case was reviewed. */
  review: z.string().trim().optional(),
  /** 集体讨论意见, when the heads discussed the case. */
  discussion: z.string().trim().optional(),
  unitOpinion: opinionSchema,
  headApproval: opinionSchema,
})
export type DecisionApprovalInput = z.input<typeof decisionApprovalInputSchema>

/** Builds the 行政处理决定审批表. */
export function buildDecisionApprovalDoc(
  raw: DecisionApprovalInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = decisionApprovalInputSchema.parse(raw)
  const rows: FormRow[] = [
    [{ label: '案由', value: causeText(input.cause) }],
    [{ label: '当事人', value: partySummary(input.party) }],
    [{ label: '案件事实', value: input.facts, minHeight: 90 }],
    [{ label: '拟作出的处理决定', value: input.proposal, minHeight: 60 }],
  ]
  if (input.review) rows.push([{ label: '审核意见', value: input.review }])
  if (input.discussion) rows.push([{ label: '集体讨论意见', value: input.discussion }])
  rows.push(
    [{ label: '办案机构意见', value: opinionContent(input.unitOpinion), minHeight: 56 }],
    [{ label: '负责人审批意见', value: opinionContent(input.headApproval), minHeight: 56 }],
  )
  return internalDocument({
    kind: 'decisionApproval',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [formTable(rows)],
  })
}
