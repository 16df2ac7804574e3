/**
 * Printing a PDF. What works in Electron: Chromium's built-in PDF viewer (needs `plugins: true`)
 * shows the document with its own print button and Ctrl+P, which opens the system print dialog.
 * Calling `webContents.print()` on a window showing a PDF is known to print blank pages
 * (electron/electron#23662), so the user prints from the viewer; the window title says how.
 * Not measured here (no Electron binary on the build machine) — see the foundation report.
 */
import { pathToFileURL } from 'node:url'
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { secureWebPreferences } from '../window'

type BrowserWindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow

interface PrintWindowDeps {
  BrowserWindow: BrowserWindowCtor
  getParent: () => BrowserWindow | null
  /** Called once the window is closed (remove the temp file). */
  onClosed: (pdfPath: string) => void
}

/** Constructor options for the print window (exported for tests). */
export function printWindowOptions(
  title: string,
  parent: BrowserWindow | null,
): BrowserWindowConstructorOptions {
  return {
    title: `打印：${title}（点击右上角打印按钮或按 Ctrl+P）`,
    width: 900,
    height: 1000,
    show: false,
    autoHideMenuBar: true,
    ...(parent ? { parent } : {}),
    // No preload: this window can never call IPC. plugins = the PDF viewer only.
    webPreferences: secureWebPreferences({ plugins: true }),
  }
}

/** Open `pdfPath` in a sandboxed viewer window; resolves once it loaded, rejects if it did not. */
export async function openPrintWindow(
  deps: PrintWindowDeps,
  pdfPath: string,
  title: string,
): Promise<void> {
  const win = new deps.BrowserWindow(printWindowOptions(title, deps.getParent()))
  win.once('closed', () => deps.onClosed(pdfPath))
  win.once('ready-to-show', () => win.show())
  // Keep our title (with the how-to-print hint) instead of the PDF's own.
  win.on('page-title-updated', (event) => event.preventDefault())
  try {
    await win.loadURL(pathToFileURL(pdfPath).href)
    win.show()
  } catch (error) {
    if (!win.isDestroyed()) win.destroy()
    throw error
  }
}
