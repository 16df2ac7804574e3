/**
 * Pure validators for the settings forms. They parse with the zod schemas and return
 * field-keyed Chinese messages the form shows inline.
 */
import type { z } from 'zod'
import {
  contactDetailsInputSchema,
  officeProfileInputSchema,
  officerInputSchema,
  type ContactDetailsInput,
  type OfficeProfileInput,
  type Officer,
  type OfficerInput,
} from './schemas'

/** Field path (dot-joined, e.g. `payment.bank`) → first Chinese message for that field. */
export type FieldErrors = Record<string, string>

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

/**
 * Turn a zod error into field errors, keeping the first message per field.
 * Issues without a path go under the key `_form`.
 */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form'
    if (!(key in errors)) errors[key] = issue.message
  }
  return errors
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown): Validation<T> {
  const result = schema.safeParse(input)
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: toFieldErrors(result.error) }
}

/**
 * Validate an officer entry: required fields, 11-digit mobile, at least one role, and a
 * certificate number (执法证号) not already held by another officer.
 * @param input what the form holds
 * @param existing all stored officers (active or not: a certificate number is never reused)
 * @param selfId the id of the officer being edited, so it does not clash with itself
 */
export function validateOfficer(
  input: unknown,
  existing: readonly Pick<Officer, 'id' | 'name' | 'certificateNo'>[],
  selfId?: string,
): Validation<OfficerInput> {
  const parsed = parseWith(officerInputSchema, input)
  // Report a duplicate number together with the other errors, so the user fixes all at once.
  const certificate = parsed.ok
    ? parsed.value.certificateNo
    : 'certificateNo' in parsed.errors
      ? ''
      : normalizeCertificateNo(String((input as { certificateNo?: unknown }).certificateNo ?? ''))
  const clash = certificate
    ? existing.find(
        (o) => o.id !== selfId && normalizeCertificateNo(o.certificateNo) === certificate,
      )
    : undefined
  if (clash) {
    const message = `执法证号 ${certificate} 已登记给“${clash.name}”，请核对`
    return { ok: false, errors: { ...(parsed.ok ? {} : parsed.errors), certificateNo: message } }
  }
  return parsed
}

/**
 * Normalise a certificate number the way the schema stores it (no spaces, upper case),
 * so comparisons ignore how it was typed.
 */
export function normalizeCertificateNo(value: string): string {
  return value.replace(/[\s\u3000]/g, '').toUpperCase()
}

/** Validate the stable part of the office profile (name, 文号 code, review body, court, payment). */
export function validateOfficeProfile(input: unknown): Validation<OfficeProfileInput> {
  return parseWith(officeProfileInputSchema, input)
}

/** Validate a new contact version (contact person, phones, address, postcode, effective date). */
export function validateContactDetails(input: unknown): Validation<ContactDetailsInput> {
  return parseWith(contactDetailsInputSchema, input)
}

/**
 * Do two contact entries carry the same printed details? Used to avoid writing a new version
 * when nothing but the effective date would change.
 */
export function sameContactDetails(
  a: Omit<ContactDetailsInput, 'effectiveFrom'>,
  b: Omit<ContactDetailsInput, 'effectiveFrom'>,
): boolean {
  return (
    a.contactPerson === b.contactPerson &&
    a.contactPhone === b.contactPhone &&
    a.address === b.address &&
    a.postalCode === b.postalCode &&
    a.complaintHotline === b.complaintHotline
  )
}
