/** Native file dialogs behind a small interface, so handlers unit-test with a fake. */
import type { BrowserWindow, Dialog, FileFilter } from 'electron'

interface SaveDialogRequest {
  title: string
  defaultPath: string
  filters: FileFilter[]
}

interface OpenDialogRequest {
  title: string
  filters: FileFilter[]
}

export interface NativeDialogs {
  /** The path the user chose, or null when they canceled. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | null>
  /** The single file the user chose, or null when they canceled. */
  chooseOpenPath(request: OpenDialogRequest): Promise<string | null>
}

/** NativeDialogs on Electron's `dialog`, modal to the window `getParent()` returns. */
export function electronDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  getParent: () => BrowserWindow | null,
): NativeDialogs {
  const parentOf = () => {
    const parent = getParent()
    return parent && !parent.isDestroyed() ? parent : null
  }
  return {
    async chooseSavePath(request) {
      const options = {
        ...request,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as const,
      }
      const parent = parentOf()
      const result = parent
        ? await dialog.showSaveDialog(parent, { ...options, properties: [...options.properties] })
        : await dialog.showSaveDialog({ ...options, properties: [...options.properties] })
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath(request) {
      const options = { ...request, properties: ['openFile' as const] }
      const parent = parentOf()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      const [first] = result.filePaths
      return result.canceled || first === undefined ? null : first
    },
  }
}
