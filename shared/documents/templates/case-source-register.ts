/**
 * 案件来源登记表 (form 1 of the 2021 范本; field layout [U], docs/domain/documents.md): how the
 * lead reached the office (the sources of SAMR-PR Art. 18, ticked), when, the party concerned,
 * the complainant or reporter when there is one, what the lead says, who registered it, the
 * handling opinion and the head's decision on checking it (SAMR-PR Art. 18: 核查 within 15
 * working days, then the head decides whether to file).
 */
import { z } from 'zod'
import type { TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { CASE_SOURCES } from '../../domain/case/payloads-intake'
import { enumOf } from '../../domain/case/common'
import { legalDateSchema, opinionSchema, partySchema, requiredText } from '../schemas'
import { internalDocument } from '../blocks/frame'
import { formTable, opinionContent, type FormRow } from '../blocks/form-table'
import { partyLines } from '../blocks/party'
import { formatChineseDate } from '../../util/date'

export const caseSourceRegisterInputSchema = z.object({
  source: enumOf(CASE_SOURCES),
  receivedOn: legalDateSchema,
  party: partySchema,
  /** 投诉人/举报人 (name and phone) for a complaint; absent when anonymous or not a complaint. */
  reporterName: z.string().trim().optional(),
  reporterPhone: z.string().trim().optional(),
  leadContent: requiredText('主要内容'),
  registrar: requiredText('登记人'),
  registeredOn: legalDateSchema,
  handlingOpinion: opinionSchema,
  headOpinion: opinionSchema,
})
export type CaseSourceRegisterInput = z.input<typeof caseSourceRegisterInputSchema>

/** Builds the 案件来源登记表. */
export function buildCaseSourceRegisterDoc(
  raw: CaseSourceRegisterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = caseSourceRegisterInputSchema.parse(raw)
  const boxes = (Object.keys(CASE_SOURCES) as Array<keyof typeof CASE_SOURCES>)
    .map((k) => `${k === input.source ? '■' : '□'}${CASE_SOURCES[k]}`)
    .join('\u3000')
  const reporter = [input.reporterName, input.reporterPhone && `联系电话：${input.reporterPhone}`]
    .filter(Boolean)
    .join('\u3000')
  return internalDocument({
    kind: 'caseSourceRegister',
    ctx,
    body: [
      formTable([
        [{ label: '案件来源', value: boxes }],
        [{ label: '来源时间', value: formatChineseDate(input.receivedOn) }],
        [
          {
            label: '当事人',
            value: partyLines(input.party)
              .map(([l, v]) => `${l}：${v}`)
              .join('\n'),
          },
        ],
        ...(reporter ? [[{ label: '投诉人（举报人）', value: reporter }] as FormRow] : []),
        [{ label: '主要内容', value: input.leadContent, minHeight: 90 }],
        [
          { label: '登记人', value: input.registrar },
          { label: '登记日期', value: formatChineseDate(input.registeredOn) },
        ],
        [{ label: '处理意见', value: opinionContent(input.handlingOpinion), minHeight: 56 }],
        [{ label: '负责人意见', value: opinionContent(input.headOpinion), minHeight: 56 }],
      ]),
    ],
  })
}
