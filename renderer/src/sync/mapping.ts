/**
 * Dexie records ↔ office-database documents (docs/sync.md "Document model"). Which tables are
 * synced, the document(s) each record becomes, and the record a pulled document stands for.
 * Derived or per-PC data is not synced: case summaries and follow-ups are recomputed from the
 * acts on every PC, counters and the print log stay on the PC, PINs never leave it.
 */
import { canonicalJson } from '@shared/backup/canonical'
import type { ActRecord, CaseRecord, ExemptionItem, PartyRecord } from '@renderer/db/cases-records'
import type { DocumentRecord } from '@renderer/db/documents-records'
import { caseNoCounterKey, docNoCounterKey } from '@renderer/db/repositories/counters'
import type { Act } from '@shared/domain/case'
import type { ContactVersion, OfficeProfile, Officer } from '@shared/domain/settings'
import {
  IMMUTABLE_KINDS,
  OFFICE_DOC_KEY,
  numberClaimDocId,
  parseSyncDocId,
  syncDocId,
  type SyncKind,
  type SyncedSettingKey,
} from '@shared/sync/docs'
import type { PouchDoc } from './pouch-types'

/** The Dexie tables whose records are synced, and the document kind of each. */
export const TABLE_KINDS = {
  cases: 'case',
  acts: 'act',
  parties: 'party',
  officers: 'officer',
  officeProfile: 'office',
  contactVersions: 'contact',
  exemptions: 'exemption',
  documents: 'document',
} as const satisfies Record<string, SyncKind>
/** A synced Dexie table. */
export type SyncedTable = keyof typeof TABLE_KINDS

/** Whether an audit entry's entity is a synced table. */
export function isSyncedTable(entity: string): entity is SyncedTable {
  return Object.hasOwn(TABLE_KINDS, entity)
}

/** The audit action of every write the sync engine makes when it applies pulled documents. */
export const SYNC_PULL_ACTION = 'syncPull' as const
/** The audit action of a person's decision on a conflict. */
export const SYNC_RESOLVE_ACTION = 'syncResolve' as const

/** Who writes the documents of this PC: the officer logged in to the server, and the PC. */
export interface SyncIdentity {
  /** Officer id = the CouchDB user name (docs/sync.md "Accounts and offices"). */
  writer: string
  /** This installation's id (docs/sync.md "Per-PC audit chains"). */
  pc: string
}

/** The case fields that are synced; everything else of a CaseRecord is derived on each PC. */
export type CaseHeader = Pick<
  CaseRecord,
  | 'id'
  | 'caseNo'
  | 'caseNoKey'
  | 'year'
  | 'registeredOn'
  | 'partyId'
  | 'partySnapshot'
  | 'partyName'
  | 'cause'
  | 'violationIds'
  | 'source'
  | 'sourceDate'
  | 'officers'
  | 'officerIds'
  | 'createdAt'
  | 'voided'
>

const HEADER_KEYS: readonly (keyof CaseHeader)[] = [
  'id',
  'caseNo',
  'caseNoKey',
  'year',
  'registeredOn',
  'partyId',
  'partySnapshot',
  'partyName',
  'cause',
  'violationIds',
  'source',
  'sourceDate',
  'officers',
  'officerIds',
  'createdAt',
  'voided',
]

/** The synced part of a case record. */
export function caseHeader(rec: CaseRecord): CaseHeader {
  const out: Record<string, unknown> = {}
  for (const k of HEADER_KEYS) if (rec[k] !== undefined) out[k] = rec[k]
  return out as CaseHeader
}

/** An officer without the PC-local PIN fields. */
export function officerForSync(o: Officer): Officer {
  const { pinSalt: _s, pinHash: _h, ...rest } = o
  return rest
}

/** A document record as frozen in its document: never its voiding (a documentVoid of its own). */
export function frozenDocument(d: DocumentRecord): DocumentRecord {
  const { voided: _v, ...rest } = d
  return { ...rest, status: d.sha256 ? 'issued' : 'issuing' }
}

/** The act of a stored act record (without the case id and the PC-local entry order). */
function bareAct(rec: ActRecord): Act {
  const { caseId: _c, seq: _s, ...act } = rec
  return act as Act
}

