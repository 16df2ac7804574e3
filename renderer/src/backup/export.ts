/**
 * Full backup (format 2): every table of the open database, read in ONE read transaction (a
 * consistent snapshot) in pages of rows through the primary key, each page written as one plain
 * JSON line (shared/backup/jsonl-body.ts) into fixed-size chunks; the next page is read while
 * the current one is serialised. Each chunk is handed to the native SHA-256 as soon as it is full
 * (crypto.subtle copies it and hashes off the main thread) and becomes a Blob part, so the body
 * is never one big string and never re-read for hashing. The manifest line
 * (shared/backup/format.ts) records the chunk size and the hash of the chunk hashes. Tables are taken from the open database, so later schema versions are covered.
 */
import { Dexie, type IndexableType, type Table } from 'dexie'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BODY_CHUNK_BYTES,
  backupFileName,
  jsonlLine,
  manifestLine,
  type BackupManifest,
  type BackupReason,
} from '@shared/backup'
import type { AppDB } from '@renderer/db/app-db'
import { localStamp } from './blob-io'
import { createChunkWriter } from './chunk-writer'

export interface BackupProgress {
  phase: 'export' | 'hash'
  done: number
  total: number
}

export interface CreatedBackup {
  blob: Blob
  manifest: BackupManifest
  fileName: string
}

/** Rows per body line (one read, one JSON.stringify). */
export const backupRowsPerLine = 1000

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

/**
 * Export the whole database to a backup file (a Blob; nothing is written anywhere).
 * @param now - ISO timestamp recorded as the backup time (and in the file name, local time)
 */
export async function createFullBackup(
  db: AppDB,
  opts: {
    appVersion: string
    reason: BackupReason
    now: string
    onProgress?: (p: BackupProgress) => void
    /** Body chunk size (default BODY_CHUNK_BYTES; at least 64 KiB). */
    chunkBytes?: number
  },
): Promise<CreatedBackup> {
  const chunkBytes = opts.chunkBytes ?? BODY_CHUNK_BYTES
  if (!db.isOpen()) await db.open()
  const tables: Record<string, number> = {}
  const writer = createChunkWriter(chunkBytes)
  await db.transaction('r', db.tables, async () => {
    let total = 0
    for (const table of db.tables) total += await table.count()
    let done = 0
    for (const table of db.tables) {
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
        done += page.rows.length
        opts.onProgress?.({ phase: 'export', done, total })
      }
      tables[table.name] = count
    }
  })
  opts.onProgress?.({ phase: 'hash', done: 0, total: 1 })
  const body = await writer.finish()
  opts.onProgress?.({ phase: 'hash', done: 1, total: 1 })
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: 'full',
    createdAt: opts.now,
    appVersion: opts.appVersion,
    schemaVersion: db.verno,
    reason: opts.reason,
    tables,
    totalRecords: Object.values(tables).reduce((a, b) => a + b, 0),
    body: {
      encoding: 'casedesk-jsonl',
      bytes: body.bytes,
      hash: 'sha256-chunks',
      chunkBytes,
      sha256: body.sha256,
    },
  }
  const blob = new Blob([manifestLine(manifest), ...body.parts], {
    type: 'application/octet-stream',
  })
  return { blob, manifest, fileName: backupFileName(localStamp(opts.now)) }
}
