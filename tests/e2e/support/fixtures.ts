/**
 * Each test gets its own browser profile (a temp user-data dir) so IndexedDB starts empty and
 * tests never share data. `app.restart()` closes Chromium and starts it again on the same
 * profile, which is how persistence across browser restarts is proved.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumOrExplain } from '../../../scripts/chromium-path.cjs'

/** Chromium's flags for every e2e browser (docs/testing.md, "Browser flags"). */
export const launchArgs = CHROMIUM_FLAGS

export interface AppSession {
  readonly page: Page
  readonly context: BrowserContext
  /** Go to a hash route ('' = start page) and wait until the app says it is ready. */
  open(hashPath?: string): Promise<Page>
  /** Reload the page and wait for readiness. */
  reload(): Promise<Page>
  /** Close the browser and start it again on the same profile. */
  restart(): Promise<Page>
  /**
   * Stop answering 选择当前执法人员 automatically (by default every page of the fixture picks the
   * first officer whenever that dialog shows); for tests of the dialog itself. Also applies to
   * pages opened later by `restart()`.
   */
  chooseOfficerManually(): Promise<void>
}

/** The start-of-session dialog (docs/architecture/session.md). */
export const officerChooserName = '选择当前执法人员'

/** Pick the first officer listed and confirm (officers with a PIN need a manual test). */
async function autoChooseOfficer(page: Page): Promise<void> {
  const chooser = page.getByRole('dialog', { name: officerChooserName })
  await page.addLocatorHandler(chooser, async () => {
    await chooser.getByRole('option').first().click()
    await chooser.getByRole('button', { name: '确定' }).click()
  })
}

async function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumOrExplain(),
    headless: true,
    args: launchArgs,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
}

/** Wait for the readiness attribute App.vue sets once the DB is open and a page rendered. */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible()
}

export const test = base.extend<{ profileDir: string; app: AppSession }>({
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'casedesk-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  app: async ({ profileDir, baseURL }, use) => {
    let context = await launch(profileDir)
    let page = context.pages()[0] ?? (await context.newPage())
    let autoChoose = true
    await autoChooseOfficer(page)
    const session: AppSession = {
      get page() {
        return page
      },
      get context() {
        return context
      },
      async open(hashPath = '') {
        await page.goto(`${baseURL}${hashPath ? `#${hashPath}` : ''}`)
        await waitReady(page)
        return page
      },
      async reload() {
        await page.reload()
        await waitReady(page)
        return page
      },
      async restart() {
        await context.close()
        context = await launch(profileDir)
        page = context.pages()[0] ?? (await context.newPage())
        if (autoChoose) await autoChooseOfficer(page)
        return session.open()
      },
      async chooseOfficerManually() {
        autoChoose = false
        await page.removeLocatorHandler(page.getByRole('dialog', { name: officerChooserName }))
      },
    }
    await use(session)
    await context.close()
  },
})

export { expect }
