// fonts:readSystem end to end through the preload (prefer the PC's 仿宋/黑体). The font
// folder is a temp dir given as CASEDESK_FONTS_DIR (the test-only override of %WINDIR%\Fonts).
// Run after `npm run build`; skipped without an Electron binary.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { NO_BINARY, findElectronBinary, launchApp, type LaunchedApp } from './electron-app'

const electronPath = findElectronBinary()
if (electronPath === null) console.log(NO_BINARY)
test.skip(electronPath === null, NO_BINARY)

type FontApi = {
  api: {
    readSystemFont(input: { fileName: string }): Promise<{
      ok: boolean
      code?: string
      value?: { fileName: string; bytes: Uint8Array | null }
    }>
  }
}

let launched: LaunchedApp
let root: string

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'casedesk-fonts-e2e-'))
  mkdirSync(join(root, 'Fonts'))
  writeFileSync(join(root, 'Fonts', 'SIMFANG.TTF'), new Uint8Array([0, 1, 0, 0, 7]))
  writeFileSync(join(root, 'secret.ttf'), new Uint8Array([9]))
  process.env.CASEDESK_FONTS_DIR = join(root, 'Fonts')
  try {
    launched = await launchApp(electronPath as string)
  } finally {
    delete process.env.CASEDESK_FONTS_DIR
  }
})

test.afterEach(async () => {
  await launched.close()
  rmSync(root, { recursive: true, force: true })
})

test('reads an allowlisted font from the font folder only', async () => {
  const page = await launched.app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  const found = await page.evaluate(async () => {
    const r = await (window as unknown as FontApi).api.readSystemFont({ fileName: 'simfang.ttf' })
    return { ...r, bytes: r.value?.bytes ? Array.from(r.value.bytes) : null }
  })
  expect(found).toMatchObject({ ok: true, bytes: [0, 1, 0, 0, 7] })
  const missing = await page.evaluate(() =>
    (window as unknown as FontApi).api.readSystemFont({ fileName: 'fzxbsjw.ttf' }),
  )
  expect(missing).toEqual({ ok: true, value: { fileName: 'fzxbsjw.ttf', bytes: null } })
  const refused = await page.evaluate(() =>
    (window as unknown as FontApi).api.readSystemFont({ fileName: '../secret.ttf' }).then(
      () => 'resolved',
      (error: unknown) => String(error),
    ),
  )
  expect(refused).toMatch(/invalid input/)
})
