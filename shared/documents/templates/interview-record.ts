/**
 * 行政约谈记录 (practice, docs/domain/interview.md): time and place, interviewers with certificate numbers,
 * recorder, interviewee and attendees, problems pointed out and provisions explained, the
 * interviewee's explanation and commitments, rectification requirements and deadline, follow-up,
 * signatures of both sides.
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  legalDateSchema,
  partySchema,
  recordTimeShape,
  requiredText,
  twoOfficersSchema,
} from '../schemas'
import { internalDocument } from '../blocks/frame'
import { confirmationRow, formCaption, formTable, signatureRow } from '../blocks/form-table'
import { officersText, partySummary } from '../blocks/party'
import { formatChineseDate, formatChineseDateTime } from '../../util/date'

export const interviewRecordInputSchema = z.object({
  ...recordTimeShape,
  place: requiredText('约谈地点'),
  interviewers: twoOfficersSchema,
  recorder: requiredText('记录人'),
  party: partySchema,
  attendees: z
    .array(z.object({ name: requiredText('参加人姓名'), role: requiredText('职务或身份') }))
    .min(1, { message: '请填写被约谈方参加人员。' }),
  reason: requiredText('约谈事由'),
  problemsAndLaw: requiredText('指出的问题及法律规定'),
  intervieweeStatement: requiredText('被约谈方陈述'),
  commitments: requiredText('整改承诺'),
  requirements: requiredText('整改要求'),
  rectifyBy: legalDateSchema,
  followUp: requiredText('后续跟踪安排'),
})
export type InterviewRecordInput = z.input<typeof interviewRecordInputSchema>

/** Builds the 行政约谈记录. */
export function buildInterviewRecordDoc(
  raw: InterviewRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = interviewRecordInputSchema.parse(raw)
  const time = `${formatChineseDateTime(input.date, input.startTime)}至${input.endTime.replace(/^0/, '').replace(':', '时')}分`
  return internalDocument({
    kind: 'interviewRecord',
    ctx,
    // Both sides sign every page (docs/domain/interview.md; docs/documents-layout.md).
    pageSignatures: ['被约谈方', '约谈人员'],
    caption: formCaption(input.caseNumber ? `编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '约谈时间', value: time }],
        [{ label: '约谈地点', value: input.place }],
        [{ label: '约谈人员', value: officersText(input.interviewers) }],
        [
          { label: '记录人', value: input.recorder },
          { label: '被约谈方', value: input.party.name },
        ],
        [{ label: '被约谈方信息', value: partySummary(input.party) }],
        [
          {
            label: '参加人员',
            value: input.attendees.map((a) => `${a.name}（${a.role}）`).join('、'),
          },
        ],
        [{ label: '约谈事由', value: input.reason }],
        [{ label: '指出问题及法律规定', value: input.problemsAndLaw, minHeight: 80 }],
        [{ label: '被约谈方陈述', value: input.intervieweeStatement, minHeight: 60 }],
        [{ label: '整改承诺', value: input.commitments }],
        [
          {
            label: '整改要求及期限',
            value: `${input.requirements.replace(/[。]$/, '')}。整改期限：${formatChineseDate(input.rectifyBy)}前。`,
          },
        ],
        [{ label: '后续跟踪', value: input.followUp }],
        confirmationRow('被约谈方核对意见'),
        signatureRow('记录人签名'),
      ]),
    ],
  })
}
