/** Outcome of a validation: ok, or a Chinese message that says what is wrong and what to do. */
export type ValidationResult = { ok: true } | { ok: false; message: string }

/** The successful {@link ValidationResult}. */
export const VALID: ValidationResult = { ok: true }

/** A failed {@link ValidationResult} with a Chinese message. */
export function invalid(message: string): ValidationResult {
  return { ok: false, message }
}
