/**
 * Masking of personal data in lists (个人信息保护法: minimum necessary display).
 */

/**
 * Mask a phone number for lists: 13812341234 → 138****1234. Other lengths keep the first
 * three and last four characters when long enough, otherwise show only asterisks.
 */
export function maskMobile(value: string): string {
  const v = value.trim()
  if (v.length >= 8) return `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`
  return '*'.repeat(v.length)
}
