/**
 * Does a backup that claims to come from this installation agree with this PC's audit chain?
 * (docs/data-safety.md, "Restore".)
 *
 * Every restore appends a 'restore' entry, and the data before it came from a backup that
 * passed this same check; so the entries before the FIRST restore entry of a chain are this
 * installation's original, continuous history, shared by every genuine backup of it. The two
 * chains are compared up to the last seq both hold before either's first restore entry: when
 * the backup's own chain is intact, comparing the hash at that seq compares every entry before
 * it (each hash covers the previous one); when it is broken, entries are compared one by one.
 * A difference there means the backup was altered (and re-hashed) after it was written.
 */
import type { BackupManifest } from '@shared/backup'
import type { AppDB } from '@renderer/db/app-db'
import type { AuditEntry } from '@renderer/db/records'
import { readInstallationId } from './installation'

/** Seq of the first 'restore' entry of a chain (Infinity when there is none). */
async function firstRestoreSeq(db: AppDB): Promise<number> {
  const first = (await db.audit
    .orderBy('seq')
    .filter((e: AuditEntry) => e.action === 'restore')
    .first()) as AuditEntry | undefined
  return first?.seq ?? Infinity
}

const lastSeq = async (db: AppDB) =>
  ((await db.audit.orderBy('seq').last()) as AuditEntry | undefined)?.seq ?? 0

/** The first seq ≤ `upTo` whose entries differ (null when all agree). */
async function firstDifference(local: AppDB, staged: AppDB, upTo: number): Promise<number | null> {
  const page = 5000
  for (let from = 1; from <= upTo; from += page) {
    const to = Math.min(upTo, from + page - 1)
    const [a, b] = await Promise.all([
      local.audit.where('seq').between(from, to, true, true).toArray(),
      staged.audit.where('seq').between(from, to, true, true).toArray(),
    ])
    const hashes = new Map(b.map((e: AuditEntry) => [e.seq, e.hash]))
    for (const e of a as AuditEntry[]) if (hashes.get(e.seq) !== e.hash) return e.seq
    if (a.length !== b.length) return from
  }
  return null
}

/**
 * Compare the staged data with this PC's data.
 * @param manifest - the manifest of the newest file restored (its `chain` names the installation)
 * @param auditOk - whether the staged audit chain is intact
 * @returns null when the backup is not from this installation or agrees with it, else a Chinese
 *   message refusing it as altered
 */
export async function findDivergence(
  local: AppDB,
  staged: AppDB,
  manifest: BackupManifest,
  auditOk: boolean,
): Promise<string | null> {
  const localId = await readInstallationId(local)
  if (!localId || manifest.chain?.installationId !== localId) return null
  const localEnd = await lastSeq(local)
  if (localEnd === 0) return null
  const upTo = Math.min(
    localEnd,
    await lastSeq(staged),
    (await firstRestoreSeq(local)) - 1,
    (await firstRestoreSeq(staged)) - 1,
  )
  if (upTo < 1) return null
  let differs: number | null = null
  if (auditOk) {
    const [a, b] = await Promise.all([
      local.audit.where('seq').equals(upTo).first(),
      staged.audit.where('seq').equals(upTo).first(),
    ])
    if ((a as AuditEntry | undefined)?.hash !== (b as AuditEntry | undefined)?.hash) {
      differs = (await firstDifference(local, staged, upTo)) ?? upTo
    }
  } else {
    differs = await firstDifference(local, staged, upTo)
  }
  if (differs === null) return null
  return `该备份声称来自本机，但其操作日志从第 ${differs} 条起与本机记录不一致，说明备份生成后被修改过。为保护现有数据已停止恢复。请改用未经修改的备份文件（例如本机备份文件夹中的原始文件）。`
}
