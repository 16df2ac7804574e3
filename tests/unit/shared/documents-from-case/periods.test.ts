// Documents print the period lengths of DEADLINE_RULES (docs/domain/deadlines.md), never a typed one.
import { describe, expect, it } from 'vitest'
import { mapDocument, documentsDue } from '../../../../shared/documents/from-case'
import {
  advanceNoticeRightsSentences,
  onTheSpotReviewFirstSentence,
  paymentSentence,
  reviewOrLitigationSentence,
} from '../../../../shared/documents/blocks/rights'
import { addWorkingDays } from '../../../../shared/calendar'
import { ruleLength } from '../../../../shared/domain/case'
import { hanyangContext } from '../../../fixtures/documents/context'
import { pathB } from './paths'

describe('rights sentences print DEADLINE_RULES lengths', () => {
  it('APL Arts. 44, 85; SAMR-PR Art. 57: the 告知书 prints the reply length it is given, default NOTICE_REPLY', () => {
    const base = { pronoun: '你单位', replyDeadline: '2026-02-24', hearingRight: true }
    expect(advanceNoticeRightsSentences(base)[1]).toContain('自收到本告知书之日起五个工作日内')
    expect(advanceNoticeRightsSentences({ ...base, replyWorkingDays: 7 })[1]).toContain(
      '自收到本告知书之日起七个工作日内',
    )
  })
  it('ARL Art. 20 / ALL Art. 46: 六十日 review, 六个月 suit', () => {
    const s = reviewOrLitigationSentence({
      documentName: '决定书',
      reviewBody: '区政府',
      court: '区法院',
    })
    expect(s).toContain('之日起六十日内向区政府申请行政复议')
    expect(s).toContain('之日起六个月内直接向区法院提起行政诉讼')
  })
  it('ARL Art. 23; ALL Art. 45: on-the-spot decisions — review first within 六十日, suit 十五日 after the review decision', () => {
    const s = onTheSpotReviewFirstSentence({ reviewBody: '区政府' })
    expect(s).toContain('之日起六十日内向区政府申请行政复议')
    expect(s).toContain('行政复议决定书之日起十五日内')
  })
  it('APL Art. 67: fine within 十五日', () => {
    expect(paymentSentence({ documentName: '决定书', payment: hanyangContext.payment })).toContain(
      '之日起十五日内',
    )
  })
})

describe('行政处罚告知书 mapper: one number for the printed period and the printed end date', () => {
  it('SAMR-PR Art. 57: replyWorkingDays is NOTICE_REPLY and replyDeadline is service + that many working days', () => {
    const facts = pathB()
    const src = { facts, officerUnits: {}, issued: [] }
    const due = documentsDue(src).find((d) => d.kind === 'penaltyNotice')
    if (!due) throw new Error('penaltyNotice not due')
    const doc = mapDocument(src, 'penaltyNotice', due.act.id)
    const days = ruleLength('NOTICE_REPLY')
    expect(doc?.input.replyWorkingDays).toBe(days)
    expect(doc?.input.replyDeadline).toBe(addWorkingDays(due.act.occurredOn, days as number))
  })
})
