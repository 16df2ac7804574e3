/**
 * 立案审批表 (form 7): case source, 案由, party, brief facts and the reason for filing, the two or
 * more officers with certificate numbers, the handling unit's opinion and the head's approval
 * (SAMR-PR Arts. 18–19; APL Art. 42).
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
import { formCaption, formTable, opinionContent } from '../blocks/form-table'
import { officersText, partyLines } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const filingApprovalInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  source: requiredText('案件来源'),
  receivedOn: legalDateSchema,
  cause: requiredText('案由'),
  party: partySchema,
  facts: requiredText('简要案情及立案理由'),
  officers: twoOfficersSchema,
  unitOpinion: opinionSchema,
  headApproval: opinionSchema,
})
export type FilingApprovalInput = z.input<typeof filingApprovalInputSchema>

/** Builds the 立案审批表. */
export function buildFilingApprovalDoc(
  raw: FilingApprovalInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = filingApprovalInputSchema.parse(raw)
  return internalDocument({
    kind: 'filingApproval',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
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
        [{ label: '简要案情及立案理由', value: input.facts, minHeight: 100 }],
        [{ label: '办案人员', value: officersText(input.officers) }],
        [{ label: '办案机构意见', value: opinionContent(input.unitOpinion), minHeight: 56 }],
        [{ label: '部门负责人审批意见', value: opinionContent(input.headApproval), minHeight: 56 }],
      ]),
    ],
  })
}
