/**
 * 行政提醒书 and 执法建议函: the written form of two measures of 鄂市监法〔2022〕42号 — 行政提醒
 * (item 九, among the means against breaches found at approval and filing) and the 执法建议函
 * (item 十五, used in the anti-monopoly and unfair-competition fields to guide the party to put
 * things right and to follow up the rectification). The policy names the measures, not their
 * documents; titles follow its words and the wording is the office's own [U]. Both say what was
 * found, which provisions it does not comply with, what the office asks, by when to report back,
 * that the measure is not a 行政处罚, and carry the contact block (item 十五).
 */
import type { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { legalDateSchema } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDate } from '../../util/date'
import { softMeasureLetterInputSchema } from './soft-measure-letter'

export const policyLetterInputSchema = softMeasureLetterInputSchema.extend({
  /** The day by which the party reports back in writing. */
  replyBy: legalDateSchema.optional(),
})
export type PolicyLetterInput = z.input<typeof policyLetterInputSchema>

const POLICY = '《湖北省市场监督管理局关于全面推行服务型监管的实施意见》（鄂市监法〔2022〕42号）'
const withStop = (item: string) => (/[。；！？]$/.test(item) ? item : `${item}。`)

function build(
  kind: 'reminderLetter' | 'enforcementSuggestionLetter',
  raw: PolicyLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = policyLetterInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const findings = input.findings.replace(/[。；]$/, '').replace(new RegExp(`^${p}`), '')
  const reminder = kind === 'reminderLetter'
  const body: Content[] = [
    salutation(input.party.name),
    para(`经查，${p}${findings}。上述行为不符合${input.legalReferences}的规定。`),
    para(
      reminder
        ? `根据${POLICY}第九项，本局对${p}予以行政提醒，请${p}：`
        : `根据${POLICY}第十五项，为指导${p}规范经营行为、落实整改措施，本局提出以下执法建议：`,
    ),
    ...numberedParas(input.requirements.map(withStop)),
  ]
  if (input.replyBy)
    body.push(
      para(
        `请${p}于${formatChineseDate(input.replyBy)}前将${reminder ? '整改情况' : '采纳建议及整改措施落实情况'}书面反馈本局。`,
      ),
    )
  body.push(
    para(
      reminder
        ? `本行政提醒属于柔性监管措施，不是行政处罚；${p}拒不改正或者再次发生同类问题的，本局将依法处理。`
        : `本执法建议属于柔性监管措施，不是行政处罚；本局将对整改措施的落实情况进行回访。`,
    ),
    para('对本文书有疑问或者需要帮助的，请与本局联系人联系。'),
  )
  return officialDocument({ kind, ctx, number: input.docNumber, body })
}

/** Builds the 行政提醒书. */
export function buildReminderLetterDoc(
  raw: PolicyLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  return build('reminderLetter', raw, ctx)
}

/** Builds the 执法建议函. */
export function buildEnforcementSuggestionLetterDoc(
  raw: PolicyLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  return build('enforcementSuggestionLetter', raw, ctx)
}
