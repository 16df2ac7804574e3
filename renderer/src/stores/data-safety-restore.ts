/**
 * The restore part of the data-safety store (./data-safety.ts): check backup files — a full
 * backup and its increments — into a staged database, show the summary, then switch to it
 * (renderer/src/backup/stage.ts, restore.ts; docs/data-safety.md "Restore").
 */
import { guardResult } from '@renderer/db/write-guard'
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { RecordProblem } from '@shared/backup'
import { host } from '@renderer/bridge/api'
import type { BackupListing, HostBackupReason } from '@renderer/bridge/host-api'
import { readManifest } from '@renderer/backup/blob-io'
import {
  BROKEN_CHAIN_CONFIRMATION,
  auditProblemText,
  commitRestore,
} from '@renderer/backup/restore'
import {
  discardStaging,
  stageBackupChain,
  type BackupInput,
  type StagedRestore,
} from '@renderer/backup/stage'
import { db, useDatabase } from '@renderer/db/db'
import { writeContext } from '@renderer/services/write-context'

/** A progress line shown by the page. */
export interface Progress {
  label: string
  percent: number
}

type Outcome = { ok: true; message: string } | { ok: false; message: string }

/** What the restore part needs from the store. */
interface RestoreDeps {
  run: <T>(fn: () => Promise<T>) => Promise<T>
  progress: Ref<Progress | null>
  listing: ShallowRef<BackupListing | null>
  backup: (reason: HostBackupReason) => Promise<Outcome>
  appVersion: () => string
}

/** State and actions of the restore (called once, inside the store's setup). */
export function useRestore({ run, progress, listing, backup, appVersion }: RestoreDeps) {
  const staged = shallowRef<StagedRestore | null>(null)
  const restoreError = ref<{ message: string; problems: RecordProblem[] } | null>(null)

  /** Check backup files (a full backup and any of its increments) and stage their data. */
  async function stageInputs(inputs: BackupInput[]): Promise<void> {
    restoreError.value = null
    staged.value = null
    const r = await stageBackupChain(inputs, {
      local: db,
      onProgress: (p) => {
        const labels = {
          checksum: '正在解压并校验文件…',
          import: '正在读取备份…',
          validate: '正在检查并载入每条记录（现有数据不受影响）…',
        }
        progress.value = {
          label: labels[p.phase],
          percent: p.total ? Math.round((p.done / p.total) * 100) : 0,
        }
      },
    })
    if (r.ok) staged.value = r.staged
    else restoreError.value = { message: r.message, problems: r.problems }
  }

  /** Check one backup file (nothing is written). */
  const stageFile = (file: Blob, name = '所选文件'): Promise<void> => stageInputs([{ name, file }])

  /** Pick backup files (a full backup, optionally with its increments) and check them. */
  async function pickRestoreFile(): Promise<string | null> {
    const picked = await host.pickBackupFiles(
      '选择要恢复的备份文件（增量备份请与其完整备份一起选择）',
    )
    if (!picked.ok) return picked.code === 'canceled' ? null : picked.message
    await run(() => stageInputs(picked.value.map((f) => ({ name: f.name, file: f.blob }))))
    return null
  }

  /**
   * Check a backup listed in a backup folder (Electron); for an increment, the files of its chain
   * are taken from the same folder (a missing one is named by the check).
   */
  async function stageListed(location: 'local' | 'office', name: string): Promise<string | null> {
    return run(async () => {
      const inputs: BackupInput[] = []
      const present = new Set(
        (listing.value?.files ?? []).filter((f) => f.location === location).map((f) => f.name),
      )
      let next: string | null = name
      while (next !== null && inputs.length < 100 && !inputs.some((i) => i.name === next)) {
        if (inputs.length > 0 && !present.has(next)) break
        progress.value = { label: `正在读取 ${next}…`, percent: 0 }
        const r = await host.openListedBackup(location, next)
        if (!r.ok) return r.message
        inputs.push({ name: next, file: r.value.blob })
        const m = await readManifest(r.value.blob)
        next = m?.kind === 'increment' ? (m.chain?.base?.name ?? null) : null
      }
      await stageInputs(inputs)
      return null
    })
  }

  async function cancelRestore(): Promise<void> {
    const s = staged.value
    staged.value = null
    restoreError.value = null
    if (s) {
      await discardStaging(s.stagingName)
      s.release()
    }
  }

  /**
   * Replace the database with the staged backup (after an optional backup of the current data).
   * @param confirmation - what the officer typed to restore a backup whose audit chain is broken
   *   (BROKEN_CHAIN_CONFIRMATION; checked again by commitRestore)
   */
  async function confirmRestore(
    backupFirst: boolean,
    confirmation = '',
  ): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
    const s = staged.value
    if (!s) return { ok: false, message: '请先选择并检查备份文件。' }
    if (!s.audit.ok && confirmation.trim() !== BROKEN_CHAIN_CONFIRMATION) {
      return {
        ok: false,
        message: `备份的操作日志不完整（${auditProblemText(s.audit)}），默认不予恢复。如确需恢复，请在确认框中输入“${BROKEN_CHAIN_CONFIRMATION}”。本机数据未做任何修改。`,
      }
    }
    return run(async () => {
      if (backupFirst) {
        const pre = await backup('pre-restore')
        if (!pre.ok)
          return { ok: false, message: `恢复前备份当前数据失败，已停止恢复：${pre.message}` }
      }
      progress.value = { label: '正在切换到恢复后的数据（请勿关闭程序）…', percent: 50 }
      const r = await guardResult(() =>
        commitRestore(db, s, writeContext(), appVersion(), { confirmBrokenChain: confirmation }),
      )
      if (!r.ok) return r
      useDatabase(r.database)
      staged.value = null
      return { ok: true, message: `恢复完成，共 ${r.totalRecords} 条记录。程序将重新载入。` }
    })
  }

  return {
    staged,
    restoreError,
    stageFile,
    pickRestoreFile,
    stageListed,
    cancelRestore,
    confirmRestore,
  }
}
