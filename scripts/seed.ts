/**
 * Fill a browser profile with demo data through the real app (web mode, real IndexedDB):
 *
 *   npm run seed -- --cases N [--profile DIR] [--port P]      (script: tsx scripts/seed.ts)
 *
 * Builds dist-web when it is missing, serves it with scripts/web.mjs on 127.0.0.1:P (default
 * 5199), opens #/settings/demo?cases=N&auto=1 in Chromium (scripts/chromium-path.cjs) with a persistent profile
 * (default .casedesk-profile) and waits until the page reports data-demo-state="done".
 * IndexedDB belongs to the origin, so open the seeded profile again on the same port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { get } from 'node:http'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumOrExplain, findChromium } from './chromium-path.cjs'

const root = resolve(__dirname, '..')
const chromiumPath = findChromium()

interface Args {
  cases: number
  profile: string
  port: number
}

function usage(problem: string): never {
  console.error(`${problem}\n用法：npm run seed -- --cases N [--profile 目录] [--port 端口]`)
  process.exit(2)
}

function parseArgs(argv: string[]): Args {
  const args: Args = { cases: 0, profile: resolve(root, '.casedesk-profile'), port: 5199 }
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1]
    if (argv[i] === '--cases') args.cases = Number(value)
    else if (argv[i] === '--profile') args.profile = resolve(value ?? '')
    else if (argv[i] === '--port') args.port = Number(value)
    else usage(`不认识的参数：${argv[i]}`)
    i++
  }
  if (!Number.isInteger(args.cases) || args.cases < 1 || args.cases > 50_000) {
    usage('请用 --cases 指定 1 至 50000 之间的案件数量')
  }
  if (!Number.isInteger(args.port) || args.port < 1024 || args.port > 65535) {
    usage('端口应为 1024 至 65535 之间的整数')
  }
  return args
}

function buildIfMissing(): void {
  if (existsSync(join(root, 'dist-web', 'index.html'))) return
  console.log('dist-web 不存在，正在构建浏览器版 …')
  const vite = join(root, 'node_modules', '.bin', 'vite')
  const r = spawnSync(vite, ['build', '--config', 'vite.web.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (r.status !== 0) {
    console.error('构建失败，请查看上方错误。')
    process.exit(r.status ?? 1)
  }
}

function ping(url: string): Promise<boolean> {
  return new Promise((done) => {
    const req = get(url, (res) => {
      res.resume()
      done(res.statusCode === 200)
    })
    req.on('error', () => done(false))
    req.setTimeout(1000, () => {
      req.destroy()
      done(false)
    })
  })
}

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [join(root, 'scripts', 'web.mjs'), '--no-build', '--port', String(port), '--strict-port'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const url = `http://127.0.0.1:${port}/`
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) break
    if (await ping(url)) return server
    await new Promise((r) => setTimeout(r, 100))
  }
  server.kill()
  console.error(`无法在 127.0.0.1:${port} 启动本地服务（端口被占用？），请用 --port 换一个端口。`)
  process.exit(1)
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  if (!chromiumPath) {
    try {
      chromiumOrExplain()
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err))
    }
    process.exit(1)
  }
  buildIfMissing()
  const server = await startServer(args.port)
  const context = await chromium.launchPersistentContext(args.profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
  })
  const started = Date.now()
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const base = `http://127.0.0.1:${args.port}/`
    await page.goto(`${base}#/settings/demo?cases=${args.cases}&auto=1`)
    const view = page.locator('[data-demo-state]')
    try {
      await view.waitFor({ timeout: 60_000 })
    } catch {
      throw new Error(
        `页面 ${page.url()} 没有出现演示数据页（[data-demo-state]）。如果停在“初始设置”，请先在该配置目录中完成初始设置，或联系维护者放行演示数据页。`,
      )
    }
    const deadline = started + Math.max(10 * 60_000, args.cases * 40)
    let lastShown = ''
    for (;;) {
      const state = await view.getAttribute('data-demo-state')
      if (state === 'done') break
      if (state === 'error') {
        throw new Error(`演示数据生成失败：${(await view.innerText()).trim().slice(0, 400)}`)
      }
      const value = await page
        .locator('[data-demo-state] [role="progressbar"]')
        .first()
        .getAttribute('aria-valuenow')
        .catch(() => null)
      const shown = `${state ?? '?'} ${value ?? ''}`
      if (shown !== lastShown) {
        console.log(
          `进度：${value !== null ? `${value}%` : state}（${Math.round((Date.now() - started) / 1000)} 秒）`,
        )
        lastShown = shown
      }
      if (Date.now() > deadline) throw new Error('等待超时：演示数据在预计时间内没有生成完毕。')
      await page.waitForTimeout(1000)
    }
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(`完成：已生成 ${args.cases} 件演示案件，用时 ${seconds} 秒。`)
    console.log('打开已填充的配置（IndexedDB 按来源保存，须使用同一端口）：')
    console.log(`  node scripts/web.mjs --no-build --port ${args.port} --strict-port`)
    console.log(`  ${chromiumPath} --user-data-dir=${args.profile} ${base}`)
  } finally {
    await context.close()
    server.kill()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
