/**
 * Letters that hand a case on (2021 范本 forms 2–5; wording [U], docs/domain/documents.md). Each
 * goes out of the office with its 文号, seal and contact block:
 *
 * - 指定管辖通知书 (form 2; SAMR-PR Arts. 13–16): this office, as the common upper office,
 *   designates the office that handles the case; the others concerned get a copy (抄送).
 * - 案件交办通知书 (form 3; SAMR-PR Art. 15 para 1): this office hands a case of its own to a
 *   lower office.
 * - 案件移送函 (form 4; SAMR-PR Art. 14 — another market-supervision office has jurisdiction —
 *   or Art. 17 — another administrative authority has).
 * - 涉嫌犯罪案件移送书 (form 5; 《行政执法机关移送涉嫌犯罪案件的规定》 Arts. 3, 5–8): the case goes
 *   to the public-security organ with the materials of Art. 6; the organ signs the receipt
 *   (Art. 7) and decides within 3 days whether to open a case, telling the office in writing
 *   (Art. 8).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { bareCause, numberedParas, para, salutation, trimStop } from '../blocks/text'
import { formatChineseDate } from '../../util/date'

const caseName = (party: { name: string }, cause: string) =>
  `${party.name}涉嫌${bareCause(cause)}一案`

/** The grounds of a designation, as its sentence and the article it rests on. */
export const DESIGNATION_SENTENCES = {
  dispute: ['有关市场监督管理部门对管辖权发生争议，协商不成', '第十三条'],
  transferObjection: ['受移送的市场监督管理部门对管辖权有异议并报请指定管辖', '第十四条'],
  upperDesignation: ['本局认为有必要指定管辖', '第十五条第二款'],
  lowerRequest: [
    '下级市场监督管理部门认为该案存在特殊原因难以办理并报请指定管辖',
    '第十五条第三款',
  ],
} as const

export const designationNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  designatedOffice: requiredText('被指定管辖的部门'),
  party: partySchema,
  cause: requiredText('案由'),
  designationGround: z.enum(
    Object.keys(DESIGNATION_SENTENCES) as [keyof typeof DESIGNATION_SENTENCES],
  ),
  reason: z.string().trim().optional(),
  copiedTo: z.array(requiredText('抄送部门')).default([]),
})
export type DesignationNoticeInput = z.input<typeof designationNoticeInputSchema>

/** Builds the 指定管辖通知书. */
export function buildDesignationNoticeDoc(
  raw: DesignationNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = designationNoticeInputSchema.parse(raw)
  const [why, article] = DESIGNATION_SENTENCES[input.designationGround]
  const body: Content[] = [
    salutation(input.designatedOffice),
    para(
      `关于${caseName(input.party, input.cause)}，${why}${input.reason ? `（${trimStop(input.reason)}）` : ''}。根据《市场监督管理行政处罚程序规定》${article}的规定，本局指定该案由你局管辖。`,
    ),
    para('请你局依法办理，并将处理结果报告本局。'),
  ]
  return officialDocument({
    kind: 'designationNotice',
    ctx,
    number: input.docNumber,
    body,
    after: input.copiedTo.length
      ? [para(`抄送：${input.copiedTo.join('、')}。`, 'plain')]
      : undefined,
  })
}

export const assignmentNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  recipient: requiredText('承办部门'),
  party: partySchema,
  cause: requiredText('案由'),
  requirements: requiredText('办理要求'),
  reportBy: legalDateSchema.optional(),
})
export type AssignmentNoticeInput = z.input<typeof assignmentNoticeInputSchema>

/** Builds the 案件交办通知书. */
export function buildAssignmentNoticeDoc(
  raw: AssignmentNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = assignmentNoticeInputSchema.parse(raw)
  const body: Content[] = [
    salutation(input.recipient),
    para(
      `根据《市场监督管理行政处罚程序规定》第十五条第一款的规定，本局将${caseName(input.party, input.cause)}交由你局管辖，案件材料随本通知书移交。`,
    ),
    para(`办理要求：${trimStop(input.requirements)}。`),
    para(
      input.reportBy
        ? `请你局依法调查处理，并于${formatChineseDate(input.reportBy)}前将办理结果报告本局。`
        : '请你局依法调查处理，并将办理结果报告本局。',
    ),
  ]
  return officialDocument({ kind: 'assignmentNotice', ctx, number: input.docNumber, body })
}

