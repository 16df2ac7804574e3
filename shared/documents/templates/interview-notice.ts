/**
 * 行政约谈通知书 (no national form; contents from practice, docs/domain/interview.md): reason and legal basis,
 * who must attend, time and place, materials to bring, contact block.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  clockTimeSchema,
  docNumberSchema,
  legalDateSchema,
  partySchema,
  requiredText,
} from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDateTime } from '../../util/date'

export const interviewNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** The problem found, phrased to follow “因你单位…”. */
  reason: requiredText('约谈事由'),
  /** e.g. 《中华人民共和国食品安全法》第一百一十四条. */
  legalBasis: requiredText('约谈依据'),
  /** Who must attend, e.g. 法定代表人或者主要负责人. */
  attendee: requiredText('参加约谈人员'),
  date: legalDateSchema,
  time: clockTimeSchema,
  place: requiredText('约谈地点'),
  materials: z.array(requiredText('材料名称')).default([]),
})
export type InterviewNoticeInput = z.input<typeof interviewNoticeInputSchema>

/** Builds the 行政约谈通知书. */
export function buildInterviewNoticeDoc(
  raw: InterviewNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = interviewNoticeInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `因${p}${input.reason.replace(/[。；]$/, '')}，根据${input.legalBasis}的规定，本局决定对${p}进行行政约谈。`,
    ),
    para(
      `请${p}${input.attendee}于${formatChineseDateTime(input.date, input.time)}到${input.place}接受约谈。`,
    ),
  ]
  if (input.materials.length > 0) {
    body.push(para('请携带以下材料：'), ...numberedParas(input.materials))
  }
  body.push(
    para('参加约谈人员请携带本人身份证件；委托他人参加的，还应当携带授权委托书。'),
    para('如因特殊情况不能按时参加，请在约谈前与本局联系人联系，说明理由并商定时间。'),
  )
  return officialDocument({ kind: 'interviewNotice', ctx, number: input.docNumber, body })
}
