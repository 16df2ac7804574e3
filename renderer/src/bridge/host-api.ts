/**
 * HostApi: everything the renderer needs from the host it runs in (DESIGN §6).
 *
 * Two real implementations exist: `electron-host.ts` (through the preload's `window.api`)
 * and `browser-host.ts` (downloads, a hidden print frame, file inputs). Only stores and
 * services call it, through `./api.ts`; components never do.
 *
 * Expected failures come back as `{ ok: false, code, message }` with a Chinese message the
 * UI can show as-is; methods throw only for bugs.
 */

export type HostKind = 'electron' | 'browser'

export interface AppInfo {
  /** Product name shown in the title bar and the About dialog. */
  name: string
  version: string
  host: HostKind
  /** e.g. 'win32', 'linux', or the browser's user agent platform. */
  platform: string
}

export type HostFailureCode = 'canceled' | 'io' | 'invalid' | 'unsupported'

export type HostResult<T = void> =
  | ({ ok: true } & (T extends void ? object : { value: T }))
  | { ok: false; code: HostFailureCode; message: string }

export interface FileFilter {
  /** Chinese label, e.g. 'PDF 文件'. */
  name: string
  /** Without dots: ['pdf']. */
  extensions: string[]
}

export interface PickedFile {
  name: string
  bytes: Uint8Array
}

export interface HostApi {
  readonly kind: HostKind
  getAppInfo(): Promise<AppInfo>
  /** Save PDF bytes where the user chooses (native dialog, or a download in the browser). */
  savePdf(bytes: Uint8Array, suggestedName: string): Promise<HostResult<{ path: string | null }>>
  /** Print PDF bytes (system print dialog). */
  printPdf(bytes: Uint8Array, title: string): Promise<HostResult>
  /** Open PDF bytes in the OS viewer (a new tab in the browser). */
  openPdf(bytes: Uint8Array, suggestedName: string): Promise<HostResult>
  /** Let the user pick one file and return its bytes; `canceled` when they close the dialog. */
  pickFile(title: string, filters: FileFilter[]): Promise<HostResult<PickedFile>>
  /** Write bytes to a file the user chooses. */
  saveFile(
    bytes: Uint8Array,
    suggestedName: string,
    filters: FileFilter[],
  ): Promise<HostResult<{ path: string | null }>>
}
