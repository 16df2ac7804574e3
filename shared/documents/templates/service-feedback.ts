/**
 * 服务意见建议反馈表: the form the party fills in and returns (鄂市监法〔2022〕42号 item 十五:
 * “在监管过程中实行服务意见建议反馈制度 … 方便市场主体反馈意见建议”). Printed with what the office
 * knows — the party, the matter, the officers and the measure — and blank boxes for the party's
 * assessment and suggestions; the layout is the office's own [U]. It carries the contact block.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { formTable, signatureRow, type FormRow } from '../blocks/form-table'
import { para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'

export const serviceFeedbackInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  party: partySchema,
  /** The matter, e.g. 未建立食品进货查验记录制度. */
  cause: requiredText('执法事项'),
  /** The measure the feedback is about, e.g. 行政约谈、责令改正、回访. */
  measures: requiredText('执法措施'),
  /** Names of the officers who dealt with the party. */
  officerNames: z.array(requiredText('执法人员')).min(1, { message: '请填写执法人员。' }),
})
export type ServiceFeedbackInput = z.input<typeof serviceFeedbackInputSchema>

const caseRow = (caseNumber: string): FormRow => [{ label: '案件编号', value: caseNumber }]

const BOXES = '□满意\u3000□基本满意\u3000□不满意'

/** Builds the 服务意见建议反馈表. */
export function buildServiceFeedbackDoc(
  raw: ServiceFeedbackInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = serviceFeedbackInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `为改进执法工作，请${p}对本局在以下执法活动中的服务提出意见建议，填写本表后交回本局，也可以通过下列联系方式直接反馈。${p}反馈的意见建议不影响对${p}的依法处理。`,
    ),
    formTable([
      [{ label: '当事人', value: input.party.name }],
      ...(input.caseNumber ? [caseRow(input.caseNumber)] : []),
      [{ label: '执法事项', value: input.cause.replace(/^涉嫌/, '').replace(/一?案$/, '') }],
      [{ label: '执法措施', value: input.measures }],
      [{ label: '执法人员', value: input.officerNames.join('、') }],
      [{ label: '文明规范执法', value: BOXES }],
      [{ label: '服务质量', value: BOXES }],
      [{ label: '意见建议', value: '', minHeight: 120 }],
      [
        { label: '联系人', value: '' },
        { label: '联系电话', value: '' },
      ],
      signatureRow('反馈人签名'),
    ]),
    para('本表由当事人自愿填写，感谢对市场监管工作的支持。'),
  ]
  return officialDocument({ kind: 'serviceFeedback', ctx, body })
}
