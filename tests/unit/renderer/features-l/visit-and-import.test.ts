import { describe, expect, it } from 'vitest'
import { FollowUpVisitPayload } from '@shared/domain/case'
import {
  blankVisit,
  OPINIONS_HEADING,
  visitErrors,
  visitPayload,
  type VisitForm,
} from '@renderer/features/follow-ups/visit-model'
import { decodeCsv, parseCsv, tableToRows } from '@renderer/services/exemption-import'

const today = '2026-03-02'
const filled = (over: Partial<VisitForm> = {}): VisitForm => ({
  ...blankVisit(today, undefined, ['11111111-1111-4111-8111-111111111111']),
  contactPerson: '赵经理',
  rectification: 'rectified',
  rightsExplained: true,
  conductProper: true,
  integrityIssue: false,
  needsGuidance: false,
  satisfaction: 'satisfied',
  findings: '已整改',
  ...over,
})

describe('回访 form → FollowUpVisitPayload (鄂市监法〔2022〕42号 第十五项)', () => {
  it('a complete form parses with the shared payload schema; opinions and next action kept', () => {
    const p = visitPayload(
      filled({ opinions: '多宣讲', nextAction: 'revisit', nextActionNote: '30日后' }),
    )
    expect(FollowUpVisitPayload.safeParse(p).success).toBe(true)
    expect(p.findings).toBe(`已整改\n${OPINIONS_HEADING}多宣讲`)
    expect(p.followUpAction).toBe('再次回访：30日后')
  })

  it('the visit time is stored as HH:mm for the 回访记录表; a landline is a phone number', () => {
    const f = filled({ time: '9:30', contactPhone: '027-84851234' })
    expect(visitErrors(f, today)).toEqual({})
    expect(visitPayload(f)).toMatchObject({ time: '09:30', contactPhone: '027-84851234' })
    expect(visitPayload(filled())).not.toHaveProperty('time')
  })

  it.each([
    ['实地 with one visitor', { method: 'onSite' }, { visitorIds: '实地回访应有两名以上执法人员' }],
    ['future date', { occurredOn: '2026-03-03' }, { occurredOn: '回访日期不能晚于今天' }],
    [
      'unanswered questions',
      { rightsExplained: null, satisfaction: '' },
      {
        rightsExplained: '请选择是否告知了权利和救济途径',
        satisfaction: '请选择满意度',
      },
    ],
    [
      'a time that is no time',
      { time: '25:00' },
      { time: '请填写有效时间（24小时制 HH:mm，如 09:30）' },
    ],
    [
      'a phone number that is no phone number',
      { contactPhone: '139123456' },
      { contactPhone: '联系电话格式不正确，请填写手机号或固定电话，如 13812345678、027-84851234' },
    ],
    [
      '再次回访 without a plan',
      { nextAction: 'revisit' },
      { nextActionNote: '请写明再次回访的时间或安排' },
    ],
  ] as const)('%s', (_n, over, expected) => {
    expect(visitErrors(filled(over as Partial<VisitForm>), today)).toEqual(expected)
  })

  it('prefills the contact person by party kind', () => {
    const v = blankVisit(today, {
      kind: 'soleTrader',
      name: '乙',
      operatorName: '刘鑫',
      operatorIdNo: 'x',
      address: 'A',
      phone: '139',
    })
    expect([v.contactPerson, v.contactPhone]).toEqual(['刘鑫', '139'])
  })
})

describe('免罚清单 file reading (.csv UTF-8/GBK, RFC 4180)', () => {
  it('parses quotes, doubled quotes, commas and CRLF', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n1,2,3\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['1', '2', '3'],
    ])
  })

  it('decodes UTF-8 with BOM and GBK', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('编号')])
    expect(decodeCsv(utf8)).toBe('编号')
    // "编号" in GBK: B1 E0 BA C5
    expect(decodeCsv(new Uint8Array([0xb1, 0xe0, 0xba, 0xc5]))).toBe('编号')
  })

  it('maps headings (aliases accepted) and keeps file row numbers', () => {
    const r = tableToRows([
      ['序号', '事项名称', '类别', '违法行为', '依据', '适用条件'],
      ['SW-01', '未亮照', '首违不罚', '未公示', '电子商务法第十五条', '及时改正'],
      ['', '', '', '', '', ''],
    ])
    expect(r.ok && r.firstRow).toBe(2)
    expect(r.ok && r.rows[0]).toMatchObject({ code: 'SW-01', legalBasis: '电子商务法第十五条' })
    expect(r.ok && r.rows).toHaveLength(2)
  })

  it('a file without the required headings says which are missing', () => {
    const r = tableToRows([['编号', '事项名称']])
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining('类别、违法行为、法律依据、适用条件'),
    })
  })
})
