/**
 * Full backups and increments (format 3, docs/data-safety.md "Backups" and "Increments").
 *
 * Full backup: every table of the open database, read in ONE read transaction (a consistent
 * snapshot) in pages of rows through the primary key, each page written as one plain JSON line
 * (shared/backup/jsonl-body.ts) into fixed-size chunks; the next page is read while the current
 * one is serialised. Each chunk is handed to the native SHA-256 as soon as it is full and to the
 * gzip compressor (CompressionStream in a Web Worker, ./gzip.ts), so the body is never one big
 * string and compressing overlaps reading. The compressed body goes behind the manifest line
 * (shared/backup/format.ts), which records the
 * length and digest of the UNCOMPRESSED body, and the backup chain: this installation's id and
 * the audit seq and hash the data ends at. Tables are taken from the open database, so later
 * schema versions are covered.
 *
 * Increment: the records changed since its base file (the previous backup of the chain), found
 * through the audit log: every write appends an audit entry naming the table and key it
 * changed, so the entries with a seq above the base's are the changes; those records are read
 * again (present → the row, absent → a deleted key). Small tables whose writes are not all keyed
 * by record are carried whole. The audit entries themselves are carried too. Its work grows with
 * the changes, not with the database: the record counts it states (`chain.totals`) are the base's
 * counts plus what the changes added and removed (docs/data-safety.md, "Increments").
 */
import { Dexie, type IndexableType, type Table } from 'dexie'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BODY_CHUNK_BYTES,
  backupFileName,
  jsonlDeletedLine,
  jsonlLine,
  manifestLine,
  type BackupChain,
  type BackupManifest,
  type BackupReason,
} from '@shared/backup'
import type { AppDB } from '@renderer/db/app-db'
import { genesisHash, recordsOfAuditEntry } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'
import { localStamp } from './blob-io'
import { createChunkWriter, type ChunkWriter } from './chunk-writer'
import { createGzipSink } from './gzip'
import { readInstallationId } from './installation'

export interface BackupProgress {
  phase: 'export' | 'hash' | 'compress'
  done: number
  total: number
}

export interface CreatedBackup {
  /** The whole file: manifest line + gzip body. */
  blob: Blob
  manifest: BackupManifest
  fileName: string
}

/** Rows per body line (one read, one JSON.stringify). */
export const backupRowsPerLine = 1000

/**
 * Tables an increment carries record by record (every write to them appends an audit entry
 * whose `entity` is the table and `entityId` the record's primary key, or a sync pull's entry
 * that lists them: `recordsOfAuditEntry`). Every other table is
 * carried whole in each increment.
 */
export const incrementalTables: ReadonlySet<string> = new Set([
  'parties',
  'cases',
  'acts',
  'followUps',
  'documents',
  'printLog',
])

/**
 * Tables derived from the others and rebuilt by the app (the statistics digests,
 * renderer/src/db/stat-digests.ts): no backup carries them.
 */
export const derivedTables: ReadonlySet<string> = new Set(['statDigests'])

/** The tables a backup carries. */
function backedUp(db: AppDB): Table[] {
  return db.tables.filter((t) => !derivedTables.has(t.name))
}

/** Audit actions that write many records under one entry: after one, only a full backup is safe. */
const bulkActions: ReadonlySet<string> = new Set(['demoSeed', 'benchSeed', 'restore'])

interface Page {
  rows: unknown[]
  lastKey: IndexableType | undefined
}

/** One page of rows after `after` (by primary key) and the key of its last row. */
async function readPage(table: Table, after: IndexableType | undefined): Promise<Page> {
  const coll =
    after === undefined
      ? table.orderBy(':id').limit(backupRowsPerLine)
      : table.where(':id').above(after).limit(backupRowsPerLine)
  const keyPath = table.schema.primKey.keyPath
  if (keyPath) {
    const rows = await coll.toArray()
    const last = rows[rows.length - 1]
    return { rows, lastKey: last === undefined ? undefined : Dexie.getByKeyPath(last, keyPath) }
  }
  const [rows, keys] = await Promise.all([coll.toArray(), coll.primaryKeys()])
  return { rows, lastKey: keys[keys.length - 1] }
}

