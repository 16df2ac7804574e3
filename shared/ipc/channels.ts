/**
 * Request channel names, keyed by the method name the preload exposes on `window.api`.
 *
 * This file holds names only (no zod) so the sandboxed preload bundle stays tiny; the schemas
 * live in `./contract.ts`, which main uses to validate every call. Names follow
 * `<domain>:<verbNoun>` (docs/conventions.md). Adding a channel here without a contract entry is a
 * type error in `contract.ts`.
 */
export const requestChannels = {
  getAppInfo: 'app:getInfo',
  savePdf: 'documents:savePdf',
  printPdf: 'documents:printPdf',
  openPdf: 'documents:openPdf',
  pickAndReadFile: 'files:pickAndRead',
  saveFileAs: 'files:saveAs',
  openBackupWrite: 'backup:open',
  appendBackupWrite: 'backup:append',
  finishBackupWrite: 'backup:finish',
  abortBackupWrite: 'backup:abort',
  pickBackupFiles: 'backup:pickRead',
  openListedBackup: 'backup:openListed',
  readBackupChunk: 'backup:readChunk',
  closeBackupRead: 'backup:closeRead',
  listBackups: 'backup:list',
  chooseBackupFolder: 'backup:chooseFolder',
  clearBackupFolder: 'backup:clearFolder',
  finishExitBackup: 'backup:finishExit',
  readSystemFont: 'fonts:readSystem',
  configureSync: 'sync:configure',
  forgetSync: 'sync:forget',
  syncRequest: 'sync:request',
} as const

/**
 * Push events main sends to the renderer, keyed by the `window.api` subscription method
 * (`on<Event>(callback)` returns an unsubscribe function). Names: `<domain>:<pastEvent>`.
 */
export const eventChannels = {
  onBackupRequested: 'backup:requested',
} as const

/** A subscription method name of `window.api`. */
export type EventMethod = keyof typeof eventChannels

/** A push event channel name, e.g. `'backup:requested'`. */
export type EventChannel = (typeof eventChannels)[EventMethod]

/** A method name of `window.api`. */
export type ApiMethod = keyof typeof requestChannels

/** A request channel name, e.g. `'documents:savePdf'`. */
export type RequestChannel = (typeof requestChannels)[ApiMethod]

/**
 * The `window.api` member names in declaration order: request methods, then event subscriptions.
 * @returns a fresh array, e.g. `['getAppInfo', 'savePdf', …, 'onBackupRequested']`
 */
export function apiMethodNames(): (ApiMethod | EventMethod)[] {
  return [
    ...(Object.keys(requestChannels) as ApiMethod[]),
    ...(Object.keys(eventChannels) as EventMethod[]),
  ]
}
