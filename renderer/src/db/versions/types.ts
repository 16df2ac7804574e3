import type { Transaction } from 'dexie'

/** One schema version: the full store declaration and an optional data upgrade. */
export interface SchemaVersion {
  version: number
  /** Full schema (every table), Dexie syntax: primary key first, then only indexed fields. */
  stores: Record<string, string | null>
  /** Streams records through pure transforms from shared/ — no other awaits. */
  upgrade?: (tx: Transaction) => Promise<void> | void
}