/** Write every row of `table` as body lines; returns the row count. */
async function writeWholeTable(
  table: Table,
  writer: ChunkWriter,
  onRows: (n: number) => void,
): Promise<number> {
  let count = 0
  // The next page is requested as soon as this one's last key is known, so the browser reads
  // it while this page is turned into JSON.
  let next: Promise<Page> | null = readPage(table, undefined)
  while (next) {
    const page: Page = await next
    if (page.rows.length === 0) break
    next = page.rows.length < backupRowsPerLine ? null : readPage(table, page.lastKey)
    writer.write(jsonlLine(table.name, page.rows))
    count += page.rows.length
    onRows(page.rows.length)
  }
  return count
}

interface BackupOptions {
  appVersion: string
  reason: BackupReason
  now: string
  onProgress?: (p: BackupProgress) => void
  /** Body chunk size (default BODY_CHUNK_BYTES; at least 64 KiB). */
  chunkBytes?: number
  /**
   * false: store the body uncompressed (the format-2 body layout; tests that edit a file's text
   * use it). Default true.
   */
  gzip?: boolean
}

/**
 * The body writer of a backup: compressed ones hand each full chunk to a gzip sink (a Web Worker
 * where available, ./gzip.ts) so compressing overlaps reading and serialising.
 */
function bodyWriter(chunkBytes: number, opts: BackupOptions) {
  const gz = opts.gzip !== false ? createGzipSink() : null
  const writer = createChunkWriter(chunkBytes, gz ?? undefined)
  return { ...writer, gz }
}

type BodyWriter = ReturnType<typeof bodyWriter>

/** Hash, compress and put the manifest in front. */
async function finishFile(
  writer: BodyWriter,
  manifest: Omit<BackupManifest, 'body'>,
  chunkBytes: number,
  fileName: string,
  opts: BackupOptions,
): Promise<CreatedBackup> {
  const { onProgress } = opts
  onProgress?.({ phase: 'hash', done: 0, total: 1 })
  const body = await writer.finish()
  const compress = writer.gz !== null
  onProgress?.({ phase: 'compress', done: 0, total: 1 })
  const gz = writer.gz ? await writer.gz.finish() : { parts: body.parts }
  onProgress?.({ phase: 'compress', done: 1, total: 1 })
  const full: BackupManifest = {
    ...manifest,
    body: {
      encoding: 'casedesk-jsonl',
      bytes: body.bytes,
      ...(compress ? { compression: 'gzip' as const } : {}),
      hash: 'sha256-chunks',
      chunkBytes,
      sha256: body.sha256,
    },
  }
  const blob = new Blob([manifestLine(full), ...gz.parts], { type: 'application/octet-stream' })
  return { blob, manifest: full, fileName }
}

/** The last audit entry (the data's position in its chain). */
async function auditHead(db: AppDB): Promise<{ seq: number; hash: string }> {
  const last = (await db.audit.orderBy('seq').last()) as AuditEntry | undefined
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: genesisHash }
}

/**
 * Export the whole database to a backup file (a Blob; nothing is written anywhere).
 * @param now - ISO timestamp recorded as the backup time (and in the file name, local time)
 */
