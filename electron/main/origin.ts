/**
 * The renderer's origin. `app://casedesk` is the IndexedDB origin of every installed copy:
 * DECIDED ONCE — changing the scheme or host orphans every office's database (IndexedDB belongs
 * to the origin; docs/architecture/overview.md §3). Do not change without a data-migration plan.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'casedesk'
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The dev server's origin when main may load it: only with ELECTRON_RENDERER_URL set and an
 * unpackaged app. Anything unparsable or not http(s) is ignored.
 */
export function devServerOrigin(
  rendererUrl: string | undefined,
  isPackaged: boolean,
): string | null {
  if (isPackaged || !rendererUrl) return null
  try {
    const url = new URL(rendererUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin
  } catch {
    return null
  }
}

/**
 * Whether `url` belongs to the app: `app://casedesk/…`, or the dev server's origin in dev.
 * Node's URL reports `origin === 'null'` for non-special schemes, so scheme and host are compared.
 */
export function isAppUrl(url: string, devOrigin: string | null): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  }
  return devOrigin !== null && parsed.origin === devOrigin
}
