/**
 * The on-exit backup. The database lives in the renderer, so main cannot back it up alone:
 * when the main window is about to close, main holds the close, sends `backup:requested` to
 * the renderer, and closes once the renderer reports `backup:finishExit` (after writing the
 * backup through the chunked `backup:open` → `backup:append` → `backup:finish`) — or after `timeoutMs`, so a hung renderer never keeps the
 * app open. The renderer decides whether a backup is due (it knows the last one).
 */
import type { BrowserWindow } from 'electron'

interface ExitBackupDeps {
  timeoutMs: number
  setTimer: (fn: () => void, ms: number) => unknown
  clearTimer: (timer: unknown) => void
}

export interface ExitBackup {
  /** Hook the window's close event. */
  attach(
    win: Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
      webContents: Pick<BrowserWindow['webContents'], 'send'>
    },
  ): void
  /** The renderer is done (handler of `backup:finishExit`). */
  finish(): void
}

/** Create the coordinator (one per app). */
export function createExitBackup(deps: ExitBackupDeps): ExitBackup {
  let pending: { close: () => void; timer: unknown } | null = null
  let allowClose = false
  return {
    attach(win) {
      allowClose = false
      win.on('close', (event) => {
        if (allowClose || win.isDestroyed()) return
        event.preventDefault()
        if (pending) return
        const close = () => {
          if (!pending) return
          deps.clearTimer(pending.timer)
          pending = null
          allowClose = true
          if (!win.isDestroyed()) win.close()
        }
        pending = { close, timer: deps.setTimer(close, deps.timeoutMs) }
        win.webContents.send('backup:requested', { reason: 'exit' })
      })
    },
    finish() {
      pending?.close()
    },
  }
}
