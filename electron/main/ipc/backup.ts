/** backup:* handlers: write/list/read backup files, the office folder, the on-exit handshake. */
import {
  checkWritable,
  listBackupFiles,
  readBackupSettings,
  saveBackupSettings,
  type BackupFolders,
} from '../backup/backup-folders'
import { basename, join } from 'node:path'
import { BACKUP_EXTENSION, stampOfBackupName } from '@shared/backup'
import { createBackupStreams, type BackupStreams } from '../backup/backup-stream'
import type { ExitBackup } from '../backup/exit-backup'
import { canceled, ioFailure } from '../services/file-io'
import type { Handlers } from './types'

interface BackupDeps {
  folders: BackupFolders
  chooseFolder: (title: string) => Promise<string | null>
  /** The native open dialog for backup files (several allowed); null when canceled. */
  chooseFiles?: (title: string) => Promise<string[] | null>
  exitBackup: ExitBackup
  /** Chunked writes and reads (default: one over `folders`). */
  streams?: BackupStreams
}

type BackupChannels =
  | 'backup:open'
  | 'backup:append'
  | 'backup:finish'
  | 'backup:abort'
  | 'backup:pickRead'
  | 'backup:openListed'
  | 'backup:readChunk'
  | 'backup:closeRead'
  | 'backup:list'
  | 'backup:chooseFolder'
  | 'backup:clearFolder'
  | 'backup:finishExit'

/** Handlers for the backup:* channels. */
export function createBackupHandlers(deps: BackupDeps): Pick<Handlers, BackupChannels> {
  const { folders } = deps
  const streams = deps.streams ?? createBackupStreams(folders)
  return {
    'backup:open': ({ kind, stamp }) => streams.open(kind, stamp),
    'backup:append': ({ id, bytes }) => streams.append(id, bytes),
    'backup:finish': ({ id }) => streams.finish(id),
    'backup:abort': ({ id }) => streams.abort(id),
    'backup:pickRead': async ({ title }) => {
      if (!deps.chooseFiles) {
        return { ok: false, code: 'unsupported', message: '无法打开文件选择窗口。' }
      }
      const paths = await deps.chooseFiles(title)
      if (paths === null) return canceled
      const files = []
      for (const path of paths.slice(0, 100)) {
        if (!basename(path).toLowerCase().endsWith(`.${BACKUP_EXTENSION}`)) {
          return {
            ok: false,
            code: 'invalid',
            message: `“${basename(path)}”不是 CaseDesk 备份文件（扩展名应为 .casedesk）。请重新选择。`,
          }
        }
        const t = await streams.tokenFor(path)
        if (!t.ok) return t
        files.push(t.value)
      }
      return { ok: true, value: { files } }
    },
    'backup:openListed': async ({ location, name }) => {
      if (stampOfBackupName(name) === null || basename(name) !== name) {
        return { ok: false, code: 'invalid', message: `“${name}”不是 CaseDesk 备份文件名。` }
      }
      const folder =
        location === 'local' ? folders.local : (await readBackupSettings(folders)).officeFolder
      if (!folder) return { ok: false, code: 'invalid', message: '尚未设置备份文件夹。' }
      return streams.tokenFor(join(folder, name))
    },
    'backup:readChunk': ({ token, offset, length }) => streams.read(token, offset, length),
    'backup:closeRead': async ({ token }) => {
      streams.close(token)
      return { ok: true }
    },
    'backup:list': async () => {
      try {
        return { ok: true, value: await listBackupFiles(folders) }
      } catch (error) {
        return ioFailure(error, 'read', folders.local)
      }
    },
    'backup:chooseFolder': async () => {
      const folder = await deps.chooseFolder('选择备份文件夹（如单位网络共享盘）')
      if (folder === null) return canceled
      const problem = await checkWritable(folder)
      if (problem) return { ok: false, code: 'io', message: problem }
      await saveBackupSettings(folders, {
        ...(await readBackupSettings(folders)),
        officeFolder: folder,
      })
      return { ok: true, value: { officeFolder: folder } }
    },
    'backup:clearFolder': async () => {
      await saveBackupSettings(folders, { officeFolder: null })
      return { ok: true }
    },
    'backup:finishExit': async () => {
      deps.exitBackup.finish()
      return { ok: true }
    },
  }
}
