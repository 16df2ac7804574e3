// Statistics against hand-counted fixtures (fixtures.ts says what each case is). Sources of each
// figure: docs/domain/statistics.md.
import { describe, expect, it } from 'vitest'
import {
  aggregateStatistics,
  annualTable,
  ANNUAL_COLUMNS,
  computeStatistics,
  contributionsOf,
  inclusiveSummary,
  periodLabel,
  periodProblem,
  quarterPeriod,
  yearPeriod,
  type Statistics,
} from '@shared/statistics'
import { fixtureCases, ids, lookups, OFFICER_C } from './fixtures'

const H1 = { from: '2026-01-01', to: '2026-06-30' }
const opts = { today: '2026-12-01' }
const { A, B, C, D, F, G, H } = ids

function idsOf(s: Statistics, key: string): string[] {
  const f = s.byKey[key]
  if (!f) throw new Error(`unknown figure ${key}`)
  return [...f.caseIds].sort()
}
const sorted = (...x: string[]) => [...x].sort()

describe('statistics of the first half of 2026 (hand-counted)', () => {
  const s = computeStatistics(fixtureCases(), H1, opts)

  it.each([
    ['source:inspection', [A, C]],
    ['source:complaint', [B, D]],
    ['source:referral', [F]],
    ['source:other', [G]],
    ['source:assigned', [H]],
  ])('cases by source (sourceDate in the period): %s', (key, expected) => {
    expect(idsOf(s, key)).toEqual(sorted(...expected))
  })

  it.each([
    ['stage:closed', [A, B]],
    ['stage:closing', [C, F]],
    ['stage:notFiled', [D]],
    ['stage:investigation', [G, H]],
  ])('stage as of the period end (acts after 06-30 ignored): %s', (key, expected) => {
    expect(idsOf(s, key)).toEqual(sorted(...expected))
  })

  it.each([
    ['outcome:penalty', [A, B]],
    ['outcome:noPenalty', [C]],
    ['outcome:firstViolation', [C]],
    ['outcome:lighter', [A]],
    ['outcome:mitigated', []],
    ['outcome:softClosed', [D]],
    ['outcome:transferJudicial', [F]],
    ['procedure:summary', [B]],
    ['procedure:ordinary', [A, C]],
  ])(
    'outcomes and procedure (APL Arts. 32, 33, 51; revoked decision of G not counted): %s',
    (key, expected) => {
      expect(idsOf(s, key)).toEqual(sorted(...expected))
    },
  )

  it.each([
    ['penaltyType:warning', [B]],
    ['penaltyType:fine', [A, B]],
    ['penaltyType:confiscatedGains', [A]],
    ['penaltyType:confiscatedProperty', []],
  ])('penalty kinds of APL Art. 9: %s', (key, expected) => {
    expect(idsOf(s, key)).toEqual(sorted(...expected))
  })

  it('罚没金额 in 分: fines ¥5,000 + ¥100, confiscated gains ¥200, paid ¥5,100', () => {
    expect(s.money).toEqual({
      fineFen: 510_000,
      confiscatedGainsFen: 20_000,
      confiscationFen: 530_000,
      confiscatedPropertyValueFen: 0,
      paidFen: 510_000,
    })
    expect(idsOf(s, 'amount:decided')).toEqual(sorted(A, B))
    expect(idsOf(s, 'amount:paid')).toEqual(sorted(A, B))
  })

  it.each([
    ['soft:interviewNotice', [D]],
    ['soft:interviewHeld', [D]],
    ['soft:correctionOrdered', [D]],
    ['soft:correctionReviewed', [D]],
    ['soft:correctionCorrected', [D]],
    ['soft:correctionUnreviewed', []],
  ])('约谈, 责令改正 and 复查 (鄂市监法〔2022〕42号 九、十三): %s', (key, expected) => {
    expect(idsOf(s, key)).toEqual(sorted(...expected))
  })

  it.each([
    ['followUp:due', [A, B, C]],
    ['followUp:mandatoryDue', [A, C]],
    ['followUp:done', [A, C]],
    ['followUp:onTime', [A, C]],
    ['followUp:overdue', [B]],
    ['satisfaction:satisfied', [A]],
    ['satisfaction:basicallySatisfied', []],
    ['satisfaction:dissatisfied', [C]],
  ])('回访 (鄂市监法〔2022〕42号 十五): %s', (key, expected) => {
    expect(idsOf(s, key)).toEqual(sorted(...expected))
  })

  it.each([
    ['deadline:CASE_LIMIT:overdue', [G]],
    ['deadline:CORRECTION_DUE:late', [D]],
    ['deadline:PUBLISH:met', [A]],
    ['deadline:FOLLOW_UP:overdue', [B]],
    ['deadline:FOLLOW_UP:met', [A, C]],
  ])('deadlines due in the period per rule (computeDeadlines): %s', (key, expected) => {
    expect(idsOf(s, key)).toEqual(sorted(...expected))
  })

  it('法制审核 (APL Art. 58): one case reviewed, returned once = one correction', () => {
    expect(idsOf(s, 'review:legal')).toEqual([A])
    expect(idsOf(s, 'review:legalCorrected')).toEqual([A])
    expect(idsOf(s, 'review:case')).toEqual([])
  })

  it('the case closed in 2025 counts under nothing; every count is its id list length', () => {
    expect(s.caseIds).not.toContain(ids.E)
    expect(s.caseIds.sort()).toEqual(sorted(A, B, C, D, F, G, H))
    for (const f of s.figures) {
      expect(f.count).toBe(f.caseIds.length)
      expect(new Set(f.caseIds).size).toBe(f.caseIds.length)
    }
  })
})

