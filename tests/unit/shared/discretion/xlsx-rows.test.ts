// The office's 裁量基准 sheet ↔ catalogue entries (docs/domain/violations.md).
import { describe, expect, it } from 'vitest'
import { BUILTIN_VIOLATIONS } from '@shared/discretion/catalogue'
import { ViolationEntrySchema } from '@shared/discretion/entry-schema'
import type { ViolationEntry } from '@shared/discretion/types'
import {
  VIOLATION_COLUMNS,
  entriesToRows,
  fineRuleFitsSheet,
  rowsToEntries,
  type ViolationColumnKey,
} from '@shared/discretion/xlsx-rows'

const headers = VIOLATION_COLUMNS.map((c) => c.header)
const headerOf = (k: ViolationColumnKey) => VIOLATION_COLUMNS.find((c) => c.key === k)!.header

/** 食品安全法 Art. 124 para 1 item 1 as an office would write it (tiered fine). */
const goodRow: Partial<Record<ViolationColumnKey, string>> = {
  id: '本局-食品-001',
  name: '经营超过保质期的食品',
  field: '食品安全',
  violates: '食品安全法|34|1|10',
  basisLaw: '食品安全法',
  basisArticle: '124',
  basisParagraph: '1',
  basisItem: '1',
  penalties: '没收违法所得、没收非法财物、罚款、吊销许可证件',
  fineKind: '分档',
  base: '货值金额',
  thresholdYuan: '10000',
  belowMinYuan: '50000',
  belowMaxYuan: '100000',
  aboveMinTimes: '10',
  aboveMaxTimes: '20',
  correctionMandatory: '否',
  fineOnlyIfNotCorrected: '否',
  firstOffenceMayBeExempt: '否',
  basisText:
    '……货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款',
  source: '某市市场监管局行政处罚裁量基准（2024）',
}

function row(cells: Partial<Record<ViolationColumnKey, string>>): string[] {
  return VIOLATION_COLUMNS.map((c) => cells[c.key] ?? '')
}
const sheet = (...rows: Partial<Record<ViolationColumnKey, string>>[]) => [
  [...headers],
  ...rows.map(row),
]

function errorsOf(rows: string[][]) {
  const r = rowsToEntries(rows)
  if (!('errors' in r)) throw new Error('expected errors')
  return r.errors
}
function entriesOf(rows: string[][]) {
  const r = rowsToEntries(rows)
  if (!('entries' in r)) throw new Error(JSON.stringify(r.errors))
  return r.entries
}

describe('rowsToEntries: a good row (食品安全法 第一百二十四条 tiered fine)', () => {
  it('maps every column, amounts exactly in 分', () => {
    const [e] = entriesOf(sheet(goodRow))
    expect(e).toEqual({
      id: '本局-食品-001',
      name: '经营超过保质期的食品',
      field: '食品安全',
      violates: [{ law: '食品安全法', article: 34, paragraph: 1, item: 10 }],
      basis: { law: '食品安全法', article: 124, paragraph: 1, item: 1 },
      penalties: ['confiscateGains', 'confiscateProperty', 'fine', 'revokeLicence'],
      fine: {
        kind: 'tiered',
        base: 'goodsValue',
        thresholdFen: 1_000_000,
        below: { kind: 'fixed', minFen: 5_000_000, maxFen: 10_000_000 },
        atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 10, maxTimes: 20 },
      },
      correctionMandatory: false,
      firstOffenceMayBeExempt: false,
      source: '某市市场监管局行政处罚裁量基准（2024）',
      basisText: goodRow.basisText,
    })
  })

  it.each([
    ['0.07', 7],
    ['1,234.5', 123_450],
    ['5000', 500_000],
    ['0.1', 10],
  ])('fixed amount %s 元 → %i 分 without floating point', (yuan, fen) => {
    const [e] = entriesOf(
      sheet({ ...goodRow, ...tieredBlank, fineKind: '固定金额', minYuan: '0', maxYuan: yuan }),
    )
    expect(e!.fine).toEqual({ kind: 'fixed', minFen: 0, maxFen: fen })
  })

  it('reads columns in any order, skips blank rows, numbers rows as in the sheet', () => {
    const rows = sheet(goodRow, {}, { ...goodRow, id: 'x-2' })
    const reversed = rows.map((r) => [...r].reverse())
    expect(entriesOf(reversed).map((e) => e.id)).toEqual(['本局-食品-001', 'x-2'])
    const bad = sheet(goodRow, {}, { ...goodRow, id: '' })
    expect(errorsOf(bad)).toEqual([{ row: 4, column: '编号', message: '请填写编号' }])
  })

  it('several violated provisions, 《》 stripped, paragraph left empty', () => {
    const [e] = entriesOf(
      sheet({
        ...goodRow,
        violates: '《食品安全法》|34||10；广告法|9',
        basisLaw: '《食品安全法》',
      }),
    )
    expect(e!.violates).toEqual([
      { law: '食品安全法', article: 34, item: 10 },
      { law: '广告法', article: 9 },
    ])
    expect(e!.basis.law).toBe('食品安全法')
  })

  it('an empty sheet (header only) gives no entries', () => {
    expect(entriesOf([headers])).toEqual([])
  })
})

