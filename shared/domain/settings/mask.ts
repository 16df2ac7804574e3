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

/**
 * Mask a personal ID number (身份证 or other ID document) for lists: the first 4 and last 4
 * characters kept, 420105199001011234 → 4201**********1234. Values of 8 characters or fewer
 * become asterisks only (keeping 4 + 4 would show them in full).
 */
export function maskIdNo(value: string): string {
  const v = value.trim()
  if (v.length <= 8) return '*'.repeat(v.length)
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`
}
