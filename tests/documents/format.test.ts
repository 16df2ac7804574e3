import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  fenToChineseCapital,
  formatAmountForDecision,
  formatYuan,
} from '../../shared/documents/format/money'
import {
  formatDocNumber,
  joinDocPrefix,
  parseDocNumber,
} from '../../shared/documents/format/doc-number'
import {
  formatChineseDate,
  formatChineseDateTime,
  parseLegalDate,
} from '../../shared/util/date'

describe('fenToChineseCapital — 《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》', () => {
  it.each([
    [0, '零元整'],
    [1, '壹分'],
    [10, '壹角'],
    [11, '壹角壹分'],
    [50, '伍角'],
    [100, '壹元整'],
    [105, '壹元零伍分'],
    [150, '壹元伍角'],
    [1000, '壹拾元整'],
    [1600, '壹拾陆元整'],
    [20000, '贰佰元整'],
    [32504, '叁佰贰拾伍元零肆分'], // official example ¥325.04
    [168032, '壹仟陆佰捌拾元叁角贰分'], // official example ¥1,680.32 (零 after a zero 元 digit is optional)
    [1200000, '壹万贰仟元整'],
    [1000500, '壹万零伍元整'],
    [10700053, '壹拾万零柒仟元伍角叁分'], // official example ¥107,000.53 (second permitted form)
    [140950, '壹仟肆佰零玖元伍角'], // official example ¥1,409.50
    [600714, '陆仟零柒元壹角肆分'], // official example ¥6,007.14
    [8000000, '捌万元整'],
    [10000000, '壹拾万元整'],
    [100000000, '壹佰万元整'],
    [100050000, '壹佰万零伍佰元整'],
    [100100000, '壹佰万零壹仟元整'],
    [101000000, '壹佰零壹万元整'],
    [10001000000, '壹亿零壹万元整'],
    [1000000000000, '壹佰亿元整'],
    [123456789012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
  ])('%i 分 → %s', (fen, expected) => {
    expect(fenToChineseCapital(fen)).toBe(expected)
  })

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])(
    'rejects %s with a Chinese message',
    (fen) => {
      expect(() => fenToChineseCapital(fen)).toThrow(/金额无效/)
    },
  )

  it('never writes two 零 in a row, never starts with 零 or ends with 零 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999_99 }), (fen) => {
        const text = fenToChineseCapital(fen)
        expect(text).not.toMatch(/零零|^零|零元|零整$/)
        expect(text.endsWith('整')).toBe(fen % 10 === 0 && fen % 100 === 0)
      }),
    )
  })
})

describe('formatYuan / formatAmountForDecision', () => {
  it.each([
    [0, '0.00元'],
    [5, '0.05元'],
    [1200000, '12,000.00元'],
    [123456789, '1,234,567.89元'],
  ])('%i 分 → %s', (fen, expected) => {
    expect(formatYuan(fen)).toBe(expected)
  })

  it('prints capitals and figures together on decisions', () => {
    expect(formatAmountForDecision(1200000)).toBe('人民币壹万贰仟元整（12,000.00元）')
  })
})

describe('文号 — GB/T 9704 §7.2.5 (docs/domain/numbering.md)', () => {
  it('formats {代字}{code}〔YYYY〕N号 with hexagonal brackets, no 第, no padding', () => {
    const text = formatDocNumber({ prefix: '鄂汉阳市监处罚', year: 2026, serial: 12 })
    expect(text).toBe('鄂汉阳市监处罚\u30142026\u301512号')
    expect(formatDocNumber({ prefix: '鄂汉阳市监处罚', year: 2026, serial: 1 })).toBe(
      '鄂汉阳市监处罚〔2026〕1号',
    )
  })

  it('leaves the serial blank on drafts', () => {
    expect(formatDocNumber({ prefix: '鄂汉阳市监罚告', year: 2026, serial: null })).toBe(
      '鄂汉阳市监罚告〔2026〕\u3000\u3000号',
    )
  })

  it.each([
    ['鄂汉阳市监', '市监处罚', '鄂汉阳市监处罚'],
    ['鄂汉阳', '市监处罚', '鄂汉阳市监处罚'],
    ['国', '市监处罚', '国市监处罚'],
    ['（杭临）', '市监处罚', '（杭临）市监处罚'],
    ['汉阳区局', '约谈', '汉阳区局约谈'],
  ])('joins 代字 %s and code %s → %s', (office, code, expected) => {
    expect(joinDocPrefix(office, code)).toBe(expected)
  })

  it.each([
    [{ prefix: '', year: 2026, serial: 1 }, /机关代字/],
    [{ prefix: '鄂', year: 26, serial: 1 }, /年份/],
    [{ prefix: '鄂', year: 2026, serial: 0 }, /序号/],
    [{ prefix: '鄂', year: 2026, serial: 1.5 }, /序号/],
  ])('rejects invalid parts %o', (parts, message) => {
    expect(() => formatDocNumber(parts)).toThrow(message)
  })

  it('parses valid numbers', () => {
    expect(parseDocNumber('马市监处罚〔2026〕193号')).toEqual({
      ok: true,
      value: { prefix: '马市监处罚', year: 2026, serial: 193 },
    })
  })

  it.each([
    ['鄂汉阳市监处罚〔2026〕012号', /虚位/],
    ['鄂汉阳市监处罚〔2026〕第12号', /第/],
    ['鄂汉阳市监处罚[2026]12号', /六角括号/],
    ['鄂汉阳市监处罚（2026）12号', /六角括号/],
    ['鄂汉阳市监处罚〔26〕12号', /四位/],
    ['鄂汉阳市监处罚〔2026〕12', /号/],
    ['〔2026〕12号', /格式/],
  ])('rejects %s', (text, message) => {
    const result = parseDocNumber(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })

  it('parse(format(x)) == x (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (year, serial) => {
          const text = formatDocNumber({ prefix: '鄂汉阳市监处罚', year, serial })
          expect(parseDocNumber(text)).toEqual({
            ok: true,
            value: { prefix: '鄂汉阳市监处罚', year, serial },
          })
        },
      ),
    )
  })
})

describe('dates — GB/T 9704 §7.3.5: Arabic numerals, full year, no padding', () => {
  it.each([
    ['2026-03-05', '2026年3月5日'],
    ['2026-12-31', '2026年12月31日'],
    ['2024-02-29', '2024年2月29日'],
  ])('%s → %s', (date, expected) => {
    expect(formatChineseDate(date)).toBe(expected)
  })

  it('formats date and time without padding', () => {
    expect(formatChineseDateTime('2026-04-08', '09:05')).toBe('2026年4月8日9时05分')
  })

  it.each(['2026-02-30', '2026-3-5', '2025-02-29', '2026-13-01', ''])('rejects %s', (date) => {
    expect(() => parseLegalDate(date)).toThrow(/日期/)
  })
})
