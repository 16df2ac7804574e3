/**
 * Warnings shown before a document is issued (出具) when the party's 统一社会信用代码 or 居民身份证
 * number fails its check (GB 32100-2015, GB 11643-1999; shared/validation). They do not stop the
 * issue — a licence may carry a code that was mistyped at registration — but the officer is told to
 * compare the printed identifier with the licence or ID card first.
 */
import { validateResidentId, validateUscc } from '../validation'
import type { Party } from '../domain/case/party'
import { partySchema } from './schemas'

const USCC_CHECK = '统一社会信用代码校验位不正确，请核对营业执照'
const ID_CHECK = '身份证号码校验位不正确，请核对身份证'

function usccWarning(code: string | undefined, whose: string): string | undefined {
  const value = code?.trim()
  if (!value) return undefined
  const r = validateUscc(value)
  if (r.ok) return undefined
  const what = r.message.includes('校验位') ? USCC_CHECK : r.message
  return `${whose}${what}（${value}）。文书仍可出具，请确认无误后再出具。`
}

function idWarning(id: string | undefined, whose: string): string | undefined {
  const value = id?.trim()
  if (!value) return undefined
  const r = validateResidentId(value)
  if (r.ok) return undefined
  const what = r.message.includes('校验位')
    ? ID_CHECK
    : r.message.replace('公民身份号码', '身份证号码')
  return `${whose}${what}（${value}）。文书仍可出具，请确认无误后再出具。`
}

/**
 * The warnings for a document's party: an organisation's or individual business's USCC, an
 * individual business operator's ID number, a natural person's ID number when the ID type is
 * 居民身份证 (other documents, e.g. passports, have no check character). Empty when everything
 * passes or nothing is recorded.
 */
export function partyIdentifierWarnings(party: Party): string[] {
  const out: Array<string | undefined> = []
  switch (party.kind) {
    case 'organisation':
      out.push(usccWarning(party.uscc, '当事人'))
      break
    case 'soleTrader':
      out.push(usccWarning(party.uscc, '当事人'), idWarning(party.operatorIdNo, '经营者'))
      break
    case 'naturalPerson':
      if (party.idType === 'residentId') out.push(idWarning(party.idNo, '当事人'))
      break
  }
  return out.filter((w): w is string => w !== undefined)
}

/** {@link partyIdentifierWarnings} of a mapped template input, when it has a party. */
export function inputIdentifierWarnings(input: Record<string, unknown>): string[] {
  if (input.party === undefined) return []
  const party = partySchema.safeParse(input.party)
  return party.success ? partyIdentifierWarnings(party.data) : []
}
