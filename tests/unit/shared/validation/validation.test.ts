import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  USCC_CHARSET,
  usccCheckChar,
  validateResidentId,
  validateUscc,
  residentIdCheckChar,
} from '@shared/validation'

describe('validateUscc — GB 32100-2015 (docs/domain/identifiers.md)', () => {
  it('accepts the standard vector 91110000600037341L', () => {
    expect(validateUscc('91110000600037341L')).toEqual({ ok: true })
  })

  it.each([
    ['wrong check character', '91110000600037341M', '校验位'],
    ['17 characters', '91110000600037341', '18位'],
    ['19 characters', '91110000600037341LL', '18位'],
    ['excluded letter O', '9111000060003734OL', '第17位“O”'],
    ['excluded letter I', 'I1110000600037341L', '第1位“I”'],
    ['lower case', '91110000600037341l', '第18位“l”'],
    ['letter in the division code', '91A10000600037341L', '行政区划'],
  ])('rejects %s with a Chinese message', (_n, code, fragment) => {
    const r = validateUscc(code)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(fragment)
  })

  it('any single-character substitution in the first 17 positions is detected (mod-31 check)', () => {
    const base = '91110000600037341L'
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 30 }),
        (pos, delta) => {
          const cur = USCC_CHARSET.indexOf(base[pos] as string)
          const ch = USCC_CHARSET[(cur + delta) % 31] as string
          const mutated = base.slice(0, pos) + ch + base.slice(pos + 1)
          if (pos >= 2 && pos <= 7 && !/\d/.test(ch)) return
          expect(validateUscc(mutated).ok).toBe(false)
        },
      ),
    )
  })

  it('usccCheckChar agrees with the vector', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L')
  })
})

describe('validateResidentId — GB 11643-1999 MOD 11-2 (docs/domain/identifiers.md)', () => {
  it.each(['11010519491231002X', '360426199101010071', '440524188001010014'])(
    'accepts the standard vector %s',
    (id) => {
      expect(validateResidentId(id, '2026-10-01')).toEqual({ ok: true })
    },
  )

  it.each([
    ['wrong check digit', '110105194912310021', '校验位'],
    ['lower-case x', '11010519491231002x', '大写字母X'],
    ['15-digit old number', '110105491231002', '18位'],
    ['impossible date 19490230', '110105194902300028', '不是真实日期'],
    ['letter inside', '1101051949123A002X', '前17位'],
  ])('rejects %s', (_n, id, fragment) => {
    const r = validateResidentId(id, '2026-10-01')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(fragment)
  })

  it('a birth date after `today` is refused; without `today` the future check is skipped', () => {
    const first17 = '11010520300101001'
    const id = first17 + residentIdCheckChar(first17)
    const r = validateResidentId(id, '2026-10-01')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('晚于今天')
    expect(validateResidentId(id)).toEqual({ ok: true })
    expect(validateResidentId(id, '2030-01-01')).toEqual({ ok: true }) // born today is allowed
  })

  it('any single-digit change in the first 17 digits is detected', () => {
    const base = '360426199101010071'
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const d = (Number(base[pos]) + delta) % 10
        const mutated = base.slice(0, pos) + d + base.slice(pos + 1)
        expect(validateResidentId(mutated, '2026-10-01').ok).toBe(false)
      }),
    )
  })
})
