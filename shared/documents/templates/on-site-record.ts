/**
 * 现场笔录 (form 9 of the 2021 model set; field layout [U], docs/domain/documents.md): time, place, party, the
 * officers with their certificate numbers, the recorder, the person present for the party, the
 * statement that the certificates were shown, what was found, the party's opinion, the reader's
 * confirmation and the signatures (APL Arts. 42, 43, 55: two or more officers show their
 * certificates; an inspection is recorded).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { partySchema, recordTimeShape, requiredText, twoOfficersSchema } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { confirmationRow, formCaption, formTable, signatureRow } from '../blocks/form-table'
import { officersText, partySummary } from '../blocks/party'
import { recordPeriod } from './record-time'

export const onSiteRecordInputSchema = z.object({
  ...recordTimeShape,
  place: requiredText('检查地点'),
  party: partySchema,
  officers: twoOfficersSchema,
  recorder: requiredText('记录人'),
  present: z.object({
    name: requiredText('现场负责人姓名'),
    capacity: requiredText('现场负责人身份'),
    idNumber: requiredText('现场负责人身份证件号码'),
    phone: z.string().trim().default(''),
  }),
  findings: requiredText('现场检查情况'),
  partyOpinion: z.string().trim().default(''),
})
export type OnSiteRecordInput = z.input<typeof onSiteRecordInputSchema>

/** Builds the 现场笔录. */
export function buildOnSiteRecordDoc(
  raw: OnSiteRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = onSiteRecordInputSchema.parse(raw)
  const p = input.present
  return internalDocument({
    kind: 'onSiteRecord',
    ctx,
    // The person present and the officers sign every page (docs/domain/documents.md item 9).
    pageSignatures: ['现场负责人', '执法人员'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '检查时间', value: recordPeriod(input.date, input.startTime, input.endTime) }],
        [{ label: '检查地点', value: input.place }],
        [{ label: '当事人', value: partySummary(input.party) }],
        [{ label: '执法人员', value: officersText(input.officers) }],
        [
          { label: '记录人', value: input.recorder },
          { label: '现场负责人', value: p.name },
        ],
        [
          { label: '身份', value: p.capacity },
          { label: '联系电话', value: p.phone || '—' },
        ],
        [{ label: '证件号码', value: p.idNumber }],
        [
          {
            label: '',
            value:
              '执法人员已向现场负责人出示执法证件，说明检查事由，告知其应当如实回答询问、协助检查，不得拒绝或者阻挠，并告知其有申请执法人员回避的权利（《中华人民共和国行政处罚法》第四十三条、第五十五条）。',
          },
        ],
        [{ label: '现场检查情况', value: input.findings, minHeight: 180 }],
        [{ label: '当事人意见', value: input.partyOpinion || '无' }],
        confirmationRow('现场负责人核对意见'),
        signatureRow('记录人签名'),
      ]),
    ],
  })
}
