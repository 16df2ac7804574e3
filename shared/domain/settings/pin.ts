/**
 * The optional PIN of an officer (docs/architecture/session.md): 4–8 digits, stored only as a
 * salted SHA-256 hash, checked when the officer chooses themselves at the start of a session.
 * Pure: the salt and the clock are parameters.
 */
import { sha256Hex } from '../../crypto/sha256'

/** Wrong PINs in a row before the officer must wait. */
export const PIN_MAX_FAILURES = 5
/** How long (seconds) the choice is refused after {@link PIN_MAX_FAILURES} wrong PINs. */
export const PIN_LOCK_SECONDS = 30

/** The stored part of an officer's PIN; both present or both absent. */
export interface StoredPin {
  pinSalt?: string | undefined
  pinHash?: string | undefined
}

/**
 * Check the form of a new PIN.
 * @returns a Chinese message saying what to enter, or null when the PIN may be saved.
 */
export function pinFormatError(pin: string): string | null {
  if (pin === '') return '请输入 4–8 位数字 PIN'
  if (!/^[0-9]+$/.test(pin)) return 'PIN 只能包含数字 0–9'
  if (pin.length < 4 || pin.length > 8) return 'PIN 应为 4–8 位数字'
  return null
}

/**
 * The stored hash of a PIN: SHA-256 (hex) over a fixed prefix, the salt and the PIN.
 * @param salt a fresh random value per PIN (the renderer passes a UUID)
 */
export function hashPin(pin: string, salt: string): string {
  return sha256Hex(`casedesk-pin\u0000${salt}\u0000${pin}`)
}

/**
 * The fields to store for a new PIN.
 * @throws Error when the PIN's form is wrong (callers check {@link pinFormatError} first)
 */
export function makeStoredPin(pin: string, salt: string): Required<StoredPin> {
  const problem = pinFormatError(pin)
  if (problem) throw new Error(problem)
  if (salt === '') throw new Error('PIN 的盐值不能为空')
  return { pinSalt: salt, pinHash: hashPin(pin, salt) }
}

/** Whether the officer has a PIN set. */
export function hasPin(stored: StoredPin): boolean {
  return Boolean(stored.pinSalt && stored.pinHash)
}

/**
 * Whether `pin` is the officer's PIN. An officer without a PIN accepts any entry (the chooser
 * shows no PIN field for them). The comparison does not stop at the first differing character.
 */
export function verifyPin(pin: string, stored: StoredPin): boolean {
  if (!hasPin(stored)) return true
  const expected = stored.pinHash!
  const actual = hashPin(pin, stored.pinSalt!)
  if (actual.length !== expected.length) return false
  let diff = 0
  for (let i = 0; i < actual.length; i++) diff |= actual.charCodeAt(i) ^ expected.charCodeAt(i)
  return diff === 0
}

/**
 * A copy of an officer record without its PIN fields, with `hasPin` saying whether one is set.
 * Lists, audit entries and exports use this, so the hash never leaves the officers table.
 */
export function withoutPin<T extends StoredPin>(
  officer: T,
): Omit<T, 'pinSalt' | 'pinHash'> & { hasPin: boolean } {
  const { pinSalt: _salt, pinHash: _hash, ...rest } = officer
  return { ...rest, hasPin: hasPin(officer) }
}

/** Wrong PIN entries for one officer in this window. Times are milliseconds since the epoch. */
export interface PinAttempts {
  failures: number
  lockedUntil: number | null
}

/** No wrong entries yet. */
export const noPinAttempts: PinAttempts = { failures: 0, lockedUntil: null }

/**
 * Seconds (rounded up) the officer must still wait before entering a PIN; 0 when they may.
 * @param nowMs the current time in milliseconds since the epoch
 */
export function pinWaitSeconds(attempts: PinAttempts, nowMs: number): number {
  if (attempts.lockedUntil === null || nowMs >= attempts.lockedUntil) return 0
  return Math.ceil((attempts.lockedUntil - nowMs) / 1000)
}

/**
 * Record one wrong PIN. The {@link PIN_MAX_FAILURES}th wrong entry in a row starts a wait of
 * {@link PIN_LOCK_SECONDS} seconds and resets the count, so each later wait again needs five.
 */
export function afterPinFailure(attempts: PinAttempts, nowMs: number): PinAttempts {
  const failures = attempts.failures + 1
  if (failures >= PIN_MAX_FAILURES) {
    return { failures: 0, lockedUntil: nowMs + PIN_LOCK_SECONDS * 1000 }
  }
  return { failures, lockedUntil: attempts.lockedUntil }
}

/**
 * The Chinese message after a wrong PIN: how many tries remain, or how long to wait.
 * @param nowMs the current time in milliseconds since the epoch
 */
export function wrongPinMessage(attempts: PinAttempts, nowMs: number): string {
  const wait = pinWaitSeconds(attempts, nowMs)
  if (wait > 0) return `PIN 连续输错 ${PIN_MAX_FAILURES} 次，请等待 ${wait} 秒后再试`
  const left = PIN_MAX_FAILURES - attempts.failures
  return `PIN 不正确，请重新输入（再错 ${left} 次需等待 ${PIN_LOCK_SECONDS} 秒）`
}
