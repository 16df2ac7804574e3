/**
 * The office sync engine (docs/sync.md "Design"). Dexie stays the store the UI reads; a local
 * PouchDB is the replication peer of the office CouchDB database:
 *
 *   Dexie write + audit entry ──export──▶ local PouchDB ◀──replication──▶ office CouchDB
 *   Dexie (one transaction per batch) ◀──pull── local PouchDB changes feed
 *
 * - Export is driven by the audit log's `seq`: every audit entry after the export checkpoint is
 *   pushed as this PC's chain document, and the records it names are written as documents. The
 *   checkpoint lives in the local PouchDB (`_local/casedesk-export`), written after the documents,
 *   so a crash re-exports (idempotent: unchanged documents are skipped).
 * - Pull reads the local PouchDB's changes feed from the checkpoint stored in Dexie and applies
 *   each batch in one Dexie transaction (./apply.ts).
 * - Replication is PouchDB's own (CouchDB protocol), one-shot ({@link SyncEngine.syncOnce}) or
 *   continuous with retry ({@link SyncEngine.start}). Writes the server refuses are reported
 *   (`refusals`, the listener), never dropped silently.
 */
import { Dexie } from 'dexie'
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import { putMeta, readMeta } from '@renderer/db/meta'
import type { WriteContext } from '@renderer/db/records'
import {
  SYNCED_SETTING_KEYS,
  auditDocId,
  isSyncedSettingKey,
  type SyncKind,
  type SyncedSettingKey,
} from '@shared/sync/docs'
import { designDocument, DESIGN_DOC_ID } from '@shared/sync/design-doc'
import {
  RetryAfterExport,
  applyPendingCases,
  applyPulledBatch,
  readSyncState,
  type SyncConflict,
} from './apply'
import {
  SYNC_PULL_ACTION,
  SYNC_RESOLVE_ACTION,
  TABLE_KINDS,
  docsOfRecord,
  isImmutableId,
  isSyncedTable,
  sameContent,
  settingDoc,
  type SyncIdentity,
  type SyncedRecord,
  type SyncedTable,
} from './mapping'
import type {
  DeniedWrite,
  PouchDatabase,
  PouchDoc,
  Replication,
  ReplicationResult,
} from './pouch-types'

/** The id of the local document holding the export checkpoint. */
const EXPORT_CHECKPOINT_ID = '_local/casedesk-export'

/** A write the server refused, as the user sees it. */
interface SyncRefusal {
  docId: string
  /** The server's reason (Chinese, from the design document), or the HTTP error. */
  message: string
  at: string
}

/** What the status badge shows (docs/sync.md "Operations"). */
type SyncPhase = 'idle' | 'syncing' | 'synced' | 'offline' | 'error'

/** The engine's state for the UI. */
export interface SyncStatus {
  phase: SyncPhase
  /** Local changes not yet confirmed by the server (待上传). */
  pending: number
  conflicts: SyncConflict[]
  refusals: SyncRefusal[]
  /** The last error in Chinese, '' when none. */
  error: string
}

/** What one {@link SyncEngine.syncOnce} did. */
interface SyncRound {
  exported: number
  pushed: number
  pulled: number
  applied: number
  refused: SyncRefusal[]
}

/** Timing of continuous sync. */
interface LiveTiming {
  /**
   * How long after a local write its export starts (ms, default 50): writes that come together
   * (one form saving several records) go out in one export.
   */
  exportDelayMs?: number
  /** How often local changes are exported anyway, as a fallback (ms, default 3000). */
  exportEveryMs?: number
  /** Longest wait between reconnection attempts (ms, default 60000). */
  maxBackOffMs?: number
  /** Called after pulled records were written to Dexie (open lists may re-read). */
  onApplied?: (records: number) => void
}