const tieredBlank: Partial<Record<ViolationColumnKey, string>> = {
  base: '',
  thresholdYuan: '',
  belowMinYuan: '',
  belowMaxYuan: '',
  aboveMinTimes: '',
  aboveMaxTimes: '',
}
const fixedRow = {
  ...goodRow,
  ...tieredBlank,
  fineKind: '固定金额',
  minYuan: '5000',
  maxYuan: '50000',
}

describe('rowsToEntries: malformed rows give Chinese messages per row and column, nothing imported', () => {
  const cases: [string, Partial<Record<ViolationColumnKey, string>>, ViolationColumnKey, RegExp][] =
    [
      ['min > max (fixed)', { ...fixedRow, minYuan: '60000' }, 'minYuan', /不能高于/],
      [
        'min > max (multiple)',
        {
          ...goodRow,
          ...tieredBlank,
          fineKind: '倍数',
          base: '违法所得',
          minTimes: '5',
          maxTimes: '1',
        },
        'minTimes',
        /最低倍数不能高于最高倍数/,
      ],
      [
        'a multiple without base',
        { ...goodRow, ...tieredBlank, fineKind: '倍数', minTimes: '1', maxTimes: '5' },
        'base',
        /请填写计算基数/,
      ],
      ['an unknown base', { ...goodRow, base: '营业额' }, 'base', /不是计算基数/],
      ['amount with 3 decimals', { ...fixedRow, maxYuan: '1.005' }, 'maxYuan', /不是金额/],
      ['negative amount', { ...fixedRow, minYuan: '-1' }, 'minYuan', /不是金额/],
      ['amount in scientific notation', { ...fixedRow, maxYuan: '1e+21' }, 'maxYuan', /不是金额/],
      [
        'Chinese article number',
        { ...goodRow, basisArticle: '一百二十四' },
        'basisArticle',
        /不是正整数/,
      ],
      ['article 0', { ...goodRow, basisArticle: '0' }, 'basisArticle', /不是正整数/],
      ['violates without article', { ...goodRow, violates: '食品安全法' }, 'violates', /格式不对/],
      [
        'violates with letters',
        { ...goodRow, violates: '食品安全法|3a' },
        'violates',
        /阿拉伯数字/,
      ],
      [
        'unknown penalty',
        { ...goodRow, penalties: '罚款、拘留' },
        'penalties',
        /“拘留”不是处罚种类/,
      ],
      ['repeated penalty', { ...goodRow, penalties: '罚款、罚款' }, 'penalties', /重复/],
      [
        'fine kind missing with 罚款',
        { ...goodRow, ...tieredBlank, fineKind: '' },
        'fineKind',
        /请填写罚款方式/,
      ],
      [
        'fine without 罚款 among penalties',
        { ...goodRow, penalties: '警告' },
        'penalties',
        /应含“罚款”/,
      ],
      ['unknown fine kind', { ...goodRow, fineKind: '按日计罚' }, 'fineKind', /不是罚款方式/],
      ['stray cell for the fine kind', { ...goodRow, minYuan: '100' }, 'minYuan', /应留空/],
      [
        'boolean not 是/否',
        { ...goodRow, correctionMandatory: 'Y' },
        'correctionMandatory',
        /应为“是”或“否”/,
      ],
      [
        'required boolean empty',
        { ...goodRow, firstOffenceMayBeExempt: '' },
        'firstOffenceMayBeExempt',
        /是/,
      ],
      [
        'list name without item',
        { ...goodRow, listName: '某省首违不罚清单' },
        'itemNo',
        /同时填写/,
      ],
      [
        'over-long name',
        { ...goodRow, name: '违'.repeat(201) },
        'name',
        /内容过长（201个字），不能超过200个字/,
      ],
      [
        'over-long basis text',
        { ...goodRow, basisText: '文'.repeat(4001) },
        'basisText',
        /不能超过4000个字/,
      ],
      [
        'over-long number cell',
        { ...goodRow, basisArticle: '1'.repeat(41) },
        'basisArticle',
        /内容过长/,
      ],
      ['id __proto__', { ...goodRow, id: '__proto__' }, 'id', /不能是 __proto__/],
      ['id constructor', { ...goodRow, id: 'constructor' }, 'id', /不能是/],
      ['id with a space', { ...goodRow, id: 'a b' }, 'id', /不能含空格/],
      [
        'law with a bar in basis',
        { ...goodRow, basisLaw: '食品|安全法' },
        'basisLaw',
        /不能含“\|”/,
      ],
      ['missing source', { ...goodRow, source: '' }, 'source', /请填写来源/],
      ['threshold 0', { ...goodRow, thresholdYuan: '0' }, 'thresholdYuan', /应大于 0/],
    ]
  it.each(cases)('%s', (_, cells, column, message) => {
    const errors = errorsOf(sheet(goodRow, cells))
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((e) => e.row === 3)).toBe(true)
    expect(errors).toContainEqual({
      row: 3,
      column: headerOf(column),
      message: expect.stringMatching(message),
    })
  })

  it('an over-long cell is reported once, not also as missing', () => {
    const errors = errorsOf(sheet({ ...goodRow, name: '违'.repeat(300) }))
    expect(errors).toEqual([
      { row: 2, column: '违法行为名称', message: '内容过长（300个字），不能超过200个字' },
    ])
  })

  it('duplicate ids: the later row is named with the earlier one', () => {
    const errors = errorsOf(sheet(goodRow, fixedRow))
    expect(errors).toEqual([
      { row: 3, column: '编号', message: '编号“本局-食品-001”与第 2 行重复，请改用不同的编号' },
    ])
  })

  it('every bad row is listed (all or nothing)', () => {
    const errors = errorsOf(
      sheet(
        { ...goodRow, id: 'a' },
        { ...goodRow, id: '' },
        { ...fixedRow, id: 'c', maxYuan: 'x' },
      ),
    )
    expect(errors.map((e) => e.row)).toEqual([3, 4])
  })

  it('a missing required header is reported on row 1; prototype-like headers are ignored', () => {
    const rows = sheet(goodRow)
    rows[0] = rows[0]!.map((h) => (h === '来源' ? '__proto__' : h))
    expect(errorsOf(rows)).toEqual([
      { row: 1, column: '来源', message: expect.stringMatching(/缺少此列/) },
    ])
  })

  it('a duplicated header is reported', () => {
    const rows = sheet(goodRow)
    rows[0]!.push('编号')
    rows[1]!.push('other')
    expect(errorsOf(rows)).toEqual([
      { row: 1, column: '编号', message: expect.stringMatching(/表头重复/) },
    ])
  })

  it('optional columns may be left out of the file', () => {
    const optional = new Set(VIOLATION_COLUMNS.filter((c) => !c.required).map((c) => c.header))
    const keep = headers.map((h) => !optional.has(h))
    const rows = sheet(goodRow).map((r) => r.filter((_, i) => keep[i]))
    expect(entriesOf(rows)).toHaveLength(1)
  })

  it('more than 5000 rows are refused as a whole', () => {
    const rows = [
      headers,
      ...Array.from({ length: 5001 }, (_, i) => row({ ...goodRow, id: `x${i}` })),
    ]
    expect(errorsOf(rows)).toEqual([
      { row: 1, column: '', message: '一次最多导入5000条，此文件有5001条' },
    ])
  })
})

