import { describe, expect, it } from 'vitest'
import {
  setupStatus,
  type ContactVersion,
  type OfficeProfile,
  type Officer,
} from '@shared/domain/settings'

const profile: OfficeProfile = {
  id: 'office',
  fullName: '武汉市汉阳区市场监督管理局',
  docCode: '鄂汉阳市监',
  reviewAuthority: '武汉市汉阳区人民政府',
  court: '武汉市汉阳区人民法院',
  payment: { bank: '', accountName: '', accountNumber: '', epayNote: '电子缴款' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}
const contact = { id: 'c1' } as ContactVersion
const officer = (n: number, over: Partial<Officer> = {}): Officer => ({
  id: `o${n}`,
  name: `人员${n}`,
  certificateNo: `C${n}`,
  unit: '所',
  mobile: '13812341234',
  roles: ['handler'],
  active: true,
  createdAt: '',
  updatedAt: '',
  ...over,
})

describe('setupStatus — two certified officers per case (行政处罚法 Art. 42; 市场监督管理行政处罚程序规定 Art. 19)', () => {
  it.each([
    ['empty database', null, [], [], 0],
    ['profile without contact version', profile, [], [], 0],
    ['profile done, no officers', profile, [contact], [], 1],
    ['one handler', profile, [contact], [officer(1)], 1],
    [
      'two officers but one inactive',
      profile,
      [contact],
      [officer(1), officer(2, { active: false })],
      1,
    ],
    [
      'two officers but one only legal reviewer',
      profile,
      [contact],
      [officer(1), officer(2, { roles: ['legalReviewer'] })],
      1,
    ],
    [
      'two active handlers',
      profile,
      [contact],
      [officer(1), officer(2, { roles: ['handler', 'head'] })],
      2,
    ],
  ] as const)('%s → step %i', (_l, p, contacts, officers, step) => {
    expect(setupStatus(p, contacts, officers).nextStep).toBe(step)
  })
})
