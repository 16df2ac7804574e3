/**
 * Where the time of a bench operation goes: runs one operation of the bench entry under the CDP
 * CPU profiler of the page and prints the functions with the most self time (and the
 * .cpuprofile file, loadable in Chromium DevTools → Performance).
 *
 *   tsx tests/bench/profile.ts --op backup|restore|first-render|warm-render|case-file|search|dashboard
 *       [--cases N (default 1000)] [--port P (default 5292)] [--out FILE] [--profile DIR]
 *
 * Uses the same cached dataset as run.ts (its own port, so its own profile). Build first with a
 * bench run (or this script builds when .bench-cache/dist-web is missing).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { BenchDatasetOptions } from './api'
import { ensureCacheDir, loadBench, profileDirFor, readMarker, root, seedProfile } from './dataset'
import { benchDistDir } from './paths'
import { serveStatic } from './server'
import './dashboard'
import { chromiumOrExplain } from '../../scripts/chromium-path.cjs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

function topSelf(p: CpuProfile, limit = 25): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  p.samples.forEach((id, i) => {
    const n = byId.get(id)!
    const f = n.callFrame
    const file = f.url.split('/').pop() || '(native)'
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000)
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(
      ([k, ms]) =>
        `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`,
    )
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const get = (name: string) => {
    const i = argv.indexOf(name)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const op = get('--op') ?? 'backup'
  const port = Number(get('--port') ?? 5292)
  const opts: BenchDatasetOptions = {
    cases: Number(get('--cases') ?? 1000),
    seed: 20260301,
    today: '2026-03-01',
    docsPerCase: 3,
    batchCases: 1000,
  }
  const out = resolve(get('--out') ?? join(root, 'bench-results', `${op}.cpuprofile`))
  ensureCacheDir()
  if (!existsSync(join(benchDistDir, 'index.html'))) {
    spawnSync(
      join(root, 'node_modules', '.bin', 'vite'),
      ['build', '--config', 'tests/bench/vite.bench.config.ts'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    )
  }
  const server = await serveStatic(benchDistDir, port)
  const base = `http://127.0.0.1:${port}/`
  // --profile DIR: an already seeded profile (as run.ts --profile), e.g. the 50,000-case one.
  const given = get('--profile')
  const profileDir = given ? resolve(given) : profileDirFor(opts, port)
  // Before the browser opens the directory: an unseeded one is removed for a fresh seed.
  const seeded = readMarker(profileDir)
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumOrExplain(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  try {
    const marker = seeded ?? (await seedProfile(context, base, profileDir, opts, console.log))
    const p = marker.result.probes
    const page = await context.newPage()
    await page.goto(`${base}#/cases`)
    await page.locator('.el-table__body tr.el-table__row').first().waitFor({ timeout: 120_000 })
    await loadBench(page, base)
    const run = async () => {
      switch (op) {
        case 'backup':
          return page.evaluate(() => window.__caseDeskBench!.backup('0.0.0-profile'))
        case 'restore':
          return page.evaluate(() => window.__caseDeskBench!.restore('0.0.0-profile'))
        case 'first-render':
        case 'warm-render':
          return page.evaluate((id) => window.__caseDeskBench!.renderDocument(id), p.decisionDocId)
        case 'case-file':
          return page.evaluate(
            (id) => window.__caseDeskBench!.renderCaseFileOf(id, '2026-03-01'),
            p.caseFileCaseId,
          )
        case 'search':
          return page.evaluate(
            (t) =>
              window.__caseDeskBench!.timeCaseListPage({
                page: 1,
                pageSize: 20,
                text: t,
                today: '2026-03-01',
              }),
            p.nameQuery,
          )
        case 'dashboard':
          // renderer/src/bench/dashboard.ts (declared in ./dashboard.ts); the year before today.
          return page.evaluate(() => window.__caseDeskBench!.yearlyDashboard(2025))
        default:
          throw new Error(`unknown --op ${op}`)
      }
    }
    if (op === 'restore') await page.evaluate(() => window.__caseDeskBench!.backup('0.0.0-profile'))
    if (op === 'warm-render' || op === 'case-file' || op === 'dashboard') await run()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
    await cdp.send('Profiler.start')
    const timed = await run()
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, JSON.stringify(profile))
    console.log(
      `${op}: ${Math.round(timed.ms)} ms ${JSON.stringify(timed.info)} (${marker.result.cases} cases)`,
    )
    console.log(
      'self time (renderer main thread; IndexedDB work in the browser process shows as idle):',
    )
    for (const line of topSelf(profile)) console.log(line)
    console.log(`profile: ${out}`)
  } finally {
    await context.close()
    server.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
  process.exit(1)
})
