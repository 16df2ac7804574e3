/**
 * 案件调查终结报告 (form 35): party, case source and investigation course, facts and evidence,
 * characterisation and discretion, proposed handling; signed by the case officers
 * (SAMR-PR Art. 49).
 *
 * Version 2: with `violations`, section 四 states each violation's discretion (kind, grounds,
 * reason) and section 五 each violation's basis and proposed penalty before the combined proposal,
 * so the 情节 and the proposal agree with the proposed items. Inputs without `violations` print the
 * version 1 sections.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  legalDateSchema,
  partySchema,
  requiredText,
  twoOfficersSchema,
  violationPenaltySchema,
} from '../schemas'
import { DISCRETION_LABELS, violationDiscretionText, violationPenaltyText } from '../blocks/penalty'
import { internalDocument } from '../blocks/frame'
import { numberedParas, para, paras } from '../blocks/text'
import { officersText, partyLines } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const investigationReportInputSchema = z
  .object({
    cause: requiredText('案由'),
    party: partySchema,
    caseCourse: requiredText('案件来源及调查经过'),
    facts: requiredText('违法事实'),
    evidence: z.array(requiredText('证据')).min(1, { message: '请至少列出一项证据。' }),
    characterisation: requiredText('案件性质'),
    /** Free-text discretion; may be empty when `violations` state each violation's discretion. */
    discretion: z.string().trim().default(''),
    proposal: requiredText('处理意见'),
    /** Each proposed violation with its penalty and discretion (version 2). */
    violations: z.array(violationPenaltySchema).optional(),
    officers: twoOfficersSchema,
    reportedOn: legalDateSchema,
  })
  .refine((input) => input.discretion !== '' || (input.violations?.length ?? 0) > 0, {
    path: ['discretion'],
    message: '请填写自由裁量理由。',
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
  const vs = input.violations ?? []
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
        ...numberedParas(
          vs.map((v) => `${v.name.replace(/[。；]$/, '')}：${violationDiscretionText(v)}`),
        ),
      ]),
      ...section('五、处理意见', [
        ...numberedParas(
          vs.map(
            (v) =>
              `${v.name.replace(/[。；]$/, '')}：依据${v.basis}的规定，建议${v.discretion === 'general' ? '' : DISCRETION_LABELS[v.discretion]}处以${violationPenaltyText(v)}。`,
          ),
        ),
        ...paras(input.proposal),
      ]),
      { text: `办案人员：${officersText(input.officers)}`, style: 'plain', margin: [0, 14, 0, 0] },
      { text: formatChineseDate(input.reportedOn), alignment: 'right', margin: [0, 0, 64, 0] },
    ],
  })
}