describe('the whole year 2026 sees later acts', () => {
  const s = computeStatistics(fixtureCases(), yearPeriod(2026), opts)
  it('H decided 07-10 counts; F closed 07-05', () => {
    expect(idsOf(s, 'outcome:penalty')).toEqual(sorted(A, B, H))
    expect(idsOf(s, 'stage:closed')).toEqual(sorted(A, B, F))
    expect(s.money.fineFen).toBe(710_000)
  })
  it('a period that has not begun yet counts nothing', () => {
    const none = computeStatistics(fixtureCases(), yearPeriod(2027), opts)
    expect(none.caseIds).toEqual([])
  })
})

describe('作废 corrects past periods; 撤销 counts from its date', () => {
  const withVoid = (kind: 'voided' | 'revoked') =>
    fixtureCases().map((c) => {
      if (c.id !== ids.A) return c
      const decision = c.acts.find((a) => a.type === 'penaltyDecision')!
      const later = c.acts.filter((a) => a.occurredOn > decision.occurredOn || a === decision)
      // Undo A's decision on 2026-08-01 (acts after it voided first, newest first).
      const voids = [...later].reverse().map((a, i) => ({
        id: `00000000-0000-4000-8000-${String(990_000 + i).padStart(12, '0')}`,
        type: 'actVoided' as const,
        occurredOn: '2026-08-01',
        recordedAt: `2026-08-01T09:00:0${i % 10}.000+08:00`,
        recordedBy: 'tester',
        payload: { targetActId: a.id, kind, reason: '录入错误' },
      }))
      return { ...c, acts: [...c.acts, ...voids] }
    })
  it('a 作废 made in August removes A from the first half-year', () => {
    const s = computeStatistics(withVoid('voided'), H1, opts)
    expect(idsOf(s, 'outcome:penalty')).toEqual([B])
  })
  it('a 撤销 made in August leaves the first half-year as it was', () => {
    const s = computeStatistics(withVoid('revoked'), H1, opts)
    expect(idsOf(s, 'outcome:penalty')).toEqual(sorted(A, B))
  })
})

