/** Record types of the tables that are not domain records from shared/. */
import type { AnyMetaRecord } from './meta'

/** Bookkeeping: which schema/app version last wrote the DB. */
export interface SchemaMeta {
  key: 'schema'
  schemaVersion: number
  appVersion: string
  updatedAt: string
}

/** The guided first-run setup was finished. */
export interface SetupMeta {
  key: 'setup'
  completedAt: string
}

/** Any record of `meta`; read and write them with ./meta.ts (one zod schema per key). */
export type MetaRecord = AnyMetaRecord

/** One append-only audit entry. `hash` chains it to the previous entry (`prevHash`). */
export interface AuditEntry {
  id: string
  /** Position in the chain, 1-based and gapless. */
  seq: number
  /** ISO timestamp. */
  at: string
  actor: string
  /** Verb, e.g. 'create', 'update', 'setActive', 'addVersion'. */
  action: string
  /** Table name of the changed record. */
  entity: string
  entityId: string
  before: unknown
  after: unknown
  prevHash: string
  hash: string
}

/** Who writes, when, and how ids are made — passed in, never read globally in the DB layer. */
export interface WriteContext {
  actor: string
  /** ISO timestamp of the write. */
  now: string
  newId: () => string
}
