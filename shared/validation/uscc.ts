// 统一社会信用代码, GB 32100-2015 (docs/domain/identifiers.md).
import { invalid, VALID, type ValidationResult } from './result'

/** The 31 symbols of GB 32100-2015 in value order (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Weights 3^(i−1) mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character (position 18) for the first 17 characters of a USCC. */
export function usccCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0)
  return USCC_CHARSET[(31 - (sum % 31)) % 31] as string
}

/**
 * Validates a unified social credit code: 18 characters from the GB 32100-2015 set (letters I, O,
 * S, V, Z never occur), positions 3–8 digits (administrative division), correct check character.
 * Lower-case input is rejected: the code is printed on licences in upper case.
 */
export function validateUscc(code: string): ValidationResult {
  if (code.length !== 18) {
    return invalid(`统一社会信用代码应为18位，当前为${code.length}位，请核对营业执照`)
  }
  for (let i = 0; i < 18; i++) {
    const ch = code[i] as string
    if (!USCC_CHARSET.includes(ch)) {
      return invalid(
        `统一社会信用代码第${i + 1}位“${ch}”不是有效字符（只能是数字和大写字母，不含I、O、S、V、Z），请核对`,
      )
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return invalid('统一社会信用代码第3至8位应为行政区划代码（数字），请核对')
  }
  const expected = usccCheckChar(code.slice(0, 17))
  if (code[17] !== expected) {
    return invalid('统一社会信用代码校验位不正确，可能有字符录入错误，请对照营业执照逐位核对')
  }
  return VALID
}
