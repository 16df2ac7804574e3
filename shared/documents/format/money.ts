/**
 * Money for documents. Amounts are integer 分 (fen). Capitals follow the rules for writing
 * amounts in Chinese capitals (中文大写金额, 《支付结算办法》附件《正确填写票据和结算凭证的基本规定》):
 * a zero inside the number is written 零 once however many zeros there are; 拾 is always preceded
 * by a digit (壹拾); 整 follows an amount ending in 元; no 整 after 分 or 角; 零 is written between
 * 元 and 分 when 角 is zero. The optional 零 after a zero 元 digit (e.g. 壹仟陆佰捌拾元叁角贰分) is
 * not written.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const
const BIG_UNITS = ['', '万', '亿', '万亿'] as const

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new Error(`金额无效：${fen}。金额以分为单位，应为不小于 0 的整数。`)
  }
}

function integerToCapital(value: number): string {
  const digits = String(value).split('').map(Number)
  let out = ''
  let pendingZero = false
  let groupHasDigit = false
  digits.forEach((digit, index) => {
    const position = digits.length - 1 - index
    const small = position % 4
    const big = Math.floor(position / 4)
    if (digit === 0) {
      if (out) pendingZero = true
    } else {
      if (pendingZero) out += '零'
      pendingZero = false
      out += (DIGITS[digit] ?? '') + (SMALL_UNITS[small] ?? '')
      groupHasDigit = true
    }
    if (small === 0) {
      if (groupHasDigit) out += BIG_UNITS[big] ?? ''
      groupHasDigit = false
    }
  })
  return out
}

/**
 * Writes an amount in Chinese capitals, e.g. 1200000 → 壹万贰仟元整, 32504 → 叁佰贰拾伍元零肆分,
 * 0 → 零元整. The caller adds 人民币 where the document needs it.
 */
export function fenToChineseCapital(fen: number): string {
  assertFen(fen)
  const yuan = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const cents = fen % 10
  if (fen === 0) return '零元整'
  let out = yuan > 0 ? `${integerToCapital(yuan)}元` : ''
  if (jiao === 0 && cents === 0) return `${out}整`
  if (jiao > 0) out += `${DIGITS[jiao]}角`
  else if (yuan > 0) out += '零'
  if (cents > 0) out += `${DIGITS[cents]}分`
  return out
}

/**
 * Writes an amount in figures with two decimals and thousands separators, e.g. 1200000 →
 * 12,000.00元.
 */
export function formatYuan(fen: number): string {
  assertFen(fen)
  const yuan = Math.floor(fen / 100)
  const rest = String(fen % 100).padStart(2, '0')
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${grouped}.${rest}元`
}

/** 人民币 + capitals + figures, as printed on decisions: 人民币壹万贰仟元整（12,000.00元）. */
export function formatAmountForDecision(fen: number): string {
  return `人民币${fenToChineseCapital(fen)}（${formatYuan(fen)}）`
}
