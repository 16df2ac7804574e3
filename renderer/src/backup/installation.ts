/**
 * The installation id (meta 'installation'): names this PC's line of data in every full backup
 * and increment (shared/backup/format.ts, `chain`), so a restore can tell a backup that claims to
 * come from here, and increments can tell their chain (docs/data-safety.md). A restore takes
 * the installation named by the backup restored (its data's line); after a backup that names
 * none, the next backup creates a new one (./restore.ts).
 */
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import { putMeta, readMeta } from '@renderer/db/meta'
import type { WriteContext } from '@renderer/db/records'

/**
 * The id of this installation, or null when none was created yet. A damaged record counts as
 * none: the next backup then starts a new line, which a restore tells apart (./chain-check.ts).
 */
export async function readInstallationId(db: AppDB): Promise<string | null> {
  const rec = await readMeta(db, 'installation')
  return rec.ok && rec.value && rec.value.id !== '' ? rec.value.id : null
}

/** The id of this installation, created (one audited write) when there is none yet. */
export async function ensureInstallationId(db: AppDB, ctx: WriteContext): Promise<string> {
  return db.transaction('rw', [db.meta, db.audit], async () => {
    const existing = await readInstallationId(db)
    if (existing) return existing
    const rec = await putMeta(db, 'installation', {
      key: 'installation',
      id: ctx.newId(),
      createdAt: ctx.now,
    })
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
