/**
 * Request channel names, keyed by the method name the preload exposes on `window.api`.
 *
 * This file holds names only (no zod) so the sandboxed preload bundle stays tiny; the schemas
 * live in `./contract.ts`, which main uses to validate every call. Names follow
 * `<domain>:<verbNoun>` (STYLE.md §2). Adding a channel here without a contract entry is a
 * type error in `contract.ts`.
 */
export const requestChannels = {
  getAppInfo: 'app:getInfo',
  savePdf: 'documents:savePdf',
  printPdf: 'documents:printPdf',
  openPdf: 'documents:openPdf',
  pickAndReadFile: 'files:pickAndRead',
  saveFileAs: 'files:saveAs',
} as const

/** A method name of `window.api`. */
export type ApiMethod = keyof typeof requestChannels

/** A request channel name, e.g. `'documents:savePdf'`. */
export type RequestChannel = (typeof requestChannels)[ApiMethod]

/**
 * The `window.api` method names in declaration order.
 * @returns a fresh array, e.g. `['getAppInfo', 'savePdf', …]`
 */
export function apiMethodNames(): ApiMethod[] {
  return Object.keys(requestChannels) as ApiMethod[]
}
