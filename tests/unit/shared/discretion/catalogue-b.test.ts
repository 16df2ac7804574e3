// Built-in catalogue part B (product quality, measurement, special equipment, registration, consumer
// protection, e-commerce, anti-unfair competition, trademarks): every entry is a valid catalogue
// entry, and the lawful ranges read from the primary texts come out of lawfulFineRange.
import { describe, expect, it } from 'vitest'
import { MARKET_ORDER_VIOLATIONS } from '@shared/discretion/catalogue/market-order'
import { QUALITY_VIOLATIONS } from '@shared/discretion/catalogue/quality'
import { ViolationEntryListSchema } from '@shared/discretion/entry-schema'
import { lawfulFineRange } from '@shared/discretion/fine-rule'
import type { FineFacts, FineRule, ViolationEntry } from '@shared/discretion/types'

const ALL: readonly ViolationEntry[] = [...QUALITY_VIOLATIONS, ...MARKET_ORDER_VIOLATIONS]
const YUAN = 100

function entry(id: string): ViolationEntry {
  const e = ALL.find((x) => x.id === id)
  if (!e) throw new Error(`no entry ${id}`)
  return e
}

function fineOf(id: string): FineRule {
  const f = entry(id).fine
  if (!f) throw new Error(`entry ${id} has no fine rule`)
  return f
}

/** Every fixed amount of a rule, at every level. */
function amounts(rule: FineRule): number[] {
  switch (rule.kind) {
    case 'fixed':
      return [rule.minFen, rule.maxFen]
    case 'multiple':
      return []
    case 'tiered':
      return [rule.thresholdFen, ...amounts(rule.below), ...amounts(rule.atOrAbove)]
    case 'fallback':
      return [...amounts(rule.primary), ...amounts(rule.fallback)]
  }
}

describe('catalogue part B: every entry is a valid catalogue entry', () => {
  it('has at least 16 entries with unique ids, and the list passes ViolationEntryListSchema', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(16)
    expect(new Set(ALL.map((e) => e.id)).size).toBe(ALL.length)
    const parsed = ViolationEntryListSchema.safeParse(ALL)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })

  it.each(ALL.map((e) => [e.id, e] as const))(
    '%s: quoted basis text and source, integer 分 amounts, min ≤ max',
    (_id, e) => {
      expect(e.basisText.trim().length).toBeGreaterThan(10)
      expect(e.source.trim().length).toBeGreaterThan(10)
      expect(e.unverified).toBeUndefined()
      expect(e.violates.length).toBeGreaterThan(0)
      if (e.fineOnlyIfNotCorrected) expect(e.correctionMandatory).toBe(true)
      if (e.fine) {
        expect(e.penalties).toContain('fine')
        for (const fen of amounts(e.fine)) {
          expect(Number.isSafeInteger(fen)).toBe(true)
          expect(fen).toBeGreaterThanOrEqual(0)
        }
        // The range for a sample base is well-formed (covers fixed, multiple, tiered, fallback).
        for (const facts of [
          {},
          { goodsValueFen: 2_000_000, illegalGainsFen: 300_000, turnoverFen: 2_000_000 },
          { goodsValueFen: 10_000_000, illegalGainsFen: 0, turnoverFen: 0 },
        ] satisfies FineFacts[]) {
          const needsBase = e.fine.kind === 'multiple' || e.fine.kind === 'tiered'
          if (needsBase && Object.keys(facts).length === 0) continue
          const r = lawfulFineRange(e.fine, facts)
          expect(r.minFen).toBeLessThanOrEqual(r.maxFen)
        }
      }
    },
  )

  it('quotes the amounts of its fine in the basis text (spot check of the transcription)', () => {
    expect(entry('pql-50').basisText).toContain('货值金额百分之五十以上三倍以下')
    expect(entry('reg-48-1').basisText).toContain('拒不改正的，处3万元以下的罚款')
    expect(entry('sel-84-1-1').basisText).toContain('三万元以上三十万元以下')
    expect(entry('cpl-56-1-8').basisText).toContain('没有违法所得的，处以五十万元以下的罚款')
    expect(entry('aucl-25').basisText).toContain('处一百万元以下的罚款')
  })
})

