// The format-1 backup writer as it shipped (dexie-export-import body, whole-body SHA-256), kept
// so tests can prove that files written by older builds still restore.
import { exportDB, peakImportFile } from 'dexie-export-import'
import { BACKUP_FORMAT, createSha256, type BackupManifest } from '@shared/backup'
import type { Dexie } from 'dexie'

/** A format-1 full backup of `db`, byte for byte as the first release wrote it. */
export async function createV1Backup(db: Dexie, now = '2026-03-05T10:00:00.000Z'): Promise<Blob> {
  if (!db.isOpen()) await db.open()
  const body = await exportDB(db, { numRowsPerChunk: 2000 })
  const meta = await peakImportFile(body)
  const tables: Record<string, number> = {}
  for (const t of meta.data.tables) tables[t.name] = t.rowCount
  const hash = createSha256()
  hash.update(new Uint8Array(await body.arrayBuffer()))
  const manifest = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    kind: 'full',
    createdAt: now,
    appVersion: '0.1.0',
    schemaVersion: meta.data.databaseVersion,
    reason: 'manual',
    tables,
    totalRecords: Object.values(tables).reduce((a, b) => a + b, 0),
    body: { encoding: 'dexie-export-import', bytes: hash.length, sha256: hash.digestHex() },
  } satisfies Omit<BackupManifest, 'formatVersion'> & { formatVersion: 1 }
  return new Blob([`${JSON.stringify(manifest)}\n`, body])
}
