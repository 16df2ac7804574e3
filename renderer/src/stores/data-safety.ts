/**
 * Data safety (设置 → 数据安全): backups (manual, scheduled, on exit), restore with a summary
 * before the data is replaced (./data-safety-restore.ts), case transfer
 * (./data-safety-transfer.ts), storage persistence and the audit-chain check.
 * Thin: the work is in renderer/src/backup and shared/backup; this store holds progress,
 * the staged restore / case package awaiting the user's decision, and the backup status.
 *
 * Scheduling: the renderer owns the database, so it schedules. `start()` (once per app) checks
 * every 30 minutes whether a backup is due (last success older than `autoIntervalHours`): under
 * Electron it writes one silently into userData/backups (+ the office folder); in the browser it
 * raises `reminderDue` so the page can ask for a download. Under Electron it also answers main's
 * on-exit request (`host.onExitBackup`) when a backup is due. Scheduled and on-exit backups are
 * increments of the current chain, with a full backup at least weekly
 * (renderer/src/backup/run-backup.ts, docs/data-safety.md "Increments"); every backup reaches the
 * host in chunks (`host.storeBackup`), so its size is not capped.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { host } from '@renderer/bridge/api'
import type { BackupListing, HostBackupReason } from '@renderer/bridge/host-api'
import { localStamp } from '@renderer/backup/blob-io'
import { ensureInstallationId } from '@renderer/backup/installation'
import { makeBackup, nextStatus, type BackupStatus } from '@renderer/backup/run-backup'
import { checkAuditChain, type AuditCheck } from '@renderer/backup/stage'
import { db } from '@renderer/db/db'
import { appendAudit } from '@renderer/db/audit'
import { putMeta, readMeta } from '@renderer/db/meta'
import { guardWrite } from '@renderer/db/write-guard'
import { writeContext } from '@renderer/services/write-context'
import { useAppStore } from './app'
import { useRestore, type Progress } from './data-safety-restore'
import { useCaseTransfer } from './data-safety-transfer'

export type { BackupStatus, ChainEntry } from '@renderer/backup/run-backup'

/** Office-configurable backup policy ([U]), kept in `meta`. */
export interface BackupSettings {
  key: 'backupSettings'
  /** Warn on the settings page when the last backup is older than this. */
  warnAfterDays: number
  /** Automatic backup interval (Electron) / reminder interval (browser). */
  autoIntervalHours: number
}

export const defaultBackupSettings: BackupSettings = {
  key: 'backupSettings',
  warnAfterDays: 3,
  autoIntervalHours: 24,
}

export type { Progress } from './data-safety-restore'
const hour = 3600_000

