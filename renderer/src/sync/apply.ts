/**
 * Pulled documents into Dexie (docs/sync.md "Data flow"): one batch of the local
 * PouchDB's changes feed is applied in ONE Dexie transaction with its audit entries, and the pull
 * checkpoint (the feed's sequence) is stored in the same transaction. A crash before the commit
 * leaves the checkpoint where it was, so the batch is read again; applying a document that is
 * already there changes nothing, so re-delivery is harmless.
 *
 * Audit entries of a pull (docs/sync.md "Audit entries of a pull"): a record that changes gets an
 * entry of its own with what changed; records that are new here are listed by id in the batch's
 * one entry (their content is the office's document, written with its own audit entry on the PC
 * that made it). The cases the batch touched are recomputed after the feed is drained
 * ({@link applyPendingCases}), once each, from the list kept in the sync state.
 *
 * A mutable record whose document has conflicting revisions is never overwritten: the conflict
 * is recorded for a person to decide (./engine.ts `resolveConflict`).
 */
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import { canonicalJson } from '@shared/backup/canonical'
import { blankCaseRecord, type ActRecord, type CaseRecord } from '@renderer/db/cases-records'
import type { DocumentRecord } from '@renderer/db/documents-records'
import { getMeta, parseMeta, putMeta, readMeta } from '@renderer/db/meta'
import type { WriteContext } from '@renderer/db/records'
import { actOf, auditView, factsOf, withSummary } from '@renderer/db/repositories/cases'
import { caseNoCounterKey, docNoCounterKey } from '@renderer/db/repositories/counters'
import { reconcileFollowUps, wantedFollowUps } from '@renderer/db/repositories/follow-ups'
import { readRuleSettings } from '@renderer/db/repositories/rule-settings'
import { changedFields, legalDateOf } from '@renderer/db/repositories/write-util'
import type { Act } from '@shared/domain/case'
import { officeProfileId, type ContactVersion, type Officer } from '@shared/domain/settings'
import {
  isSyncedSettingKey,
  parseSyncDocId,
  type SyncKind,
  type SyncedSettingKey,
} from '@shared/sync/docs'
import {
  SYNC_PULL_ACTION,
  TABLE_KINDS,
  caseHeader,
  isSyncedTable,
  officerForSync,
  type CaseHeader,
  type SyncedTable,
} from './mapping'
import type { PouchChange, PouchDoc } from './pouch-types'
import { readSyncSettings } from './settings'
import { auditEntityOf, type AuditEntity } from '@renderer/db/audit-vocabulary'
import { digestBasis, digestOf } from '@renderer/db/stat-digests'
import { dayArithmetic } from '@shared/statistics'

/** Why a pulled document was not applied and waits for a person. */
export type ConflictReason =
  /** Two PCs changed the record while apart: CouchDB kept both revisions. */
  | 'revisions'
  /** Another case on this PC already has the case number. */
  | 'caseNo'
  /** Another officer on this PC already has the certificate number. */
  | 'certificateNo'
  /**
   * Another contact version on this PC takes effect on the same day: both are kept, and a person
   * checks which details are right (设置 → 机关档案 records the correct one as a new version).
   */
  | 'contactDate'
  /**
   * A pulled office setting (规则设置, 违法行为库) that this PC cannot read (written by a newer
   * CaseDesk, or damaged): not written here; the PC keeps its own until it is updated.
   */
  | 'unreadable'

/** A conflict shown to the user (设置 → 同步, and the status badge's 冲突 N). */
export interface SyncConflict {
  docId: string
  kind: SyncKind
  reason: ConflictReason
  /** The revisions that disagree (the current winner first). */
  revs: string[]
  detectedAt: string
}

/** The pull side's state, stored in `meta` under key 'sync'. */
export interface SyncStateMeta {
  key: 'sync'
  /** Sequence of the local PouchDB's changes feed up to which everything is in Dexie. */
  pulledSeq: number | string
  conflicts: SyncConflict[]
  updatedAt: string
  /**
   * Cases whose acts or header were pulled and whose derived fields (stage, deadlines, statistics
   * digest, follow-ups) are still to be recomputed ({@link applyPendingCases}).
   */
  pendingCases?: string[]
  /**
   * The audit seq ranges the pull wrote after the export checkpoint (inclusive). A pull's own
   * entries are not local changes: the check before each batch reads only the seqs outside them.
   */
  pullRanges?: [number, number][]
}