export const caseTransferLetterInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  recipient: requiredText('接收机关'),
  party: partySchema,
  cause: requiredText('案由'),
  facts: requiredText('案件基本情况'),
  reason: requiredText('移送理由'),
  /** The article the transfer rests on: 第十四条 (market-supervision office) or 第十七条. */
  article: z.enum(['第十四条', '第十七条']),
  materials: z.array(requiredText('移送材料')).min(1, { message: '请填写随函移送的材料。' }),
})
export type CaseTransferLetterInput = z.input<typeof caseTransferLetterInputSchema>

/** Builds the 案件移送函. */
export function buildCaseTransferLetterDoc(
  raw: CaseTransferLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = caseTransferLetterInputSchema.parse(raw)
  const body: Content[] = [
    salutation(input.recipient),
    para(`本局在查处${caseName(input.party, input.cause)}中查明：${trimStop(input.facts)}。`),
    para(
      `${trimStop(input.reason)}。根据《市场监督管理行政处罚程序规定》${input.article}的规定，现将该案移送你单位依法处理，请将处理结果函告本局。`,
    ),
    para('随函移送以下材料：'),
    ...numberedParas(input.materials.map((m) => `${trimStop(m)}。`)),
  ]
  return officialDocument({ kind: 'caseTransferLetter', ctx, number: input.docNumber, body })
}

/** The materials 《行政执法机关移送涉嫌犯罪案件的规定》 Art. 6 lists after the 移送书 itself. */
export const CRIME_TRANSFER_MATERIALS = [
  '涉嫌犯罪案件情况的调查报告',
  '涉案物品清单',
  '有关检验报告或者鉴定结论',
  '其他有关涉嫌犯罪的材料',
] as const

export const crimeTransferLetterInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  recipient: requiredText('接收的公安机关'),
  party: partySchema,
  cause: requiredText('案由'),
  facts: requiredText('涉嫌犯罪的事实'),
  suspectedCrime: requiredText('涉嫌罪名'),
  reason: requiredText('移送理由'),
  materials: z.array(requiredText('移送材料')).min(1, { message: '请填写随案移送的材料。' }),
})
export type CrimeTransferLetterInput = z.input<typeof crimeTransferLetterInputSchema>

/** Builds the 涉嫌犯罪案件移送书 with the receipt the public-security organ signs (Art. 7). */
export function buildCrimeTransferLetterDoc(
  raw: CrimeTransferLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = crimeTransferLetterInputSchema.parse(raw)
  const crime = input.suspectedCrime.trim().replace(/罪?$/, '罪')
  const name = caseName(input.party, input.cause)
  const body: Content[] = [
    salutation(input.recipient),
    para(`本局在查处${name}中发现：${trimStop(input.facts)}。`),
    para(
      `${trimStop(input.reason)}。当事人的行为涉嫌构成${crime}，依法需要追究刑事责任。根据《行政执法机关移送涉嫌犯罪案件的规定》第三条、第六条的规定，现将该案移送你局，请依法审查，并将立案或者不予立案的决定书面告知本局。`,
    ),
    para('随案移送以下材料：'),
    ...numberedParas(input.materials.map((m) => `${trimStop(m)}。`)),
  ]
  const blank = '\u3000'.repeat(4)
  return officialDocument({
    kind: 'crimeTransferLetter',
    ctx,
    number: input.docNumber,
    body,
    after: [
      { text: '回\u3000执', style: 'title', margin: [0, 24, 0, 0] },
      para(`${ctx.officeName}：你局移送的${name}及有关材料，本机关已收到。`),
      para(`接收日期：${blank}年${blank}月${blank}日`, 'plain'),
      para(`接收人（签名）：${blank}${blank}接收机关（盖章）：`, 'plain'),
    ],
  })
}
