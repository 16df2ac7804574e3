// Printed forms: Chinese numerals of provisions, provisions, amounts in sentences
// (docs/domain/discretion.md, "Printed forms").
import { describe, expect, it } from 'vitest'
import { chineseNumber, formatFenForText, formatProvision } from '@shared/discretion'

describe('chineseNumber — article/paragraph/item numerals', () => {
  it.each<[number, string]>([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [32, '三十二'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [124, '一百二十四'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2024, '二千零二十四'],
    [9999, '九千九百九十九'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text)
  })

  it.each([0, -1, 10_000, 1.5])('%s is refused', (n) => {
    expect(() => chineseNumber(n)).toThrow(RangeError)
  })
})

describe('formatProvision', () => {
  it.each<[string, Parameters<typeof formatProvision>[0], string]>([
    [
      'FSL Art. 124(1)(一)',
      { law: '食品安全法', article: 124, paragraph: 1, item: 1 },
      '《中华人民共和国食品安全法》第一百二十四条第一款第（一）项',
    ],
    [
      '广告法 Art. 55(1)',
      { law: '广告法', article: 55, paragraph: 1 },
      '《中华人民共和国广告法》第五十五条第一款',
    ],
    ['价格法 Art. 42', { law: '价格法', article: 42 }, '《中华人民共和国价格法》第四十二条'],
    [
      'full name kept as given',
      { law: '中华人民共和国产品质量法', article: 50 },
      '《中华人民共和国产品质量法》第五十条',
    ],
    [
      'name already in 《》, cited by its official title',
      { law: '《价格法》', article: 13 },
      '《中华人民共和国价格法》第十三条',
    ],
    [
      'a rule without a 中华人民共和国 title is printed as stored',
      { law: '价格违法行为行政处罚规定', article: 13 },
      '《价格违法行为行政处罚规定》第十三条',
    ],
    [
      'item without paragraph',
      { law: '行政处罚法', article: 32, item: 1 },
      '《中华人民共和国行政处罚法》第三十二条第（一）项',
    ],
  ])('%s', (_n, p, text) => {
    expect(formatProvision(p)).toBe(text)
  })
})

describe('formatFenForText — exact amounts in sentences', () => {
  it.each<[number, string]>([
    [0, '0元'],
    [20_000, '200元'],
    [500_000, '5000元'],
    [999_900, '9999元'],
    [1_000_000, '1万元'],
    [5_000_000, '5万元'],
    [6_500_000, '6.5万元'],
    [1_230_000, '1.23万元'],
    [1_010_000, '1.01万元'],
    [1_234_500, '12345元'],
    [100_000_000, '100万元'],
    [12_345, '123.45元'],
    [5, '0.05元'],
    [617_280, '6172.80元'],
  ])('%i分 → %s', (fen, text) => {
    expect(formatFenForText(fen)).toBe(text)
  })

  it.each([-1, 1.5, Number.NaN])('%s is refused', (fen) => {
    expect(() => formatFenForText(fen)).toThrow(RangeError)
  })
})
