import { describe, expect, it } from 'vitest'
import { CASE_SOURCES, ClueRegisteredPayload } from '@shared/domain/case'

describe('CASE_SOURCES — 案件来源 of 线索登记 (市场监督管理行政处罚程序规定 第十八条)', () => {
  it('日常检查 is a source of its own, added after the existing keys (stored keys never renamed)', () => {
    expect(Object.keys(CASE_SOURCES)).toEqual([
      'inspection',
      'complaint',
      'approval',
      'monitoring',
      'referral',
      'assigned',
      'other',
      'routine',
    ])
    expect(CASE_SOURCES.routine).toBe('日常检查')
  })

  it('a 线索登记 from a routine inspection is accepted', () => {
    const r = ClueRegisteredPayload.safeParse({
      source: 'routine',
      summary: '日常检查发现过期食品',
    })
    expect(r.success).toBe(true)
  })
})
