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