export const useDataSafetyStore = defineStore('dataSafety', () => {
  const busy = ref(false)
  const progress = ref<Progress | null>(null)
  const status = ref<BackupStatus | null>(null)
  const settings = ref<BackupSettings>({ ...defaultBackupSettings })
  const listing = shallowRef<BackupListing | null>(null)
  const listingError = ref('')
  const storage = ref<{ persisted: boolean | null; usage: number; quota: number } | null>(null)
  const auditCheck = ref<AuditCheck | null>(null)
  const reminderDue = ref(false)
  let starting: Promise<void> | null = null

  const appVersion = () => useAppStore().info?.version ?? '0.0.0'

  /** Days since the last successful backup (null when there is none). */
  function ageDays(nowMs: number): number | null {
    if (!status.value) return null
    return (nowMs - Date.parse(status.value.at)) / (24 * hour)
  }
  const overdue = computed(() => {
    const age = ageDays(Date.now())
    return age === null || age > settings.value.warnAfterDays
  })

  async function load(): Promise<void> {
    // A damaged record reads as none: the page then says no backup was recorded / shows the
    // default policy, and the next backup or save replaces it.
    const [savedStatus, savedSettings] = await Promise.all([
      readMeta(db, 'backupStatus'),
      readMeta(db, 'backupSettings'),
    ])
    for (const r of [savedStatus, savedSettings])
      if (!r.ok) console.warn('[data-safety]', r.message)
    status.value = (savedStatus.ok && savedStatus.value) || null
    settings.value = (savedSettings.ok && savedSettings.value) || { ...defaultBackupSettings }
    await refreshStorage()
    await refreshListing()
  }

  async function refreshStorage(): Promise<void> {
    const s = typeof navigator !== 'undefined' ? navigator.storage : undefined
    if (!s?.estimate) {
      storage.value = null
      return
    }
    const [estimate, persisted] = await Promise.all([
      s.estimate(),
      s.persisted ? s.persisted() : Promise.resolve(null),
    ])
    storage.value = { persisted, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 }
  }

  /** Ask the browser to keep our data when disk space runs low (navigator.storage.persist). */
  async function requestPersistence(): Promise<boolean> {
    const granted = (await navigator.storage?.persist?.()) ?? false
    await refreshStorage()
    return granted
  }

  async function refreshListing(): Promise<void> {
    if (host.backupTarget !== 'disk') return
    const r = await host.listBackups()
    listing.value = r.ok ? r.value : null
    listingError.value = r.ok ? (r.value.officeError ?? '') : r.message
  }

  async function run<T>(fn: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      return await fn()
    } finally {
      busy.value = false
      progress.value = null
    }
  }

  async function recordStatus(next: BackupStatus): Promise<void> {
    const ctx = writeContext()
    const saved = await guardWrite(() =>
      db.transaction('rw', [db.meta, db.audit], async () => {
        const read = await readMeta(db, 'backupStatus')
        const before = read.ok ? (read.value ?? null) : { damaged: read.message }
        await putMeta(db, 'backupStatus', next)
        await appendAudit(db, ctx, {
          action: 'backup',
          entity: 'meta',
          entityId: 'backupStatus',
          before,
          after: next,
        })
      }),
    )
    // The backup file exists even if recording its status failed (e.g. a full disk).
    status.value = next
    if (!saved.ok) console.warn('[data-safety] backup status not recorded:', saved.message)
  }

  /** Back up now: a full backup, or (scheduled / on exit, on disk) an increment of the chain. */
  async function backup(
    reason: HostBackupReason,
  ): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
    const now = new Date().toISOString()
    try {
      // The installation id names this PC's chain in the backup (one audited write, once).
      const installed = await guardWrite(() => ensureInstallationId(db, writeContext()))
      if (!installed.ok) console.warn('[data-safety] no installation id:', installed.message)
      if (host.backupTarget === 'disk') await refreshListing()
      const local = listing.value?.files.filter((f) => f.location === 'local')
      const made = await makeBackup(db, {
        status: status.value,
        reason,
        now,
        appVersion: appVersion(),
        onDisk: host.backupTarget === 'disk',
        ...(local ? { present: new Set(local.map((f) => f.name)) } : {}),
        onProgress: (p) => {
          const labels = {
            export: '正在导出数据…',
            hash: '正在计算校验值…',
            compress: '正在压缩备份…',
          }
          progress.value = {
            label: labels[p.phase],
            percent: p.total ? Math.round((p.done / p.total) * 100) : 0,
          }
        },
      })
      const { created } = made
      const written = await host.storeBackup(
        created.blob,
        made.kind,
        localStamp(now),
        reason,
        (done, total) => {
          progress.value = {
            label: '正在写入备份文件…',
            percent: total ? Math.round((done / total) * 100) : 100,
          }
        },
      )
      if (!written.ok) return { ok: false, message: written.message }
      await recordStatus(nextStatus(status.value, made, written.value.name, reason, now))
      reminderDue.value = false
      await refreshListing()
      const where =
        host.backupTarget === 'disk'
          ? `已保存到 ${written.value.path}`
          : '已开始下载，请妥善保存该文件'
      const what =
        made.kind === 'increment'
          ? `增量备份完成（自上次备份以来的 ${created.manifest.totalRecords} 条变更记录）`
          : `备份完成（${created.manifest.totalRecords} 条记录）`
      return {
        ok: true,
        message:
          `${what}，${where}。` +
          (written.value.officeError ? ` ${written.value.officeError}` : ''),
      }
    } catch (err) {
      return {
        ok: false,
        message: `备份失败（${err instanceof Error ? err.message : String(err)}）。数据未受影响，请重试。`,
      }
    }
  }

  const backupNow = (reason: HostBackupReason = 'manual') => run(() => backup(reason))

  function isDue(nowMs: number): boolean {
    const age = ageDays(nowMs)
    return age === null || age * 24 >= settings.value.autoIntervalHours
  }

  async function tick(): Promise<void> {
    if (busy.value || !isDue(Date.now())) return
    if (host.backupTarget === 'disk') await backupNow('scheduled')
    else reminderDue.value = true
  }

  /**
   * Start the schedule and the on-exit backup (the shell calls it once the database is open and
   * setup is done; the 数据安全 page calls it too). Idempotent, also when calls overlap: every
   * caller gets the same start-up; if loading the status fails, the next call tries again.
   */
  function start(): Promise<void> {
    starting ??= (async () => {
      try {
        await load()
      } catch (err) {
        starting = null
        throw err
      }
      setInterval(() => void tick(), 30 * 60_000)
      host.onExitBackup(async () => {
        if (!busy.value && isDue(Date.now())) await backupNow('exit')
      })
      await tick()
    })()
    return starting
  }

  async function saveSettings(next: Omit<BackupSettings, 'key'>): Promise<string | null> {
    const rec: BackupSettings = { key: 'backupSettings', ...next }
    const ctx = writeContext()
    const r = await guardWrite(() =>
      db.transaction('rw', [db.meta, db.audit], async () => {
        const read = await readMeta(db, 'backupSettings')
        const before = read.ok ? (read.value ?? null) : { damaged: read.message }
        await putMeta(db, 'backupSettings', rec)
        await appendAudit(db, ctx, {
          action: 'update',
          entity: 'meta',
          entityId: 'backupSettings',
          before,
          after: rec,
        })
      }),
    )
    if (!r.ok) return r.message
    settings.value = rec
    return null
  }

  const restore = useRestore({ run, progress, listing, backup, appVersion })
  const transfer = useCaseTransfer({ run, appVersion })

  // ---- audit chain ----
  async function verifyAudit(): Promise<void> {
    await run(async () => {
      progress.value = { label: '正在核验操作日志…', percent: 0 }
      auditCheck.value = await checkAuditChain(db)
    })
  }

  return {
    busy,
    progress,
    status,
    settings,
    listing,
    listingError,
    storage,
    staged: restore.staged,
    restoreError: restore.restoreError,
    casePackage: transfer.casePackage,
    caseError: transfer.caseError,
    auditCheck,
    reminderDue,
    overdue,
    load,
    start,
    backupNow,
    saveSettings,
    requestPersistence,
    refreshListing,
    pickRestoreFile: restore.pickRestoreFile,
    stageListed: restore.stageListed,
    stageFile: restore.stageFile,
    cancelRestore: restore.cancelRestore,
    confirmRestore: restore.confirmRestore,
    exportCaseByNo: transfer.exportCaseByNo,
    pickCasePackage: transfer.pickCasePackage,
    applyCasePackage: transfer.applyCasePackage,
    dismissCasePackage: transfer.dismissCasePackage,
    verifyAudit,
  }
})
