/**
 * v3 — documents (documents issue). Full table list; v1/v2 tables unchanged.
 * - documents: every issued (or voided) official document with its frozen input snapshot and the
 *   SHA-256 of the PDF; caseId lists a case's documents, issuedAt orders the 文书 page, docNo
 *   finds a number ('' for kinds without 文号, so the index always holds a valid key), kind
 *   filters by type, partyName supports the party search
 * - printLog: every print / save / open / reprint of a document; documentId lists its log
 * No data upgrade: the new tables start empty.
 * Shipped: never edit this file once released; add v004-… instead.
 */
import type { SchemaVersion } from './types'

const v003: SchemaVersion = {
  version: 3,
  stores: {
    meta: 'key',
    audit: 'id, &seq, at, [entity+entityId]',
    officeProfile: 'id',
    contactVersions: 'id, effectiveFrom',
    officers: 'id, &certificateNo, name',
    parties: 'id, identityKey, *searchTokens',
    cases:
      'id, &caseNo, caseNoKey, createdAt, sourceDate, nextDueKey, partyName, partyId, ' +
      '[stage+createdAt], [source+createdAt], *officerIds, *searchTokens',
    acts: 'id, [caseId+seq]',
    followUps: 'id, caseId, [status+dueOn]',
    exemptions: 'id, code',
    counters: 'key',
    documents: 'id, caseId, issuedAt, docNo, kind, partyName',
    printLog: 'id, documentId, at',
  },
}

export default v003
