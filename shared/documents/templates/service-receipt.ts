/**
 * 送达回证 (form 50): documents served with their numbers, addressee, place, method, servers,
 * the recipient's signature and date, proxy recipient, refusal and witness, remarks
 * (CPL Arts. 87–89). Signature boxes are left for hand-writing. The 受送达人 is the party; the
 * person who signs for it (法定代表人/负责人, a 个体工商户's 经营者, a natural person) is named in
 * its signature box, anyone else who signed in the 代收人 box (CPL Art. 88;
 * docs/domain/visit-and-service.md).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { domainEnum, legalDateSchema, requiredText, twoOfficersSchema } from '../schemas'
import type { Party } from '../../domain/case/party'
import { SERVICE_METHODS, type ServiceMethod } from '../../domain/case/common'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable } from '../blocks/form-table'
import { runs } from '../blocks/text'
import { formatChineseDate } from '../../util/date'

/** The service methods (CPL Arts. 87–95) in the order the form lists them as boxes to tick. */
const RECEIPT_METHOD_ORDER: readonly ServiceMethod[] = [
  'direct',
  'leftAtAddress',
  'mail',
  'electronic',
  'entrusted',
  'forwarded',
  'publicNotice',
]
/** Older frozen snapshots hold the printed label instead of the act's key. */
const LEGACY_METHOD_LABELS = Object.fromEntries(
  Object.entries(SERVICE_METHODS).map(([key, label]) => [label, key]),
) as Record<(typeof SERVICE_METHODS)[ServiceMethod], ServiceMethod>

export const serviceReceiptInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  documents: z
    .array(z.object({ title: requiredText('文书名称'), number: z.string().trim().default('') }))
    .min(1, { message: '请至少填写一份送达的文书。' }),
  /** The party served (受送达人): its name, see {@link addresseeOf}. */
  addressee: requiredText('受送达人'),
  /**
   * Who signs for the addressee itself ({@link signatoryOf}); absent on snapshots frozen before it
   * was recorded (their signature box stays blank, as then printed).
   */
  signatory: z
    .object({ title: requiredText('签收人身份'), name: requiredText('签收人') })
    .optional(),
  /** The person recorded as having signed; when not the signatory, printed as 代收人. */
  signedBy: z.string().trim().default(''),
  place: requiredText('送达地点'),
  method: domainEnum(SERVICE_METHODS, LEGACY_METHOD_LABELS),
  servers: twoOfficersSchema,
  /** Filled in after service; blank boxes are printed for hand-writing when absent. */
  servedOn: legalDateSchema.optional(),
  remarks: z.string().trim().default(''),
})
export type ServiceReceiptInput = z.input<typeof serviceReceiptInputSchema>

/** Who signs a 送达回证 for a party: the title printed before the name, and the name. */
export interface Signatory {
  title: string
  name: string
}

/**
 * The 受送达人 of a 送达回证 for `party`: the company's name; a 个体工商户's 字号 with its
 * operator (the operator's name alone when it has no 字号); a natural person's name (CPL Art. 88; docs/domain/visit-and-service.md).
 */
export function addresseeOf(party: Party): string {
  if (party.kind === 'soleTrader' && party.name !== party.operatorName) {
    return `${party.name}（经营者：${party.operatorName}）`
  }
  return party.name
}

/**
 * Who signs for `party` itself (CPL Art. 88): an organisation's 法定代表人 (or 负责人, as its
 * title says), a 个体工商户's 经营者, a natural person in person (本人).
 */
export function signatoryOf(party: Party): Signatory {
  switch (party.kind) {
    case 'organisation':
      return { title: party.representativeTitle ?? '法定代表人', name: party.legalRepresentative }
    case 'soleTrader':
      return { title: '经营者', name: party.operatorName }
    case 'naturalPerson':
      return { title: '本人', name: party.name }
  }
}

/** A name as compared: no spaces, no trailing bracketed note such as "（法定代表人）". */
function bareName(name: string): string {
  return name.replace(/\s+/g, '').replace(/[（(][^（()）]*[)）]$/, '')
}

/**
 * Whether `signedBy` is the signatory (then the party signed itself); a blank `signedBy` (a form
 * printed before service) is read as the signatory.
 */
export function signedBySignatory(signatory: Signatory, signedBy: string): boolean {
  return bareName(signedBy) === '' || bareName(signedBy) === bareName(signatory.name)
}

/** The date and time line written by hand. */
const DATE_TIME = '年\u3000\u3000月\u3000\u3000日\u3000\u3000时\u3000\u3000分'

/** Room for two officers' signatures after a label (CPL Art. 89: 送达人 sign). */
const TWO_SIGNATURES = '\u3000'.repeat(6) + '、'

/** A box for a hand signature with the date and time written below, right-aligned. */
function hand(first = '（签名或者盖章）', ...more: string[]): Content {
  return {
    stack: [
      { text: first, style: 'cell' },
      ...more.map((line) => ({ text: line, style: 'cell' as const })),
      {
        text: DATE_TIME,
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
  const methods = RECEIPT_METHOD_ORDER.map(
    (m) => `${m === input.method ? '■' : '□'}${SERVICE_METHODS[m]}`,
  ).join('\u3000')
  const who = input.signatory
  const own = who !== undefined && signedBySignatory(who, input.signedBy)
  const ownBox = own ? hand(`${who.title}：${who.name}（签名或者盖章）`) : hand()
  // CPL Art. 88: whoever receives for the addressee is named with their relationship to it.
  const proxyBox =
    !own && input.signedBy
      ? hand(`代收人：${input.signedBy}（签名）`, '代收人与受送达人关系：')
      : hand('（签名）\u3000\u3000\u3000\u3000\u3000代收人与受送达人关系：')
  // The officers who serve sign (CPL Art. 87: the receipt is signed by the recipient; Art. 89:
  // on refusal, by the servers and the witness).
  // Names only: the servers sign below, and their certificate numbers would push the form onto a
  // second page (docs/documents-layout.md).
  const servers = input.servers.map((o) => o.name).join('、')
  const serverBox: Content = {
    stack: [
      { text: servers, style: 'cell' },
      { text: `送达人签名：${TWO_SIGNATURES}`, style: 'cell', margin: [0, 4, 0, 0] },
      // The date of service is the recipient's date below; a recorded one is printed here.
      ...(input.servedOn
        ? [{ text: `送达日期：${formatChineseDate(input.servedOn)}`, style: 'cell' as const }]
        : []),
    ],
  }
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
        [{ label: '送达人', value: serverBox }],
        [{ label: '受送达人签名', value: ownBox, minHeight: 46 }],
        [{ label: '代收人', value: proxyBox, minHeight: 46 }],
        // CPL Art. 89 (留置送达): the reason for refusal, the witness and the servers sign, the
        // place and date the document was left; or the service recorded by photo or video.
        [
          {
            label: '拒收及留置送达',
            value: {
              stack: [
                { text: '拒收事由：', style: 'cell' },
                { text: '见证人（签名或者盖章）：', style: 'cell', margin: [0, 4, 0, 0] },
                { text: '见证人单位或者身份：', style: 'cell' },
                {
                  columns: [
                    { width: '*', text: '留置地点：' },
                    { width: 'auto', text: DATE_TIME },
                  ],
                  style: 'cell',
                  columnGap: 4,
                },
                { text: `送达人签名：${TWO_SIGNATURES}`, style: 'cell' },
                { text: runs('□以拍照、录像等方式记录送达过程'), style: 'cell' },
              ],
            },
          },
        ],
        [{ label: '备注', value: input.remarks || '无' }],
      ]),
    ],
  })
}