export async function createFullBackup(db: AppDB, opts: BackupOptions): Promise<CreatedBackup> {
  const chunkBytes = opts.chunkBytes ?? BODY_CHUNK_BYTES
  if (!db.isOpen()) await db.open()
  const tables: Record<string, number> = {}
  const writer = bodyWriter(chunkBytes, opts)
  let chain: BackupChain | undefined
  const reading = db.transaction('r', db.tables, async () => {
    const installationId = await readInstallationId(db)
    const head = await auditHead(db)
    if (installationId) {
      chain = { installationId, fromSeq: 0, toSeq: head.seq, headHash: head.hash }
    }
    let total = 0
    for (const table of backedUp(db)) total += await table.count()
    let done = 0
    for (const table of backedUp(db)) {
      tables[table.name] = await writeWholeTable(table, writer, (n) => {
        done += n
        opts.onProgress?.({ phase: 'export', done, total })
      })
    }
  })
  await reading.catch((err: unknown) => {
    writer.gz?.abort()
    throw err
  })
  return finishFile(
    writer,
    {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      kind: 'full',
      createdAt: opts.now,
      appVersion: opts.appVersion,
      schemaVersion: db.verno,
      reason: opts.reason,
      tables,
      totalRecords: Object.values(tables).reduce((a, b) => a + b, 0),
      ...(chain ? { chain } : {}),
    },
    chunkBytes,
    backupFileName(localStamp(opts.now)),
    opts,
  )
}

/** The previous file of the chain an increment continues (from the last backup's status). */
export interface IncrementBase {
  name: string
  /** Its body digest (`manifest.body.sha256`). */
  sha256: string
  installationId: string
  /** Audit seq and hash its data ended at. */
  toSeq: number
  headHash: string
  /**
   * Record count per table of the data at `toSeq` (a full backup's `tables`, an increment's
   * `chain.totals`). Without it the increment counts every table (O(records), ~1 s at 50,000
   * cases) instead of deriving the counts from these and the changes.
   */
  totals?: Record<string, number>
}

/** The base an increment of `manifest` (written as `name`) continues from. */
export function incrementBaseOf(manifest: BackupManifest, name: string): IncrementBase | null {
  const chain = manifest.chain
  if (!chain) return null
  const totals = manifest.kind === 'full' ? manifest.tables : chain.totals
  return {
    name,
    sha256: manifest.body.sha256,
    installationId: chain.installationId,
    toSeq: chain.toSeq,
    headHash: chain.headHash,
    ...(totals ? { totals: { ...totals } } : {}),
  }
}

/**
 * Whether a changed record existed at the base, from its first mention after it: an entry of
 * its own with no `before` created it (every create writes `before: null`), one with a `before`
 * changed a record that was there; a record only listed by another entry (a sync pull's summary,
 * recordsOfAuditEntry) is unknown, and its table is counted instead.
 */
type Origin = 'created' | 'existed' | 'unknown'

export type IncrementResult =
  | { ok: true; backup: CreatedBackup; changedRecords: number }
  /** The data is not on the base's chain any more (a restore, a bulk load): write a full backup. */
  | { ok: false; needFull: string }

/**
 * Export what changed since `base` (one read transaction: a consistent snapshot).
 * @returns the increment, or why only a full backup can follow `base`
 */