interface SyncEngineOptions {
  db: AppDB
  /** This PC's replication peer (IndexedDB in the app, memory in tests). */
  local: PouchDatabase
  identity: SyncIdentity
  /** A write context for each Dexie write the engine makes (clock, ids, actor). */
  context: () => WriteContext
  /** Documents per export/pull batch. */
  batchSize?: number
}

const MAX_RETRIES = 5

/**
 * Documents per Dexie transaction while a joining PC writes the office's data (`firstPull`):
 * larger than a live batch, so the state, the audit entry and the commit are paid per 1,000
 * documents, not per 200 (docs/sync.md, "Measured: the browser build through the web server's
 * proxy").
 */
const JOIN_BATCH = 1000

function refusalOf(e: DeniedWrite, at: string): SyncRefusal {
  return {
    docId: e.id ?? '',
    message: e.reason ?? e.message ?? String(e.error ?? '服务器拒绝了该写入'),
    at,
  }
}

/** Chinese text of a replication or network error. */
export function describeSyncError(err: unknown): string {
  const e = err as { status?: number; message?: string; name?: string } | undefined
  if (e?.status === 401) return '服务器拒绝登录：用户名或密码不正确，请在“设置—同步”中重新登录'
  if (e?.status === 403)
    return `服务器拒绝访问：${e.message ?? ''}；请联系管理员确认本账号属于本单位数据库`
  if (e?.status === 404)
    return '服务器上没有本单位的数据库，请核对服务器地址和数据库名称，或联系管理员创建'
  return `无法连接同步服务器（${e?.message ?? String(err)}），本机继续离线工作，恢复连接后自动同步`
}

const quiet = Symbol('casedesk.quietInfo')

/**
 * PouchDB 9's replicator asks the source for `info()` after each written batch only to update
 * its progress counter, without handling a failure (pouchdb-replication, `src.info().then(…)`):
 * a server that goes away at that moment leaves an unhandled rejection although the replication
 * itself retries correctly. The remote's `info()` answers an empty info instead of failing, for
 * that progress read only; every other request still fails and triggers the retry.
 */
function withQuietInfo(remote: PouchDatabase): PouchDatabase {
  const marked = remote as PouchDatabase & { [quiet]?: true }
  if (marked[quiet]) return remote
  const info = remote.info.bind(remote)
  marked.info = () => info().catch(() => ({ update_seq: 0, doc_count: 0 }))
  marked[quiet] = true
  return remote
}

/** The sync engine of one PC. */
export type SyncEngine = ReturnType<typeof createSyncEngine>

/**
 * Create the engine. Nothing runs until {@link SyncEngine.syncOnce} or {@link SyncEngine.start}.
 * @param opts - database, local PouchDB, who writes, and the write-context factory
 */
