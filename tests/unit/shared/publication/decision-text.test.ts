// The published decision text: a real 行政处罚决定书 definition (document fixture) turned into text
// and masked for a natural person (PubRule Arts. 6–7; docs/domain/statistics.md).
import { describe, expect, it } from 'vitest'
import type { Party } from '@shared/domain/case'
import { buildDocument } from '@shared/documents/registry'
import { definitionText, redactPersonalData } from '@shared/publication'
import { SAMPLES } from '../../../fixtures/documents/samples'
import { personParty } from '../../../fixtures/documents/parties'

const party: Party = {
  kind: 'naturalPerson',
  name: '赵玥镕',
  idType: 'residentId',
  idNo: '42010519850505201X',
  address: '武汉市汉阳区四新北路66号',
  phone: '13607150003',
}

describe('redacted 行政处罚决定书 text', () => {
  const built = buildDocument(
    'penaltyDecision',
    { ...SAMPLES.penaltyDecision.input, party: personParty },
    SAMPLES.penaltyDecision.ctx,
  )
  if (!built.ok) throw new Error(built.errors.join('；'))
  const plain = definitionText(built.definition)
  const text = redactPersonalData(plain, party)

  it('the plain text holds the decision and, before masking, the personal data', () => {
    expect(plain).toContain('行政处罚决定书')
    expect(plain).toContain('42010519850505201X')
  })
  it('masked: ID, address and phone of the natural person; the name stays', () => {
    expect(text).toContain('赵玥镕')
    expect(text).toContain('4201**********201X')
    expect(text).not.toContain('42010519850505201X')
    expect(text).not.toContain('四新北路66号')
    expect(text).not.toContain('13607150003')
  })
})
