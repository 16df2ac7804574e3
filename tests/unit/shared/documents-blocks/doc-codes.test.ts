// One 文号 series per numbered kind (docs/domain/numbering.md): the 序号 runs per printed prefix
// and year, so no two kinds may print the same prefix, none the case-number prefix, and a record
// never takes a number (a 整改复查记录 cannot draw from the 约谈 series).
import { describe, expect, it } from 'vitest'
import { formCodeClashes } from '../../../../shared/documents/doc-codes'
import {
  DOCUMENT_KIND_INFO,
  DOCUMENT_KINDS,
  resolveDocCode,
} from '../../../../shared/documents/kinds'

describe('文书代字: each numbered kind its own series', () => {
  it('the default codes of all kinds print distinct prefixes', () => {
    expect(formCodeClashes('鄂汉阳市监')).toEqual({})
    const codes = DOCUMENT_KINDS.map((k) => DOCUMENT_KIND_INFO[k].defaultCode).filter(Boolean)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('an office code equal to another kind’s is refused on both, naming the other form', () => {
    const clashes = formCodeClashes('鄂汉阳市监', { paymentReminder: '市监约谈' })
    expect(Object.keys(clashes).sort()).toEqual(['interviewNotice', 'paymentReminder'])
    expect(clashes.paymentReminder).toContain('“行政约谈通知书”')
    expect(clashes.paymentReminder).toContain('共用一个编号序列')
  })

  it('“约谈” and “市监约谈” print the same prefix after 鄂汉阳市监 (市监 written once)', () => {
    expect(formCodeClashes('鄂汉阳市监', { paymentReminder: '约谈' }).paymentReminder).toContain(
      '“鄂汉阳市监约谈”',
    )
    // With an office code not ending in 市监 the two differ.
    expect(formCodeClashes('汉阳', { paymentReminder: '约谈' })).toEqual({})
  })

  it('a code that prints the case-number prefix (机关代字 + 案) is refused', () => {
    expect(formCodeClashes('鄂汉阳市监', { penaltyDecision: '案' }).penaltyDecision).toContain(
      '案件编号',
    )
  })

  it('a record or internal form never takes a number, whatever the overrides say', () => {
    expect(resolveDocCode('rectificationCheck', { rectificationCheck: '市监约谈' })).toBeNull()
    expect(resolveDocCode('interviewRecord', { interviewRecord: '约谈' })).toBeNull()
    expect(resolveDocCode('interviewNotice', { interviewNotice: '谈通' })).toBe('谈通')
    expect(resolveDocCode('interviewNotice', { interviewNotice: null })).toBeNull()
  })
})
