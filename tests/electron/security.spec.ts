// Security regression tests for the shell (docs/conventions.md, docs/architecture/overview.md §5). Run after `npm run build`.
import { expect, test } from '@playwright/test'
import { apiMethodNames } from '../../shared/ipc/channels'
import { NO_BINARY, findElectronBinary, launchApp, type LaunchedApp } from './electron-app'

const electronPath = findElectronBinary()
if (electronPath === null) console.log(NO_BINARY)
test.skip(electronPath === null, NO_BINARY)

let launched: LaunchedApp

test.beforeEach(async () => {
  launched = await launchApp(electronPath as string)
})

test.afterEach(async () => {
  await launched.close()
})

test('every window: sandbox, context isolation, no Node integration', async () => {
  const page = await launched.app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  // getLastWebPreferences() exists at runtime but is not in electron.d.ts.
  const prefs = await launched.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) =>
      (w.webContents as unknown as { getLastWebPreferences(): unknown }).getLastWebPreferences(),
    ),
  )
  expect(prefs.length).toBeGreaterThan(0)
  for (const p of prefs) {
    expect(p).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    })
  }
})

test('the renderer is served from app://casedesk with userData from CASEDESK_USER_DATA', async () => {
  const page = await launched.app.firstWindow()
  expect(page.url()).toMatch(/^app:\/\/casedesk\//)
  const userData = await launched.app.evaluate(({ app }) => app.getPath('userData'))
  expect(userData).toBe(launched.userData)
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  )
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
    'undefined',
  )
})

test('window.api has exactly the contract methods (no generic invoke)', async () => {
  const page = await launched.app.firstWindow()
  const keys = await page.evaluate(() => Object.keys((window as unknown as { api: object }).api))
  expect(keys).toEqual(apiMethodNames())
  const info = await page.evaluate(() =>
    (window as unknown as { api: { getAppInfo(): Promise<{ host: string }> } }).api.getAppInfo(),
  )
  expect(info.host).toBe('electron')
})

test('navigation to a foreign URL is prevented', async () => {
  const page = await launched.app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  // Record what the app-wide guard decided; our listener runs after it (registered later).
  await launched.app.evaluate(({ BrowserWindow }) => {
    const g = globalThis as { refusedNavigations?: string[] }
    g.refusedNavigations = []
    BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (event, url) => {
      if (event.defaultPrevented) g.refusedNavigations?.push(url)
    })
  })
  await page.evaluate(() => {
    window.location.href = 'https://example.com/'
  })
  await expect
    .poll(() =>
      launched.app.evaluate(
        () => (globalThis as { refusedNavigations?: string[] }).refusedNavigations,
      ),
    )
    .toEqual(['https://example.com/'])
  expect(page.url()).toMatch(/^app:\/\/casedesk\//)
})

test('window.open is denied and opens no window', async () => {
  const page = await launched.app.firstWindow()
  const opened = await page.evaluate(() => window.open('app://casedesk/index.html') === null)
  expect(opened).toBe(true)
  const external = await page.evaluate(() => window.open('file:///etc/passwd') === null)
  expect(external).toBe(true)
  const count = await launched.app.evaluate(
    ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
  )
  expect(count).toBe(1)
})
