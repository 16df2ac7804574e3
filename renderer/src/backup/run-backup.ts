/**
 * Which backup to write now, and the status it leaves (docs/data-safety.md, "Increments").
 * Scheduled and on-exit backups on disk (Electron) are increments of the current chain while
 * its full backup is less than a week old; manual backups, browser downloads, the first backup,
 * a week-old chain, or data no longer on the chain (after a restore or a bulk load) get a full
 * backup, which starts a new chain. The chain — the full backup and its increments, with what
 * each holds — is kept in the backup status (meta 'backupStatus', which describes this PC and is
 * not replaced by a restore).
 */
import type { HostBackupReason } from '@renderer/bridge/host-api'
import type { AppDB } from '@renderer/db/app-db'
import {
  createFullBackup,
  createIncrementBackup,
  type BackupProgress,
  type CreatedBackup,
} from './export'

/** One file of the current backup chain, as written. */
export interface ChainEntry {
  name: string
  kind: 'full' | 'increment'
  at: string
  reason: HostBackupReason
  /** Records in the file (a full backup: all; an increment: changed rows + its audit entries). */
  records: number
  /** Records per table in the file. */
  tables: Record<string, number>
  /** Audit seq range the file covers: (fromSeq, toSeq]. */
  fromSeq: number
  toSeq: number
  sha256: string
}

/** Last successful backup, kept in `meta` (not restored over: it describes this PC). */
export interface BackupStatus {
  key: 'backupStatus'
  at: string
  name: string
  reason: HostBackupReason
  records: number
  sha256: string
  /** Format 3 on: the installation, audit head and chain of the last backup. */
  kind?: 'full' | 'increment'
  installationId?: string
  toSeq?: number
  headHash?: string
  /** The current chain: its full backup first, then its increments (oldest first). */
  chain?: ChainEntry[]
  /**
   * Record count per table of the data the last backup holds (at `toSeq`): the next increment
   * derives its own from these and the changes instead of counting every table.
   */
  totals?: Record<string, number>
}

/** A full backup starts a new chain at least this often. */
export const fullBackupEveryMs = 7 * 24 * 3600_000

/**
 * Whether the next backup may be an increment of the status's chain.
 * @param onDisk - backups go to the backups folder (Electron), not a download
 */
export function incrementAllowed(
  status: BackupStatus | null,
  reason: HostBackupReason,
  nowMs: number,
  onDisk: boolean,
): boolean {
  if (!onDisk || (reason !== 'scheduled' && reason !== 'exit')) return false
  const full = status?.chain?.[0]
  if (!status || !full || full.kind !== 'full' || !status.installationId) return false
  if (status.toSeq === undefined || !status.headHash) return false
  return nowMs - Date.parse(full.at) < fullBackupEveryMs
}

export interface MadeBackup {
  created: CreatedBackup
  kind: 'full' | 'increment'
  /** Why an increment was not possible (a full backup was written instead). */
  fullBecause: string | null
}

/** Write the backup `incrementAllowed` chose (a full one when the increment is refused). */
export async function makeBackup(
  db: AppDB,
  opts: {
    status: BackupStatus | null
    reason: HostBackupReason
    now: string
    appVersion: string
    onDisk: boolean
    /**
     * Names of the backups present in the backups folder (Electron): an increment is written only
     * when every file of the current chain is still there.
     */
    present?: ReadonlySet<string>
    onProgress?: (p: BackupProgress) => void
  },
): Promise<MadeBackup> {
  const { status } = opts
  const common = {
    appVersion: opts.appVersion,
    reason: opts.reason,
    now: opts.now,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  }
  let fullBecause: string | null = null
  const missing =
    opts.present && status?.chain ? status.chain.find((e) => !opts.present!.has(e.name)) : undefined
  if (missing) fullBecause = `备份链中的文件“${missing.name}”已不在备份文件夹中`
  else if (status && incrementAllowed(status, opts.reason, Date.parse(opts.now), opts.onDisk)) {
    const inc = await createIncrementBackup(db, {
      ...common,
      base: {
        name: status.name,
        sha256: status.sha256,
        installationId: status.installationId!,
        toSeq: status.toSeq!,
        headHash: status.headHash!,
        ...(status.totals ? { totals: status.totals } : {}),
      },
    })
    if (inc.ok) return { created: inc.backup, kind: 'increment', fullBecause: null }
    fullBecause = inc.needFull
  }
  return { created: await createFullBackup(db, common), kind: 'full', fullBecause }
}

/** The status after `made` was stored as `name`. */
export function nextStatus(
  prev: BackupStatus | null,
  made: MadeBackup,
  name: string,
  reason: HostBackupReason,
  now: string,
): BackupStatus {
  const m = made.created.manifest
  const entry: ChainEntry = {
    name,
    kind: made.kind,
    at: now,
    reason,
    records: m.totalRecords,
    tables: m.tables,
    fromSeq: m.chain?.fromSeq ?? 0,
    toSeq: m.chain?.toSeq ?? 0,
    sha256: m.body.sha256,
  }
  const chain = made.kind === 'increment' ? [...(prev?.chain ?? []), entry] : [entry]
  const totals = made.kind === 'full' ? m.tables : m.chain?.totals
  return {
    key: 'backupStatus',
    at: now,
    name,
    reason,
    records:
      made.kind === 'full'
        ? m.totalRecords
        : Object.values(m.chain?.totals ?? {}).reduce((a, b) => a + b, 0),
    sha256: m.body.sha256,
    kind: made.kind,
    ...(m.chain
      ? { installationId: m.chain.installationId, toSeq: m.chain.toSeq, headHash: m.chain.headHash }
      : {}),
    chain,
    ...(totals ? { totals } : {}),
  }
}
