import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { WebContents, WebPreferences } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  forceSecureWebPreferences,
  guardWebContents,
  installSecurityGuards,
  isAllowedExternalUrl,
} from '../../../electron/main/security'

vi.mock('electron', () => ({}))

type OpenHandler = (details: { url: string }) => { action: string }

/** A WebContents stand-in: a real EventEmitter plus the window-open handler slot. */
function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & {
    openHandler?: OpenHandler
    setWindowOpenHandler(handler: OpenHandler): void
  }
  emitter.setWindowOpenHandler = (handler) => {
    emitter.openHandler = handler
  }
  return emitter
}

function fireNavigation(contents: EventEmitter, name: string, url: string): boolean {
  const event = { preventDefault: vi.fn() }
  contents.emit(name, event, url)
  return event.preventDefault.mock.calls.length > 0
}

function guarded(devOrigin: string | null = null) {
  const contents = fakeContents()
  const shell = { openExternal: vi.fn(() => Promise.resolve()) }
  const onRefused = vi.fn()
  guardWebContents(contents as unknown as WebContents, { devOrigin, shell, onRefused })
  return { contents, shell, onRefused }
}

describe('CSP', () => {
  it('the header is identical to the meta tag in renderer/index.html', () => {
    const html = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no remote origins and no inline or eval scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self';/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })
})

describe('navigation guard (will-navigate / will-redirect)', () => {
  it.each([
    ['https://example.com/', true],
    ['http://127.0.0.1:5173/', true],
    ['file:///etc/passwd', true],
    ['app://evil/index.html', true],
    ['javascript:alert(1)', true],
    ['app://casedesk/index.html', false],
    ['app://casedesk/cases/1', false],
  ])('navigate to %s → prevented: %s', (url, prevented) => {
    const { contents, onRefused } = guarded()
    expect(fireNavigation(contents, 'will-navigate', url)).toBe(prevented)
    expect(fireNavigation(contents, 'will-redirect', url)).toBe(prevented)
    expect(onRefused).toHaveBeenCalledTimes(prevented ? 2 : 0)
  })

  it('allows the dev server origin only when one is configured', () => {
    expect(
      fireNavigation(
        guarded('http://localhost:5173').contents,
        'will-navigate',
        'http://localhost:5173/#/x',
      ),
    ).toBe(false)
    expect(fireNavigation(guarded(null).contents, 'will-navigate', 'http://localhost:5173/')).toBe(
      true,
    )
  })
})

describe('window.open guard', () => {
  it.each([
    'https://www.samr.gov.cn/',
    'mailto:office@example.cn',
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'app://casedesk/index.html',
    'javascript:alert(1)',
  ])('denies an in-app window for %s', (url) => {
    const { contents } = guarded()
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
  })

  it('hands only allowlisted https/mailto links to the OS', () => {
    const { contents, shell, onRefused } = guarded()
    contents.openHandler?.({ url: 'https://www.samr.gov.cn/' })
    contents.openHandler?.({ url: 'http://example.com/' })
    contents.openHandler?.({ url: 'file:///etc/passwd' })
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.samr.gov.cn/')
    expect(onRefused).toHaveBeenCalledTimes(2)
  })

  it.each([
    ['https://www.samr.gov.cn/x', true],
    ['mailto:a@b.cn', true],
    ['https://user:pw@example.com/', false],
    ['http://example.com/', false],
    ['ftp://example.com/', false],
    ['smb://server/share', false],
    ['ms-settings:', false],
    ['not a url', false],
  ])('isAllowedExternalUrl(%s) = %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed)
  })
})

describe('<webview> guard', () => {
  it('prevents attaching and strips preload / forces the baseline', () => {
    const { contents } = guarded()
    const event = { preventDefault: vi.fn() }
    const prefs: WebPreferences = {
      preload: '/evil.js',
      sandbox: false,
      nodeIntegration: true,
      contextIsolation: false,
    }
    contents.emit('will-attach-webview', event, prefs, { src: 'https://example.com' })
    expect(event.preventDefault).toHaveBeenCalled()
    expect(prefs).toMatchObject({ sandbox: true, nodeIntegration: false, contextIsolation: true })
    expect(prefs.preload).toBeUndefined()
  })
})

describe('permissions', () => {
  it('denies every request and every check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session)
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean
    for (const permission of [
      'media',
      'notifications',
      'clipboard-read',
      'geolocation',
      'openExternal',
    ]) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check({}, permission, 'app://casedesk', {})).toBe(false)
    }
  })

  it('installSecurityGuards hooks every new WebContents and every new session', () => {
    const app = new EventEmitter()
    installSecurityGuards(app as never, {
      devOrigin: null,
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
    })
    const contents = fakeContents()
    app.emit('web-contents-created', {}, contents)
    expect(fireNavigation(contents, 'will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    app.emit('session-created', session)
    expect(session.setPermissionCheckHandler).toHaveBeenCalled()
  })
})

describe('forceSecureWebPreferences', () => {
  it('overrides anything insecure that was set before', () => {
    const prefs = forceSecureWebPreferences({
      sandbox: false,
      contextIsolation: false,
      nodeIntegration: true,
      nodeIntegrationInSubFrames: true,
      webSecurity: false,
      webviewTag: true,
      experimentalFeatures: true,
      enableBlinkFeatures: 'Foo',
    })
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      experimentalFeatures: false,
    })
    expect(prefs.enableBlinkFeatures).toBeUndefined()
  })
})
