/** The native "choose a folder" dialog for the office backup folder. */
import type { BrowserWindow, Dialog } from 'electron'

/** The folder the user chose, or null when they canceled. */
export function electronFolderPicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getParent: () => BrowserWindow | null,
): (title: string) => Promise<string | null> {
  return async (title) => {
    const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] }
    const parent = getParent()
    const result =
      parent && !parent.isDestroyed()
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
    const [first] = result.filePaths
    return result.canceled || first === undefined ? null : first
  }
}

/**
 * The native open dialog for backup files (several at once: a full backup and its increments),
 * only .casedesk files offered; null when the user canceled.
 */
export function electronBackupFilesPicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getParent: () => BrowserWindow | null,
): (title: string) => Promise<string[] | null> {
  return async (title) => {
    const options = {
      title,
      filters: [{ name: 'CaseDesk 备份', extensions: ['casedesk'] }],
      properties: ['openFile' as const, 'multiSelections' as const],
    }
    const parent = getParent()
    const result =
      parent && !parent.isDestroyed()
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
  }
}
