// Re-issuing after a 作废 starts from the voided document's content (docs/domain/capture-once.md):
// the answers of the latest voided document of the kind, the same act's first.
import { describe, expect, it } from 'vitest'
import type { DocumentRecord } from '@renderer/db/documents-records'
import type { MissingField } from '@shared/documents/from-case'
import { carriedFromVoided } from '@renderer/stores/documents'

const missing: MissingField[] = [
  { path: 'place', label: '复查地点', input: 'text' },
  { path: 'nextStep', label: '处理意见', input: 'textarea' },
]

function doc(over: Partial<DocumentRecord>): DocumentRecord {
  return {
    id: 'd',
    caseId: 'c',
    kind: 'rectificationCheck',
    docNo: '鄂汉阳市监复〔2026〕1号',
    serial: 1,
    status: 'voided',
    issuedOn: '2026-09-20',
    issuedAt: '2026-09-20T09:00:00.000+08:00',
    issuedBy: 'o',
    partyName: '甲',
    caseNo: '1',
    templateVersion: 1,
    sha256: '',
    snapshot: { input: { place: '店内', nextStep: '不予立案' }, ctx: {} as never },
    sourceActIds: ['act-1'],
    ...over,
  } as DocumentRecord
}

describe('carriedFromVoided', () => {
  it('takes the voided document of the same act before a later one of another act', () => {
    const same = doc({ docNo: 'A' })
    const later = doc({
      docNo: 'B',
      issuedAt: '2026-09-21T09:00:00.000+08:00',
      sourceActIds: ['act-2'],
      snapshot: { input: { place: '仓库' }, ctx: {} as never },
    })
    expect(carriedFromVoided([later, same], 'rectificationCheck', 'act-1', missing)).toEqual({
      docNo: 'A',
      answers: { place: '店内', nextStep: '不予立案' },
    })
  })

  it('ignores issued documents, other kinds and voided documents that held nothing asked now', () => {
    expect(
      carriedFromVoided([doc({ status: 'issued' })], 'rectificationCheck', 'act-1', missing),
    ).toBeUndefined()
    expect(
      carriedFromVoided([doc({ kind: 'interviewRecord' })], 'rectificationCheck', 'act-1', missing),
    ).toBeUndefined()
    expect(
      carriedFromVoided(
        [doc({ snapshot: { input: { other: 'x' }, ctx: {} as never } })],
        'rectificationCheck',
        'act-1',
        missing,
      ),
    ).toBeUndefined()
  })
})
