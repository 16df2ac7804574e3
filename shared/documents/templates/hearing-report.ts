/**
 * 听证报告 (form 41 of the 2021 model set; field layout [U], docs/domain/documents.md): 案由, the hearing's
 * time and place, the hearing officers and participants, the course of the hearing, the
 * investigators' and the party's positions, the conclusion and the presider's opinion and
 * proposal, signed by the presider (APL Art. 65: the decision follows the 听证笔录).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { clockTimeSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable, signatureRow } from '../blocks/form-table'
import { partySummary } from '../blocks/party'
import { recordPeriod } from './record-time'

export const hearingReportInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  cause: requiredText('案由'),
  date: legalDateSchema,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
  place: requiredText('听证地点'),
  party: partySchema,
  presider: requiredText('听证主持人'),
  hearingOfficers: z.array(requiredText('听证员')).default([]),
  recorder: requiredText('记录员'),
  /** 听证参加人: who attended for the party and the investigators. */
  attendees: requiredText('听证参加人'),
  summary: requiredText('听证情况'),
  investigatorStatement: requiredText('调查人员提出的事实、证据和处罚建议'),
  partyStatement: requiredText('当事人陈述、申辩和质证意见'),
  conclusion: requiredText('听证结论'),
  opinion: requiredText('处理意见及建议'),
})
export type HearingReportInput = z.input<typeof hearingReportInputSchema>

/** Builds the 听证报告. */
export function buildHearingReportDoc(
  raw: HearingReportInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = hearingReportInputSchema.parse(raw)
  const people = [
    `听证主持人：${input.presider}`,
    ...(input.hearingOfficers.length ? [`听证员：${input.hearingOfficers.join('、')}`] : []),
    `记录员：${input.recorder}`,
  ].join('\u3000')
  return internalDocument({
    kind: 'hearingReport',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '案由', value: input.cause }],
        [{ label: '当事人', value: partySummary(input.party) }],
        [{ label: '听证时间', value: recordPeriod(input.date, input.startTime, input.endTime) }],
        [{ label: '听证地点', value: input.place }],
        [{ label: '听证人员', value: people }],
        [{ label: '听证参加人', value: input.attendees }],
        [{ label: '听证基本情况', value: input.summary, minHeight: 60 }],
        [{ label: '调查人员意见', value: input.investigatorStatement, minHeight: 60 }],
        [{ label: '当事人陈述申辩', value: input.partyStatement, minHeight: 60 }],
        [{ label: '听证结论', value: input.conclusion }],
        [{ label: '处理意见及建议', value: input.opinion, minHeight: 60 }],
        signatureRow('听证主持人签名'),
        ...(input.hearingOfficers.length ? [signatureRow('听证员签名')] : []),
      ]),
    ],
  })
}