describe('catalogue part B: lawful ranges as read from the primary texts', () => {
  const cases: {
    name: string
    id: string
    facts: FineFacts
    minYuan: number
    maxYuan: number
  }[] = [
    {
      name: '产品质量法 Art. 49 (等值以上三倍以下): goods ¥20,000 → ¥20,000–¥60,000',
      id: 'pql-49',
      facts: { goodsValueFen: 20_000 * YUAN },
      minYuan: 20_000,
      maxYuan: 60_000,
    },
    {
      name: '产品质量法 Art. 50 (百分之五十以上三倍以下): goods ¥20,000 → ¥10,000–¥60,000',
      id: 'pql-50',
      facts: { goodsValueFen: 20_000 * YUAN },
      minYuan: 10_000,
      maxYuan: 60_000,
    },
    {
      name: '产品质量法 Art. 52 (二倍以下): goods ¥3,333.33 → ¥0–¥6,666.66',
      id: 'pql-52',
      facts: { goodsValueFen: 333_333 },
      minYuan: 0,
      maxYuan: 6_666.66,
    },
    {
      name: '产品质量法 Art. 54 (百分之三十以下): goods ¥10,000 → ¥0–¥3,000',
      id: 'pql-54',
      facts: { goodsValueFen: 10_000 * YUAN },
      minYuan: 0,
      maxYuan: 3_000,
    },
    {
      name: '计量法实施细则 Art. 43 (1000元以下): ¥0–¥1,000',
      id: 'mtr-43',
      facts: {},
      minYuan: 0,
      maxYuan: 1_000,
    },
    {
      name: '特种设备安全法 Art. 84 (三万元以上三十万元以下): ¥30,000–¥300,000',
      id: 'sel-84-1-1',
      facts: {},
      minYuan: 30_000,
      maxYuan: 300_000,
    },
    {
      name: '市场主体登记管理条例 Art. 43 (拒不改正的，1万元以上10万元以下): ¥10,000–¥100,000',
      id: 'reg-43',
      facts: {},
      minYuan: 10_000,
      maxYuan: 100_000,
    },
    {
      name: '消费者权益保护法 Art. 56 (违法所得一倍以上十倍以下): gains ¥3,000 → ¥3,000–¥30,000',
      id: 'cpl-56-1-8',
      facts: { illegalGainsFen: 3_000 * YUAN },
      minYuan: 3_000,
      maxYuan: 30_000,
    },
    {
      name: '消费者权益保护法 Art. 56 (没有违法所得的，五十万元以下): gains ¥0 → ¥0–¥500,000',
      id: 'cpl-56-1-8',
      facts: { illegalGainsFen: 0 },
      minYuan: 0,
      maxYuan: 500_000,
    },
    {
      name: '消费者权益保护法 Art. 56: gains not established → ¥0–¥500,000',
      id: 'cpl-56-1-9',
      facts: {},
      minYuan: 0,
      maxYuan: 500_000,
    },
    {
      name: '电子商务法 Art. 76 (一万元以下): ¥0–¥10,000',
      id: 'ecl-76-1-1',
      facts: {},
      minYuan: 0,
      maxYuan: 10_000,
    },
    {
      name: '反不正当竞争法 (2025) Art. 23: 违法经营额 ¥80,000 (≥ ¥50,000, 五倍以下) → ¥0–¥400,000',
      id: 'aucl-23',
      facts: { turnoverFen: 80_000 * YUAN },
      minYuan: 0,
      maxYuan: 400_000,
    },
    {
      name: '反不正当竞争法 (2025) Art. 23: 违法经营额 ¥49,999.99 (不足五万元) → ¥0–¥250,000',
      id: 'aucl-23',
      facts: { turnoverFen: 4_999_999 },
      minYuan: 0,
      maxYuan: 250_000,
    },
    {
      name: '商标法 Art. 60: 违法经营额 exactly ¥50,000 (五万元以上 includes it) → ¥0–¥250,000 (5×)',
      id: 'tml-60',
      facts: { turnoverFen: 50_000 * YUAN },
      minYuan: 0,
      maxYuan: 250_000,
    },
    {
      name: '商标法 Art. 60: 没有违法经营额 (not established) → ¥0–¥250,000',
      id: 'tml-60',
      facts: {},
      minYuan: 0,
      maxYuan: 250_000,
    },
    {
      name: '商标法 Art. 52: 违法经营额 ¥100,000 (百分之二十以下) → ¥0–¥20,000',
      id: 'tml-52',
      facts: { turnoverFen: 100_000 * YUAN },
      minYuan: 0,
      maxYuan: 20_000,
    },
    {
      name: '商标法 Art. 52: 违法经营额 ¥30,000 (不足五万元，一万元以下) → ¥0–¥10,000',
      id: 'tml-52',
      facts: { turnoverFen: 30_000 * YUAN },
      minYuan: 0,
      maxYuan: 10_000,
    },
  ]

  it.each(cases)('$name', ({ id, facts, minYuan, maxYuan }) => {
    expect(lawfulFineRange(fineOf(id), facts)).toEqual({
      minFen: Math.round(minYuan * YUAN),
      maxFen: Math.round(maxYuan * YUAN),
    })
  })

  it('特种设备安全法 Art. 83 / 市场主体登记管理条例 Art. 48: the fine applies only after a failed order to correct', () => {
    for (const id of ['sel-83-1-1', 'sel-83-1-4', 'sel-86-1-2', 'reg-43', 'reg-46', 'reg-48-1']) {
      expect(entry(id)).toMatchObject({ correctionMandatory: true, fineOnlyIfNotCorrected: true })
    }
    // 电子商务法 Art. 76 allows the fine together with the order to correct.
    expect(entry('ecl-76-1-1').fineOnlyIfNotCorrected).toBeUndefined()
  })
})
