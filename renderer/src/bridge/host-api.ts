/**
 * HostApi: everything the renderer needs from the host it runs in (docs/architecture/overview.md §6).
 *
 * Two real implementations exist: `electron-host.ts` (through the preload's `window.api`)
 * and `browser-host.ts` (downloads, a hidden print frame, file inputs). Only stores and
 * services call it, through `./api.ts`; components never do.
 *
 * Expected failures come back as `{ ok: false, code, message }` with a Chinese message the
 * UI can show as-is; methods throw only for bugs.
 */

import type { SyncConfigureInput, SyncRequestInput, SyncResponse } from '@shared/ipc/sync-proxy'

type HostKind = 'electron' | 'browser'

export interface AppInfo {
  /** Product name shown in the title bar and the About dialog. */
  name: string
  version: string
  host: HostKind
  /** e.g. 'win32', 'linux', or the browser's user agent platform. */
  platform: string
}

type HostFailureCode = 'canceled' | 'io' | 'invalid' | 'unsupported'

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

/** Why a backup is written (the subset the host writes; see shared/backup/format.ts). */
export type HostBackupReason = 'manual' | 'scheduled' | 'exit' | 'pre-restore'

export interface WrittenBackup {
  name: string
  /** Full path on disk (Electron), null for a browser download. */
  path: string | null
  officePath: string | null
  /** Chinese message when the copy to the office folder failed (the local backup counts). */
  officeError: string | null
  /** Old backups deleted by the rotation. */
  removed: number
}

export interface BackupListing {
  folder: string
  officeFolder: string | null
  officeError: string | null
  files: { name: string; bytes: number; modifiedAt: string; location: 'local' | 'office' }[]
}

/** A backup file as picked or listed: its name and its bytes as a Blob. */
export interface BackupBlob {
  name: string
  blob: Blob
}

/** A system font file read by the host: `bytes` null when it is not installed on this PC. */
export interface SystemFontFile {
  /** The allowlisted name, lower case, e.g. 'simfang.ttf'. */
  fileName: string
  bytes: Uint8Array | null
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

  // ---- Backups. The renderer makes the bytes; the host stores them. ----
  /**
   * Where backups go: 'disk' = userData/backups (+ the office folder) with rotation, written
   * without asking (Electron); 'download' = a file download the user keeps (browser).
   */
  readonly backupTarget: 'disk' | 'download'
  /**
   * Store a backup of any size (docs/data-safety.md, "Backups"): under Electron it crosses to
   * main in chunks (open → append → finish; abort on failure, leaving no partial file) into
   * userData/backups (+ the office folder, then rotation); in the browser it is downloaded.
   * `kind` 'increment' names the file with the `-incr` suffix.
   */
  storeBackup(
    file: Blob,
    kind: 'full' | 'increment',
    stamp: string,
    reason: HostBackupReason,
    onProgress?: (done: number, total: number) => void,
  ): Promise<HostResult<WrittenBackup>>
  /**
   * Let the user pick one or more backup files (a full backup and its increments); each comes
   * back as a Blob of any size (read in chunks under Electron, the picked File in the browser).
   */
  pickBackupFiles(title: string): Promise<HostResult<BackupBlob[]>>
  /** A listed backup as a Blob of any size, read in chunks (`unsupported` in the browser). */
  openListedBackup(location: 'local' | 'office', name: string): Promise<HostResult<BackupBlob>>
  /** Backups on disk, newest first (`unsupported` in the browser). */
  listBackups(): Promise<HostResult<BackupListing>>
  /** Let the office choose a backup folder (`unsupported` in the browser). */
  chooseBackupFolder(): Promise<HostResult<{ officeFolder: string }>>
  /** Stop copying backups to the office folder. */
  clearBackupFolder(): Promise<HostResult>
  /**
   * Run `backup` when the app is closing (Electron asks before closing the window and waits
   * up to 60 s); the browser cannot wait at unload, so there it never fires.
   * @returns unsubscribe
   */
  onExitBackup(backup: () => Promise<void>): () => void

  // ---- Fonts. ----
  /**
   * Read one of the PC's font files for documents (allowlisted names only, see
   * shared/ipc/system-fonts.ts). `bytes: null` when it is not installed; `unsupported` in the
   * browser and on non-Windows hosts; `invalid` for a name outside the allowlist.
   */
  readSystemFont(fileName: string): Promise<HostResult<SystemFontFile>>
  /**
   * Whether this host can reach the office sync server (Electron: main makes the requests; the
   * browser build cannot: its Content-Security-Policy allows its own origin only).
   */
  readonly canSync: boolean
  /**
   * Hand the office server and the officer's login to the host (docs/sync.md "Connection");
   * `password: null` keeps the one it holds for this user. `unsupported` in the browser.
   */
  configureSync(input: SyncConfigureInput): Promise<HostResult<{ remembered: boolean }>>
  /** Forget the login the host holds. */
  forgetSync(): Promise<HostResult>
  /** One PouchDB request to the configured office database, made by the host. */
  syncRequest(input: SyncRequestInput): Promise<HostResult<SyncResponse>>
}
