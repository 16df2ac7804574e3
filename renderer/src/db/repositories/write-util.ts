/** Small helpers shared by the cases-issue repositories. */
import type { z } from 'zod'

/** An expected failure: a Chinese message that says what to do, and per-field messages for forms. */
export interface Failure {
  ok: false
  message: string
  errors?: Record<string, string>
}

/** A failure with one message. */
export function fail(message: string, errors?: Record<string, string>): Failure {
  return errors ? { ok: false, message, errors } : { ok: false, message }
}

/** Field errors of a zod error, keyed by the dotted path (first message per field). */
export function zodErrors(error: z.ZodError, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = prefix + (issue.path.length ? issue.path.join('.') : '_form')
    out[key] ??= issue.message
  }
  return out
}

/**
 * The legal date (local calendar day) of an ISO timestamp. Used only when a caller gave no
 * `today`; the write context's `now` is the clock, read here in the computer's time zone.
 */
export function legalDateOf(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The keys whose values differ (by JSON), with before/after of only those keys. */
export function changedFields<T extends object>(
  before: T,
  after: T,
  ignore: readonly string[] = [],
): { before: Partial<T>; after: Partial<T>; changed: boolean } {
  const b: Partial<T> = {}
  const a: Partial<T> = {}
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const k of keys) {
    if (ignore.includes(k)) continue
    const key = k as keyof T
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key]
      a[key] = after[key]
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 || Object.keys(b).length > 0 }
}
