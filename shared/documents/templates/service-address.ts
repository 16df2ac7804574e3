/**
 * 送达地址确认书 (form 10 of the 2021 范本; field layout [U], docs/domain/documents.md): the party
 * confirms where documents are to be served and whether it consents to electronic service, and
 * by which channel and address (行政处罚法 Art. 61 para 2: consent and a signed confirmation;
 * 民事诉讼法 Art. 90; SAMR-PR Art. 82(三)). It tells the party what follows (SAMR-PR Art. 83):
 * documents sent to the confirmed address are served; a change must be notified in writing, or
 * service at the old address stands; when the address is wrong or a change was not notified, the
 * day the document is left there (direct) or returned (mail) is the day of service. The party
 * signs; a copy stays with it, so the office's contact block is printed.
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { legalDateSchema, partySchema, requiredText } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { contactLines } from '../blocks/contact'
import { formCaption, formTable, type FormRow } from '../blocks/form-table'
import { partySummary } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const serviceAddressConfirmationInputSchema = z
  .object({
    caseNumber: z.string().trim().default(''),
    party: partySchema,
    signedBy: requiredText('确认人'),
    address: requiredText('送达地址'),
    postcode: z.string().trim().optional(),
    recipient: z.string().trim().optional(),
    phone: z.string().trim().optional(),
    electronicConsent: z.boolean(),
    /** The channel as printed (手机短信, 传真, 电子邮件, 即时通讯账号). */
    electronicChannel: z.string().trim().optional(),
    electronicAddress: z.string().trim().optional(),
    confirmedOn: legalDateSchema,
  })
  .refine((p) => !p.electronicConsent || (p.electronicChannel && p.electronicAddress), {
    path: ['electronicAddress'],
    message: '同意电子送达的，请填写电子送达方式和地址（号码）。',
  })
export type ServiceAddressConfirmationInput = z.input<typeof serviceAddressConfirmationInputSchema>

/** What the addressee is told (SAMR-PR Arts. 82(三), 83), in the office's words. */
export const SERVICE_ADDRESS_NOTICE = [
  '一、本局向上述地址送达执法文书，即视为送达；电子送达的，文书到达上述电子地址（号码）特定系统的日期为送达日期。',
  '二、送达地址变更的，应当及时书面告知本局；未及时告知的，本局按原地址送达，视为依法送达。',
  '三、因送达地址不准确或者变更后未书面告知，导致文书未能被实际接收的，直接送达的，文书留在该地址之日为送达之日；邮寄送达的，文书被退回之日为送达之日。',
].join('\n')

/** Builds the 送达地址确认书. */
export function buildServiceAddressConfirmationDoc(
  raw: ServiceAddressConfirmationInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = serviceAddressConfirmationInputSchema.parse(raw)
  const consent = '□同意\u3000■不同意'
  const rows: FormRow[] = [
    [{ label: '受送达人', value: partySummary(input.party) }],
    [
      {
        label: '送达地址',
        value: input.postcode ? `${input.address}（邮政编码：${input.postcode}）` : input.address,
      },
    ],
    [
      { label: '收件人', value: input.recipient ?? '' },
      { label: '联系电话', value: input.phone ?? '' },
    ],
    [
      {
        label: '电子送达',
        value: input.electronicConsent
          ? `■同意\u3000${input.electronicChannel ?? ''}：${input.electronicAddress ?? ''}`
          : consent,
      },
    ],
  ]
  rows.push(
    [{ label: '告知事项', value: SERVICE_ADDRESS_NOTICE }],
    // The addressee confirms by hand: signature (or seal) and date are written, not printed.
    [
      {
        label: '受送达人确认',
        value: `本人已阅知上述告知事项，确认以上送达地址${input.electronicConsent ? '及电子送达方式' : ''}。\n确认人：${input.signedBy}\u3000签名或者盖章：${'\u3000'.repeat(4)}年\u3000月\u3000日`,
        minHeight: 40,
      },
    ],
    // The office's contact block (鄂市监法〔2022〕42号 item 十五) as the form's last row.
    [
      {
        label: '联系方式',
        value: contactLines(ctx.contact)
          .map(([label, value], i) => `${i % 2 ? '\u3000' : i ? '\n' : ''}${label}：${value}`)
          .join(''),
        closing: true,
      },
    ],
  )
  return internalDocument({
    kind: 'serviceAddressConfirmation',
    ctx,
    caption: formCaption(
      input.caseNumber ? `案件编号：${input.caseNumber}` : '',
      `填写日期：${formatChineseDate(input.confirmedOn)}`,
    ),
    body: [formTable(rows)],
  })
}
