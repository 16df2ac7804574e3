/**
 * The append-only, hash-chained audit log (docs/architecture/overview.md §3). `appendAudit` must run inside the same
 * Dexie transaction as the change it records, with `db.audit` in the transaction's table list.
 * The hash is computed synchronously so the transaction never awaits anything but IndexedDB.
 */
import { canonicalJson } from '@shared/backup/canonical'
import { sha256Hex } from '@shared/crypto/sha256'
import type { AppDB } from './app-db'
import type { AuditEntry, WriteContext } from './records'
import type { AuditAction, AuditEntity } from './audit-vocabulary'

/** prevHash of the first entry. */
export const genesisHash = '0'.repeat(64)

export interface AuditInput {
  /** One of the labelled actions (audit-vocabulary.ts). */
  action: AuditAction
  entity: AuditEntity
  entityId: string
  before: unknown
  after: unknown
}

/** The hash of an entry: SHA-256 over the canonical JSON of every field except `hash`. */
export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { id, seq, at, actor, action, entity, entityId, before, after, prevHash } = entry
  return sha256Hex(
    canonicalJson({ id, seq, at, actor, action, entity, entityId, before, after, prevHash }),
  )
}

/** Append one entry, chained to the last one. Call only inside a rw transaction over `db.audit`. */
export async function appendAudit(
  db: AppDB,
  ctx: WriteContext,
  input: AuditInput,
): Promise<AuditEntry> {
  const last = await db.audit.orderBy('seq').last()
  const base: Omit<AuditEntry, 'hash'> = {
    id: ctx.newId(),
    seq: (last?.seq ?? 0) + 1,
    at: ctx.now,
    actor: ctx.actor,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    before: input.before ?? null,
    after: input.after ?? null,
    prevHash: last?.hash ?? genesisHash,
  }
  const entry: AuditEntry = { ...base, hash: auditHash(base) }
  await db.audit.add(entry)
  return entry
}

/**
 * The records an entry stands for, as [table, id] pairs: its own entity and id, and the records a
 * sync pull's summary entry lists under `after.records` (table → ids; docs/sync.md "Audit entries
 * of a pull"). Whatever finds changed records through the log (incremental backups) reads both.
 */
export function recordsOfAuditEntry(e: Pick<AuditEntry, 'entity' | 'entityId' | 'after'>) {
  const out: [string, string][] = [[e.entity, e.entityId]]
  const records = (e.after as { records?: unknown } | null)?.records
  if (e.entity === 'sync' && records && typeof records === 'object') {
    for (const [table, ids] of Object.entries(records)) {
      if (!Array.isArray(ids)) continue
      for (const id of ids) if (typeof id === 'string') out.push([table, id])
    }
  }
  return out
}

export type ChainCheck =
  { ok: true; count: number } | { ok: false; seq: number; problem: 'gap' | 'link' | 'hash' }

/**
 * Check a chain read in `seq` order: seq gapless from 1, every prevHash equals the previous
 * hash, every hash matches the entry's content. Reports the first broken entry.
 */
export function verifyAuditChain(entries: readonly AuditEntry[]): ChainCheck {
  let prev = genesisHash
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1) return { ok: false, seq: e.seq, problem: 'gap' }
    if (e.prevHash !== prev) return { ok: false, seq: e.seq, problem: 'link' }
    const { hash, ...rest } = e
    if (auditHash(rest) !== hash) return { ok: false, seq: e.seq, problem: 'hash' }
    prev = hash
  }
  return { ok: true, count: entries.length }
}
