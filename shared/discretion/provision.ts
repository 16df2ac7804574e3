// Text forms used by the discretion module: Chinese numerals, legal provisions and amounts as they
// are printed in documents (docs/domain/discretion.md, "Printed forms").
import type { Provision } from './types'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const
const UNITS = ['', '十', '百', '千'] as const

/**
 * Chinese numeral of an integer 1..9999 as used for article, paragraph and item numbers:
 * 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 124 → 一百二十四,
 * 1000 → 一千, 1001 → 一千零一. A leading 一十 is written 十 (十一, not 一十一). Throws a RangeError
 * outside 1..9999 (provision numbers never are).
 */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`条款序号应为1至9999的整数，收到：${n}`)
  }
  const digits = String(n).split('').map(Number)
  let out = ''
  let pendingZero = false
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? ''
    if (d === 0) {
      if (out !== '') pendingZero = true
      return
    }
    if (pendingZero) out += '零'
    pendingZero = false
    out += `${DIGITS[d] ?? ''}${unit}`
  })
  // 10..19: 十, 十一 … 十九 (not 一十一).
  return n >= 10 && n <= 19 ? out.replace(/^一十/, '十') : out
}

/**
 * The official full title of the laws and regulations the catalogue stores by short name: official
 * documents cite a law by its full title (《中华人民共和国食品安全法》), as the published texts are
 * titled. Names not listed here (rules such as 价格违法行为行政处罚规定) are printed as stored.
 */
export const OFFICIAL_LAW_TITLES: Readonly<Record<string, string>> = {
  食品安全法: '中华人民共和国食品安全法',
  食品安全法实施条例: '中华人民共和国食品安全法实施条例',
  广告法: '中华人民共和国广告法',
  价格法: '中华人民共和国价格法',
  产品质量法: '中华人民共和国产品质量法',
  计量法: '中华人民共和国计量法',
  计量法实施细则: '中华人民共和国计量法实施细则',
  特种设备安全法: '中华人民共和国特种设备安全法',
  消费者权益保护法: '中华人民共和国消费者权益保护法',
  电子商务法: '中华人民共和国电子商务法',
  反不正当竞争法: '中华人民共和国反不正当竞争法',
  商标法: '中华人民共和国商标法',
  行政处罚法: '中华人民共和国行政处罚法',
  市场主体登记管理条例: '中华人民共和国市场主体登记管理条例',
}

/** The official title of a law given by its short or full name, without 《》. */
export function officialLawTitle(law: string): string {
  const bare = law.trim().replace(/^《|》$/g, '')
  return Object.hasOwn(OFFICIAL_LAW_TITLES, bare) ? OFFICIAL_LAW_TITLES[bare]! : bare
}

/**
 * A provision as printed: 《中华人民共和国食品安全法》第一百二十四条第一款第（一）项. The law is
 * cited by its official full title ({@link OFFICIAL_LAW_TITLES}); paragraph (款) and item (项)
 * appear only when set.
 */
export function formatProvision(p: Provision): string {
  let out = `《${officialLawTitle(p.law)}》第${chineseNumber(p.article)}条`
  if (p.paragraph !== undefined) out += `第${chineseNumber(p.paragraph)}款`
  if (p.item !== undefined) out += `第（${chineseNumber(p.item)}）项`
  return out
}

/**
 * An amount of 分 as written in a sentence of a document, exact (no floating point):
 * whole multiples of ¥100 from ¥10,000 up are written in 万元 with at most two decimals
 * (5000000 → 5万元, 6500000 → 6.5万元, 1230000 → 1.23万元); other whole-yuan amounts in 元 without
 * separators (500000 → 5000元, 1234500 → 12345元); amounts with 分 with two decimals
 * (12345 → 123.45元). Throws a RangeError for a negative or non-integer amount.
 */
export function formatFenForText(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new RangeError(`金额应为非负整数（单位：分），收到：${fen}`)
  }
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  if (cents !== 0) return `${yuan}.${String(cents).padStart(2, '0')}元`
  if (yuan >= 10_000 && yuan % 100 === 0) {
    const wan = Math.floor(yuan / 10_000)
    const hundredths = (yuan % 10_000) / 100
    const decimals = String(hundredths).padStart(2, '0').replace(/0+$/, '')
    return decimals === '' ? `${wan}万元` : `${wan}.${decimals}万元`
  }
  return `${yuan}元`
}
