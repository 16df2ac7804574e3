/**
 * The main window. webPreferences pass through forceSecureWebPreferences LAST, so no option
 * added above can switch sandbox/context isolation off (VS Code's rule).
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { forceSecureWebPreferences } from './security'

interface MainWindowOptions {
  preloadPath: string
  /** app://casedesk/index.html, or the dev server URL. */
  url: string
  title: string
}

/** The secure webPreferences for a window; `extra` can add options but never weaken the baseline. */
export function secureWebPreferences(extra: WebPreferences = {}): WebPreferences {
  return forceSecureWebPreferences({ spellcheck: false, ...extra })
}

/** Constructor options for the main window (exported for tests). */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({ preload: options.preloadPath }),
  }
}

type BrowserWindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow

/** Create the main window, show it when ready, and load the renderer. */
export function createMainWindow(
  Ctor: BrowserWindowCtor,
  options: MainWindowOptions,
): BrowserWindow {
  const win = new Ctor(mainWindowOptions(options))
  win.once('ready-to-show', () => win.show())
  // A failed load leaves the window hidden; surface it instead of an invisible app.
  win.webContents.once('did-fail-load', () => win.show())
  win.loadURL(options.url).catch(() => win.show())
  return win
}

/** Bring an existing window to the front (second instance started). */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return
  if (win.isMinimized()) win.restore()
  if (!win.isVisible()) win.show()
  win.focus()
}
