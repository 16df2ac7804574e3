/**
 * 送达回证 (form 50): documents served with their numbers, addressee, place, method, servers,
 * the recipient's signature and date, proxy recipient, refusal and witness, remarks
 * (CPL Arts. 87–89). Signature boxes are left for hand-writing.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { legalDateSchema, requiredText, twoOfficersSchema } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable } from '../blocks/form-table'
import { officersText } from '../blocks/party'
import { formatChineseDate } from '../format/date'

/** Service methods (CPL Arts. 87–95). */
export const SERVICE_METHODS = [
  '直接送达',
  '留置送达',
  '邮寄送达',
  '电子送达',
  '委托送达',
  '转交送达',
  '公告送达',
] as const

export const serviceReceiptInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  documents: z
    .array(z.object({ title: requiredText('文书名称'), number: z.string().trim().default('') }))
    .min(1, { message: '请至少填写一份送达的文书。' }),
  addressee: requiredText('受送达人'),
  place: requiredText('送达地点'),
  method: z.enum(SERVICE_METHODS),
  servers: twoOfficersSchema,
  /** Filled in after service; blank boxes are printed for hand-writing when absent. */
  servedOn: legalDateSchema.optional(),
  remarks: z.string().trim().default(''),
})
export type ServiceReceiptInput = z.input<typeof serviceReceiptInputSchema>

/** A box for a hand signature with the date and time written below, right-aligned. */
function hand(first = '（签名或者盖章）'): Content {
  return {
    stack: [
      { text: first, style: 'cell' },
      {
        text: '年\u3000\u3000月\u3000\u3000日\u3000\u3000时\u3000\u3000分',
        style: 'cell',
        alignment: 'right',
        margin: [0, 8, 0, 0],
      },
    ],
  }
}

/** Builds the 送达回证. */
export function buildServiceReceiptDoc(
  raw: ServiceReceiptInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = serviceReceiptInputSchema.parse(raw)
  const methods = SERVICE_METHODS.map((m) => `${m === input.method ? '■' : '□'}${m}`).join('\u3000')
  return internalDocument({
    kind: 'serviceReceipt',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [
          {
            label: '送达文书名称及文号',
            value: input.documents
              .map((d) => (d.number ? `《${d.title}》（${d.number}）` : `《${d.title}》`))
              .join('\n'),
            minHeight: 46,
          },
        ],
        [{ label: '受送达人', value: input.addressee }],
        [{ label: '送达地点', value: input.place }],
        [{ label: '送达方式', value: methods }],
        [
          {
            label: '送达人',
            value: input.servedOn
              ? `${officersText(input.servers)}\n送达日期：${formatChineseDate(input.servedOn)}`
              : hand(officersText(input.servers)),
          },
        ],
        [{ label: '受送达人签名', value: hand(), minHeight: 46 }],
        [{ label: '代收人及代收理由', value: hand(), minHeight: 46 }],
        [{ label: '拒收事由及见证人', value: hand(), minHeight: 46 }],
        [{ label: '备注', value: input.remarks || '无', minHeight: 34 }],
      ]),
    ],
  })
}
