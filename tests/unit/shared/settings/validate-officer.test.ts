import { describe, expect, it } from 'vitest'
import { validateOfficer, type Officer } from '@shared/domain/settings'

const good = {
  name: '张伟',
  certificateNo: '42010519001',
  unit: '汉阳市场监管所',
  mobile: '13812341234',
  roles: ['handler'],
  active: true,
}

const existing: Pick<Officer, 'id' | 'name' | 'certificateNo'>[] = [
  { id: '00000000-0000-4000-8000-000000000001', name: '李娜', certificateNo: 'HB-0001' },
]

describe('validateOfficer — required fields and formats (行政处罚法 Art. 42: certified officers)', () => {
  it.each([
    ['missing name', { ...good, name: '  ' }, 'name', '请填写姓名'],
    ['missing certificate', { ...good, certificateNo: '' }, 'certificateNo', '请填写执法证号'],
    [
      'certificate with symbols',
      { ...good, certificateNo: '证号#1' },
      'certificateNo',
      '执法证号只能包含',
    ],
    ['missing unit', { ...good, unit: '' }, 'unit', '请填写所属单位'],
    ['missing mobile', { ...good, mobile: '' }, 'mobile', '请填写手机号码'],
    ['10-digit mobile', { ...good, mobile: '1381234123' }, 'mobile', '手机号码应为 11 位数字'],
    ['mobile starting 12', { ...good, mobile: '12812341234' }, 'mobile', '以 13–19 开头'],
    ['landline as mobile', { ...good, mobile: '027-84851234' }, 'mobile', '11 位'],
    ['no role', { ...good, roles: [] }, 'roles', '请至少选择一个角色'],
    ['unknown role', { ...good, roles: ['boss'] }, 'roles.0', ''],
    ['name too long', { ...good, name: '张'.repeat(31) }, 'name', '不能超过 30 个字'],
  ])('%s → error on %s', (_label, input, field, message) => {
    const result = validateOfficer(input, existing)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[field]).toContain(message)
  })

  it.each([
    ['spaces in mobile', { ...good, mobile: '138 1234 1234' }, { mobile: '13812341234' }],
    ['hyphens in mobile', { ...good, mobile: '138-1234-1234' }, { mobile: '13812341234' }],
    [
      'certificate lower case and spaces',
      { ...good, certificateNo: ' hb 0002 ' },
      { certificateNo: 'HB0002' },
    ],
    ['name trimmed', { ...good, name: ' 张伟 ' }, { name: '张伟' }],
    [
      'duplicate roles collapsed',
      { ...good, roles: ['head', 'head', 'handler'] },
      { roles: ['head', 'handler'] },
    ],
  ])('%s is accepted and normalised', (_label, input, expected) => {
    const result = validateOfficer(input, existing)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).toMatchObject(expected)
  })
})

describe('validateOfficer — a certificate number is registered once', () => {
  it.each([
    ['same text', 'HB-0001'],
    ['different case', 'hb-0001'],
    ['with spaces', ' HB-0001 '],
  ])('rejects a duplicate typed as %s', (_label, certificateNo) => {
    const result = validateOfficer({ ...good, certificateNo }, existing)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.certificateNo).toContain('已登记给“李娜”')
    }
  })

  it('lets an officer keep their own certificate number when edited', () => {
    const result = validateOfficer(
      { ...good, certificateNo: 'HB-0001' },
      existing,
      '00000000-0000-4000-8000-000000000001',
    )
    expect(result.ok).toBe(true)
  })
})

describe('validateOfficer — all problems at once', () => {
  it('reports the duplicate number together with missing name and bad mobile', () => {
    const result = validateOfficer(
      { ...good, name: '', mobile: '1', certificateNo: 'hb-0001' },
      existing,
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(['certificateNo', 'mobile', 'name'])
      expect(result.errors.certificateNo).toContain('HB-0001 已登记给“李娜”')
    }
  })
})
