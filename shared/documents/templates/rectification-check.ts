/**
 * 整改复查记录: the check after an order to correct or an interview — who checked, when, what was
 * required, what was found, the result (已整改 / 部分整改 / 未整改) and the next step.
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { legalDateSchema, partySchema, requiredText, twoOfficersSchema } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable } from '../blocks/form-table'
import { officersText, partySummary } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const rectificationCheckInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  party: partySchema,
  /** The order or interview the check follows, e.g. 鄂汉阳市监责改〔2026〕3号. */
  orderReference: requiredText('责令改正文书文号或约谈记录'),
  rectifyBy: legalDateSchema,
  checkedOn: legalDateSchema,
  place: requiredText('复查地点'),
  checkers: twoOfficersSchema,
  requirements: requiredText('整改要求'),
  findings: requiredText('复查情况'),
  result: z.enum(['已整改', '部分整改', '未整改']),
  nextStep: requiredText('处理意见'),
})
export type RectificationCheckInput = z.input<typeof rectificationCheckInputSchema>

/** Builds the 整改复查记录. */
export function buildRectificationCheckDoc(
  raw: RectificationCheckInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = rectificationCheckInputSchema.parse(raw)
  const boxes = (['已整改', '部分整改', '未整改'] as const)
    .map((r) => `${r === input.result ? '■' : '□'}${r}`)
    .join('\u3000')
  return internalDocument({
    kind: 'rectificationCheck',
    ctx,
    // The unit checked and the officers sign every page (docs/documents-layout.md).
    pageSignatures: ['被复查单位', '复查人员'],
    caption: formCaption(input.caseNumber ? `编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '被复查单位', value: partySummary(input.party) }],
        [{ label: '地址', value: input.party.address }],
        [{ label: '改正文书', value: input.orderReference }],
        [{ label: '改正期限', value: formatChineseDate(input.rectifyBy) }],
        [
          { label: '复查日期', value: formatChineseDate(input.checkedOn) },
          { label: '复查地点', value: input.place },
        ],
        [{ label: '复查人员', value: officersText(input.checkers) }],
        [{ label: '整改要求', value: input.requirements }],
        [{ label: '复查情况', value: input.findings, minHeight: 80 }],
        [{ label: '复查结论', value: boxes }],
        [{ label: '处理意见', value: input.nextStep, minHeight: 50 }],
      ]),
    ],
  })
}