export async function createIncrementBackup(
  db: AppDB,
  opts: BackupOptions & { base: IncrementBase },
): Promise<IncrementResult> {
  const { base } = opts
  const chunkBytes = opts.chunkBytes ?? BODY_CHUNK_BYTES
  if (!db.isOpen()) await db.open()
  const writer = bodyWriter(chunkBytes, opts)
  const tables: Record<string, number> = {}
  const totals: Record<string, number> = {}
  const wholeTables = backedUp(db)
    .map((t) => t.name)
    .filter((n) => n !== 'audit' && !incrementalTables.has(n))
  let head = { seq: base.toSeq, hash: base.headHash }
  let changedRecords = 0
  const needFull = await db
    .transaction('r', db.tables, async (): Promise<string | null> => {
      if ((await readInstallationId(db)) !== base.installationId) {
        return '本机数据的安装标识与上次备份不同'
      }
      if (base.toSeq > 0) {
        const at = (await db.audit.where('seq').equals(base.toSeq).first()) as
          AuditEntry | undefined
        if (at?.hash !== base.headHash)
          return '本机数据已不在上次备份的操作日志链上（例如恢复过数据）'
      } else if (base.headHash !== genesisHash) {
        return '上次备份的操作日志位置无效'
      }
      const entries = (await db.audit.where('seq').above(base.toSeq).toArray()) as AuditEntry[]
      if (entries.some((e) => bulkActions.has(e.action))) return '上次备份之后有批量写入或恢复'
      const last = entries[entries.length - 1]
      if (last) head = { seq: last.seq, hash: last.hash }

      // Each changed record, with what its first mention after the base says about its origin.
      const touched = new Map<string, Map<string, Origin>>()
      for (const e of entries) {
        recordsOfAuditEntry(e).forEach(([entity, id], i) => {
          if (!incrementalTables.has(entity)) return
          let ids = touched.get(entity)
          if (!ids) touched.set(entity, (ids = new Map()))
          const origin: Origin = i > 0 ? 'unknown' : e.before === null ? 'created' : 'existed'
          if (!ids.has(id)) ids.set(id, origin)
        })
      }
      for (let i = 0; i < entries.length; i += backupRowsPerLine) {
        writer.write(jsonlLine('audit', entries.slice(i, i + backupRowsPerLine)))
      }
      tables.audit = entries.length
      // Count change per table since the base (null: not derivable, the table is counted).
      const delta = new Map<string, number | null>()
      for (const [name, origins] of touched) {
        const ids = [...origins.keys()].sort()
        const deleted: string[] = []
        let count = 0
        let change: number | null = 0
        for (let i = 0; i < ids.length; i += backupRowsPerLine) {
          const keys = ids.slice(i, i + backupRowsPerLine)
          const rows = await db.table(name).bulkGet(keys)
          const present = rows.filter((r) => r !== undefined)
          keys.forEach((k, j) => {
            const origin = origins.get(k)
            if (rows[j] === undefined) deleted.push(k)
            if (change === null) return
            if (origin === 'unknown') change = null
            else if (rows[j] === undefined && origin === 'existed') change -= 1
            else if (rows[j] !== undefined && origin === 'created') change += 1
          })
          if (present.length > 0) writer.write(jsonlLine(name, present))
          count += present.length
        }
        if (deleted.length > 0) writer.write(jsonlDeletedLine(name, deleted))
        tables[name] = count
        delta.set(name, change)
        changedRecords += ids.length
      }
      for (const name of wholeTables) {
        tables[name] = await writeWholeTable(db.table(name), writer, () => undefined)
      }
      // The counts at toSeq: the base's plus the change where the changes tell it; counted
      // where they do not (no base counts, a table the base lacks, a record of unknown origin).
      for (const table of backedUp(db)) {
        const name = table.name
        const before = base.totals?.[name]
        const change = delta.has(name) ? delta.get(name)! : 0
        if (wholeTables.includes(name)) totals[name] = tables[name]!
        else if (before === undefined || change === null) totals[name] = await table.count()
        else if (name === 'audit') totals[name] = before + entries.length
        else totals[name] = before + change
      }
      return null
    })
    .catch((err: unknown) => {
      writer.gz?.abort()
      throw err
    })
  if (needFull) {
    writer.gz?.abort()
    return { ok: false, needFull }
  }
  const backup = await finishFile(
    writer,
    {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      kind: 'increment',
      createdAt: opts.now,
      appVersion: opts.appVersion,
      schemaVersion: db.verno,
      reason: opts.reason,
      tables,
      totalRecords: Object.values(tables).reduce((a, b) => a + b, 0),
      chain: {
        installationId: base.installationId,
        fromSeq: base.toSeq,
        toSeq: head.seq,
        headHash: head.hash,
        base: { name: base.name, sha256: base.sha256 },
        totals,
        wholeTables,
      },
    },
    chunkBytes,
    backupFileName(localStamp(opts.now), 'increment'),
    opts,
  )
  return { ok: true, backup, changedRecords }
}
