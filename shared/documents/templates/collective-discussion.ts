/**
 * 行政处罚案件集体讨论记录 (form 42): meeting data, attendance, the case report, each speaker's
 * opinion and the decision reached (APL Art. 57 para 2; SAMR-PR Art. 60 para 2).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { clockTimeSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable } from '../blocks/form-table'
import { partySummary } from '../blocks/party'
import { formatChineseDateTime } from '../../util/date'

const personSchema = z.object({ name: requiredText('姓名'), position: requiredText('职务') })

export const collectiveDiscussionInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  cause: requiredText('案由'),
  party: partySchema,
  date: legalDateSchema,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
  place: requiredText('地点'),
  host: personSchema,
  attendees: z
    .array(personSchema)
    .min(2, { message: '集体讨论的出席人员应当为局负责人，请至少填写两人。' }),
  observers: z.array(personSchema).default([]),
  recorder: requiredText('记录人'),
  reporter: requiredText('汇报人'),
  caseReport: requiredText('案情汇报'),
  opinions: z
    .array(z.object({ speaker: requiredText('发言人'), opinion: requiredText('发言意见') }))
    .min(1, { message: '请记录讨论发言。' }),
  decision: requiredText('讨论决定'),
})
export type CollectiveDiscussionInput = z.input<typeof collectiveDiscussionInputSchema>

/** Builds the 行政处罚案件集体讨论记录. */
export function buildCollectiveDiscussionDoc(
  raw: CollectiveDiscussionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = collectiveDiscussionInputSchema.parse(raw)
  const people = (list: Array<{ name: string; position: string }>) =>
    list.map((p) => `${p.name}（${p.position}）`).join('、')
  const time = `${formatChineseDateTime(input.date, input.startTime)}至${input.endTime.replace(/^0/, '').replace(':', '时')}分`
  return internalDocument({
    kind: 'collectiveDiscussion',
    ctx,
    // The host and the recorder sign every page; all present sign the last row.
    pageSignatures: ['主持人', '记录人'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '案由', value: input.cause }],
        [{ label: '当事人', value: partySummary(input.party) }],
        [{ label: '时间', value: time }],
        [
          { label: '地点', value: input.place },
          { label: '主持人', value: people([input.host]) },
        ],
        [{ label: '出席人员', value: people(input.attendees) }],
        [{ label: '列席人员', value: input.observers.length ? people(input.observers) : '无' }],
        [
          { label: '汇报人', value: input.reporter },
          { label: '记录人', value: input.recorder },
        ],
        [{ label: '案情汇报', value: input.caseReport, minHeight: 46 }],
        [
          {
            label: '讨论意见',
            value: input.opinions.map((o) => `${o.speaker}：${o.opinion}`).join('\n'),
            minHeight: 80,
          },
        ],
        [{ label: '讨论决定', value: input.decision, minHeight: 46 }],
        [{ label: '出席人员签名', value: '', minHeight: 40, closing: true }],
      ]),
    ],
  })
}
