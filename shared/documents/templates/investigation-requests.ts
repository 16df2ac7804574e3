/**
 * Requests made while investigating (2021 范本 forms 15, 16, 17; wording [U], the legal content
 * from SAMR-PR, docs/domain/documents.md). Each goes out of the office and carries the contact
 * block (鄂市监法〔2022〕42号 item 十五):
 *
 * - 限期提供材料通知书 (form 15; SAMR-PR Art. 30 para 1): the party or another unit or person is
 *   asked to provide the listed materials by a day, signed or sealed by whoever provides them.
 * - 协助辨认/鉴别通知书 (form 16; SAMR-PR Art. 30 para 2): the rights holder is asked to identify
 *   whether the products are its own or made under its licence, or to authenticate a matter. The
 *   time it takes is not counted in the case period (Art. 64 para 2).
 * - 协助调查函 (form 17; SAMR-PR Art. 45): another authority or market-supervision office is asked
 *   to help; a market-supervision office completes the work within 15 working days.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { bareCause, numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDate } from '../../util/date'
import { periodText } from '../../domain/case/period-text'
import { IDENTIFICATION_TITLE_WORDS, printedTitle } from '../kinds'

/** Cause without 涉嫌 and 案, for “涉嫌…一案”. */
const stop = (text: string) => (/[。；！？]$/.test(text) ? text : `${text}。`)

export const materialsRequestInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  /** The case's party (the subject of the case). */
  party: partySchema,
  /** Whom the notice is addressed to; absent: the party. */
  addressee: z.string().trim().optional(),
  cause: requiredText('案由'),
  materials: z
    .array(requiredText('需提供的材料'))
    .min(1, { message: '请至少填写一项需提供的材料。' }),
  provideBy: legalDateSchema,
  /** Where to bring the materials; absent: the office's contact address. */
  place: z.string().trim().optional(),
})
export type MaterialsRequestInput = z.input<typeof materialsRequestInputSchema>

/** Builds the 限期提供材料通知书. */
export function buildMaterialsRequestDoc(
  raw: MaterialsRequestInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = materialsRequestInputSchema.parse(raw)
  const toParty = !input.addressee || input.addressee === input.party.name
  const p = toParty ? partyPronoun(input.party) : '你（单位）'
  const subject = toParty
    ? `${p}涉嫌${bareCause(input.cause)}一案`
    : `${input.party.name}涉嫌${bareCause(input.cause)}一案`
  const body: Content[] = [
    salutation(toParty ? input.party.name : (input.addressee ?? input.party.name)),
    para(
      `本局在调查${subject}中，根据《市场监督管理行政处罚程序规定》第三十条第一款的规定，请${p}于${formatChineseDate(input.provideBy)}前向本局提供下列材料：`,
    ),
    ...numberedParas(input.materials.map((m) => stop(m.replace(/[。；;]$/, '')))),
    para(`提供地点：${input.place ?? ctx.contact.contactAddress}。`),
    para(
      `${p}提供的材料应当真实、完整；提供复制件的，应当注明出处，并由材料提供人在有关材料上签名或者盖章。`,
    ),
  ]
  return officialDocument({ kind: 'materialsRequest', ctx, number: input.docNumber, body })
}

export const identificationRequestInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  /** 权利人: who is asked to identify or authenticate. */
  rightsHolder: requiredText('权利人'),
  purpose: z.enum(IDENTIFICATION_TITLE_WORDS),
  party: partySchema,
  cause: requiredText('案由'),
  /** The products or matters, with quantities. */
  items: requiredText('辨认（鉴别）的产品或事项'),
  requirements: z.string().trim().optional(),
  dueOn: legalDateSchema.optional(),
})
export type IdentificationRequestInput = z.input<typeof identificationRequestInputSchema>

/** Builds the 协助辨认/鉴别通知书 (printed as 协助辨认通知书, 协助鉴别通知书 or both). */
export function buildIdentificationRequestDoc(
  raw: IdentificationRequestInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = identificationRequestInputSchema.parse(raw)
  const what =
    input.purpose === '辨认'
      ? '是否为你（单位）生产或者许可生产的产品进行辨认'
      : input.purpose === '鉴别'
        ? '有关事项进行鉴别'
        : '是否为你（单位）生产或者许可生产的产品进行辨认，并对有关事项进行鉴别'
  const body: Content[] = [
    salutation(input.rightsHolder),
    para(
      `本局在查处${input.party.name}涉嫌${bareCause(input.cause)}一案中，根据《市场监督管理行政处罚程序规定》第三十条第二款的规定，请你（单位）对下列涉案产品${what}：`,
    ),
    para(stop(input.items.replace(/[。；]$/, ''))),
  ]
  if (input.requirements) body.push(para(`${input.purpose}要求：${stop(input.requirements)}`))
  body.push(
    para(
      `请你（单位）${input.dueOn ? `于${formatChineseDate(input.dueOn)}前` : '尽快'}将${input.purpose}意见书面告知本局，并在${input.purpose}意见上签名或者盖章。`,
    ),
  )
  return officialDocument({
    kind: 'identificationRequest',
    ctx,
    number: input.docNumber,
    body,
    title: printedTitle('identificationRequest', input),
  })
}

export const assistanceLetterInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  recipient: requiredText('协助单位'),
  party: partySchema,
  cause: requiredText('案由'),
  background: z.string().trim().optional(),
  assistanceMatters: requiredText('协助事项'),
})
export type AssistanceLetterInput = z.input<typeof assistanceLetterInputSchema>

/** Builds the 协助调查函. */
export function buildAssistanceLetterDoc(
  raw: AssistanceLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = assistanceLetterInputSchema.parse(raw)
  const body: Content[] = [
    salutation(input.recipient),
    para(
      `本局在调查${input.party.name}涉嫌${bareCause(input.cause)}一案中${input.background ? `，${input.background.replace(/[。；]$/, '')}` : ''}。根据《市场监督管理行政处罚程序规定》第四十五条的规定，确需贵单位协助调查取证以下事项：`,
    ),
    ...input.assistanceMatters
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => para(stop(l.replace(/[。；]$/, '')))),
    para(
      // The period is the ASSISTANCE_REPLY rule's (SAMR-PR Art. 45 para 2; docs/domain/deadlines.md).
      `属于贵单位职权范围的协助事项，请在接到本函之日起${periodText('ASSISTANCE_REPLY')}内完成相关工作并函复本局；需要延期完成的，请在期限届满前告知本局。`,
    ),
  ]
  return officialDocument({ kind: 'assistanceLetter', ctx, number: input.docNumber, body })
}
