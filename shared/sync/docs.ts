/**
 * The office database's document model (docs/sync.md "Design"): one CouchDB document per synced
 * record, its id `<kind>:<record id>`, which kinds are immutable (written once, never edited or
 * deleted) and which roles may write which act types. Pure data and functions: the renderer's
 * sync engine builds and reads these documents, and the server rules (./design-doc.ts) check them.
 */
import type { ActType } from '../domain/case'
import type { OfficerRole } from '../domain/settings/schemas'

/**
 * Every kind of synced document. The id of a document is `<kind>:<key>` (see {@link syncDocId});
 * the kind is also stored in the document's `kind` field, and the server refuses a mismatch.
 */
export const SYNC_KINDS = [
  'act',
  'document',
  'documentVoid',
  'audit',
  'contact',
  'number',
  'case',
  'party',
  'officer',
  'office',
  'exemption',
  'setting',
] as const
/** One kind of synced document. */
export type SyncKind = (typeof SYNC_KINDS)[number]

/**
 * Kinds written once and never changed or deleted, by anyone (docs/sync.md "Immutable
 * documents"): acts (corrected only by a later 撤销/作废 act), issued documents with their frozen
 * snapshot and SHA-256, the voiding of a document, every PC's audit entries, contact versions
 * (a change is a new version) and number claims.
 */
export const IMMUTABLE_KINDS: readonly SyncKind[] = [
  'act',
  'document',
  'documentVoid',
  'audit',
  'contact',
  'number',
]

/** Roles of the officer register (shared/domain/settings/schemas.ts `officerRoleSchema`). */
export const OFFICE_ROLES: readonly OfficerRole[] = ['handler', 'legalReviewer', 'head']

/** CouchDB's role of a server administrator. */
export const SERVER_ADMIN_ROLE = '_admin'

/**
 * Act types only some roles may write (docs/sync.md "Server rules"; the signer rules of
 * docs/domain/signers.md): the 案件审核/法制审核 opinion by a 法制审核人员, 集体讨论 and the
 * approvals a 负责人 gives by a 负责人. Every other act type: any office role.
 */
export const ACT_WRITER_ROLES: Partial<Record<ActType, readonly OfficerRole[]>> = {
  caseReviewed: ['legalReviewer'],
  collectiveDiscussion: ['head'],
  caseFiled: ['head'],
  filingDeclined: ['head'],
  investigationSuspended: ['head'],
  investigationTerminated: ['head'],
  paymentArrangementApproved: ['head'],
  caseClosed: ['head'],
}

/** Mutable kinds only a 负责人 (or a server administrator) may write: the office's own settings. */
export const HEAD_ONLY_KINDS: readonly SyncKind[] = ['officer', 'office', 'contact']

/**
 * The office settings kept in `meta` that every PC of the office shares (docs/sync.md "Office
 * settings"): the rule settings (裁量/规则设置) and the office's own 违法行为库 entries. Each is one
 * versioned `setting:<key>` document whose record is the `meta` record; a conflicting edit on two
 * PCs keeps both versions until a person decides.
 */
export const SYNCED_SETTING_KEYS = ['ruleSettings', 'officeViolations'] as const
/** A synced `meta` key. */
export type SyncedSettingKey = (typeof SYNCED_SETTING_KEYS)[number]

/** Whether a `meta` key is one of the synced office settings. */
export function isSyncedSettingKey(key: string): key is SyncedSettingKey {
  return (SYNCED_SETTING_KEYS as readonly string[]).includes(key)
}

/** The id of the office profile document (there is one per office database). */
export const OFFICE_DOC_KEY = 'profile'

/**
 * The document id of a record: `<kind>:<key>`, e.g. `act:3f2c…`, `audit:<pcId>:0000000042`.
 * @param kind - the document kind
 * @param key - the record id (for audit entries use {@link auditDocId})
 */
export function syncDocId(kind: SyncKind, key: string): string {
  return `${kind}:${key}`
}

/**
 * The kind and key of a document id, or null when the id is not one of ours (design documents,
 * `_local/…`, ids of unknown kinds).
 * @param id - a CouchDB document id
 */
export function parseSyncDocId(id: string): { kind: SyncKind; key: string } | null {
  const at = id.indexOf(':')
  if (at <= 0) return null
  const kind = id.slice(0, at) as SyncKind
  if (!SYNC_KINDS.includes(kind)) return null
  const key = id.slice(at + 1)
  return key ? { kind, key } : null
}

/** Digits of the sequence number in an audit document id (sorts in chain order). */
export const AUDIT_SEQ_DIGITS = 10

/**
 * The document id of one audit entry of one PC's chain: `audit:<pcId>:<seq, 10 digits>`, so
 * `allDocs` over the prefix `audit:<pcId>:` reads that chain in order.
 * @param pcId - the PC's id (set once per installation, see docs/sync.md "Per-PC audit chains")
 * @param seq - the entry's position in the chain (1-based)
 */
export function auditDocId(pcId: string, seq: number): string {
  return `audit:${pcId}:${String(seq).padStart(AUDIT_SEQ_DIGITS, '0')}`
}

/**
 * The document id of a number claim: `number:<series>:<n>`, e.g. `number:caseNo:2026:12` or
 * `number:docNo:市监处罚:2026:3`. Immutable, so two PCs taking the same number collide on the
 * server instead of silently issuing it twice (docs/sync.md "Numbers").
 * @param series - the counter key of the sequence (renderer/src/db/repositories/counters.ts)
 * @param n - the number taken
 */
export function numberClaimDocId(series: string, n: number): string {
  return `number:${series}:${n}`
}

/** Fields every synced document carries besides its payload. */
export interface SyncDocBase {
  _id: string
  _rev?: string
  _deleted?: boolean
  _conflicts?: string[]
  kind: SyncKind
  /** The officer id of the CouchDB user that wrote this revision (= userCtx.name). */
  writer: string
  /** The PC that wrote this revision. */
  pc: string
}

/** Whether the act type may be written by a holder of `roles` (ignores server administrators). */
export function mayWriteActType(type: string, roles: readonly string[]): boolean {
  const needed = (ACT_WRITER_ROLES as Record<string, readonly string[] | undefined>)[type]
  if (!needed) return roles.some((r) => (OFFICE_ROLES as readonly string[]).includes(r))
  return needed.some((r) => roles.includes(r))
}
