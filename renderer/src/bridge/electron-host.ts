/**
 * HostApi under Electron, through the preload's `window.api` (DESIGN §6). The ONLY module that
 * touches `window.api` (ESLint enforces it); everything else calls `host` from ./api.ts.
 */
import type { Api } from '@shared/ipc/contract'
import { isSystemFontFileName } from '@shared/ipc/system-fonts'
import type { HostApi } from './host-api'

/** HostApi over an `Api` object (exported for tests, which pass a fake). */
export function createElectronHost(api: Api): HostApi {
  return {
    kind: 'electron',
    getAppInfo: () => api.getAppInfo(),
    savePdf: (bytes, suggestedName) => api.savePdf({ bytes, suggestedName }),
    printPdf: (bytes, title) => api.printPdf({ bytes, title }),
    openPdf: (bytes, suggestedName) => api.openPdf({ bytes, suggestedName }),
    pickFile: (title, filters) => api.pickAndReadFile({ title, filters }),
    saveFile: (bytes, suggestedName, filters) => api.saveFileAs({ bytes, suggestedName, filters }),
    backupTarget: 'disk',
    writeBackup: (bytes, stamp, reason) => api.writeBackup({ bytes, stamp, reason }),
    listBackups: () => api.listBackups(),
    readBackup: (location, name) => api.readBackup({ location, name }),
    chooseBackupFolder: () => api.chooseBackupFolder(),
    clearBackupFolder: () => api.clearBackupFolder(),
    onExitBackup: (backup) =>
      api.onBackupRequested(() => {
        // Always report back, also after a failure, so main can close the window.
        backup().then(
          () => void api.finishExitBackup({ ok: true }),
          () => void api.finishExitBackup({ ok: false }),
        )
      }),
    readSystemFont: async (fileName) =>
      // Checked here too: main rejects (throws) a name outside the allowlist.
      isSystemFontFileName(fileName)
        ? api.readSystemFont({ fileName })
        : { ok: false, code: 'invalid', message: `“${fileName}”不是可读取的系统字体文件。` },
  }
}

/** The Electron host when the preload exposed `window.api`, else null (browser mode). */
export function detectElectronHost(): HostApi | null {
  if (typeof window === 'undefined' || window.api === undefined) return null
  return createElectronHost(window.api)
}