/** Any Dexie record of a synced table. */
export type SyncedRecord =
  | CaseRecord
  | ActRecord
  | PartyRecord
  | Officer
  | OfficeProfile
  | ContactVersion
  | ExemptionItem
  | DocumentRecord

/**
 * The documents a record becomes (0–3): the record's own document, a number claim for a case or
 * a numbered document, and a documentVoid for a voided document. A document still 'issuing' is
 * not synced yet (its PDF hash is not known).
 */
export function docsOfRecord(table: SyncedTable, rec: SyncedRecord, who: SyncIdentity): PouchDoc[] {
  const base = { writer: who.writer, pc: who.pc }
  switch (table) {
    case 'acts': {
      const a = rec as ActRecord
      return [
        { _id: syncDocId('act', a.id), kind: 'act', ...base, caseId: a.caseId, act: bareAct(a) },
      ]
    }
    case 'cases': {
      const c = rec as CaseRecord
      return [
        { _id: syncDocId('case', c.id), kind: 'case', ...base, record: caseHeader(c) },
        {
          _id: numberClaimDocId(caseNoCounterKey(c.year), c.caseNoKey % 1_000_000),
          kind: 'number',
          ...base,
          claimedBy: syncDocId('case', c.id),
          number: c.caseNo,
        },
      ]
    }
    case 'documents': {
      const d = rec as DocumentRecord
      if (d.status === 'issuing') return []
      const docs: PouchDoc[] = [
        { _id: syncDocId('document', d.id), kind: 'document', ...base, record: frozenDocument(d) },
      ]
      if (d.docNo && d.serial > 0) {
        docs.push({
          _id: numberClaimDocId(docNoCounterKey(d.code, d.year), d.serial),
          kind: 'number',
          ...base,
          claimedBy: syncDocId('document', d.id),
          number: d.docNo,
        })
      }
      if (d.voided) {
        docs.push({
          _id: syncDocId('documentVoid', d.id),
          kind: 'documentVoid',
          ...base,
          documentId: d.id,
          voided: d.voided,
        })
      }
      return docs
    }
    case 'officers':
      return [
        {
          _id: syncDocId('officer', (rec as Officer).id),
          kind: 'officer',
          ...base,
          record: officerForSync(rec as Officer),
        },
      ]
    case 'officeProfile':
      return [{ _id: syncDocId('office', OFFICE_DOC_KEY), kind: 'office', ...base, record: rec }]
    default: {
      const kind = TABLE_KINDS[table]
      return [{ _id: syncDocId(kind, (rec as { id: string }).id), kind, ...base, record: rec }]
    }
  }
}

/**
 * The document of a synced office setting (`setting:<key>`, docs/sync.md "Office settings"): the
 * `meta` record itself. A 违法行为库 cleared on this PC is the record with no entries, since a
 * mutable document is never deleted (only a conflict's resolution deletes a revision).
 */
export function settingDoc(
  key: SyncedSettingKey,
  record: unknown,
  who: SyncIdentity,
  at: string,
): PouchDoc {
  const rec =
    record ??
    (key === 'officeViolations' ? { key, entries: [], updatedAt: at, source: '' } : undefined)
  return {
    _id: syncDocId('setting', key),
    kind: 'setting',
    writer: who.writer,
    pc: who.pc,
    record: rec,
  }
}

/** The content of a document, without CouchDB's fields and without who wrote it. */
export function docContent(doc: PouchDoc): string {
  const { _id: _i, _rev: _r, _conflicts: _c, _deleted: _d, writer: _w, pc: _p, ...rest } = doc
  return canonicalJson(rest)
}

/** Whether two documents say the same (who wrote them and their revisions aside). */
export function sameContent(a: PouchDoc, b: PouchDoc): boolean {
  return docContent(a) === docContent(b)
}

/** Whether a document id is of an immutable kind. */
export function isImmutableId(id: string): boolean {
  const parsed = parseSyncDocId(id)
  return parsed !== null && IMMUTABLE_KINDS.includes(parsed.kind)
}
