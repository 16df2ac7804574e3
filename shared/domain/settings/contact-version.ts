/**
 * Which contact details apply on a given date. Documents print the contact block as it was on
 * the document's date (docs/architecture/overview.md §4), so versions are never overwritten, only added.
 */
import type { ContactVersion } from './schemas'

export type ContactVersionLookup =
  | { ok: true; version: ContactVersion }
  | {
      ok: false
      reason: 'invalid-date' | 'no-versions' | 'before-first'
      /** Chinese message saying what to do. */
      message: string
      /** Set when `reason` is 'before-first'. */
      firstEffectiveFrom?: string
    }

const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/**
 * The contact version in force on `date` ('YYYY-MM-DD'): the one with the latest
 * `effectiveFrom` on or before that date. When several versions share that effective date
 * (a same-day correction), the one entered last (`createdAt`, then `id`) wins.
 * A date before the first version is not guessed: it returns `before-first`.
 * @param versions all stored versions, in any order
 * @param date the document's legal date
 */
export function contactVersionOn(
  versions: readonly ContactVersion[],
  date: string,
): ContactVersionLookup {
  if (!isoDatePattern.test(date)) {
    return { ok: false, reason: 'invalid-date', message: `日期“${date}”无效，应为 YYYY-MM-DD` }
  }
  if (versions.length === 0) {
    return {
      ok: false,
      reason: 'no-versions',
      message: '尚未登记联系方式，请在“设置 → 机关档案”中填写联系人、联系电话和联系地址',
    }
  }
  let best: ContactVersion | undefined
  for (const v of versions) {
    if (v.effectiveFrom > date) continue
    if (!best || compareVersions(v, best) > 0) best = v
  }
  if (!best) {
    const first = versions.reduce((a, b) => (b.effectiveFrom < a.effectiveFrom ? b : a))
    return {
      ok: false,
      reason: 'before-first',
      firstEffectiveFrom: first.effectiveFrom,
      message: `${date} 早于最早的联系方式生效日期 ${first.effectiveFrom}，请在“设置 → 机关档案”中补录该日期适用的联系方式`,
    }
  }
  return { ok: true, version: best }
}

/** The contact version a document prints, with a note when it is not the one of its date. */
export type DocumentContactVersion =
  | { ok: true; version: ContactVersion; note?: string }
  | { ok: false; reason: 'invalid-date' | 'no-versions'; message: string }

/**
 * The contact version a document dated `date` prints. As contactVersionOn, except that a date
 * before the first version (a case already running when the office was set up, or a back-dated
 * entry) prints the EARLIEST version — the first effective date, last entry of that day — with a
 * Chinese note the officer sees before issuing, naming both dates and where to enter an older
 * version (docs/architecture/overview.md §4: documents print the contact block of their date; the office can add an
 * older version in 设置 → 机关档案).
 * @param versions all stored versions, in any order
 * @param date the document's legal date ('YYYY-MM-DD')
 */
export function contactVersionForDocument(
  versions: readonly ContactVersion[],
  date: string,
): DocumentContactVersion {
  const found = contactVersionOn(versions, date)
  if (found.ok) return { ok: true, version: found.version }
  if (found.reason !== 'before-first' || !found.firstEffectiveFrom) {
    return {
      ok: false,
      reason: found.reason === 'no-versions' ? 'no-versions' : 'invalid-date',
      message: found.message,
    }
  }
  const first = found.firstEffectiveFrom
  const earliest = contactVersionOn(versions, first)
  if (!earliest.ok) return { ok: false, reason: 'no-versions', message: earliest.message }
  return {
    ok: true,
    version: earliest.version,
    note:
      `文书日期 ${date} 早于联系方式最早生效日期 ${first}，已按最早的联系方式（${first} 起生效）打印。` +
      '如该日期适用其他联系方式，请在 设置 → 机关档案 补录。',
  }
}

/** Order: effective date, then entry time, then id — all ISO/UUID strings, so compare as text. */
function compareVersions(a: ContactVersion, b: ContactVersion): number {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom < b.effectiveFrom ? -1 : 1
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1
}

/**
 * Versions for display: newest effective date first, same-day entries newest first.
 */
export function sortContactVersions(versions: readonly ContactVersion[]): ContactVersion[] {
  return [...versions].sort((a, b) => compareVersions(b, a))
}
