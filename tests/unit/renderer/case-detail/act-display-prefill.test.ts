// 结案 dialog prefill (renderer/src/features/cases/detail/act-display.ts prefillActForm): the
// closing reason the record supports, incl. the soft path without filing (鄂市监法〔2022〕42号
// 第九、十三项; closing reason correctedWithoutFiling).
import { describe, expect, it } from 'vitest'
import type { Act, ActPayload, ActType, CaseFacts } from '@shared/domain/case'
import { prefillActForm } from '@renderer/features/cases/detail/act-display'

let n = 0
function act<K extends ActType>(type: K, occurredOn: string, payload: ActPayload<K>): Act {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
  const recordedAt = `${occurredOn}T09:00:00.000+08:00`
  return { id, type, occurredOn, recordedAt, recordedBy: 'tester', payload } as Act
}
function makeCase(acts: Act[]): CaseFacts {
  return {
    id: '00000000-0000-4000-8000-100000000001',
    party: {
      kind: 'organisation',
      name: '某某食品有限公司',
      uscc: '91110000600037341L',
      legalRepresentative: '张三',
      address: '某市某路1号',
    },
    cause: '涉嫌未公示营业执照案',
    source: 'inspection',
    sourceDate: '2026-08-25',
    officers: [],
    acts,
  }
}

const order = act('correctionOrderServed', '2026-09-01', {
  violation: '未在经营场所显著位置公示营业执照',
  legalBasis: '《市场主体登记管理条例》第三十六条',
  requirement: '立即在经营场所显著位置公示营业执照',
  mode: 'byDate',
  correctBy: '2026-09-08',
  serviceMethod: 'direct',
} as ActPayload<'correctionOrderServed'>)
const review = (result: 'corrected' | 'partlyCorrected' | 'notCorrected', on = '2026-09-09') =>
  act('correctionReviewed', on, { result, findings: '复查情况' })

describe('prefillActForm(caseClosed): 结案情形 from the record', () => {
  it.each<{ name: string; acts: Act[]; reason: string | undefined }>([
    {
      name: 'unfiled, last 复查 已整改 → correctedWithoutFiling',
      acts: [order, review('corrected')],
      reason: 'correctedWithoutFiling',
    },
    {
      name: 'unfiled, last 复查 部分整改 (after an earlier 已整改) → nothing prefilled',
      acts: [order, review('corrected'), review('partlyCorrected', '2026-09-10')],
      reason: undefined,
    },
    { name: 'unfiled, no 复查 yet → nothing prefilled', acts: [order], reason: undefined },
    {
      name: 'filed case with a 已整改 复查 → not the soft-path reason',
      acts: [
        order,
        review('corrected'),
        act('caseFiled', '2026-09-10', { approver: '局长', reason: '初步证据' }),
      ],
      reason: undefined,
    },
  ])('$name', ({ acts, reason }) => {
    expect(prefillActForm('caseClosed', {}, makeCase(acts)).reason).toBe(reason)
  })

  it('keeps a reason the user already chose', () => {
    const form = prefillActForm(
      'caseClosed',
      { reason: 'investigationTerminated' },
      makeCase([order, review('corrected')]),
    )
    expect(form.reason).toBe('investigationTerminated')
  })
})

describe('prefillActForm(hearingHeld): the presider of the notice, with the register id', () => {
  const presiderId = '00000000-0000-4000-8000-200000000001'
  it.each([
    [
      'picked from the register',
      { presider: '李娜', presiderId },
      { presider: '李娜', presiderId },
    ],
    [
      'typed before the register picker (no id)',
      { presider: '赵磊' },
      { presider: '赵磊', presiderId: '' },
    ],
  ] as const)('notice %s', (_name, named, expected) => {
    const notice = act('hearingNoticeServed', '2026-10-09', {
      hearingOn: '2026-10-23',
      place: '听证室',
      isPublic: true,
      serviceMethod: 'direct',
      ...named,
    } as ActPayload<'hearingNoticeServed'>)
    const form = prefillActForm('hearingHeld', { presider: '', presiderId: '' }, makeCase([notice]))
    expect(form).toMatchObject(expected)
  })
})