/** Thrown inside the batch transaction when a pulled record has local changes not yet exported. */
export class RetryAfterExport extends Error {
  constructor() {
    super('local changes must be exported before this batch is applied')
    this.name = 'RetryAfterExport'
  }
}

/** The stored sync state (a fresh one before the first pull). */
export async function readSyncState(db: AppDB): Promise<SyncStateMeta> {
  return (await getMeta(db, 'sync')) ?? { key: 'sync', pulledSeq: 0, conflicts: [], updatedAt: '' }
}

/** The order kinds are applied in within a batch: what others refer to first. */
const KIND_ORDER: SyncKind[] = [
  'setting',
  'office',
  'contact',
  'officer',
  'exemption',
  'party',
  'case',
  'act',
  'document',
  'documentVoid',
]

const TABLE_OF_KIND = Object.fromEntries(
  Object.entries(TABLE_KINDS).map(([t, k]) => [k, t]),
) as Record<SyncKind, SyncedTable | undefined>

/** The Dexie table and id a document id stands for (documentVoid: its document). */
function targetOf(id: string): { table: SyncedTable | 'meta'; id: string } | null {
  const p = parseSyncDocId(id)
  if (!p) return null
  if (p.kind === 'setting') return { table: 'meta', id: p.key }
  if (p.kind === 'documentVoid') return { table: 'documents', id: p.key }
  const table = TABLE_OF_KIND[p.kind]
  if (!table) return null
  return { table, id: p.kind === 'office' ? officeProfileId : p.key }
}

/**
 * Write a pulled office setting to `meta` when it reads and differs from `local`: the record
 * written, 'same' when nothing changes, 'unreadable' when it does not fit this PC's schema.
 */
async function putSetting(
  db: AppDB,
  key: SyncedSettingKey,
  raw: unknown,
  local: unknown,
): Promise<Record<string, unknown> | 'same' | 'unreadable'> {
  const same = (v: unknown) => local !== undefined && canonicalJson(local) === canonicalJson(v)
  if (key === 'ruleSettings') {
    const r = parseMeta('ruleSettings', raw)
    if (!r.ok || !r.value) return 'unreadable'
    if (same(r.value)) return 'same'
    return { ...(await putMeta(db, 'ruleSettings', r.value)) }
  }
  const r = parseMeta('officeViolations', raw)
  if (!r.ok || !r.value) return 'unreadable'
  if (same(r.value)) return 'same'
  return { ...(await putMeta(db, 'officeViolations', r.value)) }
}

/** Derived case fields for a case first seen through the server (recomputed right after). */
function newCaseRecord(header: CaseHeader, now: string): CaseRecord {
  return blankCaseRecord({ ...header, updatedAt: now })
}

/** A case record with the header of a pulled document (header fields absent there are removed). */
function withHeader(local: CaseRecord, header: CaseHeader): CaseRecord {
  const { violationIds: _v, voided: _x, ...rest } = local
  return { ...rest, ...header }
}

export interface BatchResult {
  /** Records written. */
  applied: number
  /** The state after the batch (null when another window had applied it already). */
  state: SyncStateMeta | null
}

/** The records a pull entry lists as new here, by table (see {@link recordsOfAuditEntry}). */
type NewRecords = Partial<Record<AuditEntity, string[]>>

/** Add seq range [from, to] to `ranges`, merged, dropping what lies at or below `exported`. */
function withRange(
  ranges: readonly [number, number][] | undefined,
  from: number,
  to: number,
  exported: number,
): [number, number][] {
  const out: [number, number][] = []
  for (const r of [...(ranges ?? []), [from, to] as [number, number]].sort((a, b) => a[0] - b[0])) {
    if (r[1] <= exported) continue
    const last = out.at(-1)
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1])
    else out.push([Math.max(r[0], exported + 1), r[1]])
  }
  return out
}

/** The last audit seq (0 when the log is empty). */
async function lastAuditSeq(db: AppDB): Promise<number> {
  return (await db.audit.orderBy('seq').last())?.seq ?? 0
}

/**
 * The keys (`table/id`) of synced records changed on this PC after the export checkpoint: every
 * audit entry above `exported` except the pull's own ranges, read range by range.
 */