describe('filters: 科室/所, officer and 领域 (未分类 for cases without violationIds)', () => {
  const contribs = contributionsOf(fixtureCases(), H1, opts)
  const agg = (f: object) => aggregateStatistics(contribs, H1, H1.to, f, lookups)
  it.each([
    [{ unit: '二所' }, [C]],
    [{ unit: '法制科' }, [A, D, F, G, H]],
    [{ officerId: OFFICER_C }, [C]],
    [{ field: '食品安全' }, [A]],
    [{ field: '广告' }, [B]],
    [{ field: '未分类' }, [C, D, F, G, H]],
    [{ unit: '一所', field: '广告' }, [B]],
  ])('filter %o', (filter, expected) => {
    expect(agg(filter).caseIds.sort()).toEqual(sorted(...expected))
  })
})

describe('年度执法统计表 and 包容审慎监管 summary', () => {
  const contribs = contributionsOf(fixtureCases(), H1, opts)
  const t = annualTable(contribs, H1, H1.to, lookups, {}, ['食品安全', '广告'])
  const col = (id: string) => ANNUAL_COLUMNS.findIndex((c) => c.id === id)

  it('rows per 领域 in catalogue order, 未分类 last; the 合计 row counts each case once', () => {
    expect(t.rows.map((r) => r.label)).toEqual(['食品安全', '广告', '未分类'])
    expect(t.total.values[col('outcome:penalty')]).toBe(2)
    expect(t.total.values[col('penaltyType:warning')]).toBe(1)
    expect(t.total.values[col('penaltyType:fine')]).toBe(2)
    expect(t.total.values[col('money:fineFen')]).toBe(510_000)
    expect(t.total.values[col('money:confiscationFen')]).toBe(530_000)
    expect(t.total.values[col('procedure:summary')]).toBe(1)
    expect(t.total.values[col('procedure:ordinary')]).toBe(2)
    expect(t.total.values[col('review:legal')]).toBe(1)
    expect(t.total.values[col('review:legalCorrected')]).toBe(1)
    expect(t.total.values[col('outcome:transferJudicial')]).toBe(1)
    expect(t.rows[0]?.values[col('money:fineFen')]).toBe(500_000)
    expect(t.rows[1]?.values[col('money:fineFen')]).toBe(10_000)
  })

  it('the summary lists the policy items with hand-counted numbers', () => {
    const lines = Object.fromEntries(
      inclusiveSummary(contribs, H1, H1.to, lookups).map((l) => [l.figure, l.count]),
    )
    expect(lines).toMatchObject({
      'soft:interviewHeld': 1,
      'soft:correctionOrdered': 1,
      'soft:correctionCorrected': 1,
      'outcome:softClosed': 1,
      'outcome:noPenalty': 1,
      'outcome:firstViolation': 1,
      'outcome:lighter': 1,
      'outcome:mitigated': 0,
      'followUp:due': 3,
      'followUp:done': 2,
      'followUp:onTime': 2,
      'satisfaction:dissatisfied': 1,
    })
  })

  it('reproducible: computing again later gives the same table for a past period', () => {
    const later = contributionsOf(fixtureCases(), H1, { today: '2030-01-01' })
    expect(annualTable(later, H1, H1.to, lookups, {}, ['食品安全', '广告'])).toEqual(t)
  })
})

describe('periods', () => {
  it.each([
    [quarterPeriod(2026, 1), '2026-01-01', '2026-03-31', '2026年第1季度'],
    [quarterPeriod(2024, 2), '2024-04-01', '2024-06-30', '2024年第2季度'],
    [quarterPeriod(2026, 4), '2026-10-01', '2026-12-31', '2026年第4季度'],
    [yearPeriod(2025), '2025-01-01', '2025-12-31', '2025年'],
  ])('%o', (p, from, to, label) => {
    expect(p).toEqual({ from, to })
    expect(periodLabel(p)).toBe(label)
  })
  it('custom ranges', () => {
    expect(periodLabel({ from: '2026-03-01', to: '2026-05-31' })).toBe('2026-03-01至2026-05-31')
    expect(periodProblem('2026-05-01', '2026-04-01')).toBe('开始日期不能晚于结束日期，请重新选择')
    expect(periodProblem('2026-02-30', '2026-04-01')).toBe('请选择有效的起止日期')
    expect(periodProblem('2026-01-01', '2026-01-01')).toBeUndefined()
  })
})
