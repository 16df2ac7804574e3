import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@shared/crypto/sha256'
import {
  afterPinFailure,
  hashPin,
  hasPin,
  makeStoredPin,
  noPinAttempts,
  officerSchema,
  PIN_LOCK_SECONDS,
  PIN_MAX_FAILURES,
  pinFormatError,
  pinWaitSeconds,
  verifyPin,
  withoutPin,
  wrongPinMessage,
  type PinAttempts,
} from '@shared/domain/settings'

// docs/architecture/session.md: an optional 4–8 digit PIN per officer, stored as a salted hash.
describe('pinFormatError — 4 to 8 digits, Chinese messages', () => {
  it.each([
    { pin: '1234', expected: null },
    { pin: '12345678', expected: null },
    { pin: '0000', expected: null },
    { pin: '', expected: '请输入 4–8 位数字 PIN' },
    { pin: '123', expected: 'PIN 应为 4–8 位数字' },
    { pin: '123456789', expected: 'PIN 应为 4–8 位数字' },
    { pin: '12a4', expected: 'PIN 只能包含数字 0–9' },
    { pin: '１２３４', expected: 'PIN 只能包含数字 0–9' },
    { pin: '12 34', expected: 'PIN 只能包含数字 0–9' },
  ])('"$pin" → $expected', ({ pin, expected }) => {
    expect(pinFormatError(pin)).toBe(expected)
  })
})

describe('hashPin / makeStoredPin / verifyPin', () => {
  const salt = '5d1b0a52-3c3f-4b0e-9a55-0b7d3f0e2a11'

  it('hashes prefix, salt and PIN with SHA-256 (64 lowercase hex), never the PIN alone', () => {
    const h = hashPin('2468', salt)
    expect(h).toMatch(/^[0-9a-f]{64}$/)
    expect(h).toBe(sha256Hex(`casedesk-pin\u0000${salt}\u00002468`))
    expect(h).not.toBe(sha256Hex('2468'))
  })

  it('the same PIN with another salt gives another hash', () => {
    expect(hashPin('2468', salt)).not.toBe(hashPin('2468', 'other-salt'))
  })

  it('stores salt and hash, not the PIN', () => {
    const stored = makeStoredPin('2468', salt)
    expect(stored).toEqual({ pinSalt: salt, pinHash: hashPin('2468', salt) })
    expect(JSON.stringify(stored)).not.toContain('2468')
  })

  it('refuses to store a malformed PIN or an empty salt', () => {
    expect(() => makeStoredPin('12', salt)).toThrow('PIN 应为 4–8 位数字')
    expect(() => makeStoredPin('2468', '')).toThrow('盐值')
  })

  it.each([
    { entered: '2468', ok: true },
    { entered: '2469', ok: false },
    { entered: '', ok: false },
    { entered: '02468', ok: false },
    { entered: '246', ok: false },
  ])('PIN 2468, entered "$entered" → $ok', ({ entered, ok }) => {
    expect(verifyPin(entered, makeStoredPin('2468', salt))).toBe(ok)
  })

  it('an officer without a PIN accepts any entry', () => {
    expect(hasPin({})).toBe(false)
    expect(verifyPin('', {})).toBe(true)
    expect(verifyPin('9999', { pinSalt: undefined, pinHash: undefined })).toBe(true)
  })

  it('half a PIN (salt without hash) counts as no PIN', () => {
    expect(hasPin({ pinSalt: salt })).toBe(false)
  })
})

describe('withoutPin — lists, audit entries and exports never carry the hash', () => {
  it('drops salt and hash and says whether a PIN is set', () => {
    const o = { id: 'a', name: '张伟', ...makeStoredPin('1357', 's') }
    const shown = withoutPin(o)
    expect(shown).toEqual({ id: 'a', name: '张伟', hasPin: true })
    expect(JSON.stringify(shown)).not.toContain(o.pinHash)
    const noPin: { id: string; name: string; pinSalt?: string; pinHash?: string } = {
      id: 'b',
      name: '李娜',
    }
    expect(withoutPin(noPin)).toEqual({ id: 'b', name: '李娜', hasPin: false })
  })
})

describe('officerSchema accepts the optional PIN fields (backups restore them)', () => {
  const base = {
    id: '5d1b0a52-3c3f-4b0e-9a55-0b7d3f0e2a11',
    name: '张伟',
    certificateNo: 'HB4201050001',
    unit: '汉阳市场监管所',
    mobile: '13812341234',
    roles: ['handler'],
    active: true,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
  }
  it('with and without a PIN', () => {
    const withPin = { ...base, ...makeStoredPin('1357', 'salt-1') }
    expect(officerSchema.parse(withPin)).toMatchObject({ pinSalt: 'salt-1' })
    expect(officerSchema.parse(base)).not.toHaveProperty('pinHash')
  })
  it('refuses a hash that is not 64 hex characters', () => {
    expect(officerSchema.safeParse({ ...base, pinSalt: 's', pinHash: '1357' }).success).toBe(false)
  })
})

describe(`lockout — ${PIN_MAX_FAILURES} wrong PINs in a row → wait ${PIN_LOCK_SECONDS} s`, () => {
  const t0 = Date.parse('2026-03-01T08:00:00.000Z')

  function fail(times: number, start: PinAttempts = noPinAttempts, at = t0): PinAttempts {
    let a = start
    for (let i = 0; i < times; i++) a = afterPinFailure(a, at)
    return a
  }

  it.each([
    { failures: 1, left: 4 },
    { failures: 4, left: 1 },
  ])('after $failures wrong PINs no wait, $left tries left', ({ failures, left }) => {
    const a = fail(failures)
    expect(pinWaitSeconds(a, t0)).toBe(0)
    expect(wrongPinMessage(a, t0)).toBe(`PIN 不正确，请重新输入（再错 ${left} 次需等待 30 秒）`)
  })

  it('the fifth wrong PIN starts a 30 s wait, counted down and then over', () => {
    const a = fail(5)
    expect(pinWaitSeconds(a, t0)).toBe(30)
    expect(wrongPinMessage(a, t0)).toBe('PIN 连续输错 5 次，请等待 30 秒后再试')
    expect(pinWaitSeconds(a, t0 + 100)).toBe(30)
    expect(pinWaitSeconds(a, t0 + 29_001)).toBe(1)
    expect(pinWaitSeconds(a, t0 + 30_000)).toBe(0)
  })

  it('after the wait, the next wait again needs five wrong PINs', () => {
    const later = t0 + 31_000
    const a = fail(4, fail(5), later)
    expect(pinWaitSeconds(a, later)).toBe(0)
    expect(pinWaitSeconds(afterPinFailure(a, later), later)).toBe(30)
  })
})
