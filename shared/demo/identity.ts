// Valid identity numbers for demo parties, built with the shared check-character code.
import { addMonths, isIsoDate, type IsoDate } from '../util/date'
import { residentIdCheckChar } from '../validation/resident-id'
import { USCC_CHARSET, usccCheckChar } from '../validation/uscc'
import { type Rng } from './rng'

/**
 * A USCC (GB 32100-2015) of a company registered in `areaCode`: 9 (工商) + 1 (企业) or 2 (个体),
 * the 6-digit division, a 9-character organisation code, and the computed check character.
 */
export function demoUscc(rng: Rng, areaCode: string, kind: 'company' | 'soleTrader'): string {
  let org = ''
  // Organisation codes start with a letter/digit; avoid the letters GB 32100 excludes.
  for (let i = 0; i < 9; i++) org += USCC_CHARSET[rng.int(0, USCC_CHARSET.length - 1)]
  const first17 = `9${kind === 'company' ? '1' : '2'}${areaCode}${org}`
  return first17 + usccCheckChar(first17)
}

/**
 * A resident ID number (GB 11643-1999) for someone born in `areaCode` between 1955 and 2000,
 * with the MOD 11-2 check character. `today` bounds the birth date (never in the future).
 */
export function demoResidentId(rng: Rng, areaCode: string, today: IsoDate): string {
  let birth: IsoDate
  do {
    const y = rng.int(1955, 2000)
    const m = String(rng.int(1, 12)).padStart(2, '0')
    const d = String(rng.int(1, 28)).padStart(2, '0')
    birth = `${y}-${m}-${d}`
  } while (!isIsoDate(birth) || birth > addMonths(today, -216))
  const seq = String(rng.int(0, 999)).padStart(3, '0')
  const first17 = `${areaCode}${birth.replace(/-/g, '')}${seq}`
  return first17 + residentIdCheckChar(first17)
}

/** A mainland mobile number. */
export function demoMobile(rng: Rng): string {
  const prefix = rng.pick([
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '152',
    '158',
    '177',
    '186',
    '189',
  ])
  return prefix + String(rng.int(0, 99_999_999)).padStart(8, '0')
}
