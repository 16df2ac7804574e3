// 逐项裁量 in the 告知/决定 dialogs (renderer/src/features/cases/detail/penalty-items-model.ts,
// act-form-model.ts, act-display.ts): rows from the case's violations, 元 → 分, totals from the
// items (罚没款合计), FSL Art. 124 para 1's range shown live, and 责令改正 prefilled (APL Art. 28).
import { describe, expect, it } from 'vitest'
import { BUILTIN_VIOLATIONS, findViolation } from '@shared/discretion/catalogue'
import { DEFAULT_DISCRETION_BANDS, type ViolationEntry } from '@shared/discretion'
import type { Act, ActPayload, ActType, CaseFacts } from '@shared/domain/case'
import { prefillActForm } from '@renderer/features/cases/detail/act-display'
import { blankActForm, parseActForm } from '@renderer/features/cases/detail/act-form-model'
import {
  assessRow,
  bandLabels,
  rangeLabel,
  rowFromEntry,
  rowsTotals,
  type PenaltyRow,
} from '@renderer/features/cases/detail/penalty-items-model'
import { nextCause, violationMatches } from '@renderer/features/cases/new-case-model'

const entry = (id: string): ViolationEntry => {
  const e = findViolation(BUILTIN_VIOLATIONS, id)
  if (!e) throw new Error(`missing ${id}`)
  return e
}
const FSL_124 = entry('fsl-124-1-5')
const PQL_49 = entry('pql-49')

let n = 0
function act<K extends ActType>(type: K, occurredOn: string, payload: ActPayload<K>): Act {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
  return {
    id,
    type,
    occurredOn,
    recordedAt: `${occurredOn}T09:00:00.000+08:00`,
    recordedBy: 'tester',
    payload,
  } as Act
}
const facts = (acts: Act[], violationIds: string[]): CaseFacts => ({
  id: '00000000-0000-4000-8000-100000000001',
  party: {
    kind: 'organisation',
    name: '某某食品有限公司',
    legalRepresentative: '张三',
    address: '某市某路1号',
  },
  cause: '涉嫌销售超过保质期的食品案',
  source: 'inspection',
  sourceDate: '2026-08-25',
  officers: [],
  acts,
  violationIds,
})

describe('a row of FSL Art. 124 para 1 with goods worth ¥20,000', () => {
  const row: PenaltyRow = { ...rowFromEntry(FSL_124), goodsValueFen: '20000', fineFen: '300000' }

  it('shows 法定罚款幅度 20万元至40万元 and where 30万元 lies (一般)', () => {
    const r = assessRow(row, DEFAULT_DISCRETION_BANDS)
    if ('inputError' in r) throw new Error(r.inputError)
    expect(rangeLabel(r.assessment.range!)).toBe('20万元至40万元')
    expect(r.assessment.band).toBe('general')
    expect(r.assessment.positionPercent).toBe(50)
    expect(r.assessment.problems).toEqual([])
    expect(r.sentence).toContain('位于该幅度的50%处')
    expect(bandLabels(r.assessment.bands!)).toEqual({
      lighter: '20万元至26万元',
      general: '超过26万元、不足34万元',
      heavier: '34万元至40万元',
    })
  })

  it('a typing error in 元 is reported, not assessed', () => {
    const r = assessRow({ ...row, fineFen: '30万' }, DEFAULT_DISCRETION_BANDS)
    expect('inputError' in r && r.inputError).toContain('请填写金额')
  })
})

describe('several violations decided separately, then combined', () => {
  it('罚款合计, 没收合计 and 罚没款合计 (fine + confiscation) add up exactly in 分', () => {
    const rows: PenaltyRow[] = [
      { ...rowFromEntry(FSL_124), fineFen: '300000', confiscatedGainsFen: '1234.56' },
      { ...rowFromEntry(PQL_49), fineFen: '0.10', confiscatedPropertyValueFen: '0.20' },
    ]
    expect(rowsTotals(rows)).toMatchObject({
      fineFen: 30_000_010,
      confiscatedFen: 123_476,
      forfeitureFen: 30_123_486,
    })
  })

  it('the decision form turns rows into items and the totals into their sums', () => {
    const form = blankActForm('penaltyDecision')
    const penalty = form.penalty as Record<string, unknown>
    penalty.items = [
      { ...rowFromEntry(FSL_124), goodsValueFen: '20000', fineFen: '300000' },
      { ...rowFromEntry(PQL_49), goodsValueFen: '100000', fineFen: '200000' },
    ]
    penalty.legalBasis = '《食品安全法》第一百二十四条第一款第（五）项；《产品质量法》第四十九条'
    const parsed = parseActForm('penaltyDecision', form)
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true)
    if (!parsed.ok) return
    const p = parsed.payload.penalty as { fineFen: number; items: { fineFen: number }[] }
    expect(p.items.map((i) => i.fineFen)).toEqual([30_000_000, 20_000_000])
    expect(p.fineFen).toBe(50_000_000)
  })
})

describe('prefill from the case (APL Art. 28 para 1: 责令改正 joined where required)', () => {
  it('the investigation report lists one row per violation of the case', () => {
    const c = facts([], [FSL_124.id, PQL_49.id])
    const form = prefillActForm(
      'investigationConcluded',
      blankActForm('investigationConcluded'),
      c,
      BUILTIN_VIOLATIONS,
    )
    const rows = (form.proposedPenalty as { items: PenaltyRow[] }).items
    expect(rows.map((r) => r.violationId)).toEqual([FSL_124.id, PQL_49.id])
  })

  it('PQL Art. 49 without an earlier 责令改正通知书: 责令改正 ticked, requirement from the 约谈', () => {
    const interview = act('interviewHeld', '2026-08-26', {
      place: '会议室',
      interviewerIds: [],
      attendees: ['张三'],
      problems: '销售不合格产品',
      requirements: '立即停止销售并召回',
      undertakings: [],
      recordSigned: true,
    } as unknown as ActPayload<'interviewHeld'>)
    const c = facts([interview], [PQL_49.id])
    const form = prefillActForm(
      'penaltyDecision',
      blankActForm('penaltyDecision'),
      c,
      BUILTIN_VIOLATIONS,
    )
    expect(form.correction).toMatchObject({ apply: true, requirement: '立即停止销售并召回' })
  })

  it('FSL Art. 124 only: 责令改正 not ticked', () => {
    const c = facts([], [FSL_124.id])
    const form = prefillActForm(
      'penaltyDecision',
      blankActForm('penaltyDecision'),
      c,
      BUILTIN_VIOLATIONS,
    )
    expect((form.correction as { apply: boolean }).apply).toBe(false)
  })
})

describe('new case: 违法行为 search and the generated 案由', () => {
  it('finds by name, field and law (Chinese or Arabic article numbers)', () => {
    expect(violationMatches(FSL_124, '保质期')).toBe(true)
    expect(violationMatches(FSL_124, '食品安全')).toBe(true)
    expect(violationMatches(FSL_124, '食品安全法124')).toBe(true)
    expect(violationMatches(FSL_124, '第一百二十四条')).toBe(true)
    expect(violationMatches(FSL_124, '广告')).toBe(false)
  })

  it('the 案由 follows the violations until the officer types his own', () => {
    expect(nextCause('', '', '涉嫌甲案')).toBe('涉嫌甲案')
    expect(nextCause('涉嫌甲案', '涉嫌甲案', '涉嫌甲、乙案')).toBe('涉嫌甲、乙案')
    expect(nextCause('涉嫌销售过期食品案', '涉嫌甲案', '涉嫌甲、乙案')).toBe('涉嫌销售过期食品案')
  })
})
