/**
 * v2 — cases. Full table list; v1 tables unchanged. Only queried fields are indexed,
 * and every indexed field always holds a valid key ('' or '9999-12-31', never undefined).
 * - parties: identityKey finds an existing party (reuse, never duplicate); searchTokens for the
 *   party search of the new-case form (multiEntry)
 * - cases: one index per list sort (createdAt, sourceDate, caseNoKey, nextDueKey, partyName) so
 *   every sort pages with orderBy(index).offset().limit(); filter indexes [stage+createdAt],
 *   [source+createdAt], *officerIds, *searchTokens, partyId (earlier cases of a party);
 *   &caseNo guards against a number being used twice
 * - acts: [caseId+seq] reads a case's acts in entry order
 * - followUps: [status+dueOn] lists due/overdue visits by date; caseId finds a case's visits
 * - exemptions: the office's 免罚清单; code (the office's item number) is what imports match on
 * - counters: case-number (and later document-number) sequences, key `caseNo:2026`
 * No data upgrade: the new tables start empty; v1 data is kept as it is.
 * Shipped: never edit this file; add v003-… instead.
 */
import type { SchemaVersion } from './types'

const v002: SchemaVersion = {
  version: 2,
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
  },
}

export default v002
