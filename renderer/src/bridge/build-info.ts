/**
 * Product name and version for the browser host, from the build-time defines `__APP_NAME__` and
 * `__APP_VERSION__` (package.json productName/version; set in electron.vite.config.ts,
 * vite.web.config.ts and vitest.config.ts). Under Electron, main reports the same values.
 */
declare const __APP_NAME__: string
declare const __APP_VERSION__: string

export const productName: string = __APP_NAME__

export const appVersion: string = __APP_VERSION__
