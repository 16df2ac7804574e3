/**
 * 回访记录表 (鄂市监法〔2022〕42号 item 十五; Enshi 回访制度; docs/domain/visit-and-service.md derived fields): visit
 * method and time, visitors, person contacted, rectification status, enforcement-conduct
 * questions, need for guidance, satisfaction, opinions and follow-up. The yes/no questions are
 * worded as the act dialog asks them (FOLLOW_UP_VISIT_QUESTIONS, docs/domain/visit-and-service.md).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { clockTimeSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formCaption, formTable } from '../blocks/form-table'
import { partySummary } from '../blocks/party'
import { formatChineseDateTime } from '../../util/date'
import { FOLLOW_UP_VISIT_QUESTIONS as Q } from '../../domain/case/visit-questions'

const ticks = <T extends string>(options: readonly T[], chosen: T) =>
  options.map((o) => `${o === chosen ? '■' : '□'}${o}`).join('\u3000')

export const followUpVisitInputSchema = z.object({
  caseNumber: z.string().trim().default(''),
  decisionNumber: z.string().trim().default(''),
  party: partySchema,
  method: z.enum(['电话', '网络', '实地']),
  date: legalDateSchema,
  time: clockTimeSchema,
  visitors: z.array(requiredText('回访人员')).min(1, { message: '请填写回访人员。' }),
  contactName: requiredText('被回访人'),
  contactPhone: requiredText('被回访人联系电话'),
  rectification: z.enum(['已整改', '部分整改', '未整改']),
  rectificationNote: z.string().trim().default(''),
  conduct: z.union([
    z.object({
      conductProper: z.boolean(),
      rightsExplained: z.boolean(),
      integrityIssues: z.boolean(),
    }),
    // Snapshots frozen before the question was reworded stored the 文明规范 answer under this key
    // (it was always mapped from the act's conductProper); they print with today's question.
    z
      .object({
        certificateShown: z.boolean(),
        rightsExplained: z.boolean(),
        integrityIssues: z.boolean(),
      })
      .transform(({ certificateShown, ...rest }) => ({ conductProper: certificateShown, ...rest })),
  ]),
  needsGuidance: z.boolean(),
  satisfaction: z.enum(['满意', '基本满意', '不满意']),
  opinions: z.string().trim().default('无'),
  followUpAction: z.string().trim().default('无'),
})
export type FollowUpVisitInput = z.input<typeof followUpVisitInputSchema>

/** Builds the 回访记录表. */
export function buildFollowUpVisitDoc(
  raw: FollowUpVisitInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = followUpVisitInputSchema.parse(raw)
  const yn = (value: boolean) => (value ? '■是\u3000□否' : '□是\u3000■否')
  const c = input.conduct
  return internalDocument({
    kind: 'followUpVisit',
    ctx,
    // Every page is signed by the officers, and by the person visited on an on-site visit.
    pageSignatures: input.method === '实地' ? ['被回访人', '回访人员'] : ['回访人员'],
    caption: formCaption(
      input.caseNumber ? `案件编号：${input.caseNumber}` : '',
      input.decisionNumber ? `决定书文号：${input.decisionNumber}` : '',
    ),
    body: [
      formTable([
        [{ label: '被回访单位', value: partySummary(input.party) }],
        [
          { label: '回访方式', value: ticks(['电话', '网络', '实地'] as const, input.method) },
          { label: '回访时间', value: formatChineseDateTime(input.date, input.time) },
        ],
        [{ label: '回访人员', value: input.visitors.join('、') }],
        [
          { label: '被回访人', value: input.contactName },
          { label: '联系电话', value: input.contactPhone },
        ],
        [
          {
            label: '整改情况',
            value: `${ticks(['已整改', '部分整改', '未整改'] as const, input.rectification)}${input.rectificationNote ? `\n${input.rectificationNote}` : ''}`,
          },
        ],
        [
          {
            label: '回访事项',
            value: [
              `${Q.conductProper}：${yn(c.conductProper)}`,
              `${Q.rightsExplained}：${yn(c.rightsExplained)}`,
              `${Q.integrityIssue}：${yn(c.integrityIssues)}`,
              `${Q.needsGuidance}：${yn(input.needsGuidance)}`,
            ].join('\n'),
          },
        ],
        [
          {
            label: '满意度',
            value: ticks(['满意', '基本满意', '不满意'] as const, input.satisfaction),
          },
        ],
        [{ label: '意见建议', value: input.opinions, minHeight: 60 }],
        [{ label: '后续措施', value: input.followUpAction, minHeight: 34 }],
      ]),
    ],
  })
}
