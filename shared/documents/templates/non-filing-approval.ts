/**
 * 不予立案审批表 (form 7 of the 2021 model set, 立案/不予立案审批表; field layout [U], docs/domain/documents.md):
 * case source, 案由, party, the facts found on checking the lead, the ground and reason for not
 * filing (SAMR-PR Art. 20), the officers, the handling unit's opinion and the head's approval.
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  legalDateSchema,
  opinionSchema,
  partySchema,
  requiredText,
  twoOfficersSchema,
} from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formTable, opinionContent } from '../blocks/form-table'
import { officersText, partyLines } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const nonFilingApprovalInputSchema = z.object({
  source: requiredText('案件来源'),
  receivedOn: legalDateSchema,
  cause: requiredText('案由'),
  party: partySchema,
  facts: requiredText('核查情况'),
  /** The SAMR-PR Art. 20 ground, as its item reads. */
  ground: requiredText('不予立案情形'),
  reason: requiredText('不予立案理由'),
  officers: twoOfficersSchema,
  unitOpinion: opinionSchema,
  headApproval: opinionSchema,
})
export type NonFilingApprovalInput = z.input<typeof nonFilingApprovalInputSchema>

/** Builds the 不予立案审批表. */
export function buildNonFilingApprovalDoc(
  raw: NonFilingApprovalInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = nonFilingApprovalInputSchema.parse(raw)
  return internalDocument({
    kind: 'nonFilingApproval',
    ctx,
    body: [
      formTable([
        [
          { label: '案件来源', value: input.source },
          { label: '受理日期', value: formatChineseDate(input.receivedOn) },
        ],
        [{ label: '案由', value: `涉嫌${input.cause.replace(/^涉嫌/, '').replace(/案$/, '')}案` }],
        [
          {
            label: '当事人',
            value: partyLines(input.party)
              .map(([l, v]) => `${l}：${v}`)
              .join('\n'),
          },
        ],
        [{ label: '核查情况', value: input.facts, minHeight: 80 }],
        [
          {
            label: '不予立案理由',
            value: `${input.reason.replace(/[。]$/, '')}。属于《市场监督管理行政处罚程序规定》第二十条规定的“${input.ground}”情形，建议不予立案。`,
            minHeight: 60,
          },
        ],
        [{ label: '办案人员', value: officersText(input.officers) }],
        [{ label: '办案机构意见', value: opinionContent(input.unitOpinion), minHeight: 56 }],
        [{ label: '部门负责人审批意见', value: opinionContent(input.headApproval), minHeight: 56 }],
      ]),
    ],
  })
}
