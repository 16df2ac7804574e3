/**
 * Standard rights and payment sentences (docs/domain/documents.md). One module, so every document says the
 * same thing the same way. Each function returns the exact sentence; templates print it as a
 * paragraph. Numbers of days are written in Chinese numerals as on the model forms, and come from
 * DEADLINE_RULES (docs/domain/deadlines.md) — none is typed here. The reply period of the 告知书
 * is passed in by the caller (the mapped input), so the printed period and the printed end date
 * are computed from the same number.
 */
import { lengthText, periodText, ruleLength } from '../../domain/case'
import type { PaymentDetails } from '../context'
import { formatChineseDate } from '../../util/date'

/**
 * Suit after a review decision: 15 days from receiving it (ALL Art. 45). Not a case clock (the
 * bureau tracks no review decision), so it is not in DEADLINE_RULES; this is its only place.
 */
export const SUIT_AFTER_REVIEW_DAYS = 15

/**
 * Ordinary remedy sentence: review by the named same-level people's government within
 * REVIEW_WINDOW (60 days, ARL Arts. 20, 24), or suit in the named court within SUIT_WINDOW
 * (6 months, ALL Arts. 18, 46).
 */
export function reviewOrLitigationSentence(opts: {
  documentName: string
  reviewBody: string
  court: string
}): string {
  return (
    `当事人如不服本${opts.documentName}，可以自收到本${opts.documentName}之日起${periodText('REVIEW_WINDOW')}内向${opts.reviewBody}申请行政复议；` +
    `也可以自收到本${opts.documentName}之日起${periodText('SUIT_WINDOW')}内直接向${opts.court}提起行政诉讼。`
  )
}

/** Penalty not suspended by review or suit (APL Art. 73). */
export function notSuspendedSentence(): string {
  return '行政复议或者行政诉讼期间，本行政处罚决定不停止执行，法律另有规定的除外。'
}

/**
 * On-the-spot decisions: review first (ARL Art. 23 para 1 item 1 and para 2), then suit within
 * 15 days of the review decision (ALL Art. 45).
 */
export function onTheSpotReviewFirstSentence(opts: { reviewBody: string }): string {
  return (
    '根据《中华人民共和国行政复议法》第二十三条的规定，当事人对本当场作出的行政处罚决定不服的，' +
    `应当先自收到本决定书之日起${periodText('REVIEW_WINDOW')}内向${opts.reviewBody}申请行政复议；` +
    `对行政复议决定不服的，可以自收到行政复议决定书之日起${lengthText(SUIT_AFTER_REVIEW_DAYS, 'natural')}内依法向人民法院提起行政诉讼。`
  )
}

/** Payment within FINE_DUE (15 days, APL Art. 67); the account details follow as separate lines. */
export function paymentSentence(opts: { documentName: string; payment: PaymentDetails }): string {
  return `当事人应当自收到本${opts.documentName}之日起${periodText('FINE_DUE')}内，到指定银行或者通过电子支付系统缴纳罚款，缴款账户如下：`
}

/** The account lines printed under the payment sentence (户名, 开户银行, 账号, then the note). */
export function paymentAccountLines(payment: PaymentDetails): string[] {
  const lines = [`户名：${payment.payee}`, `开户银行：${payment.bank}`, `账号：${payment.account}`]
  if (payment.note) lines.push(`${payment.note.replace(/[。；;]$/, '')}。`)
  return lines
}

/** Late payment: 3 % per day, capped at the fine, and court enforcement (APL Art. 72; AEL Art. 45). */
export function lateSurchargeSentence(): string {
  return (
    '到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条的规定，每日按罚款数额的百分之三加处罚款，' +
    '加处罚款的数额不超出罚款的数额，并依法申请人民法院强制执行。'
  )
}

/** Publication notice on ordinary-procedure decisions (PubRule Art. 8). */
export function publicationSentence(): string {
  return '根据《市场监督管理行政处罚信息公示规定》第八条的规定，本行政处罚决定将通过国家企业信用信息公示系统依法向社会公示。'
}

/**
 * The advance-notice rights (APL Arts. 44, 45, 63, 64; SAMR-PR Arts. 57, 58): the reply period
 * from service (`replyWorkingDays`, default NOTICE_REPLY of DEADLINE_RULES: 5 working days) with
 * the end date printed, deemed waiver, no heavier penalty because of the defence, and the hearing
 * right when the proposed penalty is in hearing scope.
 */
export function advanceNoticeRightsSentences(opts: {
  pronoun: string
  replyDeadline: string
  hearingRight: boolean
  replyWorkingDays?: number
}): string[] {
  const p = opts.pronoun
  const days = opts.replyWorkingDays ?? (ruleLength('NOTICE_REPLY') as number)
  const h = opts.hearingRight
  const articles = h ? '第四十四条、第四十五条、第六十三条、第六十四条' : '第四十四条、第四十五条'
  return [
    `根据《中华人民共和国行政处罚法》${articles}和《市场监督管理行政处罚程序规定》第五十七条的规定，${p}享有陈述、申辩${h ? '和要求听证' : ''}的权利。`,
    `${p}可以自收到本告知书之日起${lengthText(days, 'working')}内（截止日期：${formatChineseDate(opts.replyDeadline)}）` +
      `向本局提出陈述、申辩${h ? '，或者提出听证要求' : ''}；陈述、申辩${h ? '和听证要求' : ''}可以书面提出，也可以口头提出。`,
    `逾期未提出陈述、申辩${h ? '或者听证要求' : ''}的，视为放弃上述权利。`,
    `本局不因${p}陈述、申辩${h ? '或者要求听证' : ''}而给予更重的处罚。`,
  ]
}

/** Summary-procedure statement right (APL Art. 44; SAMR-PR Art. 69). */
export function onTheSpotStatementSentence(): string {
  return '执法人员已当场告知当事人拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩权利。'
}
