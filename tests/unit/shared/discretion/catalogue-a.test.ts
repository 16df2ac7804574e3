import { describe, expect, it } from 'vitest'
import { ADVERTISING_PRICE_VIOLATIONS } from '@shared/discretion/catalogue/advertising-price'
import { FOOD_VIOLATIONS } from '@shared/discretion/catalogue/food'
import { ViolationEntryListSchema } from '@shared/discretion/entry-schema'
import { lawfulFineRange } from '@shared/discretion/fine-rule'
import type { FineFacts, FineRule, ViolationEntry } from '@shared/discretion/types'

const ALL: readonly ViolationEntry[] = [...FOOD_VIOLATIONS, ...ADVERTISING_PRICE_VIOLATIONS]
const byId = (id: string): ViolationEntry => {
  const e = ALL.find((x) => x.id === id)
  if (!e) throw new Error(`no entry ${id}`)
  return e
}

/** Every fixed amount and threshold of a rule, with where it sits. */
function amounts(rule: FineRule, at = 'fine'): [string, number][] {
  switch (rule.kind) {
    case 'fixed':
      return [
        [`${at}.minFen`, rule.minFen],
        [`${at}.maxFen`, rule.maxFen],
      ]
    case 'multiple':
      return []
    case 'tiered':
      return [
        [`${at}.thresholdFen`, rule.thresholdFen],
        ...amounts(rule.below, `${at}.below`),
        ...amounts(rule.atOrAbove, `${at}.atOrAbove`),
      ]
    case 'fallback':
      return [
        ...amounts(rule.primary, `${at}.primary`),
        ...amounts(rule.fallback, `${at}.fallback`),
      ]
  }
}

describe('built-in catalogue part A (食品安全法, 广告法, 价格违法行为行政处罚规定): every entry parses', () => {
  it('has at least 18 entries with unique ids', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(18)
    expect(new Set(ALL.map((e) => e.id)).size).toBe(ALL.length)
  })

  it('passes the office-catalogue schema (ids unique, penalties vs fine, min ≤ max at every level)', () => {
    const r = ViolationEntryListSchema.safeParse(ALL)
    expect(r.success ? [] : r.error.issues).toEqual([])
  })

  it.each(ALL.map((e) => [e.id, e] as const))('%s: text, source and amounts', (_id, e) => {
    expect(e.basisText.trim().length).toBeGreaterThan(10)
    expect(e.source.trim().length).toBeGreaterThan(10)
    expect(e.violates.length).toBeGreaterThan(0)
    // A verified entry's penalty text names the fine it encodes (罚款), an unverified one says [U].
    if (e.fine) expect(e.basisText).toContain('罚款')
    if (e.unverified) expect(e.source).toContain('[U]')
    // fineOnlyIfNotCorrected only where the basis reads "责令改正……拒不改正的".
    if (e.fineOnlyIfNotCorrected) {
      expect(e.correctionMandatory).toBe(true)
      expect(e.basisText).toContain('拒不改正的')
    }
    for (const [where, fen] of e.fine ? amounts(e.fine) : []) {
      expect(Number.isSafeInteger(fen), `${where} is whole 分`).toBe(true)
      expect(fen, `${where} is not negative`).toBeGreaterThanOrEqual(0)
      if (where.endsWith('thresholdFen')) expect(fen, `${where} is positive`).toBeGreaterThan(0)
    }
  })
})

const yuan = (y: number): number => y * 100

