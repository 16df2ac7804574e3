/**
 * 行政处罚决定履行催告书 (form 48): the decision, what is unpaid, the surcharge to date (3 %/day,
 * capped at the fine — APL Art. 72), the period and manner of performance, the right to state and
 * defend, and the court-enforcement consequence (AEL Arts. 35, 36, 54, 69).
 *
 * Version 2: with `dueDate` (the FINE_DUE deadline: 15 days from service, an end on a non-working
 * day rolled to the next working day — shared/domain/case/deadlines.ts) the reminder states when
 * the period ended, the surcharge accrued as of the reminder date, the days not counted while a
 * review or suit was pending (APL Art. 73), and that the surcharge keeps running at 3 % a day
 * "至实际缴纳之日", never more than the fine (APL Art. 72 para 1 item 1). Inputs without `dueDate`
 * print the version 1 text.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, fenSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { para, salutation } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDate, shiftDays } from '../../util/date'
import { formatAmountForDecision } from '../format/money'
import { paymentAccountLines } from '../blocks/rights'
import { periodText } from '../../domain/case'

const SURCHARGE_RULE =
  '依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。'

export const paymentReminderInputSchema = z
  .object({
    docNumber: docNumberSchema.nullable(),
    party: partySchema,
    decisionNumber: requiredText('行政处罚决定书文号'),
    decisionDate: legalDateSchema,
    servedOn: legalDateSchema,
    /** Fine imposed, and the part still unpaid, in 分. */
    fineFen: fenSchema,
    unpaidFen: fenSchema,
    /** Surcharge accrued up to `asOf`, computed by the caller (capped at the fine). */
    surchargeFen: fenSchema,
    asOf: legalDateSchema,
    /** Last day of the payment period (version 2). */
    dueDate: legalDateSchema.optional(),
    /** Days between `dueDate` and `asOf` not counted while review/litigation was pending. */
    excludedDays: z.number().int().nonnegative().default(0),
  })
  .superRefine((input, ctx) => {
    if (input.surchargeFen > input.fineFen) {
      ctx.addIssue({
        code: 'custom',
        path: ['surchargeFen'],
        message: '加处罚款的数额不得超出罚款的数额（《行政处罚法》第七十二条）。',
      })
    }
    if (input.unpaidFen > input.fineFen) {
      ctx.addIssue({
        code: 'custom',
        path: ['unpaidFen'],
        message: '未缴纳的罚款不能大于罚款总额。',
      })
    }
  })
export type PaymentReminderInput = z.input<typeof paymentReminderInputSchema>

type Parsed = z.output<typeof paymentReminderInputSchema>

function v1SurchargeParas(input: Parsed, p: string): Content[] {
  return [
    para(
      `依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，` +
        `加处罚款的数额不超出罚款的数额。截至${formatChineseDate(input.asOf)}，加处罚款为${formatAmountForDecision(input.surchargeFen)}。`,
    ),
    para(
      `根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告${p}自收到本催告书之日起${periodText('REMINDER_WAIT')}内履行上述义务，` +
        `缴纳罚款${formatAmountForDecision(input.unpaidFen)}及加处罚款${formatAmountForDecision(input.surchargeFen)}，` +
        `合计${formatAmountForDecision(input.unpaidFen + input.surchargeFen)}，缴款账户如下：`,
    ),
  ]
}

/** The surcharge as accrued to the reminder date and running on to the day of payment. */
function surchargeParas(input: Parsed, dueDate: string, p: string): Content[] {
  const d = formatChineseDate
  if (input.asOf <= dueDate) {
    // Reminded before the period ended: nothing has accrued yet; say when it starts.
    return [
      para(
        `${SURCHARGE_RULE}${p}缴纳罚款的期限至${d(dueDate)}届满；逾期不缴纳的，自${d(shiftDays(dueDate, 1))}起每日按未缴纳罚款数额的百分之三加处罚款至实际缴纳之日，加处罚款的总额不超出未缴纳罚款的数额${formatAmountForDecision(input.unpaidFen)}。`,
      ),
      para(
        `根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告${p}自收到本催告书之日起${periodText('REMINDER_WAIT')}内履行上述义务，` +
          `缴纳罚款${formatAmountForDecision(input.unpaidFen)}及依法应当加处的罚款，缴款账户如下：`,
      ),
    ]
  }
  const capped = input.surchargeFen >= input.unpaidFen
  const excluded =
    input.excludedDays > 0
      ? `（其中申请行政复议或者提起行政诉讼期间的${input.excludedDays}日依法不计算加处罚款）`
      : ''
  const running = capped
    ? '加处罚款已达到未缴纳罚款的数额，不再增加。'
    : `${p}逾期不缴纳的，加处罚款继续每日按未缴纳罚款数额的百分之三计算至实际缴纳之日，加处罚款的总额不超出未缴纳罚款的数额${formatAmountForDecision(input.unpaidFen)}。`
  return [
    para(
      `${SURCHARGE_RULE}${p}缴纳罚款的期限已于${d(dueDate)}届满。自${d(shiftDays(dueDate, 1))}起至${d(input.asOf)}${excluded}，` +
        `应加处罚款${formatAmountForDecision(input.surchargeFen)}。${running}`,
    ),
    para(
      `根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告${p}自收到本催告书之日起${periodText('REMINDER_WAIT')}内履行上述义务，` +
        `缴纳罚款${formatAmountForDecision(input.unpaidFen)}及加处罚款（截至${d(input.asOf)}为${formatAmountForDecision(input.surchargeFen)}` +
        `${capped ? '' : '，此后按上述标准计算至实际缴纳之日'}），缴款账户如下：`,
    ),
  ]
}

/** Builds the 行政处罚决定履行催告书. */
export function buildPaymentReminderDoc(
  raw: PaymentReminderInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = paymentReminderInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const pay = ctx.payment
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `本局于${formatChineseDate(input.decisionDate)}对${p}作出《行政处罚决定书》（${input.decisionNumber}），` +
        `决定对${p}罚款${formatAmountForDecision(input.fineFen)}，该决定书已于${formatChineseDate(input.servedOn)}送达${p}。` +
        `截至${formatChineseDate(input.asOf)}，${p}尚有罚款${formatAmountForDecision(input.unpaidFen)}未缴纳。`,
    ),
    ...(input.dueDate ? surchargeParas(input, input.dueDate, p) : v1SurchargeParas(input, p)),
    ...paymentAccountLines(pay).map((line) => para(line)),
    para(
      `${p}收到本催告书后有权进行陈述和申辩。本局将充分听取${p}的意见，对${p}提出的事实、理由和证据进行记录、复核；${p}提出的事实、理由或者证据成立的，本局将予以采纳。`,
    ),
    para(`逾期仍不履行的，本局将依法申请人民法院强制执行。`),
  ]
  return officialDocument({ kind: 'paymentReminder', ctx, number: input.docNumber, body })
}
