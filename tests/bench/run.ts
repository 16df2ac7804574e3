/**
 * `npm run bench` (tsx tests/bench/run.ts): performance budgets at office scale.
 *
 *   tsx tests/bench/run.ts [--quick] [--json FILE] [--cases N] [--port P] [--no-build] [--reseed]
 *       [--skip-backup] [--skip-documents] [--backup-only] [--write-floors M1,M2] [--profile DIR]
 *       [--sync] [--sync-only]
 *
 * 1. builds the web mode with the bench entry (tests/bench/vite.bench.config.ts → .bench-cache),
 * 2. finds or seeds the deterministic dataset in a cached Chromium profile (tests/bench/dataset.ts;
 *    default 50,000 cases, --quick 5,000),
 * 3. drives headless Chromium (scripts/chromium-path.cjs) through the metrics (tests/bench/measure.ts) with their
 *    baselines measured in the same run, prints the table, the renderer's JS heap after the run,
 *    and with --json FILE writes [{ name, median_ms, p95_ms, budget_ms, baseline_ms? }] (plus
 *    FILE's .meta.json: dataset, heap, machine).
 * With --quick the exit code is 1 when a median misses its budget (and when --skip-backup
 * leaves the backup/restore budgets unchecked). --skip-backup is for looking at the other
 * metrics on a large dataset: a 50,000-case backup + restore takes long on a small machine.
 * --skip-documents likewise skips the document renders (list/search/case-page/cold start only).
 * --backup-only measures backup, increment and restore with their floors and nothing else (a
 * budget check that covers only them; used to compare runs, e.g. a warm and a cold disk cache).
 * --write-floors tx-1000,parallel-stores limits the restore's floor to the named write methods
 * of renderer/src/bench/floors.ts (each writes every record once: minutes at 50,000 cases);
 * --write-floors none measures no write floor and no restore (backup rows only).
 * --sync adds the office sync row (./sync.ts: a fresh PC's first pull of 5,000 cases against raw
 * PouchDB replication, one act from PC 1 to PC 2), last, in a browser of its own with its own
 * 5,000-case PC; --sync-only measures nothing else (there --cases sets its size). Not in the
 * default run: the first pull took 23 minutes on the loaded 2-core build machine (docs/sync.md).
 * --profile DIR measures on an already seeded profile directory (e.g. the cached 50,000-case one
 * after the sources hashed into the profile key changed but the records' shape did not).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { BackupFloors, BenchDatasetOptions } from './api'
import { isWriteMethod, writeMethods } from './api'
import { benchDistDir } from './paths'
import { ensureCacheDir, profileDirFor, readMarker, root, seedProfile } from './dataset'
import {
  backupMetrics,
  benchPage,
  coldStart,
  type ColdStart,
  documentMetrics,
  heapAfter,
  queryMetrics,
  type Rounds,
} from './measure'
import { dashboardMetrics } from './dashboard'
import { formatTable, missed, toRows, type Samples } from './report'
import { serveStatic } from './server'
import { syncMetrics } from './sync'
import { CHROMIUM_FLAGS, chromiumOrExplain } from '../../scripts/chromium-path.cjs'

interface Args {
  quick: boolean
  json: string | null
  cases: number | null
  port: number
  build: boolean
  reseed: boolean
  backup: boolean
  documents: boolean
  backupOnly: boolean
  writeFloors: true | string[]
  profile: string | null
  sync: boolean
  syncOnly: boolean
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    quick: false,
    json: null,
    cases: null,
    port: 5291,
    build: true,
    reseed: false,
    backup: true,
    documents: true,
    backupOnly: false,
    writeFloors: true,
    profile: null,
    sync: false,
    syncOnly: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--quick') a.quick = true
    else if (arg === '--json') a.json = resolve(argv[++i] ?? '')
    else if (arg === '--cases') a.cases = Number(argv[++i])
    else if (arg === '--port') a.port = Number(argv[++i])
    else if (arg === '--no-build') a.build = false
    else if (arg === '--reseed') a.reseed = true
    else if (arg === '--skip-backup') a.backup = false
    else if (arg === '--skip-documents') a.documents = false
    else if (arg === '--backup-only') a.backupOnly = true
    else if (arg === '--write-floors')
      a.writeFloors = (argv[++i] ?? '').split(',').filter((m) => m && m !== 'none')
    else if (arg === '--profile') a.profile = resolve(argv[++i] ?? '')
    else if (arg === '--sync') a.sync = true
    else if (arg === '--sync-only') a.syncOnly = true
    else {
      console.error(
        `不认识的参数：${arg}\n用法：npm run bench -- [--quick] [--json 文件] [--cases N] [--port 端口] [--no-build] [--reseed] [--skip-backup] [--skip-documents] [--backup-only] [--write-floors 方法,…] [--profile 目录] [--sync] [--sync-only]`,
      )
      process.exit(2)
    }
  }
  if (a.cases !== null && (!Number.isInteger(a.cases) || a.cases < 200 || a.cases > 200_000)) {
    console.error('--cases 应为 200 至 200000 之间的整数')
    process.exit(2)
  }
  const unknown = a.writeFloors === true ? [] : a.writeFloors.filter((m) => !isWriteMethod(m))
  if (unknown.length > 0) {
    console.error(
      `--write-floors 中有不认识的写入方法：${unknown.join('、')}（可选：${writeMethods.join('、')}，或 none）`,
    )
    process.exit(2)
  }
  return a
}

const log = (line: string) => console.log(line)

/** The 1, 5 and 15 minute load averages (other programs on the machine skew every timing). */
const loadNow = () =>
  `${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} on ${cpus().length} cores`

