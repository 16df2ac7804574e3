/**
 * 听证笔录 (form 40 of the 2021 model set; field layout [U], docs/domain/documents.md): 案由, time, place and
 * whether public, the presider, 听证员 and 记录员, who attended for the party and the
 * investigators, the facts, evidence and proposed penalty the investigators put forward, the
 * party's statement, defence and cross-examination, the course of the hearing, and the
 * signatures after the party has checked the record (APL Art. 64 items (七)(八)).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { partySchema, recordTimeShape, requiredText, twoOfficersSchema } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { confirmationRow, formCaption, formTable, signatureRow } from '../blocks/form-table'
import { officersText, partySummary } from '../blocks/party'
import { recordPeriod } from './record-time'

export const hearingRecordInputSchema = z.object({
  ...recordTimeShape,
  cause: requiredText('案由'),
  place: requiredText('听证地点'),
  isPublic: z.boolean().default(true),
  party: partySchema,
  presider: requiredText('听证主持人'),
  hearingOfficers: z.array(requiredText('听证员')).default([]),
  recorder: requiredText('记录员'),
  /** Who attended for the party (name and capacity); empty when the party did not appear. */
  partyAttendees: z.array(requiredText('当事人方出席人员')).default([]),
  partyAppeared: z.boolean().default(true),
  officers: twoOfficersSchema,
  investigatorStatement: requiredText('调查人员提出的事实、证据和处罚建议'),
  partyStatement: requiredText('当事人陈述、申辩和质证意见'),
  summary: requiredText('听证情况'),
})
export type HearingRecordInput = z.input<typeof hearingRecordInputSchema>

/** Builds the 听证笔录. */
export function buildHearingRecordDoc(
  raw: HearingRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = hearingRecordInputSchema.parse(raw)
  const attendees = input.partyAppeared
    ? input.partyAttendees.join('、') || '—'
    : '当事人无正当理由未出席听证'
  return internalDocument({
    kind: 'hearingRecord',
    ctx,
    // The party (or its agent) checks and signs the record (APL Art. 64 item (八)), on every page.
    pageSignatures: ['当事人（代理人）', '听证主持人'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '案由', value: input.cause }],
        [{ label: '听证时间', value: recordPeriod(input.date, input.startTime, input.endTime) }],
        [{ label: '听证地点', value: input.place }],
        [
          { label: '听证方式', value: input.isPublic ? '公开举行' : '不公开举行' },
          { label: '听证主持人', value: input.presider },
        ],
        [
          { label: '听证员', value: input.hearingOfficers.join('、') || '—' },
          { label: '记录员', value: input.recorder },
        ],
        [{ label: '当事人', value: partySummary(input.party) }],
        [{ label: '当事人方出席人员', value: attendees }],
        [{ label: '案件调查人员', value: officersText(input.officers) }],
        [{ label: '调查人员意见', value: input.investigatorStatement, minHeight: 100 }],
        [{ label: '当事人陈述申辩', value: input.partyStatement, minHeight: 100 }],
        [{ label: '听证情况', value: input.summary, minHeight: 60 }],
        confirmationRow('当事人（代理人）核对意见'),
        signatureRow('案件调查人员签名'),
        ...(input.hearingOfficers.length ? [signatureRow('听证员签名')] : []),
        signatureRow('记录员签名'),
      ]),
    ],
  })
}
