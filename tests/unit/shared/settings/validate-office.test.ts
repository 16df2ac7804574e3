import { describe, expect, it } from 'vitest'
import {
  maskMobile,
  sameContactDetails,
  validateContactDetails,
  validateOfficeProfile,
} from '@shared/domain/settings'

const profile = {
  fullName: '武汉市汉阳区市场监督管理局',
  docCode: '鄂汉阳市监',
  reviewAuthority: '武汉市汉阳区人民政府',
  court: '武汉市汉阳区人民法院',
  payment: {
    bank: '中国工商银行武汉汉阳支行',
    accountName: '武汉市汉阳区财政局',
    accountNumber: '3202 0012 3456',
    epayNote: '',
  },
}

const contact = {
  contactPerson: '王芳',
  contactPhone: '027-84851234',
  address: '武汉市汉阳区鹦鹉大道 1 号',
  postalCode: '430050',
  complaintHotline: '12315',
  effectiveFrom: '2026-01-01',
}

describe('validateOfficeProfile', () => {
  it('accepts a complete profile and compacts the account number', () => {
    const r = validateOfficeProfile(profile)
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.payment.accountNumber).toBe('320200123456')
  })

  it('accepts e-payment only (no bank account)', () => {
    const r = validateOfficeProfile({
      ...profile,
      payment: {
        bank: '',
        accountName: '',
        accountNumber: '',
        epayNote: '通过湖北省非税收入电子缴款平台缴纳',
      },
    })
    expect(r.ok).toBe(true)
  })

  it.each([
    ['no full name', { ...profile, fullName: '' }, 'fullName', '请填写机关全称'],
    ['no doc code', { ...profile, docCode: '' }, 'docCode', '请填写文号机关代字'],
    [
      'doc code with brackets (GB/T 9704 §7.2.5 puts the year in 〔〕 after it)',
      { ...profile, docCode: '鄂汉阳市监〔2026〕' },
      'docCode',
      '不含空格、括号和数字',
    ],
    [
      'no review authority',
      { ...profile, reviewAuthority: '' },
      'reviewAuthority',
      '请填写复议机关',
    ],
    ['no court', { ...profile, court: ' ' }, 'court', '请填写管辖法院'],
    [
      'no payment at all',
      { ...profile, payment: { bank: '', accountName: '', accountNumber: '', epayNote: '' } },
      'payment.bank',
      '请填写罚款缴纳方式',
    ],
    [
      'bank without account number',
      { ...profile, payment: { ...profile.payment, accountNumber: '' } },
      'payment.accountNumber',
      '银行账户三项需填写完整',
    ],
    [
      'letters in account number',
      { ...profile, payment: { ...profile.payment, accountNumber: 'ABC' } },
      'payment.accountNumber',
      '只能包含数字',
    ],
  ])('%s → %s', (_l, input, field, message) => {
    const r = validateOfficeProfile(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[field]).toContain(message)
  })
})

describe('validateContactDetails (湖北服务型监管意见 第十五条: contact person, phone, 12315 on party documents)', () => {
  it.each([
    ['landline with area code', '027-84851234'],
    ['landline without hyphen', '02784851234'],
    ['landline with extension', '027-84851234-801'],
    ['mobile', '13812341234'],
    ['hotline', '12315'],
    ['400 number', '400-123-4567'],
  ])('accepts a %s as contact phone', (_l, contactPhone) => {
    expect(validateContactDetails({ ...contact, contactPhone }).ok).toBe(true)
  })

  it.each([
    ['letters in phone', { ...contact, contactPhone: 'abc' }, 'contactPhone', '联系电话格式不正确'],
    ['empty phone', { ...contact, contactPhone: '' }, 'contactPhone', '请填写联系电话'],
    ['5-digit postcode', { ...contact, postalCode: '43005' }, 'postalCode', '邮编应为 6 位数字'],
    ['no contact person', { ...contact, contactPerson: '' }, 'contactPerson', '请填写联系人'],
    ['no address', { ...contact, address: '' }, 'address', '请填写联系地址'],
    ['no hotline', { ...contact, complaintHotline: '' }, 'complaintHotline', '请填写投诉举报电话'],
    [
      'bad effective date',
      { ...contact, effectiveFrom: '2026-13-01' },
      'effectiveFrom',
      '请选择生效日期',
    ],
    [
      'missing effective date',
      { ...contact, effectiveFrom: undefined },
      'effectiveFrom',
      '请选择生效日期',
    ],
  ])('%s → %s', (_l, input, field, message) => {
    const r = validateContactDetails(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[field]).toContain(message)
  })

  it('compares printed details, ignoring the effective date', () => {
    expect(
      sameContactDetails(contact, { ...contact, effectiveFrom: '2027-01-01' } as typeof contact),
    ).toBe(true)
    expect(sameContactDetails(contact, { ...contact, contactPerson: '赵敏' })).toBe(false)
  })
})

describe('maskMobile (个人信息保护法: lists show masked numbers)', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['027-84851234', '027*****1234'],
    ['12315', '*****'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskMobile(input)).toBe(expected)
  })
})
