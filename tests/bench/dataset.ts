/**
 * The bench dataset lives in a cached Chromium profile (.bench-cache/profiles/<key>), seeded once
 * through renderer/src/bench/seed.ts in the real app page and reused by later runs. The key hashes
 * the dataset parameters, the port (IndexedDB belongs to the origin) and the sources that shape
 * the records (schema versions, repositories, demo generator, document mappers, bench seeding),
 * so any change there seeds a fresh profile. A profile without its `dataset.json` marker (a seed
 * that did not finish) is deleted and seeded again.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import type { BenchDatasetOptions, BenchSeedResult } from './api'
import { benchEntryFile } from './paths'

export const root = resolve(__dirname, '..', '..')
export const cacheDir = resolve(root, '.bench-cache')

const keySources = [
  'renderer/src/db',
  'renderer/src/bench/seed.ts',
  'renderer/src/bench/seed-documents.ts',
  'renderer/src/bench/probes.ts',
  'shared/demo',
  'shared/domain/case',
  'shared/documents/from-case',
]

function filesUnder(path: string): string[] {
  const abs = resolve(root, path)
  if (!existsSync(abs)) return []
  if (!statSync(abs).isDirectory()) return [abs]
  return readdirSync(abs)
    .sort()
    .flatMap((name) => filesUnder(relative(root, join(abs, name))))
}

/** Directory of the cached profile for these parameters. */
export function profileDirFor(opts: BenchDatasetOptions, port: number): string {
  const hash = createHash('sha256').update(JSON.stringify({ opts, port }))
  for (const file of keySources.flatMap(filesUnder)) {
    hash.update(relative(root, file)).update(readFileSync(file))
  }
  return join(cacheDir, 'profiles', `${opts.cases}-cases-${hash.digest('hex').slice(0, 12)}`)
}

/** The marker written after a finished seed. */
export interface DatasetMarker {
  options: BenchDatasetOptions
  seededAt: string
  result: BenchSeedResult
}

/** Make sure .bench-cache exists and ignores itself in git. */
export function ensureCacheDir(): void {
  mkdirSync(join(cacheDir, 'profiles'), { recursive: true })
  const ignore = join(cacheDir, '.gitignore')
  if (!existsSync(ignore)) {
    writeFileSync(ignore, '# npm run bench: build output and cached seeded profiles\n*\n')
  }
}

/** The marker of a seeded profile, or null (then the directory is removed for a fresh seed). */
export function readMarker(profileDir: string): DatasetMarker | null {
  const file = join(profileDir, 'dataset.json')
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DatasetMarker
  rmSync(profileDir, { recursive: true, force: true })
  return null
}

/** Import the bench entry into an app page (once per page). */
export async function loadBench(page: Page, base: string): Promise<void> {
  await page.evaluate(async (url) => {
    if (!window.__caseDeskBench) await import(/* @vite-ignore */ url)
  }, `${base}${benchEntryFile}`)
}

/** Seed the profile through the app page; logs progress; writes the marker. */
export async function seedProfile(
  context: BrowserContext,
  base: string,
  profileDir: string,
  opts: BenchDatasetOptions,
  log: (line: string) => void,
): Promise<DatasetMarker> {
  const page = await context.newPage()
  await page.goto(`${base}#/`)
  await page.locator('[data-app-state]').first().waitFor({ timeout: 120_000 })
  await loadBench(page, base)
  const started = Date.now()
  const seeding = page.evaluate((o) => window.__caseDeskBench!.seed(o), opts)
  let finished = false
  void seeding.finally(() => (finished = true)).catch(() => {})
  while (!finished) {
    await new Promise((r) => setTimeout(r, 15_000))
    if (finished) break
    const p = await page.evaluate(() => window.__caseDeskBench!.progress()).catch(() => null)
    if (p)
      log(
        `  生成基准数据：${p.done}/${p.total} 件（${Math.round((Date.now() - started) / 1000)} 秒）`,
      )
  }
  const result = await seeding
  const marker: DatasetMarker = { options: opts, seededAt: new Date().toISOString(), result }
  writeFileSync(join(profileDir, 'dataset.json'), JSON.stringify(marker, null, 2))
  await page.close()
  return marker
}
