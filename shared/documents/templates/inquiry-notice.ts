/**
 * 询问通知书 (form 13 of the 2021 model set; wording [U], docs/domain/documents.md): the matter the party is
 * asked about, when and where to come, the materials to bring, the duty to answer truthfully
 * (APL Art. 55 para 2) and the contact block (鄂市监法〔2022〕42号 item 十五).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  clockTimeSchema,
  docNumberSchema,
  legalDateSchema,
  partySchema,
  requiredText,
} from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDateTime } from '../../util/date'

export const inquiryNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** The matter, phrased to follow “为调查了解”, e.g. 你单位经营超过保质期食品的有关情况. */
  matters: requiredText('询问事项'),
  date: legalDateSchema,
  time: clockTimeSchema,
  place: requiredText('询问地点'),
  materials: z.array(requiredText('材料名称')).default([]),
})
export type InquiryNoticeInput = z.input<typeof inquiryNoticeInputSchema>

/** Builds the 询问通知书. */
export function buildInquiryNoticeDoc(
  raw: InquiryNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = inquiryNoticeInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const matters = input.matters.replace(/[。；]$/, '')
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `为调查了解${matters}${/情况$/.test(matters) ? '' : '的有关情况'}，根据《中华人民共和国行政处罚法》第五十五条的规定，请${p}于${formatChineseDateTime(input.date, input.time)}到${input.place}接受询问调查。`,
    ),
  ]
  if (input.materials.length > 0) {
    body.push(para('请携带以下材料：'), ...numberedParas(input.materials))
  }
  body.push(
    para(
      '接受询问的人员请携带本人身份证件；委托他人接受询问的，还应当携带授权委托书。当事人或者有关人员应当如实回答询问，并协助调查，不得拒绝或者阻挠。',
    ),
    para('如因特殊情况不能按时接受询问，请事先与本局联系人联系，说明理由并商定时间。'),
  )
  return officialDocument({ kind: 'inquiryNotice', ctx, number: input.docNumber, body })
}
