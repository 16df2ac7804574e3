// Case search: the person behind the party and fragments of the case number are found
// (case numbers per formatCaseNo: "<文号代码>案〔YYYY〕N号", no zero padding).
import { describe, expect, it } from 'vitest'
import {
  caseNoGrams,
  caseNoQuery,
  caseTextContains,
  partyPersonName,
  searchTokens,
} from '../../../../../shared/domain/case/search'
import type { Party } from '../../../../../shared/domain/case'

const org: Party = {
  kind: 'organisation',
  name: '武汉市汉阳区鑫源商贸有限公司',
  legalRepresentative: '张伟',
  address: '武汉市汉阳区龙阳大道88号',
}
const shop: Party = {
  kind: 'soleTrader',
  name: '汉阳区老王烟酒店',
  operatorName: '王强',
  operatorIdNo: '420105197906050012',
  address: '武汉市汉阳区四新大道6号',
}
const person: Party = {
  kind: 'naturalPerson',
  name: '李娜',
  idType: 'residentId',
  idNo: '420105198503120028',
  address: '武汉市汉阳区钟家村12号',
}
const key = (year: number, n: number) => year * 1_000_000 + n
/** Whether a case number's key falls in one of the ranges. */
const inRanges = (ranges: Array<[number, number]>, year: number, n: number) =>
  ranges.some(([a, b]) => key(year, n) >= a && key(year, n) <= b)

describe('partyPersonName: who officers also search by', () => {
  it.each<[string, Party, string]>([
    ['organisation → 法定代表人', org, '张伟'],
    ['个体工商户 → 经营者', shop, '王强'],
    ['natural person → none (the name is the party name)', person, ''],
  ])('%s', (_n, party, name) => expect(partyPersonName(party)).toBe(name))
})

describe('searchTokens: person grams and serial grams of the case number', () => {
  const no = '鄂汉阳市监案〔2026〕123号'
  it.each<[string, Party, string[], string[]]>([
    ['operator of a 个体工商户', shop, ['王强', '王', '强'], []],
    ['legal representative of an organisation', org, ['张伟'], []],
    [
      'serial bigrams, no prefix or year grams',
      org,
      ['12', '23', '3号'],
      ['市监', '20', '〕1', '〔2'],
    ],
    [
      'the full number and the short form stay',
      person,
      ['鄂汉阳市监案〔2026〕123号', '2026-123'],
      [],
    ],
  ])('%s', (_n, party, present, absent) => {
    const tokens = searchTokens(party, no, '2026-123')
    for (const t of present) expect(tokens, t).toContain(t)
    for (const t of absent) expect(tokens, t).not.toContain(t)
  })

  it('caseNoGrams of a one-digit serial is "3号"', () => {
    expect(caseNoGrams('鄂汉阳市监案〔2026〕3号')).toEqual(['3号'])
  })
})

describe('caseTextContains: party name, person, case number (substring)', () => {
  const c = { partyName: shop.name, party: shop, caseNo: '鄂汉阳市监案〔2026〕13号' }
  it.each<[string, boolean]>([
    ['老王烟酒', true],
    ['王强', true],
    ['3号', true],
    ['13号', true],
    ['〔2026〕13', true],
    ['2026〕13号', true],
    ['（2026）13号', false], // brackets are compared as stored; caseNoQuery maps them
    ['23号', false],
    ['张伟', false],
  ])('%s → %s', (text, found) => expect(caseTextContains(c, text)).toBe(found))
})

describe('caseNoQuery: fragments spanning 〔 〕 become caseNoKey ranges', () => {
  it.each<[string, string, Array<[number, number, boolean]>, boolean]>([
    // text, why, [year, serial, contained?] samples, exact
    [
      '〔2026〕3',
      'year 2026, serial starting with 3',
      [
        [2026, 3, true],
        [2026, 31, true],
        [2026, 345, true],
        [2026, 13, false],
        [2025, 3, false],
      ],
      true,
    ],
    [
      '2026〕3号',
      'year ending in 2026, serial exactly 3',
      [
        [2026, 3, true],
        [2026, 13, false],
        [2026, 30, false],
      ],
      true,
    ],
    [
      '26〕12号',
      'year ending in 26, serial 12',
      [
        [2026, 12, true],
        [1926, 12, false], // outside CASE_NO_YEARS
        [2016, 12, false],
      ],
      true,
    ],
    [
      '〕12号',
      'any year, serial 12',
      [
        [2019, 12, true],
        [2026, 12, true],
        [2026, 112, false],
      ],
      true,
    ],
    [
      '〔2026〕',
      'every case of 2026',
      [
        [2026, 1, true],
        [2026, 999_999, true],
        [2027, 1, false],
      ],
      true,
    ],
    [
      '〔202',
      'years 2020–2029',
      [
        [2020, 5, true],
        [2029, 5, true],
        [2030, 5, false],
      ],
      true,
    ],
    [
      '监案〔2026〕3号',
      'with office prefix: checked against the stored number',
      [
        [2026, 3, true],
        [2026, 4, false],
      ],
      false,
    ],
    [
      '[2026]3号',
      'square brackets typed for 〔〕',
      [
        [2026, 3, true],
        [2026, 13, false],
      ],
      true,
    ],
    ['（2026）3号', 'full-width parentheses typed for 〔〕', [[2026, 3, true]], true],
  ])('%s: %s', (text, _why, samples, exact) => {
    const q = caseNoQuery(text)
    expect(q).not.toBeNull()
    expect(q!.exact).toBe(exact)
    for (const [y, n, inside] of samples)
      expect(inRanges(q!.ranges, y, n), `${y}/${n}`).toBe(inside)
  })

  it.each<[string, string]>([
    ['3号', 'no bracket: a serial or name search'],
    ['王强', 'a name'],
    ['（有限合伙）', 'brackets around words are a name search'],
  ])('%s → null (%s)', (text) => expect(caseNoQuery(text)).toBeNull())

  it.each<[string, string]>([
    ['〔26〕3号', 'a full year has four digits'],
    ['〔2026〕03号', 'serials have no leading zero'],
    ['〔2026〕号', '号 without a serial'],
  ])('%s → no ranges (%s)', (text) => expect(caseNoQuery(text)?.ranges).toEqual([]))

  it('every range fits one year (keys never spill into the next year)', () => {
    for (const text of ['〔2026〕3', '〕1', '6〕', '〔2026〕']) {
      for (const [a, b] of caseNoQuery(text)!.ranges) {
        expect(Math.floor(a / 1_000_000)).toBe(Math.floor(b / 1_000_000))
      }
    }
  })
})
