/**
 * App-wide security guards (docs/architecture/overview.md §5, docs/conventions.md). ─── SECURITY-CRITICAL ───
 * Do not loosen anything here without reading Electron's security checklist; every guard has a
 * regression test in tests/unit/main/security.test.ts and tests/electron/.
 */
import type { App, Session, Shell, WebContents, WebPreferences } from 'electron'
import { isAppUrl } from './origin'

/**
 * The Content-Security-Policy header for every app:// response. MUST stay identical to the
 * meta tag in renderer/index.html (a unit test compares them).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'"

/**
 * External links main may hand to the OS: https (no credentials in the URL) and mailto only.
 * Everything else — http, file, javascript, custom schemes — is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname.length > 0 &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/**
 * Force the secure baseline onto any web preferences, after any overrides (VS Code): sandbox,
 * context isolation, no Node, web security, no webview tag, no experimental features.
 */
export function forceSecureWebPreferences(prefs: WebPreferences): WebPreferences {
  prefs.sandbox = true
  prefs.contextIsolation = true
  prefs.nodeIntegration = false
  prefs.nodeIntegrationInSubFrames = false
  prefs.nodeIntegrationInWorker = false
  prefs.webSecurity = true
  prefs.allowRunningInsecureContent = false
  prefs.webviewTag = false
  prefs.experimentalFeatures = false
  delete prefs.enableBlinkFeatures
  return prefs
}

interface GuardOptions {
  devOrigin: string | null
  shell: Pick<Shell, 'openExternal'>
  /** Called for refused navigations/window opens (logging); optional. */
  onRefused?: (what: 'navigate' | 'redirect' | 'window-open' | 'webview', url: string) => void
}

/** Guards for one WebContents: navigation, redirects, window.open, <webview>. */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const refuse = options.onRefused ?? (() => undefined)
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, options.devOrigin)) {
      event.preventDefault()
      refuse('navigate', url)
    }
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, options.devOrigin)) {
      event.preventDefault()
      refuse('redirect', url)
    }
  })
  contents.setWindowOpenHandler(({ url }) => {
    // No in-app windows, ever. Allowlisted external links go to the OS browser/mail client.
    if (isAllowedExternalUrl(url)) {
      options.shell.openExternal(url).catch(() => undefined)
    } else {
      refuse('window-open', url)
    }
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event, webPreferences, params) => {
    // We use no <webview>. Force the baseline anyway in case preventDefault is ever removed.
    delete webPreferences.preload
    forceSecureWebPreferences(webPreferences)
    event.preventDefault()
    refuse('webview', params.src ?? '')
  })
}

/** Deny every permission request and check (camera, notifications, clipboard read, …). */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * Install the app-wide hooks (before ready): guards on every WebContents ever created, and
 * permissions denied on every session created later. Call {@link denyAllPermissions} on
 * `session.defaultSession` once the app is ready.
 */
export function installSecurityGuards(app: Pick<App, 'on'>, options: GuardOptions): void {
  app.on('session-created', (session) => denyAllPermissions(session))
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options))
}
