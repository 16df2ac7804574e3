// Sample identifiers carry valid check characters (GB 32100-2015 统一社会信用代码, GB 11643-1999
// 公民身份号码), and issuing warns — without refusing — when a party's identifier fails its check.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateResidentId, validateUscc } from '../../shared/validation'
import {
  inputIdentifierWarnings,
  partyIdentifierWarnings,
} from '../../shared/documents/identifier-warnings'
import type { Party } from '../../shared/domain/case/party'
import { SAMPLES } from '../fixtures/documents/samples'
import { sampleCaseFile } from '../fixtures/documents/case-file'
import { companyParty, personParty, shopParty } from '../fixtures/documents/parties'

/** Every value under a key named like an identifier, anywhere in `value`. */
function identifiers(value: unknown, found: Array<{ key: string; value: string }> = []) {
  if (Array.isArray(value)) for (const v of value) identifiers(v, found)
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && ['uscc', 'idNumber', 'idNo', 'operatorIdNo'].includes(key))
        found.push({ key, value: v })
      else identifiers(v, found)
    }
  }
  return found
}

const ROOT = join(__dirname, '..', '..')
const sourceFiles = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }))

describe('sample data identifiers pass their check (GB 32100-2015, GB 11643-1999)', () => {
  it('every uscc / idNumber in the document samples and the case-file sample', () => {
    const found = identifiers([SAMPLES, sampleCaseFile().input])
    expect(found.length).toBeGreaterThan(5)
    for (const { key, value } of found) {
      const r = key === 'uscc' ? validateUscc(value) : validateResidentId(value)
      expect(r, `${key} ${value}`).toEqual({ ok: true })
    }
  })

  it.each(['tests/fixtures/documents', 'shared/demo'])(
    'every 18-character identifier written in %s',
    (dir) => {
      for (const { file, text } of sourceFiles(dir)) {
        for (const m of text.matchAll(/(?<![0-9A-Z])[1-9]\d{16}[\dX](?![0-9A-Z])/g))
          expect(validateResidentId(m[0]), `${file}: ${m[0]}`).toEqual({ ok: true })
        for (const m of text.matchAll(/(?<![0-9A-Z])[1-9Y][1-9]\d{6}[0-9A-Z]{10}(?![0-9A-Z])/g))
          if (/[A-Z]/.test(m[0].slice(8, 17)))
            expect(validateUscc(m[0]), `${file}: ${m[0]}`).toEqual({ ok: true })
      }
    },
  )
})

describe('partyIdentifierWarnings: shown before 出具, never blocking', () => {
  it('no warning when every identifier passes or none is recorded', () => {
    expect(partyIdentifierWarnings(companyParty)).toEqual([])
    expect(partyIdentifierWarnings(shopParty)).toEqual([])
    expect(partyIdentifierWarnings(personParty)).toEqual([])
    expect(partyIdentifierWarnings({ ...companyParty, uscc: undefined } as Party)).toEqual([])
  })

  it.each([
    [
      'organisation with a wrong USCC check character',
      { ...companyParty, uscc: '91420105MA4K12345X' },
      ['当事人统一社会信用代码校验位不正确，请核对营业执照（91420105MA4K12345X）'],
    ],
    [
      'individual business: wrong USCC and wrong operator ID check digit',
      { ...shopParty, uscc: '92420105MA4L67890Y', operatorIdNo: '420105199001011234' },
      [
        '当事人统一社会信用代码校验位不正确，请核对营业执照（92420105MA4L67890Y）',
        '经营者身份证号码校验位不正确，请核对身份证（420105199001011234）',
      ],
    ],
    [
      'natural person with a wrong ID check digit',
      { ...personParty, idNo: '420105198505052011' },
      ['当事人身份证号码校验位不正确，请核对身份证（420105198505052011）'],
    ],
    [
      'a USCC of the wrong length names the length',
      { ...companyParty, uscc: '91420105MA4K1234' },
      ['统一社会信用代码应为18位，当前为16位'],
    ],
  ])('%s', (_name, party, expected) => {
    const warnings = partyIdentifierWarnings(party as Party)
    expect(warnings).toHaveLength(expected.length)
    expected.forEach((text, i) => {
      expect(warnings[i]).toContain(text)
      expect(warnings[i]).toContain('文书仍可出具')
    })
  })

  it('a passport number is not checked as a resident ID', () => {
    expect(
      partyIdentifierWarnings({ ...personParty, idType: 'passport', idNo: 'E12345678' } as Party),
    ).toEqual([])
  })

  it('reads the party of a mapped input; inputs without a party give none', () => {
    expect(
      inputIdentifierWarnings({ party: { ...companyParty, uscc: '91420105MA4K12345X' } }),
    ).toHaveLength(1)
    expect(inputIdentifierWarnings({ caseNumber: 'x' })).toEqual([])
  })
})
