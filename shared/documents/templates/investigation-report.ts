/**
 * 案件调查终结报告 (form 35): party, case source and investigation course, facts and evidence,
 * characterisation and discretion, proposed handling; signed by the case officers
 * (SAMR-PR Art. 49).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { legalDateSchema, partySchema, requiredText, twoOfficersSchema } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { numberedParas, para, paras } from '../blocks/text'
import { officersText, partyLines } from '../blocks/party'
import { formatChineseDate } from '../format/date'

export const investigationReportInputSchema = z.object({
  cause: requiredText('案由'),
  party: partySchema,
  caseCourse: requiredText('案件来源及调查经过'),
  facts: requiredText('违法事实'),
  evidence: z.array(requiredText('证据')).min(1, { message: '请至少列出一项证据。' }),
  characterisation: requiredText('案件性质'),
  discretion: requiredText('自由裁量理由'),
  proposal: requiredText('处理意见'),
  officers: twoOfficersSchema,
  reportedOn: legalDateSchema,
})
export type InvestigationReportInput = z.input<typeof investigationReportInputSchema>

function section(title: string, content: Content[]): Content[] {
  return [{ text: title, style: 'heading1' }, ...content]
}

/** Builds the 案件调查终结报告. */
export function buildInvestigationReportDoc(
  raw: InvestigationReportInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = investigationReportInputSchema.parse(raw)
  return internalDocument({
    kind: 'investigationReport',
    ctx,
    body: [
      para(`案由：涉嫌${input.cause.replace(/^涉嫌/, '').replace(/案$/, '')}案`, 'plain'),
      ...section(
        '一、当事人基本情况',
        partyLines(input.party).map(([l, v]) => para(`${l}：${v}`)),
      ),
      ...section('二、案件来源及调查经过', paras(input.caseCourse)),
      ...section('三、违法事实及证据', [
        ...paras(input.facts),
        para('上述事实有以下证据证明：'),
        ...numberedParas(input.evidence),
      ]),
      ...section('四、案件性质及自由裁量理由', [
        ...paras(input.characterisation),
        ...paras(input.discretion),
      ]),
      ...section('五、处理意见', paras(input.proposal)),
      { text: `办案人员：${officersText(input.officers)}`, style: 'plain', margin: [0, 14, 0, 0] },
      { text: formatChineseDate(input.reportedOn), alignment: 'right', margin: [0, 0, 64, 0] },
    ],
  })
}
