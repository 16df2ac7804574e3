/** backup:* handlers: write/list/read backup files, the office folder, the on-exit handshake. */
import {
  checkWritable,
  listBackupFiles,
  readBackupFile,
  readBackupSettings,
  saveBackupSettings,
  writeBackupFile,
  type BackupFolders,
} from '../backup/backup-folders'
import type { ExitBackup } from '../backup/exit-backup'
import { canceled, ioFailure } from '../services/file-io'
import type { Handlers } from './types'

export interface BackupDeps {
  folders: BackupFolders
  chooseFolder: (title: string) => Promise<string | null>
  exitBackup: ExitBackup
}

type BackupChannels =
  | 'backup:write'
  | 'backup:list'
  | 'backup:read'
  | 'backup:chooseFolder'
  | 'backup:clearFolder'
  | 'backup:finishExit'

/** Handlers for the backup:* channels. */
export function createBackupHandlers(deps: BackupDeps): Pick<Handlers, BackupChannels> {
  const { folders } = deps
  return {
    'backup:write': ({ bytes, stamp }) => writeBackupFile(folders, bytes, stamp),
    'backup:list': async () => {
      try {
        return { ok: true, value: await listBackupFiles(folders) }
      } catch (error) {
        return ioFailure(error, 'read', folders.local)
      }
    },
    'backup:read': ({ location, name }) => readBackupFile(folders, location, name),
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
