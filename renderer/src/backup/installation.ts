/**
 * The installation id (meta 'installation'): names this PC's line of data in every full backup
 * and increment (shared/backup/format.ts, `chain`), so a restore can tell a backup that claims to
 * come from here, and increments can tell their chain (docs/data-safety.md). A restore takes
 * the installation named by the backup restored (its data's line); after a backup that names
 * none, the next backup creates a new one (./restore.ts).
 */
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import type { WriteContext } from '@renderer/db/records'

/** The stored record. */
export interface InstallationRecord {
  key: 'installation'
  id: string
  createdAt: string
}

/** The id of this installation, or null when none was created yet. */
export async function readInstallationId(db: AppDB): Promise<string | null> {
  const rec = (await db.table('meta').get('installation')) as InstallationRecord | undefined
  return typeof rec?.id === 'string' && rec.id !== '' ? rec.id : null
}

/** The id of this installation, created (one audited write) when there is none yet. */
export async function ensureInstallationId(db: AppDB, ctx: WriteContext): Promise<string> {
  return db.transaction('rw', [db.meta, db.audit], async () => {
    const existing = await readInstallationId(db)
    if (existing) return existing
    const rec: InstallationRecord = { key: 'installation', id: ctx.newId(), createdAt: ctx.now }
    await db.table('meta').put(rec)
    await appendAudit(db, ctx, {
      action: 'create',
      entity: 'meta',
      entityId: 'installation',
      before: null,
      after: rec,
    })
    return rec.id
  })
}
