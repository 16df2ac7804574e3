/**
 * 警示劝诫书 and 书面告诫书: the written form of the soft measures 警示劝诫 and 书面告诫 of
 * 鄂市监法〔2022〕42号 item 十三 (“强化运用警示劝诫、指导约谈、书面告诫等柔性监管方式”). The policy
 * names the measures, not their documents; the titles follow its words and the wording is the
 * office's own [U]. Both say what was found, which provisions it does not comply with, what the
 * office asks, that the measure is not a 行政处罚, and carry the contact block (item 十五).
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { numberedParas, para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'

export const softMeasureLetterInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** What was found, phrased to follow “经查，”. */
  findings: requiredText('发现的问题'),
  /** The provisions the conduct does not comply with. */
  legalReferences: requiredText('相关法律规定'),
  /** What the office asks of the party, one item per entry. */
  requirements: z.array(requiredText('要求')).min(1, { message: '请至少填写一项要求。' }),
})
export type SoftMeasureLetterInput = z.input<typeof softMeasureLetterInputSchema>

/** An item ending with 。 (unless it already ends with closing punctuation). */
const withStop = (item: string) => (/[。；！？]$/.test(item) ? item : `${item}。`)

const POLICY = '《湖北省市场监督管理局关于全面推行服务型监管的实施意见》（鄂市监法〔2022〕42号）'

function build(
  kind: 'warningLetter' | 'cautionLetter',
  raw: SoftMeasureLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = softMeasureLetterInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const measure = kind === 'warningLetter' ? '警示劝诫' : '书面告诫'
  const findings = input.findings.replace(/[。；]$/, '')
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `经查，${p}${findings.replace(new RegExp(`^${p}`), '')}。上述行为不符合${input.legalReferences}的规定。`,
    ),
    para(`根据${POLICY}第十三项，本局对${p}予以${measure}，请${p}：`),
    ...numberedParas(input.requirements.map(withStop)),
    para(
      kind === 'warningLetter'
        ? `请${p}引以为戒，依法诚信经营。本警示劝诫属于柔性监管措施，不是行政处罚；${p}再次发生同类问题的，本局将依法处理。`
        : `请${p}认真整改，自觉规范经营行为。本书面告诫属于柔性监管措施，不是行政处罚；${p}再次发生同类违法行为的，本局将依法处理。`,
    ),
    para(`对本文书有疑问或者需要帮助的，请与本局联系人联系。`),
  ]
  return officialDocument({ kind, ctx, number: input.docNumber, body })
}

/** Builds the 警示劝诫书. */
export function buildWarningLetterDoc(
  raw: SoftMeasureLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  return build('warningLetter', raw, ctx)
}

/** Builds the 书面告诫书. */
export function buildCautionLetterDoc(
  raw: SoftMeasureLetterInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  return build('cautionLetter', raw, ctx)
}
