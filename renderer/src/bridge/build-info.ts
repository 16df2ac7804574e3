/**
 * Product name and version for the browser host. `__APP_VERSION__` is a build-time define
 * (`define: { __APP_VERSION__: JSON.stringify(pkg.version) }` in the renderer's Vite configs);
 * without it (e.g. in unit tests) the version reads '开发版'.
 */
declare const __APP_VERSION__: string | undefined

export const productName = 'CaseDesk'

export const appVersion: string =
  typeof __APP_VERSION__ === 'string' && __APP_VERSION__ !== '' ? __APP_VERSION__ : '开发版'