export function createSyncEngine(opts: SyncEngineOptions) {
  const { db, local, identity } = opts
  const batchSize = opts.batchSize ?? 200
  const refusals: SyncRefusal[] = []
  let phase: SyncPhase = 'idle'
  let lastError = ''
  let live: (Replication & { cancel(): void }) | null = null
  let timer: ReturnType<typeof setInterval> | null = null
  let onMutated: ((parts: Record<string, unknown>) => void) | null = null
  /** The export a local write scheduled (live sync), until it starts. */
  let soon: ReturnType<typeof setTimeout> | null = null
  let listener: ((s: SyncStatus) => void) | null = null
  let chain: Promise<unknown> = Promise.resolve()
  /** The last seq of this PC's chain seen on the server. */
  let serverSeq = 0

  /** Run one export/pull at a time (the timer, replication events and callers overlap). */
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn)
    chain = run.catch(() => undefined)
    return run
  }

  async function exportedSeq(): Promise<number> {
    try {
      const cp = await local.get(EXPORT_CHECKPOINT_ID)
      return typeof cp.auditSeq === 'number' ? cp.auditSeq : 0
    } catch (e) {
      if ((e as { status?: number }).status === 404) return 0
      throw e
    }
  }

  async function saveExported(seq: number): Promise<void> {
    let rev: string | undefined
    try {
      rev = (await local.get(EXPORT_CHECKPOINT_ID))._rev
    } catch (e) {
      if ((e as { status?: number }).status !== 404) throw e
    }
    await local.put({ _id: EXPORT_CHECKPOINT_ID, ...(rev ? { _rev: rev } : {}), auditSeq: seq })
  }

  /** Write the documents that differ from the replica's copies; returns how many were written. */
  async function writeChanged(docs: PouchDoc[]): Promise<number> {
    if (!docs.length) return 0
    const existing = await local.allDocs({ keys: docs.map((d) => d._id), include_docs: true })
    const byId = new Map(existing.rows.map((r) => [r.id, r]))
    const toWrite: PouchDoc[] = []
    for (const d of docs) {
      const row = byId.get(d._id)
      const old = row?.doc
      if (old && sameContent(old, d)) continue
      // An immutable document that differs is still written: the server refuses it and the
      // refusal is shown (docs/sync.md "Immutable documents") — it is never dropped silently here.
      toWrite.push(row?.value?.rev ? { ...d, _rev: row.value.rev } : d)
    }
    if (!toWrite.length) return 0
    const results = await local.bulkDocs(toWrite)
    const failed = results.filter((r) => r.error)
    if (failed.length) {
      throw new Error(
        `本机同步副本写入失败：${failed.map((f) => `${f.id} ${f.message ?? f.reason}`).join('；')}`,
      )
    }
    return toWrite.length
  }

  type KeyedTable = {
    where(index: string): {
      above(key: string): { limit(n: number): { toArray(): Promise<SyncedRecord[]> } }
    }
  }

  /**
   * Export every record of the tables, page by page (docs/sync.md "Data flow"): for the first
   * connection of a PC and for writes that recorded one summary audit entry instead of one per
   * record (demo data, restores, case-package imports).
   */
  async function exportTables(tables: Iterable<SyncedTable>): Promise<number> {
    let written = 0
    for (const table of tables) {
      let last = ''
      for (;;) {
        const recs = await (db[table] as unknown as KeyedTable)
          .where(':id')
          .above(last)
          .limit(batchSize)
          .toArray()
        if (!recs.length) break
        written += await writeChanged(recs.flatMap((r) => docsOfRecord(table, r, identity)))
        last = (recs.at(-1) as { id: string }).id
      }
    }
    return written
  }

  /**
   * The documents of the office settings `keys` as stored now (docs/sync.md "Office settings").
   * A damaged record is not exported: the screen that owns it reports it, and the next save
   * exports the repaired one.
   */
  async function settingDocs(keys: Iterable<SyncedSettingKey>): Promise<PouchDoc[]> {
    const out: PouchDoc[] = []
    const now = opts.context().now
    for (const key of keys) {
      const r = await readMeta(db, key)
      if (!r.ok) continue
      if (r.value === undefined && key !== 'officeViolations') continue
      out.push(settingDoc(key, r.value, identity, now))
    }
    return out
  }

  /** Export local changes (audit entries after the checkpoint) into the local PouchDB. */
  async function exportLocal(): Promise<number> {
    let written = 0
    for (;;) {
      const from = await exportedSeq()
      const entries = await db.audit.where('seq').above(from).limit(batchSize).toArray()
      if (!entries.length) return written
      const wanted = new Map<SyncedTable, Set<string>>()
      const settings = new Set<SyncedSettingKey>()
      for (const e of entries) {
        if (e.action === SYNC_PULL_ACTION) continue
        if (e.entity === 'meta' && isSyncedSettingKey(e.entityId)) settings.add(e.entityId)
        if (!isSyncedTable(e.entity)) continue
        let ids = wanted.get(e.entity)
        if (!ids) wanted.set(e.entity, (ids = new Set()))
        ids.add(e.entityId)
      }
      const docs: PouchDoc[] = entries.map((e) => ({
        _id: auditDocId(identity.pc, e.seq),
        kind: 'audit',
        writer: identity.writer,
        pc: identity.pc,
        entry: e,
      }))
      // An entry naming no record of its table is a summary of a bulk write: export the table.
      const whole = new Set<SyncedTable>()
      if (wanted.size) {
        await db.transaction(
          'r',
          [...wanted.keys()].map((t) => db[t]),
          async () => {
            for (const [table, ids] of wanted) {
              const recs = await (
                db[table] as unknown as {
                  bulkGet(k: string[]): Promise<(SyncedRecord | undefined)[]>
                }
              ).bulkGet([...ids])
              for (const rec of recs) {
                if (rec) docs.push(...docsOfRecord(table, rec, identity))
                else whole.add(table)
              }
            }
          },
        )
      }
      if (whole.has('cases')) whole.add('acts').add('parties')
      docs.push(...(await settingDocs(settings)))
      written += await writeChanged(docs)
      written += await exportTables(whole)
      await saveExported(entries.at(-1)!.seq)
    }
  }

  /**
   * Apply the local PouchDB's changes after the Dexie checkpoint to Dexie, batch by batch.
   * @param finish - recompute the touched cases once the feed is drained (default); false while
   *   a long replication is still filling the replica, so each case is recomputed once at the end
   * @param limit - documents per batch (one Dexie transaction each)
   */
  async function pullIntoDexie(finish = true, limit = batchSize): Promise<number> {
    let applied = 0
    let retries = 0
    for (;;) {
      const state = await readSyncState(db)
      const since = state.pulledSeq
      const feed = await local.changes({
        since,
        include_docs: true,
        conflicts: true,
        limit,
      })
      if (!feed.results.length) {
        // Every case the batches touched is recomputed once, now (./apply.ts).
        if (finish) while ((await applyPendingCases(db, opts.context(), await exportedSeq())) > 0);
        return applied
      }
      try {
        const r = await applyPulledBatch(
          db,
          opts.context(),
          feed.results,
          since,
          feed.last_seq,
          await exportedSeq(),
          { last: finish && feed.results.length < limit },
        )
        applied += r.applied
      } catch (e) {
        if (!(e instanceof RetryAfterExport) || ++retries > MAX_RETRIES) throw e
        await exportLocal()
      }
    }
  }

  function status(pending: number): SyncStatus {
    return {
      phase,
      pending,
      conflicts: [],
      refusals: [...refusals],
      error: lastError,
    }
  }

  /**
   * Changes of this PC not yet on the server (待上传): every change has one audit entry, and this
   * PC's chain reaches the server in order, so it is the last local audit seq minus the last seq
   * of this PC's chain on the server (one cheap query). Without the server (offline): the
   * entries after the last known server position, remembered from the last successful check.
   */
  async function pendingCount(remote?: PouchDatabase): Promise<number> {
    const last = (await db.audit.orderBy('seq').last())?.seq ?? 0
    if (remote) {
      try {
        const r = await remote.allDocs({
          startkey: `audit:${identity.pc}:\uffff`,
          endkey: `audit:${identity.pc}:`,
          descending: true,
          limit: 1,
        })
        const id = r.rows[0]?.id
        serverSeq = id ? Number(id.slice(id.lastIndexOf(':') + 1)) : 0
      } catch {
        // offline: keep the last known position
      }
    }
    return Math.max(0, last - serverSeq)
  }

  async function notify(remote?: PouchDatabase): Promise<SyncStatus> {
    const s = status(await pendingCount(remote))
    s.conflicts = (await readSyncState(db)).conflicts
    listener?.(s)
    return s
  }

  function recordDenied(e: DeniedWrite): void {
    refusals.push(refusalOf(e, opts.context().now))
  }

  return {
    exportLocal: () => serial(exportLocal),
    pullIntoDexie: () => serial(() => pullIntoDexie()),

    /**
     * Install or update the office's design document (needs a server administrator's login).
     * Returns 'installed', 'updated' or 'current'.
     */
    async installRules(adminRemote: PouchDatabase): Promise<'installed' | 'updated' | 'current'> {
      const wanted = designDocument()
      let current: PouchDoc | undefined
      try {
        current = await adminRemote.get(DESIGN_DOC_ID)
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e
      }
      if (current && Number(current.rulesVersion) >= wanted.rulesVersion) return 'current'
      await adminRemote.put({ ...wanted, ...(current?._rev ? { _rev: current._rev } : {}) })
      return current ? 'updated' : 'installed'
    },

    /**
     * Offer the server every local document again (after its rules were updated): a push from the
     * start of the replica without checkpoint. The server answers for each revision it lacks, so
     * documents it refused under older rules (a kind they did not know) are sent again; the rest
     * costs a comparison only. Returns what the server still refuses.
     */
    async repushAll(remote: PouchDatabase): Promise<SyncRefusal[]> {
      const refused: SyncRefusal[] = []
      await local.replicate
        .to(remote, { batch_size: batchSize, since: 0, checkpoint: false })
        .on('denied', (e) => refused.push(refusalOf(e, opts.context().now)))
      // The refusals of the older rules are answered now; what remains is what is still refused.
      refusals.splice(0, refusals.length, ...refused)
      await notify(remote)
      return refused
    },

    /**
     * One full round: export, push, pull, apply. Refused writes come back in `refused` (and
     * stay in {@link SyncEngine.status}); network errors throw.
     */
    async syncOnce(remote: PouchDatabase): Promise<SyncRound> {
      phase = 'syncing'
      try {
        const exported = await serial(exportLocal)
        const refused: SyncRefusal[] = []
        const push: ReplicationResult = await local.replicate
          .to(remote, { batch_size: batchSize })
          .on('denied', (e) => refused.push(refusalOf(e, opts.context().now)))
        const pull: ReplicationResult = await local.replicate.from(withQuietInfo(remote), {
          batch_size: batchSize,
        })
        const applied = await serial(() => pullIntoDexie())
        refusals.push(...refused)
        phase = 'synced'
        lastError = ''
        await notify(remote)
        return {
          exported,
          pushed: push.docs_written,
          pulled: pull.docs_written,
          applied,
          refused,
        }
      } catch (e) {
        phase = 'offline'
        lastError = describeSyncError(e)
        await notify()
        throw e
      }
    },

    /**
     * Continuous sync: PouchDB's live replication with retry (resumes after any interruption),
     * an export every `exportEveryMs`, and a pull into Dexie after every pulled change.
     */
    start(
      remote: PouchDatabase,
      onStatus?: (s: SyncStatus) => void,
      timing: LiveTiming = {},
    ): void {
      if (live) return
      const exportEveryMs = timing.exportEveryMs ?? 3000
      const exportDelayMs = timing.exportDelayMs ?? 50
      const maxBackOffMs = timing.maxBackOffMs ?? 60_000
      listener = onStatus ?? null
      const pullSoon = () => {
        void serial(() => pullIntoDexie()).then(
          (applied) => {
            if (applied > 0) timing.onApplied?.(applied)
            return notify(remote)
          },
          (e: unknown) => {
            phase = 'error'
            lastError = `同步数据写入本机失败：${String((e as Error).message ?? e)}`
            listener?.(status(0))
          },
        )
      }
      const sync = local.sync(withQuietInfo(remote), {
        live: true,
        retry: true,
        batch_size: batchSize,
        // After an interruption: retry after 1 s, doubling up to maxBackOffMs.
        back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, maxBackOffMs)),
      })
      sync
        .on('change', (info) => {
          phase = 'syncing'
          if (info.direction === 'pull') pullSoon()
          else void notify(remote)
        })
        .on('paused', (err) => {
          phase = err ? 'offline' : 'synced'
          lastError = err ? describeSyncError(err) : ''
          void notify(remote)
        })
        .on('active', () => {
          phase = 'syncing'
        })
        .on('denied', (e) => {
          recordDenied(e)
          void notify(remote)
        })
        .on('error', (err) => {
          phase = 'error'
          lastError = describeSyncError(err)
          void notify()
        })
      // The replication is also a promise: an end by error must not become an unhandled rejection.
      sync.then(undefined, (err: unknown) => {
        phase = 'error'
        lastError = describeSyncError(err)
        void notify()
      })
      live = sync
      const exportNow = () => {
        void serial(exportLocal).catch((e: unknown) => {
          phase = 'error'
          lastError = String((e as Error).message ?? e)
        })
      }
      timer = setInterval(exportNow, exportEveryMs)
      // Every local write appends an audit entry: a committed write to `audit` (in this window
      // or another of the same origin, through Dexie's `storagemutated`) is exported right away,
      // so the live replication pushes it within moments (docs/sync.md "Live sync").
      const auditPrefix = `idb://${db.name}/audit/`
      onMutated = (parts: Record<string, unknown>) => {
        if (soon || !Object.keys(parts).some((k) => k.startsWith(auditPrefix))) return
        soon = setTimeout(() => {
          soon = null
          exportNow()
        }, exportDelayMs)
      }
      Dexie.on('storagemutated', onMutated)
      pullSoon()
    },

    /** Stop continuous sync (pause). Local work goes on; {@link SyncEngine.start} resumes. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer)
      timer = null
      if (onMutated) Dexie.on.storagemutated.unsubscribe(onMutated)
      onMutated = null
      if (soon) clearTimeout(soon)
      soon = null
      live?.cancel()
      live = null
      phase = 'idle'
      await chain
    },

    /** The current status (conflicts read from Dexie). */
    async status(remote?: PouchDatabase): Promise<SyncStatus> {
      const s = status(await pendingCount(remote))
      s.conflicts = (await readSyncState(db)).conflicts
      return s
    },

    /** The versions of a conflicted document, current winner first (for the decision dialog). */
    async conflictVersions(docId: string): Promise<PouchDoc[]> {
      const doc = await local.get(docId, { conflicts: true })
      const others = await Promise.all(
        (doc._conflicts ?? []).map((rev) => local.get(docId, { rev })),
      )
      return [doc, ...others]
    },

    /**
     * A person's decision on a revision conflict: keep revision `keepRev`. The kept content
     * becomes a new revision, every other leaf is deleted as a resolution (the server accepts
     * that only with `resolvesConflict`), and the decision is written to Dexie with its audit
     * entry. Both versions stay in the document's history.
     */
    async resolveConflict(docId: string, keepRev: string): Promise<void> {
      if (isImmutableId(docId)) throw new Error('不可修改的同步数据没有版本冲突可选')
      const versions = await this.conflictVersions(docId)
      const winner = versions[0]!
      const keep = versions.find((v) => v._rev === keepRev)
      if (!keep) throw new Error('所选版本已不存在，请刷新冲突列表后重试')
      const { _rev: _k, _conflicts: _c, ...content } = keep
      const writes: PouchDoc[] = [
        { ...content, _rev: winner._rev, writer: identity.writer, pc: identity.pc },
        ...versions.slice(1).map((v) => ({
          _id: docId,
          _rev: v._rev,
          _deleted: true,
          writer: identity.writer,
          pc: identity.pc,
          resolvesConflict: true,
        })),
      ]
      const results = await local.bulkDocs(writes)
      const failed = results.filter((r) => r.error)
      if (failed.length)
        throw new Error(`保存冲突处理结果失败：${failed.map((f) => f.message).join('；')}`)
      const ctx = opts.context()
      await db.transaction('rw', [db.meta, db.audit], async () => {
        const state = await readSyncState(db)
        const next = {
          ...state,
          conflicts: state.conflicts.filter((c) => c.docId !== docId),
          updatedAt: ctx.now,
        }
        await putMeta(db, 'sync', next)
        await appendAudit(db, ctx, {
          action: SYNC_RESOLVE_ACTION,
          entity: 'sync',
          entityId: docId,
          before: { revs: versions.map((v) => v._rev) },
          after: { kept: keepRev, record: (keep as { record?: unknown }).record ?? null },
        })
      })
      // The resolved revision is a local change of the feed: pulling applies it to the record.
      await serial(() => pullIntoDexie())
    },

    /**
     * The first full pull of a PC joining the office: everything of the office database into the
     * replica (progress = documents read of the server's count), then into Dexie. Local records
     * of this PC are exported first, so nothing of it is overwritten.
     * @param onProgress - called with (documents read, documents on the server)
     */
    async firstPull(
      remote: PouchDatabase,
      onProgress?: (done: number, total: number) => void,
    ): Promise<{ pulled: number; applied: number }> {
      await serial(async () => {
        await exportTables(Object.keys(TABLE_KINDS) as SyncedTable[])
        // Settings never saved here are not exported: the office's come from the server.
        const saved: SyncedSettingKey[] = []
        for (const key of SYNCED_SETTING_KEYS) {
          const r = await readMeta(db, key)
          if (r.ok && r.value) saved.push(key)
        }
        await writeChanged(await settingDocs(saved))
        await exportLocal()
      })
      const info = await remote.info()
      const total = info.doc_count
      let done = 0
      onProgress?.(0, total)
      // What the replica already holds is written to Dexie while the rest is still coming (the
      // replication waits on the network, the writes on this PC); the cases are recomputed once,
      // after the last document.
      let applied = 0
      let queued = false
      // A failed early pass stops the early passes; the final pass below applies the same batches
      // again from the checkpoint and reports its own error.
      let failed = false
      const applySoFar = () => {
        if (queued || failed) return
        queued = true
        void serial(async () => {
          queued = false
          const n = await pullIntoDexie(false, JOIN_BATCH)
          applied += n
        }).catch(() => {
          failed = true
        })
      }
      const result: ReplicationResult = await local.replicate
        .from(withQuietInfo(remote), { batch_size: batchSize })
        .on('change', (c) => {
          done = c.docs_read ?? done // cumulative over the replication
          onProgress?.(Math.min(done, total), total)
          applySoFar()
        })
      const rest = await serial(() => pullIntoDexie(true, JOIN_BATCH))
      applied += rest
      onProgress?.(total, total)
      await notify(remote)
      return { pulled: result.docs_written, applied }
    },

    /**
     * A person checked a conflict that has no revisions to choose from (a 案号 or 执法证号 held
     * twice, two contact versions of one day) and took it off the list; the decision is an audit
     * entry with what they noted.
     */
    async dismissConflict(docId: string, note: string): Promise<void> {
      const ctx = opts.context()
      await db.transaction('rw', [db.meta, db.audit], async () => {
        const state = await readSyncState(db)
        const found = state.conflicts.find((c) => c.docId === docId)
        if (!found) return
        if (found.reason === 'revisions') throw new Error('两台电脑的修改冲突须选择保留的版本')
        await putMeta(db, 'sync', {
          ...state,
          conflicts: state.conflicts.filter((c) => c.docId !== docId),
          updatedAt: ctx.now,
        })
        await appendAudit(db, ctx, {
          action: SYNC_RESOLVE_ACTION,
          entity: 'sync',
          entityId: docId,
          before: found,
          after: { dismissed: true, note },
        })
      })
    },

    /** Refusals seen so far (also in {@link SyncEngine.status}). */
    refusals(): SyncRefusal[] {
      return [...refusals]
    },
  }
}

export type { SyncConflict, SyncKind }
