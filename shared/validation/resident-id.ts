// 公民身份号码, GB 11643-1999 (docs/domain/identifiers.md).
import { isIsoDate, type IsoDate } from '../util/date'
import { invalid, VALID, type ValidationResult } from './result'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK[sum % 11] as string
}

/** Birth date encoded in an 18-digit ID number, as 'YYYY-MM-DD' (not validated). */
export function residentIdBirthDate(id: string): IsoDate {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

/**
 * Validates an 18-digit citizen ID number: 17 digits + check digit or upper-case X, a real birth
 * date, correct MOD 11-2 check character. The "not in the future" check runs only when `today`
 * ('YYYY-MM-DD') is given, because shared/ never reads the clock: without `today` a future birth
 * date passes this function, so callers that know the date (forms, imports) must pass it.
 */
export function validateResidentId(id: string, today?: IsoDate): ValidationResult {
  if (id.length !== 18) {
    return invalid(`公民身份号码应为18位，当前为${id.length}位，请核对身份证`)
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return invalid('公民身份号码前17位应为数字，最后一位为数字或大写字母X，请核对')
  }
  const birth = residentIdBirthDate(id)
  if (!isIsoDate(birth) || birth < '1850-01-01') {
    return invalid(`公民身份号码中的出生日期（第7至14位：${id.slice(6, 14)}）不是真实日期，请核对`)
  }
  if (today !== undefined && birth > today) {
    return invalid(`公民身份号码中的出生日期${birth}晚于今天，请核对`)
  }
  if (id[17] !== residentIdCheckChar(id.slice(0, 17))) {
    return invalid('公民身份号码校验位不正确，可能有数字录入错误，请对照身份证逐位核对')
  }
  return VALID
}
