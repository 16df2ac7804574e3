/**
 * Full backup: every table of the current schema, exported by dexie-export-import in one read
 * transaction (a consistent snapshot) in chunks of 2,000 rows, then hashed in 1 MB slices and
 * prefixed with the manifest line (shared/backup/format.ts). Tables are taken from the open
 * database, so later schema versions are covered without edits here.
 */
import { exportDB, peakImportFile } from 'dexie-export-import'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupFileName,
  manifestLine,
  type BackupManifest,
  type BackupReason,
} from '@shared/backup'
import type { AppDB } from '@renderer/db/app-db'
import { hashBlob, localStamp } from './blob-io'

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
  },
): Promise<CreatedBackup> {
  if (!db.isOpen()) await db.open()
  const tables: Record<string, number> = {}
  const body = await exportDB(db, {
    numRowsPerChunk: 2000,
    progressCallback: (p) => {
      opts.onProgress?.({ phase: 'export', done: p.completedRows, total: p.totalRows ?? 0 })
      return true
    },
  })
  // Counts come from the exported file itself (same snapshot), via its table list.
  const meta = await peakImportFile(body)
  for (const t of meta.data.tables) tables[t.name] = t.rowCount
  const measured = await hashBlob(body, (done, total) =>
    opts.onProgress?.({ phase: 'hash', done, total }),
  )
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: 'full',
    createdAt: opts.now,
    appVersion: opts.appVersion,
    schemaVersion: meta.data.databaseVersion,
    reason: opts.reason,
    tables,
    totalRecords: Object.values(tables).reduce((a, b) => a + b, 0),
    body: { encoding: 'dexie-export-import', bytes: measured.bytes, sha256: measured.sha256 },
  }
  const blob = new Blob([manifestLine(manifest), body], { type: 'application/octet-stream' })
  return { blob, manifest, fileName: backupFileName(localStamp(opts.now)) }
}