async function unexportedKeys(
  db: AppDB,
  exported: number,
  last: number,
  pullRanges: readonly [number, number][],
): Promise<Set<string>> {
  const keys = new Set<string>()
  let from = exported + 1
  const gaps: [number, number][] = []
  for (const [a, b] of pullRanges) {
    if (b < from) continue
    if (a > from) gaps.push([from, Math.min(a - 1, last)])
    from = Math.max(from, b + 1)
  }
  if (from <= last) gaps.push([from, last])
  for (const [a, b] of gaps) {
    if (a > b) continue
    const entries = await db.audit.where('seq').between(a, b, true, true).toArray()
    for (const e of entries) {
      if (e.action === SYNC_PULL_ACTION) continue
      if (isSyncedTable(e.entity) || (e.entity === 'meta' && isSyncedSettingKey(e.entityId)))
        keys.add(`${e.entity}/${e.entityId}`)
    }
  }
  return keys
}

/**
 * Apply one batch of the local changes feed to Dexie, in one transaction, with its audit entries
 * and the new checkpoint. The cases it touched are recomputed at once or wait in the state's
 * `pendingCases` (see `options`).
 * @param db - the app database
 * @param ctx - clock, ids and actor of this PC's sync writes
 * @param changes - the batch (with `include_docs` and `conflicts`)
 * @param since - the checkpoint the batch was read from (a different stored one: nothing is done)
 * @param lastSeq - the feed's sequence after the batch (the new checkpoint)
 * @param exportedAuditSeq - audit entries up to this seq are in the local PouchDB; a batch
 *   touching a record changed after it throws {@link RetryAfterExport} (export, then retry)
 * @param options - `last`: the feed has nothing after this batch; when no other case waits,
 *   the cases it touched are recomputed in the same transaction (live sync: one act arrives
 *   with its case's new stage at once), else they join `pendingCases`
 */
