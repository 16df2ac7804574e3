/**
 * 先行处置物品确认书 (form 27) and 先行处置物品公告 (form 28) of the 2021 model set, from a 先行处置
 * act. Legal basis: 《市场监督管理行政处罚程序规定》第四十一条第三款 (consolidated text read
 * 2026-12-06): goods under 查封/扣押 that are 容易损毁、灭失、变质、保管困难或者保管费用过高、季节性
 * 商品等不宜长期保存, before they are determined to be confiscated, may be disposed of in advance
 * with the rights holder's consent or application and the head's approval, after the evidence is
 * kept by other means; where the rights holder is not known, a notice is published and, when it
 * expires without consent or application, the goods may be disposed of; the proceeds are managed
 * as case cash. Art. 42 para 2: on a lift the proceeds are returned.
 * The 范本's own wording and layout of forms 27 and 28 were not found [U]; the sentences below say
 * what the article requires, in the office's words (docs/domain/documents.md).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { internalDocument, officialDocument } from '../blocks/frame'
import { formCaption, formTable, signatureRow } from '../blocks/form-table'
import { itemTable, printedItemsSchema } from '../blocks/item-table'
import { partySummary } from '../blocks/party'
import { bareCause, para } from '../blocks/text'
import { formatChineseDate } from '../../util/date'

const optionalText = z.string().trim().default('')
const BASIS = '《市场监督管理行政处罚程序规定》第四十一条第三款'

/** What both forms print of the 先行处置 and the 查封/扣押 the goods are under. */
const disposalShape = {
  party: partySchema,
  cause: requiredText('案由'),
  measure: z.enum(['查封', '扣押']),
  /** 文号 of the 实施行政强制措施决定书 ('' while not yet issued). */
  decisionNumber: optionalText,
  decisionDate: legalDateSchema,
  /** Why the goods may not be kept long, as PERISHABLE_REASONS words it. */
  reason: requiredText('不宜长期保存的情形'),
  goods: printedItemsSchema,
  evidenceKept: requiredText('留存证据的措施'),
  method: requiredText('处置方式'),
}

const stop = (s: string) => s.replace(/[。；，\s]+$/, '')

/** “本局于…以…《实施行政强制措施决定书》扣押的下列物品” */
function underMeasure(i: { measure: string; decisionNumber: string; decisionDate: string }) {
  return `本局于${formatChineseDate(i.decisionDate)}以${i.decisionNumber}《实施行政强制措施决定书》${i.measure}`
}

// ---------------------------------------------------------------------------------------------
// 27 先行处置物品确认书

export const advanceDisposalConfirmationInputSchema = z.object({
  caseNumber: optionalText,
  ...disposalShape,
  /** Who agreed or applied (the rights holder). */
  rightsHolder: requiredText('权利人'),
})
export type AdvanceDisposalConfirmationInput = z.input<
  typeof advanceDisposalConfirmationInputSchema
>

/**
 * Builds the 先行处置物品确认书 (form 27; layout [U]): the goods under the 查封/扣押, why they may not be
 * kept long, the rights holder's confirmation that it agrees to (or applied for) their disposal
 * after the evidence is kept, how they are disposed of, that the proceeds are managed as case
 * cash; signed by the rights holder and the officers.
 */
export function buildAdvanceDisposalConfirmationDoc(
  raw: AdvanceDisposalConfirmationInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = advanceDisposalConfirmationInputSchema.parse(raw)
  return internalDocument({
    kind: 'advanceDisposalConfirmation',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '当事人', value: partySummary(input.party) }],
        [{ label: '权利人', value: input.rightsHolder }],
        [{ label: '案由', value: `${input.party.name}涉嫌${bareCause(input.cause)}案` }],
        [
          {
            label: '物品来源',
            value: `${underMeasure(input)}的物品中，下列物品${stop(input.reason)}，不宜长期保存：`,
          },
        ],
      ]),
      itemTable(input.goods),
      formTable([
        [
          { label: '留存证据', value: stop(input.evidenceKept) },
          { label: '处置方式', value: stop(input.method) },
        ],
        [
          {
            label: '确认意见',
            value: `权利人同意（申请）在采取上述措施留存证据后，对上述物品依法先行处置，所得款项按照涉案现金管理（${BASIS}）。`,
          },
        ],
        signatureRow('权利人签名或者盖章'),
        signatureRow('执法人员签名'),
      ]),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 28 先行处置物品公告

export const advanceDisposalNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  ...disposalShape,
  /** The last day a rights holder may come forward. */
  claimBy: legalDateSchema,
})
export type AdvanceDisposalNoticeInput = z.input<typeof advanceDisposalNoticeInputSchema>

/**
 * Builds the 先行处置物品公告 (form 28; layout [U]): the goods under the 查封/扣押, why they may not be
 * kept long, that the rights holder is not known, until when a rights holder may agree or apply at
 * the office, and that after that day the goods are disposed of after the evidence is kept, the
 * proceeds managed as case cash. Published with the 文号 and the seal; the contact block says
 * where to come.
 */
export function buildAdvanceDisposalNoticeDoc(
  raw: AdvanceDisposalNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = advanceDisposalNoticeInputSchema.parse(raw)
  const claimBy = formatChineseDate(input.claimBy)
  return officialDocument({
    kind: 'advanceDisposalNotice',
    ctx,
    number: input.docNumber,
    body: [
      para(
        `本局以${input.decisionNumber}《实施行政强制措施决定书》，于${formatChineseDate(input.decisionDate)}对${input.party.name}涉嫌${bareCause(input.cause)}一案的下列物品实施${input.measure}：`,
      ),
      itemTable(input.goods),
      para(`上述物品${stop(input.reason)}，不宜长期保存，其权利人不明确。`),
      para(
        `根据${BASIS}的规定，现予公告：请上述物品的权利人于${claimBy}前持身份证明和权属证明到本局办理相关手续。公告期满仍没有权利人同意或者申请的，本局将在采取${stop(input.evidenceKept)}等措施留存证据后，依法先行处置（${stop(input.method)}）。先行处置所得款项按照涉案现金管理。`,
      ),
      para('特此公告。'),
    ],
  })
}
