/**
 * 陈述申辩笔录 (form 38): who stated or defended, in what capacity, against which 告知书, what
 * was said and which evidence was handed in; confirmation and signatures (APL Art. 45;
 * SAMR-PR Art. 58).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { partySchema, recordTimeShape, requiredText, twoOfficersSchema } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { confirmationRow, formCaption, formTable, signatureRow } from '../blocks/form-table'
import { officersText, partySummary } from '../blocks/party'
import { formatChineseDateTime } from '../../util/date'

export const statementRecordInputSchema = z.object({
  ...recordTimeShape,
  place: requiredText('地点'),
  party: partySchema,
  speaker: z.object({
    name: requiredText('陈述申辩人姓名'),
    capacity: requiredText('陈述申辩人身份（如法定代表人、委托代理人）'),
    idNumber: requiredText('陈述申辩人身份证件号码'),
    phone: z.string().trim().default(''),
  }),
  officers: twoOfficersSchema,
  recorder: requiredText('记录人'),
  noticeNumber: requiredText('行政处罚告知书文号'),
  statement: requiredText('陈述申辩内容'),
  evidenceSubmitted: z.string().trim().default('无'),
})
export type StatementRecordInput = z.input<typeof statementRecordInputSchema>

/** Builds the 陈述申辩笔录. */
export function buildStatementRecordDoc(
  raw: StatementRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = statementRecordInputSchema.parse(raw)
  const s = input.speaker
  const time = `${formatChineseDateTime(input.date, input.startTime)}至${input.endTime.replace(/^0/, '').replace(':', '时')}分`
  return internalDocument({
    kind: 'statementRecord',
    ctx,
    // The speaker and the officers sign every page (docs/domain/documents.md; docs/documents-layout.md).
    pageSignatures: ['陈述申辩人', '承办人员'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '时间', value: time }],
        [{ label: '地点', value: input.place }],
        [{ label: '当事人', value: partySummary(input.party) }],
        [
          { label: '陈述申辩人', value: s.name },
          { label: '身份', value: s.capacity },
        ],
        [{ label: '身份证件号码', value: s.idNumber }],
        [{ label: '联系电话', value: s.phone || '—' }],
        [{ label: '承办人员', value: officersText(input.officers) }],
        [{ label: '记录人', value: input.recorder }],
        [{ label: '告知书文号', value: input.noticeNumber }],
        [{ label: '陈述申辩内容', value: input.statement, minHeight: 150 }],
        [{ label: '提交的证据材料', value: input.evidenceSubmitted }],
        confirmationRow('陈述申辩人核对意见'),
        signatureRow('记录人签名'),
      ]),
    ],
  })
}
