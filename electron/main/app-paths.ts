/** Where the app keeps its data. Dev and tests never touch the real profile (docs/conventions.md). */
import { isAbsolute, join, resolve } from 'node:path'
import type { App } from 'electron'

/**
 * Point `userData` (and with it IndexedDB) at CASEDESK_USER_DATA when set. Must run before
 * `ready` and before the single-instance lock, which is keyed on the userData folder.
 * @returns the userData path in use
 */
export function applyUserDataOverride(
  app: Pick<App, 'setPath' | 'getPath'>,
  override: string | undefined,
  cwd: string,
): string {
  if (override && override.trim() !== '') {
    const path = isAbsolute(override) ? override : resolve(cwd, override)
    app.setPath('userData', path)
  }
  return app.getPath('userData')
}

/** userData/tmp: PDFs handed to the OS viewer or the print window. */
export function tempRootOf(userData: string): string {
  return join(userData, 'tmp')
}