export async function applyPulledBatch(
  db: AppDB,
  ctx: WriteContext,
  changes: readonly PouchChange[],
  since: number | string,
  lastSeq: number | string,
  exportedAuditSeq: number,
  options: { last?: boolean } = {},
): Promise<BatchResult> {
  const tables = [
    db.followUps,
    db.statDigests,
    db.cases,
    db.acts,
    db.parties,
    db.officers,
    db.officeProfile,
    db.contactVersions,
    db.exemptions,
    db.documents,
    db.counters,
    db.meta,
    db.audit,
  ]
  return db.transaction('rw', tables, async () => {
    const state = await readSyncState(db)
    if (String(state.pulledSeq) !== String(since)) return { applied: 0, state: null }

    // A record changed here after the last export must reach the local PouchDB first, or the
    // pulled version would overwrite it without a conflict ever being seen.
    const firstSeq = (await lastAuditSeq(db)) + 1
    if (firstSeq - 1 > exportedAuditSeq) {
      const keys = await unexportedKeys(db, exportedAuditSeq, firstSeq - 1, state.pullRanges ?? [])
      for (const c of changes) {
        const t = targetOf(c.id)
        if (t && keys.has(`${t.table}/${t.id}`)) throw new RetryAfterExport()
      }
    }

    const docs = changes
      .map((c) => c.doc)
      .filter((d): d is PouchDoc => d !== undefined && d._deleted !== true)
      .map((d) => ({ doc: d, parsed: parseSyncDocId(d._id) }))
      .filter((x) => x.parsed !== null && KIND_ORDER.includes(x.parsed.kind))
      .sort((a, b) => KIND_ORDER.indexOf(a.parsed!.kind) - KIND_ORDER.indexOf(b.parsed!.kind))

    const conflicts = new Map(state.conflicts.map((c) => [c.docId, c]))
    const touchedCases = new Set<string>()
    const created: NewRecords = {}
    let applied = 0
    const audit = (entity: string, entityId: string, before: unknown, after: unknown) =>
      appendAudit(db, ctx, {
        action: SYNC_PULL_ACTION,
        entity: auditEntityOf(entity),
        entityId,
        before,
        after,
      })
    const isNew = (entity: string, id: string) => {
      const e = auditEntityOf(entity)
      ;(created[e] ??= []).push(id)
    }
    const conflict = (doc: PouchDoc, kind: SyncKind, reason: ConflictReason) =>
      conflicts.set(doc._id, {
        docId: doc._id,
        kind,
        reason,
        revs: [doc._rev ?? '', ...(doc._conflicts ?? [])],
        detectedAt: ctx.now,
      })

    // Without a number range for this PC, its counters move past every number the office used,
    // so a PC that was online registers the next free number (docs/sync.md "Numbers"). With a
    // range they stay inside it.
    const syncSettings = await readSyncSettings(db)
    const bumpCounter = async (key: string, n: number, range: 'caseNoRange' | 'docNoRange') => {
      if (syncSettings?.[range]) return
      const current = await db.counters.get(key)
      if ((current?.value ?? 0) < n) await db.counters.put({ key, value: n })
    }

    // Acts are most of a pull: the ones already here are found with one read.
    const actIds = docs.filter((d) => d.parsed!.kind === 'act').map((d) => (d.doc.act as Act).id)
    const knownActs = new Set<string>()
    if (actIds.length) {
      const found = await db.acts.bulkGet(actIds)
      found.forEach((a, i) => a && knownActs.add(actIds[i]!))
    }
    const newActs: ActRecord[] = []

    for (const { doc, parsed } of docs) {
      const kind = parsed!.kind
      const open = doc._conflicts?.length ? true : false
      if (open) conflict(doc, kind, 'revisions')
      else if (conflicts.get(doc._id)?.reason === 'revisions') conflicts.delete(doc._id)

      if (kind === 'act') {
        const act = doc.act as Act
        if (knownActs.has(act.id)) continue
        knownActs.add(act.id)
        const stored = { ...act, caseId: doc.caseId as string, seq: 0 } as ActRecord
        newActs.push(stored)
        isNew('acts', act.id)
        touchedCases.add(stored.caseId)
        applied++
        continue
      }
      if (kind === 'setting') {
        // An office setting (docs/sync.md "Office settings"): the `meta` record, validated by its
        // own schema; a conflicting edit leaves this PC's version as it is until a person decides.
        const key = parsed!.key
        if (!isSyncedSettingKey(key)) continue
        const stored = await readMeta(db, key)
        // A damaged record here is replaced by the office's (its audit entry says what it was).
        const local = stored.ok ? stored.value : { damaged: stored.message }
        if (open && local) continue
        const written = await putSetting(db, key, doc.record, local)
        if (written === 'unreadable') {
          conflict(doc, kind, 'unreadable')
          continue
        }
        if (conflicts.get(doc._id)?.reason === 'unreadable') conflicts.delete(doc._id)
        if (written === 'same') continue
        const d = local ? changedFields(local, written) : null
        await audit('meta', key, d ? d.before : null, d ? d.after : written)
        applied++
        continue
      }
      if (kind === 'documentVoid') {
        const id = doc.documentId as string
        const local = await db.documents.get(id)
        if (!local || local.status === 'voided') continue
        const next: DocumentRecord = {
          ...local,
          status: 'voided',
          voided: doc.voided as DocumentRecord['voided'],
        }
        await db.documents.put(next)
        await audit(
          'documents',
          id,
          { status: local.status },
          { status: next.status, voided: next.voided },
        )
        applied++
        continue
      }
      if (kind === 'case') {
        const header = doc.record as CaseHeader
        const local = await db.cases.get(header.id)
        if (open && local) continue
        if (local && canonicalJson(caseHeader(local)) === canonicalJson(header)) continue
        const holder = await db.cases.where('caseNo').equals(header.caseNo).first()
        if (holder && holder.id !== header.id) {
          conflict(doc, kind, 'caseNo')
          continue
        }
        const next = local ? withHeader(local, header) : newCaseRecord(header, ctx.now)
        await db.cases.put(next)
        if (local) {
          const d = changedFields(auditView(local), auditView(next))
          await audit('cases', header.id, d.before, d.after)
        } else {
          isNew('cases', header.id)
        }
        touchedCases.add(header.id)
        await bumpCounter(
          caseNoCounterKey(header.year),
          header.caseNoKey % 1_000_000,
          'caseNoRange',
        )
        if (conflicts.get(doc._id)?.reason === 'caseNo') conflicts.delete(doc._id)
        applied++
        continue
      }
      // Whole-record kinds: office, contact, officer, exemption, party, document.
      const t = targetOf(doc._id) as { table: SyncedTable; id: string }
      const table = db[t.table] as unknown as {
        get(id: string): Promise<Record<string, unknown> | undefined>
        put(rec: unknown): Promise<unknown>
      }
      const local = await table.get(t.id)
      if (local && (open || kind === 'contact' || kind === 'document')) continue
      let record = doc.record as Record<string, unknown>
      if (kind === 'contact') {
        const v = record as unknown as ContactVersion
        const sameDay = await db.contactVersions
          .where('effectiveFrom')
          .equals(v.effectiveFrom)
          .toArray()
        if (sameDay.some((o) => o.id !== v.id)) conflict(doc, kind, 'contactDate')
      }
      if (kind === 'officer') {
        const o = record as unknown as Officer
        const same = await db.officers.where('certificateNo').equals(o.certificateNo).first()
        if (same && same.id !== o.id) {
          conflict(doc, kind, 'certificateNo')
          continue
        }
        if (conflicts.get(doc._id)?.reason === 'certificateNo') conflicts.delete(doc._id)
        const mine = local as unknown as Officer | undefined
        if (mine && canonicalJson(officerForSync(mine)) === canonicalJson(o)) continue
        // The PIN stays on the PC it was set on.
        record = {
          ...o,
          ...(mine?.pinSalt ? { pinSalt: mine.pinSalt, pinHash: mine.pinHash } : {}),
        }
      } else if (local && canonicalJson(local) === canonicalJson(record)) {
        continue
      }
      await table.put(record)
      if (kind === 'document') {
        const d = record as unknown as DocumentRecord
        if (d.docNo && d.serial > 0)
          await bumpCounter(docNoCounterKey(d.code, d.year), d.serial, 'docNoRange')
      }
      if (local) {
        const d = changedFields(local, record)
        await audit(t.table, t.id, d.before, d.after)
      } else {
        isNew(t.table, t.id)
      }
      applied++
    }
    if (newActs.length) await db.acts.bulkAdd(newActs)

    const waiting = state.pendingCases ?? []
    const inline = options.last === true && waiting.length === 0
    const pendingCases = inline ? [] : [...new Set([...waiting, ...touchedCases])]
    const recomputed = inline ? await recomputeCases(db, ctx, [...touchedCases]) : null
    const next: SyncStateMeta = {
      key: 'sync',
      pulledSeq: lastSeq,
      conflicts: [...conflicts.values()],
      updatedAt: ctx.now,
      ...(pendingCases.length ? { pendingCases } : {}),
      ...(state.pullRanges ? { pullRanges: state.pullRanges } : {}),
    }
    // A batch that changed nothing (documents already here, e.g. this PC's own exports coming
    // back through the feed) moves the checkpoint only: no data changed, so there is nothing to
    // audit, and an entry here would be exported and read back forever (docs/sync.md).
    const sameConflicts = canonicalJson(state.conflicts) === canonicalJson(next.conflicts)
    if (recomputed) await auditRecomputed(db, ctx, recomputed)
    if (applied > 0 || !sameConflicts) {
      await appendAudit(db, ctx, {
        action: SYNC_PULL_ACTION,
        entity: 'sync',
        entityId: String(lastSeq),
        before: { pulledSeq: since },
        after: {
          pulledSeq: lastSeq,
          docs: changes.length,
          applied,
          conflicts: next.conflicts.length,
          from: [...new Set(docs.map((d) => d.doc.pc as string))],
          records: created,
        },
      })
    }
    const lastSeqWritten = await lastAuditSeq(db)
    if (lastSeqWritten >= firstSeq)
      next.pullRanges = withRange(state.pullRanges, firstSeq, lastSeqWritten, exportedAuditSeq)
    await putMeta(db, 'sync', next)
    return { applied, state: next }
  })
}

