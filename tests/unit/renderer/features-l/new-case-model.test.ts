import { describe, expect, it } from 'vitest'
import {
  blankForm,
  caseErrors,
  contactChanges,
  fillParty,
  identityForLookup,
  normaliseCode,
  partyErrors,
  partyFromForm,
  type NewCaseForm,
} from '@renderer/features/cases/new-case-model'
import { partyIdentityDisplay } from '@renderer/services/party-display'

const today = '2026-03-02'
const form = (over: Partial<NewCaseForm>): NewCaseForm => ({ ...blankForm(today), ...over })

describe('new-case form → party and errors (shared validators, GB 32100 / GB 11643)', () => {
  it.each([
    [
      'organisation with a valid USCC has no party errors',
      {
        kind: 'organisation',
        name: '甲公司',
        uscc: '91420105MA4K2XQ373',
        legalRepresentative: '陈',
        address: '汉阳',
      },
      {},
    ],
    [
      'USCC check character wrong (GB 32100-2015)',
      {
        kind: 'organisation',
        name: '甲公司',
        uscc: '91420105MA4K2XQ374',
        legalRepresentative: '陈',
        address: '汉阳',
      },
      { uscc: '统一社会信用代码校验位不正确，可能有字符录入错误，请对照营业执照逐位核对' },
    ],
    [
      'sole trader operator ID with a future birth date (needs today)',
      {
        kind: 'soleTrader',
        name: '乙商行',
        operatorName: '刘',
        operatorIdNo: '420105203001010019',
        address: '汉阳',
      },
      { operatorIdNo: expect.stringMatching(/晚于今天|校验位/) },
    ],
    [
      'natural person: 17 digits',
      { kind: 'naturalPerson', name: '王', idNo: '42010619900101002', address: '武昌' },
      { idNo: '公民身份号码应为18位，当前为17位，请核对身份证' },
    ],
    [
      'missing name and address, bad phone',
      { kind: 'naturalPerson', name: '', idNo: '420106199001010028', address: '', phone: '1234' },
      {
        name: '请填写姓名',
        address: '请填写住所/住址',
        phone: expect.stringContaining('联系电话格式不正确'),
      },
    ],
  ] as const)('%s', (_name, over, expected) => {
    expect(partyErrors(form(over as Partial<NewCaseForm>), today)).toEqual(expected)
  })

  it('a passport number is not checked as a resident ID', () => {
    const f = form({
      kind: 'naturalPerson',
      name: 'John',
      idType: 'passport',
      idNo: 'E12345678',
      address: '武昌',
    })
    expect(partyErrors(f, today)).toEqual({})
    expect(identityForLookup(f, today)).toBe('E12345678')
  })

  it('fields of the other kinds stay in the form but not in the party', () => {
    const f = form({
      kind: 'naturalPerson',
      name: '王',
      idNo: '420106199001010028',
      address: '武昌',
      uscc: '91420105MA4K2XQ373',
    })
    expect(partyFromForm(f)).toEqual({
      kind: 'naturalPerson',
      name: '王',
      idType: 'residentId',
      idNo: '420106199001010028',
      address: '武昌',
      phone: undefined,
    })
    expect(f.uscc).toBe('91420105MA4K2XQ373')
  })

  it('case part: source, future date, cause, fewer than two officers (APL Art. 42)', () => {
    expect(caseErrors(form({ sourceDate: '2026-03-03', officerIds: ['a'] }), today)).toEqual({
      source: '请选择案件来源',
      sourceDate: '来源日期不能晚于今天',
      cause: '请填写案由，如“涉嫌销售过期食品案”',
      officerIds: '请选择至少两名持有执法证件的办案人员（行政处罚法第四十二条）',
    })
  })

  it('identity lookup only with a complete, valid number; codes normalised', () => {
    expect(normaliseCode(' 91420105ma4k2xq373 ')).toBe('91420105MA4K2XQ373')
    expect(identityForLookup(form({ uscc: '91420105MA4K2XQ37' }), today)).toBe('')
    expect(identityForLookup(form({ uscc: '91420105MA4K2XQ373' }), today)).toBe(
      '91420105MA4K2XQ373',
    )
  })

  it('contact changes are listed for the reuse question', () => {
    const stored = {
      kind: 'organisation',
      name: '甲',
      legalRepresentative: '陈',
      address: 'A',
      phone: '1',
    } as const
    expect(contactChanges(stored, { ...stored, phone: '2' })).toEqual(['联系电话：1 → 2'])
    expect(contactChanges(stored, { ...stored, phone: undefined, address: 'B' })).toEqual([
      '联系电话：1 → （空）',
      '住所/住址：A → B',
    ])
    // 负责人 of a branch (公司法 Art. 13; 市场主体登记管理条例 Art. 8): a change of title is asked too.
    expect(contactChanges(stored, { ...stored, representativeTitle: '负责人' })).toEqual([
      '法定代表人/负责人：法定代表人 陈 → 负责人 陈',
    ])
    expect(contactChanges(stored, { ...stored, representativeTitle: '法定代表人' })).toEqual([])
  })

  it('an organisation keeps its representative title (法定代表人 / 负责人) through the form', () => {
    const f = form({
      name: '甲公司汉阳分公司',
      legalRepresentative: '王',
      representativeTitle: '负责人',
      address: 'A',
    })
    const party = partyFromForm(f)
    expect(party).toMatchObject({ kind: 'organisation', representativeTitle: '负责人' })
    const again = blankForm(today)
    fillParty(again, party)
    expect(again.representativeTitle).toBe('负责人')
    fillParty(again, { kind: 'organisation', name: '乙', legalRepresentative: '陈', address: 'B' })
    expect(again.representativeTitle).toBe('法定代表人')
  })
})

describe('ID masking in lists (个人信息保护法: minimum necessary display)', () => {
  it('USCCs are shown in full, personal IDs masked', () => {
    expect(
      partyIdentityDisplay({
        kind: 'organisation',
        name: '甲',
        uscc: '91420105MA4K2XQ373',
        legalRepresentative: '陈',
        address: 'A',
      }),
    ).toBe('91420105MA4K2XQ373')
    expect(
      partyIdentityDisplay({
        kind: 'soleTrader',
        name: '乙',
        operatorName: '刘',
        operatorIdNo: '42010519850314253X',
        address: 'A',
      }),
    ).toBe('经营者 刘 4201**********253X')
    expect(
      partyIdentityDisplay({
        kind: 'naturalPerson',
        name: '王',
        idType: 'residentId',
        idNo: '420106199001010028',
        address: 'A',
      }),
    ).toBe('4201**********0028')
  })
})
