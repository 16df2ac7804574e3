/**
 * 行政处罚听证通知书 (form 39, 文号 市监听通): time, place, public or not, presider, hearing
 * officer, recorder, interpreter, recusal right, agents with power of attorney, attendance and
 * waiver (APL Art. 64; hearing rules Arts. 4, 20; docs/domain/deadlines.md).
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
import { para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDate, formatChineseDateTime } from '../../util/date'

export const hearingNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  cause: requiredText('案由'),
  /** The 告知书 number the request answered. */
  noticeNumber: requiredText('行政处罚告知书文号'),
  requestedOn: legalDateSchema,
  date: legalDateSchema,
  time: clockTimeSchema,
  place: requiredText('听证地点'),
  isPublic: z.boolean(),
  /** Why the hearing is not public (state secret, trade secret, privacy). */
  nonPublicReason: z.string().trim().optional(),
  presider: requiredText('听证主持人'),
  hearingOfficers: z.array(requiredText('听证员')).default([]),
  recorder: requiredText('记录员'),
  interpreter: z.string().trim().optional(),
})
export type HearingNoticeInput = z.input<typeof hearingNoticeInputSchema>

/** Builds the 行政处罚听证通知书. */
export function buildHearingNoticeDoc(
  raw: HearingNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = hearingNoticeInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const publicity = input.isPublic
    ? '公开举行'
    : `不公开举行（${(input.nonPublicReason || '涉及国家秘密、商业秘密或者个人隐私').replace(/[。]$/, '')}）`
  const roles = [`${input.presider}担任听证主持人`]
  if (input.hearingOfficers.length > 0) roles.push(`${input.hearingOfficers.join('、')}担任听证员`)
  roles.push(`${input.recorder}担任记录员`)
  if (input.interpreter) roles.push(`${input.interpreter}担任翻译人员`)
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `根据${p}于${formatChineseDate(input.requestedOn)}针对本局《行政处罚告知书》（${input.noticeNumber}）提出的听证申请，` +
        `依据《中华人民共和国行政处罚法》第六十四条的规定，本局决定于${formatChineseDateTime(input.date, input.time)}` +
        `在${input.place}就${p}涉嫌${input.cause}一案举行听证会，听证会${publicity}。`,
    ),
    para(`本次听证由${roles.join('，')}。`),
    para(
      `${p}认为听证主持人、听证员、记录员${input.interpreter ? '、翻译人员' : ''}与本案有直接利害关系或者有其他关系可能影响公正听证的，有权申请回避；申请回避的，应当在听证开始前提出并说明理由。`,
    ),
    para(
      `${p}可以亲自参加听证，也可以委托一至二人代理参加听证。委托代理人参加听证的，应当在听证开始前向本局提交由${p}签名或者盖章的授权委托书，` +
        '载明委托事项及权限；委托代理人代为放弃行使陈述权、申辩权和质证权的，应当有委托人的特别授权。',
    ),
    para('参加听证时，请携带本人身份证明及有关证据材料；有证人出席作证的，请通知其按时到场。'),
    para(`${p}无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本局终止听证。`),
  ]
  return officialDocument({ kind: 'hearingNotice', ctx, number: input.docNumber, body })
}