/** What a recomputation rewrote: cases whose derived fields changed, acts given a new place. */
interface Recomputed {
  cases: string[]
  acts: string[]
}

/**
 * Recompute `caseIds` inside the caller's transaction (over cases, acts, followUps, statDigests,
 * meta and audit): the acts in one order on every PC, the derived case fields, the statistics
 * digest and the follow-ups (whose changes carry their own audit entries). A case whose record
 * has not arrived yet is skipped: its case document touches it again.
 */
async function recomputeCases(
  db: AppDB,
  ctx: WriteContext,
  caseIds: readonly string[],
): Promise<Recomputed> {
  const out: Recomputed = { cases: [], acts: [] }
  if (!caseIds.length) return out
  const settings = await readRuleSettings(db)
  const today = legalDateOf(ctx.now)
  // One read per table for the whole list (a request per case costs a round trip each).
  const recs = await db.cases.bulkGet([...caseIds])
  const present = recs.filter((r): r is CaseRecord => r !== undefined)
  const ids = present.map((r) => r.id)
  const actsByCase = new Map<string, ActRecord[]>()
  for (const a of await db.acts
    .where('[caseId+seq]')
    .inAnyRange(bounds(ids), { includeLowers: true, includeUppers: true })
    .toArray()) {
    const list = actsByCase.get(a.caseId)
    if (list) list.push(a)
    else actsByCase.set(a.caseId, [a])
  }
  const withFollowUps = new Set(
    (await db.followUps.where('caseId').anyOf(ids).toArray()).map((f) => f.caseId),
  )
  const nextCases: CaseRecord[] = []
  const moved: ActRecord[] = []
  const digests: { rec: CaseRecord; acts: ActRecord[] }[] = []
  const followUps: { rec: CaseRecord; acts: Act[] }[] = []
  for (const rec of present) {
    const acts = actsByCase.get(rec.id) ?? []
    // One order on every PC: when each act was recorded, then its id.
    acts.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id))
    const renumbered = acts.map((a, i) => (a.seq === i + 1 ? a : { ...a, seq: i + 1 }))
    const movedHere = renumbered.filter((a, i) => a !== acts[i])
    moved.push(...movedHere)
    const all = renumbered.map(actOf)
    const next = { ...withSummary(rec, all, today, settings), updatedAt: ctx.now }
    nextCases.push(next)
    digests.push({ rec: next, acts: renumbered })
    if (changedFields(rec, next, ['updatedAt', 'searchTokens']).changed || movedHere.length)
      out.cases.push(rec.id)
    // A case with no follow-up stored and none wanted has nothing to reconcile.
    if (withFollowUps.has(rec.id) || wantedFollowUps(next, all, settings).length)
      followUps.push({ rec: next, acts: all })
  }
  if (moved.length) {
    await db.acts.bulkPut(moved)
    out.acts.push(...moved.map((a) => a.id))
  }
  await db.cases.bulkPut(nextCases)
  // The statistics digests (renderer/src/db/stat-digests.ts), with one basis for the whole list.
  const basis = digestBasis(settings)
  const withDays = { ...basis, days: dayArithmetic(basis.calendar) }
  await db.statDigests.bulkPut(
    digests.map((d) => digestOf(factsOf(d.rec, d.acts), !!d.rec.voided, withDays)),
  )
  for (const f of followUps) await reconcileFollowUps(db, ctx, f.rec, f.acts, settings)
  return out
}