describe('entriesToRows round-trips', () => {
  const fallbackEntry: ViolationEntry = {
    id: 'ad-55-1',
    name: '发布虚假广告',
    field: '广告',
    violates: [
      { law: '广告法', article: 4, paragraph: 1 },
      { law: '广告法', article: 28 },
    ],
    basis: { law: '广告法', article: 55, paragraph: 1 },
    penalties: ['fine', 'revokeBusinessLicence'],
    // 广告法 第五十五条第一款: 广告费用三倍以上五倍以下；无法计算或者明显偏低的，二十万元以上一百万元以下.
    fine: {
      kind: 'fallback',
      primary: { kind: 'multiple', base: 'adFee', minTimes: 3, maxTimes: 5 },
      fallback: { kind: 'fixed', minFen: 20_000_000, maxFen: 100_000_000 },
      fallbackWhenZero: true,
    },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    exemptionListItem: { listName: '某省轻微违法行为免罚清单', itemNo: '12' },
    source: 'test',
    basisText: '……处广告费用三倍以上五倍以下的罚款……',
    unverified: true,
  }
  const fallbackTiered: ViolationEntry = {
    ...fallbackEntry,
    id: 'tiered-fallback',
    penalties: ['fine'],
    fine: {
      kind: 'fallback',
      primary: {
        kind: 'tiered',
        base: 'goodsValue',
        thresholdFen: 5_000_050,
        below: { kind: 'fixed', minFen: 0, maxFen: 1_234_567 },
        atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 0.5, maxTimes: 3 },
      },
      fallback: { kind: 'fixed', minFen: 0, maxFen: 1_234_567 },
    },
    exemptionListItem: undefined,
    unverified: undefined,
    fineOnlyIfNotCorrected: undefined,
  }
  const noFine: ViolationEntry = {
    ...fallbackEntry,
    id: 'warn',
    penalties: ['warning'],
    fine: undefined,
  }
  const strip = (e: ViolationEntry) => JSON.parse(JSON.stringify(e)) as ViolationEntry

  it.each([
    ['fallback of a multiple (广告法 第五十五条)', fallbackEntry],
    ['fallback of a tiered rule, odd fen and 0.5 times', fallbackTiered],
    ['no fine', noFine],
  ])('%s', (_, e) => {
    expect(entriesOf(entriesToRows([e]))).toEqual([strip(e)])
  })

  it('every built-in entry fits the sheet and comes back unchanged', () => {
    for (const e of BUILTIN_VIOLATIONS) {
      if (e.fine) expect(fineRuleFitsSheet(e.fine), e.id).toBe(true)
    }
    const back = entriesOf(entriesToRows(BUILTIN_VIOLATIONS))
    expect(back).toEqual(BUILTIN_VIOLATIONS.map((e) => ViolationEntrySchema.parse(strip(e))))
  })

  it('a fine shape the sheet cannot express throws naming the entry', () => {
    const odd: ViolationEntry = {
      ...noFine,
      id: 'odd',
      penalties: ['fine'],
      fine: {
        kind: 'tiered',
        base: 'goodsValue',
        thresholdFen: 100,
        below: { kind: 'multiple', base: 'goodsValue', minTimes: 1, maxTimes: 2 },
        atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 2, maxTimes: 3 },
      },
    }
    expect(fineRuleFitsSheet(odd.fine!)).toBe(false)
    expect(() => entriesToRows([odd])).toThrow(/“odd”/)
  })

  it('the header row is the documented column layout', () => {
    expect(entriesToRows([])).toEqual([headers])
  })
})
