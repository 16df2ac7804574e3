/**
 * 合规经营承诺书: after a 不予行政处罚决定 the party undertakes in writing to operate lawfully
 * (鄂市监法〔2022〕42号 item 十三, 轻微违法依法免罚 with education; the commitments are the
 * party's own, the wording of the form is the office's [U]). Addressed to the office, signed by
 * the party; it carries the office's contact block (item 十五) so the party knows whom to ask.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { legalDateSchema, partySchema, requiredText } from '../schemas'
import { documentFrame } from '../blocks/frame'
import { contactBlock } from '../blocks/contact'
import { numberedParas, para, runs, salutation } from '../blocks/text'
import { formatChineseDate } from '../../util/date'
import { LINE_PITCH } from '../layout'

export const complianceCommitmentInputSchema = z.object({
  party: partySchema,
  /** 案由 without 涉嫌/案, e.g. 未按规定公示营业执照. */
  cause: requiredText('案由'),
  decisionDate: legalDateSchema,
  /** The 文号 of the 不予行政处罚决定书, when it has been issued. */
  decisionNumber: z.string().trim().default(''),
  commitments: z.array(requiredText('承诺事项')).min(1, { message: '请至少填写一项承诺事项。' }),
})
export type ComplianceCommitmentInput = z.input<typeof complianceCommitmentInputSchema>

/** The signer line of the party: 法定代表人 / 经营者 / the person. */
function signerLabel(input: z.infer<typeof complianceCommitmentInputSchema>): string {
  const party = input.party
  if (party.kind === 'organisation') return `${party.representativeTitle ?? '法定代表人'}（签名）`
  if (party.kind === 'soleTrader') return '经营者（签名）'
  return '承诺人（签名）'
}

/** Builds the 合规经营承诺书. */
export function buildComplianceCommitmentDoc(
  raw: ComplianceCommitmentInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = complianceCommitmentInputSchema.parse(raw)
  const self = input.party.kind === 'naturalPerson' ? '本人' : '本单位'
  const number = input.decisionNumber ? `（${input.decisionNumber}）` : ''
  const blank = '\u3000'.repeat(8)
  const content: Content[] = [
    { text: '合规经营承诺书', style: 'title' },
    salutation(ctx.officeName),
    para(
      `${self}${input.party.name}因${input.cause.replace(/^涉嫌/, '').replace(/一?案$/, '')}，经你局于${formatChineseDate(input.decisionDate)}依法作出不予行政处罚决定${number}。${self}已认识到上述行为违反了有关法律规定，现郑重承诺：`,
    ),
    ...numberedParas(input.commitments.map((c) => (/[。；！？]$/.test(c) ? c : `${c}。`))),
    para(`如违反上述承诺，${self}自愿接受市场监督管理部门依法处理。`),
    {
      stack: [
        { text: runs(`承诺人（签章）：${blank}`), alignment: 'left' },
        { text: runs(`${signerLabel(input)}：${blank}`), alignment: 'left' },
        { text: runs('日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日'), alignment: 'left' },
        { ...contactBlock(ctx.contact), margin: [0, LINE_PITCH * 0.5, 0, 0] },
      ],
      unbreakable: true,
      margin: [0, LINE_PITCH * 0.5, 0, 0],
    },
  ]
  return documentFrame('complianceCommitment', ctx, content)
}
