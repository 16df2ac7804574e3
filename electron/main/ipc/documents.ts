/** documents:* handlers: save, print and open PDF bytes produced by the renderer. */
import { join } from 'node:path'
import { canceled, ioFailure, writeFileAtomic } from '../services/file-io'
import { sanitizeFileName } from '../services/file-name'
import type { NativeDialogs } from '../services/dialogs'
import { writeTempFile } from '../services/temp-files'
import type { Handlers } from './types'

export interface DocumentsDeps {
  dialogs: NativeDialogs
  /** Folder the save dialog starts in (the user's Documents folder). */
  defaultDir: () => string
  /** userData/tmp */
  tempRoot: string
  newId: () => string
  /** shell.openPath: resolves '' on success, else the OS's error text. */
  openPath: (path: string) => Promise<string>
  /** Show the PDF at `pdfPath` in the print window (services/print-window.ts). */
  showPrintWindow: (pdfPath: string, title: string) => Promise<void>
}

const pdfFilters = [{ name: 'PDF 文件', extensions: ['pdf'] }]

/** Handlers for documents:savePdf, documents:printPdf, documents:openPdf. */
export function createDocumentsHandlers(
  deps: DocumentsDeps,
): Pick<Handlers, 'documents:savePdf' | 'documents:printPdf' | 'documents:openPdf'> {
  return {
    'documents:savePdf': async ({ bytes, suggestedName }) => {
      const path = await deps.dialogs.chooseSavePath({
        title: '保存 PDF 文件',
        defaultPath: join(deps.defaultDir(), sanitizeFileName(suggestedName, 'pdf')),
        filters: pdfFilters,
      })
      if (path === null) return canceled
      try {
        await writeFileAtomic(path, bytes)
        return { ok: true, value: { path } }
      } catch (error) {
        return ioFailure(error, 'write', path)
      }
    },

    'documents:printPdf': async ({ bytes, title }) => {
      let file: string
      try {
        file = await writeTempFile(deps.tempRoot, title, 'pdf', bytes, deps.newId)
      } catch (error) {
        return ioFailure(error, 'write', join(deps.tempRoot, sanitizeFileName(title, 'pdf')))
      }
      try {
        await deps.showPrintWindow(file, title)
        return { ok: true }
      } catch {
        return {
          ok: false,
          code: 'unsupported',
          message: '无法打开打印预览。请改用“打开 PDF”用系统阅读器打印，或先保存 PDF 再打印。',
        }
      }
    },

    'documents:openPdf': async ({ bytes, suggestedName }) => {
      let file: string
      try {
        file = await writeTempFile(deps.tempRoot, suggestedName, 'pdf', bytes, deps.newId)
      } catch (error) {
        return ioFailure(
          error,
          'write',
          join(deps.tempRoot, sanitizeFileName(suggestedName, 'pdf')),
        )
      }
      const problem = await deps.openPath(file)
      if (problem !== '') {
        return {
          ok: false,
          code: 'unsupported',
          message: `无法用系统程序打开 PDF（${problem}）。请安装 PDF 阅读器（如 WPS、福昕阅读器），或改用“保存 PDF”。`,
        }
      }
      return { ok: true }
    },
  }
}
