/**
 * Issued documents keep their input snapshot and are reprinted from it. Before the templates took
 * the acts' own keys (docs/decisions.md, "One vocabulary for documents"), snapshots held the
 * templates' former keys or printed labels; a reprint of such a snapshot must give the same
 * document as the act's key does today.
 */
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../shared/documents/registry'
import type { DocumentKind } from '../../shared/documents/kinds'
import { SAMPLES } from '../fixtures/documents/samples'
import { companyParty, personParty, shopParty } from '../fixtures/documents/parties'

function definitionOf(kind: DocumentKind, patch: Record<string, unknown>): string {
  const sample = SAMPLES[kind]
  const r = buildDocument(kind, { ...sample.input, ...patch }, sample.ctx)
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return JSON.stringify(r.definition)
}

describe('snapshots frozen with the former template keys reprint unchanged', () => {
  it.each([
    ['closingApproval', 'reason', 'otherDecision', 'decidedWithoutPenalty', 'executed'],
    ['noPenaltyDecision', 'ground', 'minorCorrected', 'art33_1_s1', 'art33_2'],
    ['noPenaltyDecision', 'ground', 'firstViolation', 'art33_1_s2', 'art33_1_s1'],
    ['noPenaltyDecision', 'ground', 'noFault', 'art33_2', 'art33_1_s1'],
    ['noPenaltyDecision', 'ground', 'factsNotEstablished', 'art57_1_3', 'art33_1_s1'],
    ['serviceReceipt', 'method', '直接送达', 'direct', 'mail'],
    ['serviceReceipt', 'method', '邮寄送达', 'mail', 'direct'],
    ['serviceReceipt', 'method', '公告送达', 'publicNotice', 'direct'],
  ] as const)('%s: %s %s reads as %s', (kind, field, legacy, key, other) => {
    const before = definitionOf(kind, { [field]: legacy, reasonText: undefined })
    expect(before).toBe(definitionOf(kind, { [field]: key, reasonText: undefined }))
    // …and the field decides what is printed: another key gives another document.
    expect(before).not.toBe(definitionOf(kind, { [field]: other, reasonText: undefined }))
  })

  it.each([
    [
      'an individual business (individualBusiness, idNumber)',
      {
        ...shopParty,
        kind: 'individualBusiness',
        operatorIdNo: undefined,
        idNumber: shopParty.operatorIdNo,
      },
      shopParty,
    ],
    [
      'a natural person (the ID type’s label, idNumber)',
      { ...personParty, idType: '居民身份证', idNo: undefined, idNumber: personParty.idNo },
      personParty,
    ],
    [
      'an organisation (legalRepresentativeTitle)',
      { ...companyParty, representativeTitle: undefined, legalRepresentativeTitle: '负责人' },
      { ...companyParty, representativeTitle: '负责人' },
    ],
  ] as const)('the party of %s prints as the domain’s party', (_name, former, party) => {
    for (const kind of ['penaltyDecision', 'serviceReceipt', 'complianceCommitment'] as const)
      expect(definitionOf(kind, { party: former }), kind).toBe(definitionOf(kind, { party }))
  })

  it('a key that is neither the act’s nor a former one is refused in Chinese', () => {
    const sample = SAMPLES.closingApproval
    const r = buildDocument('closingApproval', { ...sample.input, reason: 'finished' }, sample.ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.join('')).toMatch(/[\u4e00-\u9fa5]/)
  })
})
