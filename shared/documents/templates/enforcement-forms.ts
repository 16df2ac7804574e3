/**
 * 强制执行申请书 (form 49) and 行政处罚文书送达公告 (form 51) of the 2021 范本 (wording [U],
 * docs/domain/documents.md):
 *
 * - 强制执行申请书: the party neither sought review or sued within the periods nor performed the
 *   decision, and still had not performed 10 days after the 催告书 was served (行政强制法
 *   Arts. 53, 54; SAMR-PR Art. 76: 10 working days, within 3 months of the period's end). The
 *   application lists the materials of AEL Art. 55 and is signed by the office's head and sealed.
 * - 行政处罚文书送达公告: service by public notice when the addressee cannot be found or every
 *   other way failed; served when 30 days have passed from publication (SAMR-PR Art. 82(五);
 *   民事诉讼法 Art. 95).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, fenSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { labelLines, numberedParas, para, salutation, trimStop } from '../blocks/text'
import { partyLines } from '../blocks/party'
import { formatChineseDate } from '../../util/date'
import { formatAmountForDecision } from '../format/money'

export const enforcementApplicationInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  court: requiredText('受理法院'),
  party: partySchema,
  decisionNumber: requiredText('行政处罚决定书文号'),
  decisionDate: legalDateSchema,
  servedOn: legalDateSchema,
  /** The penalty imposed, as the decision states it. */
  penalty: requiredText('处罚内容'),
  reminderServedOn: legalDateSchema,
  reminderNumber: z.string().trim().optional(),
  amountFen: fenSchema,
  partyOpinion: z.string().trim().optional(),
  head: requiredText('行政机关负责人'),
})
export type EnforcementApplicationInput = z.input<typeof enforcementApplicationInputSchema>

/** Builds the 强制执行申请书. */
export function buildEnforcementApplicationDoc(
  raw: EnforcementApplicationInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = enforcementApplicationInputSchema.parse(raw)
  const d = formatChineseDate
  const reminder = input.reminderNumber
    ? `《行政处罚决定履行催告书》（${input.reminderNumber}）`
    : '《行政处罚决定履行催告书》'
  const body: Content[] = [
    ...labelLines([
      ['申请人', ctx.officeName],
      ['地址', ctx.contact.contactAddress],
      ['负责人', input.head],
    ]),
    ...labelLines(partyLines(input.party).map(([l, v]) => [l === '当事人' ? '被申请人' : l, v])),
    para(
      `申请事项：请求依法强制执行本局作出的《行政处罚决定书》（${input.decisionNumber}），执行金额为${formatAmountForDecision(input.amountFen)}。`,
    ),
    para(
      `事实和理由：本局于${d(input.decisionDate)}作出《行政处罚决定书》（${input.decisionNumber}），对被申请人${trimStop(input.penalty)}，该决定书于${d(input.servedOn)}送达被申请人。被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行行政处罚决定。本局于${d(input.reminderServedOn)}向被申请人送达${reminder}，催告书送达十日后被申请人仍未履行。${input.partyOpinion ? `被申请人的意见：${trimStop(input.partyOpinion)}。` : '被申请人未提出意见。'}`,
    ),
    para(
      '根据《中华人民共和国行政强制法》第五十三条、第五十四条和《中华人民共和国行政处罚法》第七十二条第一款第四项的规定，特申请你院强制执行。',
    ),
    para('附件：'),
    ...numberedParas([
      '行政处罚决定书及作出决定的事实、理由和依据；',
      '当事人的意见及本局催告情况；',
      '申请强制执行标的情况。',
    ]),
    para('此致', 'plain'),
    salutation(input.court.replace(/[：:]$/, '')),
    para(`行政机关负责人（签名）：${input.head}`, 'plain'),
  ]
  return officialDocument({ kind: 'enforcementApplication', ctx, number: input.docNumber, body })
}

export const servicePublicNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** The document served and its 文号. */
  documentTitle: requiredText('送达的文书'),
  documentNumber: z.string().trim().optional(),
  /** Why other ways failed (下落不明, mail returned, …). */
  reason: requiredText('公告送达的原因'),
  /** Main content of the document, when the notice states it. */
  mainContent: z.string().trim().optional(),
  /** The document is a decision: the review and litigation periods run from deemed service. */
  isDecision: z.boolean(),
})
export type ServicePublicNoticeInput = z.input<typeof servicePublicNoticeInputSchema>

/** Builds the 行政处罚文书送达公告. */
export function buildServicePublicNoticeDoc(
  raw: ServicePublicNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = servicePublicNoticeInputSchema.parse(raw)
  const title = `《${input.documentTitle.replace(/^《|》$/g, '')}》`
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `因${trimStop(input.reason)}，本局依法作出的${title}无法以其他方式送达。根据《市场监督管理行政处罚程序规定》第八十二条第五项的规定，现向你（单位）公告送达${input.documentNumber ? `，文号：${input.documentNumber}` : ''}。`,
    ),
  ]
  if (input.mainContent) body.push(para(`主要内容：${trimStop(input.mainContent)}。`))
  body.push(
    para(
      `自本公告发布之日起经过三十日，即视为送达。请你（单位）在公告期间到本局（${ctx.contact.contactAddress}）领取上述文书。`,
    ),
  )
  if (input.isDecision)
    body.push(
      para(
        `你（单位）对上述决定不服的，可以自视为送达之日起六十日内向${ctx.reviewBody}申请行政复议，也可以自视为送达之日起六个月内依法向${ctx.court}提起行政诉讼。`,
      ),
    )
  body.push(para('特此公告。'))
  return officialDocument({ kind: 'servicePublicNotice', ctx, number: input.docNumber, body })
}
