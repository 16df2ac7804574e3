// Helpers for the Electron suite: find the binary without triggering a download, launch the
// built app with its own temp profile.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication } from '@playwright/test'

export const repoRoot = resolve(__dirname, '../..')
export const mainEntry = join(repoRoot, 'out', 'main', 'index.js')
export const NO_BINARY = 'skipped: no Electron binary'

/**
 * The Electron executable if it is already on disk, else null. Reads node_modules/electron's
 * path.txt the way its index.js does, but never calls that index.js (it would start a download).
 */
export function findElectronBinary(): string | null {
  const pkg = join(repoRoot, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const candidates = [
    override ? join(override, relative ?? 'electron') : null,
    relative ? join(pkg, 'dist', relative) : null,
  ]
  return candidates.find((c): c is string => c !== null && existsSync(c)) ?? null
}

export interface LaunchedApp {
  app: ElectronApplication
  userData: string
  close(): Promise<void>
}

/** Launch out/main/index.js with a fresh temp userData; requires `npm run build` first. */
export async function launchApp(executablePath: string): Promise<LaunchedApp> {
  if (!existsSync(mainEntry)) {
    throw new Error(`${mainEntry} 不存在：请先运行 npm run build（electron-vite build）。`)
  }
  const userData = mkdtempSync(join(tmpdir(), 'casedesk-electron-'))
  const env = { ...process.env, CASEDESK_USER_DATA: userData } as Record<string, string>
  delete env.ELECTRON_RENDERER_URL // always the packaged-style app:// origin
  const app = await _electron.launch({ executablePath, args: [mainEntry], env, cwd: repoRoot })
  return {
    app,
    userData,
    async close() {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    },
  }
}
