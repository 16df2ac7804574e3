/**
 * 结案审批表 (form 53): case data, the decision and its execution, the closing reason
 * (SAMR-PR Art. 77 items) and the approvals.
 *
 * Version 3: with `paid`, the 执行情况 cell also states the fine, the confiscated gains and the
 * surcharge (加处罚款, APL Art. 72 para 1 item 1) actually paid. Inputs without `paid` print the
 * version 2 cell.
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  domainEnum,
  fenSchema,
  legalDateSchema,
  opinionSchema,
  partySchema,
  requiredText,
} from '../schemas'
import { CLOSING_REASONS } from '../../domain/case/payloads-execution'
import { formatYuan } from '../format/money'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable, opinionContent } from '../blocks/form-table'
import { partySummary } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

/**
 * 结案理由 as the form prints it, for each closing ground of the 结案 act (SAMR-PR Art. 77
 * items 1–5; the app's own ground 经约谈、责令改正 … prints its domain label).
 */
const CLOSING_GROUND_TEXT: Record<keyof typeof CLOSING_REASONS, string> = {
  ...CLOSING_REASONS,
  decidedWithoutPenalty: '作出不予行政处罚等处理决定',
}

export const closingApprovalInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  cause: requiredText('案由'),
  party: partySchema,
  /** Absent for a case closed without 立案 (约谈/责令改正 path, 当场处罚): prints 未立案. */
  filedOn: legalDateSchema.optional(),
  decidedOn: legalDateSchema.optional(),
  decisionNumber: z.string().trim().default(''),
  decisionContent: requiredText('处理决定内容'),
  execution: requiredText('执行情况'),
  /** Amounts actually paid, in 分 (version 3). */
  paid: z
    .object({
      fineFen: fenSchema,
      confiscatedGainsFen: fenSchema,
      surchargeFen: fenSchema,
    })
    .optional(),
  /** The 结案 act's ground; `otherDecision` is how older frozen snapshots name 不予处罚. */
  reason: domainEnum(CLOSING_REASONS, { otherDecision: 'decidedWithoutPenalty' }),
  /** The closing ground in the case's own words when the form's five items do not name it. */
  reasonText: z.string().trim().optional(),
  officerOpinion: opinionSchema,
  unitOpinion: opinionSchema,
  headApproval: opinionSchema,
})
export type ClosingApprovalInput = z.input<typeof closingApprovalInputSchema>

/** 已缴纳罚款…元、没收违法所得…元、加处罚款…元 (confiscation left out when there was none). */
function paidText(p: {
  fineFen: number
  confiscatedGainsFen: number
  surchargeFen: number
}): string {
  const parts = [
    `罚款${formatYuan(p.fineFen)}`,
    p.confiscatedGainsFen > 0 && `没收违法所得${formatYuan(p.confiscatedGainsFen)}`,
    `加处罚款${formatYuan(p.surchargeFen)}`,
  ].filter((x): x is string => typeof x === 'string')
  return `已缴纳${parts.join('、')}。`
}

/** Builds the 结案审批表. */
export function buildClosingApprovalDoc(
  raw: ClosingApprovalInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = closingApprovalInputSchema.parse(raw)
  return internalDocument({
    kind: 'closingApproval',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '案由', value: input.cause }],
        [{ label: '当事人', value: partySummary(input.party) }],
        [
          { label: '立案日期', value: input.filedOn ? formatChineseDate(input.filedOn) : '未立案' },
          { label: '决定日期', value: input.decidedOn ? formatChineseDate(input.decidedOn) : '—' },
        ],
        [{ label: '处理决定文号', value: input.decisionNumber || '—' }],
        [{ label: '处理决定内容', value: input.decisionContent, minHeight: 60 }],
        [
          {
            label: '执行情况',
            value: input.paid ? `${input.execution}\n${paidText(input.paid)}` : input.execution,
            minHeight: 60,
          },
        ],
        [{ label: '结案理由', value: input.reasonText || CLOSING_GROUND_TEXT[input.reason] }],
        [{ label: '办案人员意见', value: opinionContent(input.officerOpinion), minHeight: 56 }],
        [{ label: '办案机构意见', value: opinionContent(input.unitOpinion), minHeight: 56 }],
        [{ label: '部门负责人审批意见', value: opinionContent(input.headApproval), minHeight: 56 }],
      ]),
    ],
  })
}