// Ranges stated from the quoted text of each basis (yuan → 分), computed with lawfulFineRange.
const RANGES: [string, string, FineFacts, number, number][] = [
  [
    'FSL Art. 122(1): goods ¥8,000 → ¥50,000–¥100,000',
    'fsl-122-1',
    { goodsValueFen: yuan(8_000) },
    yuan(50_000),
    yuan(100_000),
  ],
  [
    'FSL Art. 122(1): goods ¥10,000 (一万元以上) → 10–20× = ¥100,000–¥200,000',
    'fsl-122-1',
    { goodsValueFen: yuan(10_000) },
    yuan(100_000),
    yuan(200_000),
  ],
  [
    'FSL Art. 123(1)(1): goods ¥9,999.99 → ¥100,000–¥150,000',
    'fsl-123-1-1',
    { goodsValueFen: 999_999 },
    yuan(100_000),
    yuan(150_000),
  ],
  [
    'FSL Art. 123(1)(1): goods ¥20,000 → 15–30× = ¥300,000–¥600,000',
    'fsl-123-1-1',
    { goodsValueFen: yuan(20_000) },
    yuan(300_000),
    yuan(600_000),
  ],
  [
    'FSL Art. 124(1)(5): goods ¥300 → ¥50,000–¥100,000',
    'fsl-124-1-5',
    { goodsValueFen: yuan(300) },
    yuan(50_000),
    yuan(100_000),
  ],
  [
    'FSL Art. 124(1)(4): goods ¥12,345.67 → 10–20× = ¥123,456.70–¥246,913.40',
    'fsl-124-1-4',
    { goodsValueFen: 1_234_567 },
    12_345_670,
    24_691_340,
  ],
  [
    'FSL Art. 125(1)(2): goods ¥8,000 → ¥5,000–¥50,000',
    'fsl-125-1-2-label',
    { goodsValueFen: yuan(8_000) },
    yuan(5_000),
    yuan(50_000),
  ],
  [
    'FSL Art. 125(1)(2): goods ¥15,000 → 5–10× = ¥75,000–¥150,000',
    'fsl-125-1-2-no-label',
    { goodsValueFen: yuan(15_000) },
    yuan(75_000),
    yuan(150_000),
  ],
  ['FSL Art. 125 para 2 (标签瑕疵, 拒不改正): ¥0–¥2,000', 'fsl-125-2', {}, 0, yuan(2_000)],
  [
    'FSL Art. 126(1)(3) (进货查验, 拒不改正): ¥5,000–¥50,000',
    'fsl-126-1-3',
    {},
    yuan(5_000),
    yuan(50_000),
  ],
  ['FSL Art. 130 para 1: ¥50,000–¥200,000', 'fsl-130-1', {}, yuan(50_000), yuan(200_000)],
  ['FSL Art. 132 (拒不改正): ¥10,000–¥50,000', 'fsl-132', {}, yuan(10_000), yuan(50_000)],
  [
    '广告法 Art. 55 para 1: 广告费用 ¥10,000 → 3–5× = ¥30,000–¥50,000',
    'adl-55-1',
    { adFeeFen: yuan(10_000) },
    yuan(30_000),
    yuan(50_000),
  ],
  [
    '广告法 Art. 55 para 1: 广告费用无法计算 → ¥200,000–¥1,000,000',
    'adl-55-1',
    {},
    yuan(200_000),
    yuan(1_000_000),
  ],
  [
    '广告法 Art. 55 para 1: 广告费用明显偏低 (officer marks it) → ¥200,000–¥1,000,000',
    'adl-55-1',
    { adFeeFen: yuan(500), baseUnusable: true },
    yuan(200_000),
    yuan(1_000_000),
  ],
  [
    '广告法 Art. 57(1) (Art. 9 绝对化用语): ¥200,000–¥1,000,000',
    'adl-57-1-9-3',
    {},
    yuan(200_000),
    yuan(1_000_000),
  ],
  [
    '广告法 Art. 58 para 1(2): 广告费用 ¥2,000 → 1–3× = ¥2,000–¥6,000',
    'adl-58-1-2',
    { adFeeFen: yuan(2_000) },
    yuan(2_000),
    yuan(6_000),
  ],
  [
    '广告法 Art. 58 para 1(2): 广告费用 ¥0 → ¥100,000–¥200,000',
    'adl-58-1-2',
    { adFeeFen: 0 },
    yuan(100_000),
    yuan(200_000),
  ],
  ['广告法 Art. 59 para 1(1): ¥0–¥100,000', 'adl-59-1-1', {}, 0, yuan(100_000)],
  ['广告法 Art. 62 para 2: ¥5,000–¥30,000', 'adl-62-2', {}, yuan(5_000), yuan(30_000)],
  ['价格违法行为行政处罚规定 Art. 13(1): ¥0–¥5,000', 'prr-13-1', {}, 0, yuan(5_000)],
  [
    '价格违法行为行政处罚规定 Art. 7: 违法所得 ¥3,000 → ¥0–¥15,000',
    'prr-7',
    { illegalGainsFen: yuan(3_000) },
    0,
    yuan(15_000),
  ],
  [
    '价格违法行为行政处罚规定 Art. 7: 没有违法所得 (0) → ¥50,000–¥500,000',
    'prr-7',
    { illegalGainsFen: 0 },
    yuan(50_000),
    yuan(500_000),
  ],
]

describe('lawful ranges of selected entries, from the quoted penalty text', () => {
  it.each(RANGES)('%s', (_name, id, facts, minFen, maxFen) => {
    const e = byId(id)
    expect(e.fine).toBeDefined()
    expect(lawfulFineRange(e.fine as FineRule, facts)).toEqual({ minFen, maxFen })
  })
})

describe('correction and first-offence marks follow the basis text', () => {
  it.each([
    ['FSL Art. 125 para 2: 责令改正；拒不改正的，处二千元以下罚款', 'fsl-125-2', true, true],
    ['FSL Art. 126(1)(3): 责令改正，给予警告；拒不改正的，处…罚款', 'fsl-126-1-3', true, true],
    [
      'FSL Art. 132: 责令改正，给予警告；拒不改正的，责令停产停业，并处…罚款',
      'fsl-132',
      true,
      true,
    ],
    ['FSL Art. 124(1)(5): no 责令改正 in the basis', 'fsl-124-1-5', false, undefined],
    [
      '价格违法行为行政处罚规定 Art. 13: 责令改正 with the fine (not only if uncorrected)',
      'prr-13-1',
      true,
      undefined,
    ],
  ] as const)('%s', (_name, id, correction, onlyIfNotCorrected) => {
    const e = byId(id)
    expect(e.correctionMandatory).toBe(correction)
    expect(e.fineOnlyIfNotCorrected).toBe(onlyIfNotCorrected)
  })

  it('首违不罚清单（一） (国市监法〔2025〕10号): label flaw, health certificate, management system are marked', () => {
    for (const id of ['fsl-125-2', 'fsl-126-1-6', 'fsl-126-1-2']) {
      expect(byId(id).firstOffenceMayBeExempt, id).toBe(true)
    }
    expect(byId('fsl-124-1-1').firstOffenceMayBeExempt).toBe(false)
    expect(byId('adl-55-1').firstOffenceMayBeExempt).toBe(false)
  })

  it('126(1) entries provide 警告 and 罚款; 124 entries provide 没收 and 吊销许可证', () => {
    expect(byId('fsl-126-1-6').penalties).toEqual(
      expect.arrayContaining(['warning', 'fine', 'suspendBusiness', 'revokeLicence']),
    )
    expect(byId('fsl-124-1-5').penalties).toEqual(
      expect.arrayContaining(['confiscateGains', 'confiscateProperty', 'fine', 'revokeLicence']),
    )
  })
})
