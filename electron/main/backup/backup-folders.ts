/**
 * Backup files on disk (main side). The renderer produces the bytes (the database lives in the
 * renderer); main writes them atomically into `userData/backups` and, when configured, copies
 * them into the office's folder (e.g. a network drive), then rotates each folder with the pure
 * planner of shared/backup. Only CaseDesk backup names are ever read or deleted.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile, access } from 'node:fs/promises'
import { constants } from 'node:fs'
import { join } from 'node:path'
import { planRotation, stampOfBackupName, type RotationPolicy } from '@shared/backup'
import { ioFailure, writeFileAtomic, type HostFailure } from '../services/file-io'

export interface BackupFolders {
  /** userData/backups */
  local: string
  /** userData/backup-settings.json */
  settingsFile: string
  policy: RotationPolicy
}

interface BackupFolderSettings {
  officeFolder: string | null
}

/** userData/backups and userData/backup-settings.json. */
export function backupFoldersOf(userData: string, policy: RotationPolicy): BackupFolders {
  return {
    local: join(userData, 'backups'),
    settingsFile: join(userData, 'backup-settings.json'),
    policy,
  }
}

/** Read the settings; a missing or broken file means "no office folder". */
export async function readBackupSettings(f: BackupFolders): Promise<BackupFolderSettings> {
  try {
    const raw = JSON.parse(await readFile(f.settingsFile, 'utf8')) as { officeFolder?: unknown }
    return { officeFolder: typeof raw.officeFolder === 'string' ? raw.officeFolder : null }
  } catch {
    return { officeFolder: null }
  }
}

/** Save the settings atomically. */
export async function saveBackupSettings(f: BackupFolders, s: BackupFolderSettings): Promise<void> {
  await mkdir(join(f.settingsFile, '..'), { recursive: true })
  await writeFileAtomic(f.settingsFile, new TextEncoder().encode(JSON.stringify(s)))
}

/** Whether `folder` exists and we can create files in it (writes and removes a probe file). */
export async function checkWritable(folder: string): Promise<string | null> {
  const probe = join(folder, `.casedesk-probe-${process.pid}`)
  try {
    await access(folder, constants.W_OK)
    await writeFile(probe, 'ok')
    await rm(probe, { force: true })
    return null
  } catch (error) {
    return ioFailure(error, 'write', probe).message
  }
}

/** Delete what the rotation plan says in one folder; returns how many were removed. */
async function rotateFolder(folder: string, policy: RotationPolicy): Promise<number> {
  const plan = planRotation(await readdir(folder), policy)
  let removed = 0
  for (const name of plan.remove) {
    await rm(join(folder, name), { force: true })
    removed += 1
  }
  return removed
}

/** What a finished backup write reports (the file's name and path, the office copy, rotation). */
export type WriteBackupResult =
  | {
      ok: true
      value: {
        name: string
        path: string
        officePath: string | null
        officeError: string | null
        removed: number
      }
    }
  | HostFailure

/**
 * After a backup file `name` is in the local folder: rotate it, place a copy in the office's
 * backup folder (when one is chosen) with `place`, and rotate that folder too. A failed copy is
 * reported in `officeError`; the local backup still counts.
 */
export async function copyToOfficeAndRotate(
  f: BackupFolders,
  name: string,
  place: (target: string) => Promise<void>,
): Promise<{ officePath: string | null; officeError: string | null; removed: number }> {
  let removed = await rotateFolder(f.local, f.policy).catch(() => 0)
  const { officeFolder } = await readBackupSettings(f)
  if (!officeFolder) return { officePath: null, officeError: null, removed }
  const target = join(officeFolder, name)
  try {
    await place(target)
    removed += await rotateFolder(officeFolder, f.policy).catch(() => 0)
    return { officePath: target, officeError: null, removed }
  } catch (error) {
    return {
      officePath: null,
      officeError: `本机备份已完成，但复制到备份文件夹失败：${ioFailure(error, 'write', target).message}`,
      removed,
    }
  }
}

async function listFolder(folder: string, location: 'local' | 'office') {
  const names = (await readdir(folder)).filter((n) => stampOfBackupName(n) !== null)
  const files = []
  for (const name of names) {
    const s = await stat(join(folder, name))
    files.push({ name, bytes: s.size, modifiedAt: s.mtime.toISOString(), location })
  }
  return files
}

/** List both folders, newest first. */
export async function listBackupFiles(f: BackupFolders) {
  await mkdir(f.local, { recursive: true })
  const files = await listFolder(f.local, 'local')
  const { officeFolder } = await readBackupSettings(f)
  let officeError: string | null = null
  if (officeFolder) {
    try {
      files.push(...(await listFolder(officeFolder, 'office')))
    } catch (error) {
      officeError = `无法读取备份文件夹“${officeFolder}”：${ioFailure(error, 'read', officeFolder).message}`
    }
  }
  files.sort((a, b) => b.name.localeCompare(a.name) || a.location.localeCompare(b.location))
  return { folder: f.local, officeFolder, officeError, files }
}