function build(): void {
  log('构建浏览器版（含基准入口）…')
  const started = Date.now()
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'tests/bench/vite.bench.config.ts'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  )
  if (r.status !== 0) {
    console.error('构建失败，请查看上方错误。')
    process.exit(r.status ?? 1)
  }
  log(`  完成（${Math.round((Date.now() - started) / 1000)} 秒）`)
}

/** The office sync row (./sync.ts), in a browser of its own: 5,000 cases (--sync-only: --cases). */
async function syncRow(
  chromiumPath: string,
  base: string,
  quick: boolean,
  cases = 5_000,
): Promise<Samples[]> {
  log(`办案同步（两台电脑经浏览器版服务的同步代理，${cases} 件）… 负载 ${loadNow()}`)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS })
  try {
    const opts = {
      cases,
      seed: 20260301,
      today: '2026-03-01',
      docsPerCase: 0,
      batchCases: 1000,
    }
    return await syncMetrics(browser, base, opts, quick ? 5 : 10, log)
  } finally {
    await browser.close()
  }
}

function soffice(): string {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], {
    encoding: 'utf8',
  })
  return r.status === 0 && r.stdout.trim()
    ? `${r.stdout.trim()} found — the .docx → PDF baseline is not implemented yet`
    : 'not installed (LibreOffice baseline skipped)'
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const opts: BenchDatasetOptions = {
    cases: args.cases ?? (args.quick ? 5_000 : 50_000),
    seed: 20260301,
    today: '2026-03-01',
    docsPerCase: 3,
    batchCases: 1000,
  }
  const rounds: Rounds = args.quick
    ? { cold: 5, query: 15, firstRender: 3, warmRender: 8, caseFile: 3, backup: 1, restore: 1 }
    : { cold: 5, query: 20, firstRender: 5, warmRender: 10, caseFile: 3, backup: 1, restore: 1 }
  const chromiumPath = chromiumOrExplain()
  ensureCacheDir()
  if (args.build || !existsSync(join(benchDistDir, 'index.html'))) build()
  const server = await serveStatic(benchDistDir, args.port).catch(() => {
    throw new Error(`端口 ${args.port} 已被占用，请用 --port 换一个（换端口会重新生成数据集）。`)
  })
  const base = `http://127.0.0.1:${args.port}/`
  if (args.syncOnly) {
    const loadBefore = loadNow()
    try {
      const samples = await syncRow(chromiumPath, base, args.quick, args.cases ?? undefined)
      console.log('')
      console.log(formatTable(samples))
      console.log(`load average (uptime) before: ${loadBefore}; after: ${loadNow()}`)
      const rows = toRows(samples)
      if (args.json) {
        mkdirSync(dirname(args.json), { recursive: true })
        writeFileSync(args.json, `${JSON.stringify(rows, null, 2)}\n`)
      }
      const over = missed(rows)
      if (over.length) {
        console.log(
          `超出预算：${over.map((r) => `${r.name} ${r.median_ms} > ${r.budget_ms} ms`).join('；')}`,
        )
        if (args.quick) process.exitCode = 1
      }
    } finally {
      server.close()
    }
    return
  }
  const profileDir = args.profile ?? profileDirFor(opts, args.port)
  if (args.reseed) rmSync(profileDir, { recursive: true, force: true })
  if (args.profile && !existsSync(join(args.profile, 'dataset.json'))) {
    throw new Error(`${args.profile} 不是已生成完毕的基准数据目录（缺少 dataset.json）。`)
  }
  const marker0 = readMarker(profileDir)
  const launch = () =>
    chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
  let context = await launch()
  try {
    let marker = marker0
    if (!marker) {
      log(`生成数据集：${opts.cases} 件案件 → ${profileDir}`)
      marker = await seedProfile(context, base, profileDir, opts, log)
      log(`  完成：${JSON.stringify({ ...marker.result, probes: undefined })}`)
      // Measure on a browser started on the seeded profile (as an office PC opens the app).
      await context.close()
      context = await launch()
    } else log(`使用缓存的数据集（${marker.seededAt}）：${profileDir}`)
    const d = marker.result
    log(
      `数据集：案件 ${d.cases}，当事人 ${d.parties}，环节 ${d.acts}，回访 ${d.followUps}，文书 ${d.documents}`,
    )

    const samples: Samples[] = []
    let floors: BackupFloors | null = null
    log(`机器负载（uptime）：${loadNow()}`)
    const loadBefore = loadNow()
    // A profile seeded under an earlier schema is upgraded on its first open (v5 builds the
    // statistics digest of every case): timed on its own, before the cold starts.
    log('首次打开（数据库结构需升级时含升级）…')
    const firstOpen = await coldStart(context, base, 60 * 60_000)
    log(`  ${Math.round(firstOpen.ms)} ms（${loadNow()}）`)
    log('冷启动 …')
    const cold: ColdStart[] = []
    for (let i = 0; i < (args.backupOnly ? 0 : rounds.cold); i++) {
      cold.push(await coldStart(context, base))
    }
    const mid = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1]!)
    if (!args.backupOnly)
      samples.push({
        name: 'cold_start',
        ms: cold.map((c) => c.ms),
        note: `navigation → first row, new page each time (hashed assets and their compiled code cached by the browser after the first load, as in the Electron app); first load of this browser ${Math.round(cold[0]!.ms)}; median DOMContentLoaded=${mid(cold.map((c) => c.dcl))} last js/css loaded=${mid(cold.map((c) => c.assetsEnd))}`,
      })
    const page = await benchPage(context, base)
    log('列表、查找、案件页 …')
    const show = (list: Samples[]) => {
      for (const r of toRows(list)) {
        log(
          `  ${r.name}: median ${r.median_ms} ms, p95 ${r.p95_ms} ms (budget ${r.budget_ms}${r.baseline_ms !== undefined ? `, baseline ${r.baseline_ms}` : ''})`,
        )
      }
      samples.push(...list)
    }
    show(samples.splice(0))
    if (!args.backupOnly) {
      show(await queryMetrics(page, d.probes, opts.today, rounds.query))
      // The last full year before the dataset's today (the annual report's year).
      const dashboardYear = Number(opts.today.slice(0, 4)) - 1
      log(`统计分析（${dashboardYear} 年）…`)
      show(await dashboardMetrics(page, dashboardYear, args.quick ? 5 : 3, log))
    }
    if (args.backupOnly) log('只测备份与恢复（--backup-only）')
    else if (args.documents) {
      log('文书与案卷 …')
      show(await documentMetrics(context, base, page, d.probes, opts.today, rounds))
    } else log('文书与案卷：按 --skip-documents 跳过')
    if (args.backup) {
      log('备份与恢复 …')
      const b = await backupMetrics(page, pkg.version, rounds, d.cases, log, args.writeFloors)
      floors = b.floors
      show(b.samples)
    } else log('备份与恢复：按 --skip-backup 跳过（预算检查不完整）')
    if (args.sync && !args.backupOnly) show(await syncRow(chromiumPath, base, args.quick))
    else log('办案同步：未测（加 --sync 或 --sync-only 测量）')
    const heap = await heapAfter(page)

    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Chromium ${context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent))}`
    console.log('')
    console.log(formatTable(samples))
    console.log('')
    console.log(
      `renderer JS heap after the run (after GC): used ${heap.usedMB} MB of ${heap.totalMB} MB`,
    )
    console.log(`LibreOffice (soffice --headless .docx → PDF): ${soffice()}`)
    const loadAfter = loadNow()
    console.log(
      `dataset: ${d.cases} cases, ${d.acts} acts, ${d.documents} issued documents, ${d.parties} parties; machine: ${machine}`,
    )
    console.log(`load average (uptime) before: ${loadBefore}; after: ${loadAfter}`)
    const rows = toRows(samples)
    if (args.json) {
      mkdirSync(dirname(args.json), { recursive: true })
      writeFileSync(args.json, `${JSON.stringify(rows, null, 2)}\n`)
      writeFileSync(
        args.json.replace(/(\.json)?$/, '.meta.json'),
        `${JSON.stringify({ dataset: d, options: opts, firstOpenMs: Math.round(firstOpen.ms), heap, machine, load: { before: loadBefore, after: loadAfter }, floors, soffice: soffice(), measuredAt: new Date().toISOString(), samples }, null, 2)}\n`,
      )
      console.log(`JSON: ${args.json}`)
    }
    const over = missed(rows)
    if (over.length) {
      console.log(
        `超出预算：${over.map((r) => `${r.name} ${r.median_ms} > ${r.budget_ms} ms`).join('；')}`,
      )
      if (args.quick) process.exitCode = 1
    } else if (!args.backup || !args.documents || args.backupOnly) {
      const skipped = args.backupOnly
        ? ['冷启动、列表、查找、统计与文书']
        : [!args.documents && '文书与案卷', !args.backup && '备份与恢复'].filter(Boolean)
      console.log(`其余指标在预算之内（${skipped.join('、')}未测）。`)
      if (args.quick) process.exitCode = 1
    } else console.log('全部指标在预算之内。')
  } finally {
    await context.close()
    server.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
  process.exit(1)
})
