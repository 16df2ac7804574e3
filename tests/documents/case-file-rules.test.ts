import { describe, expect, it } from 'vitest'
import {
  CASE_FILE_PLACE,
  caseFileRefusal,
  orderForCaseFile,
  receiptGroup,
} from '../../shared/documents/case-file-rules'
import { breakOfficeName } from '../../shared/documents/templates/case-file-parts'
import type { Act } from '../../shared/domain/case'
import type { DocumentKind } from '../../shared/documents/kinds'
import { pathA, pathB, uuid } from '../unit/shared/documents-from-case/paths'

const withoutClosing = (acts: Act[]) => acts.filter((a) => a.type !== 'caseClosed')

function voiding(target: Act): Act {
  return {
    id: uuid(),
    type: 'actVoided',
    occurredOn: target.occurredOn,
    recordedAt: `${target.occurredOn}T10:00:00.000+08:00`,
    recordedBy: 'local-user',
    payload: { targetActId: target.id, reason: '误录' },
  } as Act
}

describe('caseFileRefusal: the volume is compiled after 结案 (SAMR-PR Art. 78; docs/domain/case-file.md)', () => {
  const closed = pathB().acts
  const closing = closed.find((a) => a.type === 'caseClosed') as Act
  it.each([
    ['closed case with documents (SAMR-PR Art. 78)', closed, 3, null],
    ['open case (SAMR-PR Art. 78: 结案后立卷)', withoutClosing(closed), 3, /案件尚未结案.*结案/],
    ['voided 结案 does not count (SAMR-PR Art. 78)', [...closed, voiding(closing)], 3, /尚未结案/],
    ['closed case without issued documents', closed, 0, /还没有已出具的文书/],
    ['soft path before 结案 (约谈 → 责令改正 → 复查)', withoutClosing(pathA().acts), 4, /尚未结案/],
  ] as const)('%s', (_name, acts, count, expected) => {
    const message = caseFileRefusal(acts, count)
    if (expected === null) expect(message).toBeNull()
    else expect(message).toMatch(expected)
  })
})

describe('orderForCaseFile: SAMR-PR Art. 78 order, 正卷 then 副卷, by date within a group', () => {
  const doc = (kind: DocumentKind, date: string, sequence = '') => ({ kind, date, sequence })
  it('penalty path: 立案审批表, 决定书, 送达回证, other documents, then 副卷 (Art. 78 paras 2–3)', () => {
    const docs = [
      doc('investigationReport', '2026-02-20'),
      doc('closingApproval', '2026-04-28'),
      doc('penaltyNotice', '2026-03-01'),
      doc('serviceReceipt', '2026-03-21'),
      doc('collectiveDiscussion', '2026-03-15'),
      doc('penaltyDecision', '2026-03-20'),
      doc('caseReview', '2026-02-25'),
      doc('hearingNotice', '2026-03-05'),
      doc('filingApproval', '2026-01-10'),
      doc('paymentReminder', '2026-04-10'),
      doc('caseFileCover', '2026-04-30'),
    ]
    expect(orderForCaseFile(docs).map((d) => d.kind)).toEqual([
      'filingApproval',
      'penaltyDecision',
      'serviceReceipt',
      'penaltyNotice',
      'hearingNotice',
      'paymentReminder',
      'investigationReport',
      'caseReview',
      'closingApproval',
      'collectiveDiscussion',
    ])
  })
  it('soft path without filing: procedure documents by date, 结案审批表 last (Art. 78 para 3)', () => {
    const docs = [
      doc('closingApproval', '2026-09-21'),
      doc('rectificationCheck', '2026-09-18'),
      doc('correctionOrder', '2026-09-08', '2026-09-08T10:00:00Z'),
      doc('interviewRecord', '2026-09-08', '2026-09-08T09:00:00Z'),
      doc('interviewNotice', '2026-09-02'),
    ]
    expect(orderForCaseFile(docs).map((d) => d.kind)).toEqual([
      'interviewNotice',
      'interviewRecord',
      'correctionOrder',
      'rectificationCheck',
      'closingApproval',
    ])
    expect(docs[0]?.kind).toBe('closingApproval') // the input is not reordered
  })
  it('a notice’s 送达回证 files right after its notice; the decision’s after the decision (CPL Arts. 87–89)', () => {
    const docs = [
      {
        ...doc('serviceReceipt', '2026-03-05', '2026-03-05T10:00:00Z'),
        group: receiptGroup('hearingNoticeServed'),
      },
      doc('hearingNotice', '2026-03-05', '2026-03-05T09:00:00Z'),
      {
        ...doc('serviceReceipt', '2026-03-01', '2026-03-01T10:00:00Z'),
        group: receiptGroup('penaltyNoticeServed'),
      },
      doc('penaltyNotice', '2026-03-01', '2026-03-01T09:00:00Z'),
      { ...doc('serviceReceipt', '2026-03-21'), group: receiptGroup('decisionServed') },
      doc('penaltyDecision', '2026-03-20'),
    ]
    expect(orderForCaseFile(docs).map((d) => `${d.kind}@${d.date}`)).toEqual([
      'penaltyDecision@2026-03-20',
      'serviceReceipt@2026-03-21',
      'penaltyNotice@2026-03-01',
      'serviceReceipt@2026-03-01',
      'hearingNotice@2026-03-05',
      'serviceReceipt@2026-03-05',
    ])
  })
  it.each([
    ['correctionOrderServed', 'correctionOrder'],
    ['interviewNoticeServed', 'interviewNotice'],
    ['inquiryNoticeServed', 'inquiryNotice'],
    ['materialsRequested', 'materialsRequest'],
    ['administrativeReminder', 'reminderLetter'],
  ] as const)('the 送达回证 of %s files with its notice (CPL Arts. 87–89)', (served, notice) => {
    expect(receiptGroup(served)).toBe(CASE_FILE_PLACE[notice].group)
  })
})

describe('breakOfficeName: TOC 责任者 broken at administrative boundaries', () => {
  it.each([
    ['武汉市汉阳区市场监督管理局', 7, '武汉市汉阳区\n市场监督管理局'],
    ['武汉市汉阳区市场监督管理局', 20, '武汉市汉阳区市场监督管理局'],
    ['湖北省市场监督管理局', 7, '湖北省\n市场监督管理局'],
    ['恩施土家族苗族自治州市场监督管理局', 7, '恩施土家族苗族自治州\n市场监督管理局'],
  ])('%s at %i characters', (name, max, expected) => {
    expect(breakOfficeName(name, max)).toBe(expected)
  })
})