/** Key ranges of `[caseId+seq]` holding every act of `caseIds`. */
function bounds(caseIds: readonly string[]): [[string, number], [string, number]][] {
  return caseIds.map((id) => [
    [id, -Infinity],
    [id, Infinity],
  ])
}

/**
 * The audit entry of a recomputation: the records it rewrote, by id. Derived fields and the
 * entry order only — what each case's acts are did not change.
 */
async function auditRecomputed(db: AppDB, ctx: WriteContext, r: Recomputed): Promise<void> {
  if (!r.cases.length && !r.acts.length) return
  await appendAudit(db, ctx, {
    action: SYNC_PULL_ACTION,
    entity: 'sync',
    entityId: 'cases',
    before: null,
    after: { recomputed: r.cases.length, records: r },
  })
}

/**
 * Recompute up to `limit` of the cases waiting in the state's `pendingCases`, in one
 * transaction with its audit entry, and take them off the list.
 * @returns how many cases are still pending
 */
export async function applyPendingCases(
  db: AppDB,
  ctx: WriteContext,
  exportedAuditSeq: number,
  limit = 100,
): Promise<number> {
  const tables = [db.cases, db.acts, db.followUps, db.meta, db.audit, db.statDigests]
  return db.transaction('rw', tables, async () => {
    const state = await readSyncState(db)
    const pending = state.pendingCases ?? []
    if (!pending.length) return 0
    const firstSeq = (await lastAuditSeq(db)) + 1
    await auditRecomputed(db, ctx, await recomputeCases(db, ctx, pending.slice(0, limit)))
    const rest = pending.slice(limit)
    const next: SyncStateMeta = { ...state, updatedAt: ctx.now }
    if (rest.length) next.pendingCases = rest
    else delete next.pendingCases
    const last = await lastAuditSeq(db)
    // Everything in this transaction is the pull's: the follow-ups' own entries name no synced
    // table, so the check before a batch may skip the whole range (they are exported as usual).
    if (last >= firstSeq)
      next.pullRanges = withRange(state.pullRanges, firstSeq, last, exportedAuditSeq)
    await putMeta(db, 'sync', next)
    return rest.length
  })
}
