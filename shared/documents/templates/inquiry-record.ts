/**
 * 询问笔录 (form 14 of the 2021 model set; field layout [U], docs/domain/documents.md): time and place, the
 * officers asking (with certificate numbers) and the recorder, the person asked (name, sex, ID
 * number, phone, address, relation to the party), the record that the certificates were shown and
 * the rights and duties told (APL Arts. 43, 55), the questions and answers, the reader's
 * confirmation and the signatures.
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { partySchema, recordTimeShape, requiredText, twoOfficersSchema } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { confirmationRow, formCaption, formTable, signatureRow } from '../blocks/form-table'
import { officersText } from '../blocks/party'
import { recordPeriod } from './record-time'

export const inquiryRecordInputSchema = z.object({
  ...recordTimeShape,
  place: requiredText('询问地点'),
  party: partySchema,
  officers: twoOfficersSchema,
  recorder: requiredText('记录人'),
  interviewee: z.object({
    name: requiredText('被询问人姓名'),
    sex: z.enum(['男', '女'], { message: '请选择被询问人性别。' }),
    idNumber: requiredText('被询问人身份证件号码'),
    phone: requiredText('被询问人联系电话'),
    address: requiredText('被询问人住址'),
    relation: requiredText('与当事人关系'),
  }),
  /** One “问：…” or “答：…” per entry, in order. */
  qa: z.array(requiredText('询问内容')).min(1, { message: '请填写询问内容。' }),
})
export type InquiryRecordInput = z.input<typeof inquiryRecordInputSchema>

/** Builds the 询问笔录. */
export function buildInquiryRecordDoc(
  raw: InquiryRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = inquiryRecordInputSchema.parse(raw)
  const w = input.interviewee
  const names = input.officers.map((o) => o.name).join('、')
  return internalDocument({
    kind: 'inquiryRecord',
    ctx,
    // The person asked and the officers sign every page (docs/domain/documents.md item 14).
    pageSignatures: ['被询问人', '询问人'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '询问时间', value: recordPeriod(input.date, input.startTime, input.endTime) }],
        [{ label: '询问地点', value: input.place }],
        [{ label: '询问人', value: officersText(input.officers) }],
        [{ label: '记录人', value: input.recorder }],
        [
          { label: '被询问人', value: w.name },
          { label: '性别', value: w.sex },
        ],
        [{ label: '证件号码', value: w.idNumber }],
        [{ label: '联系电话', value: w.phone }],
        [{ label: '住址', value: w.address }],
        [{ label: '与本案关系', value: `${w.relation}（当事人：${input.party.name}）` }],
        [
          {
            label: '',
            value: `执法人员${names}已向被询问人出示执法证件，告知其依法应当如实回答询问、协助调查，不得拒绝或者阻挠，并告知其有申请执法人员回避的权利（《中华人民共和国行政处罚法》第四十三条、第五十五条）。`,
          },
        ],
        [{ label: '询问内容', value: input.qa.join('\n'), minHeight: 220 }],
        confirmationRow('被询问人核对意见'),
        signatureRow('记录人签名'),
      ]),
    ],
  })
}
