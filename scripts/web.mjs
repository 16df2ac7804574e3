// `npm run web`: build the browser mode (vite.web.config.ts → dist-web/) and serve it on
// 127.0.0.1, first free port from 5173. The e2e suite starts the same server with
//   node scripts/web.mjs --no-build --port 4317 --strict-port
// Only files inside dist-web are served (path containment); unknown paths get index.html.
// /_casedesk/sync… is the same-origin sync proxy (scripts/web-sync-proxy.ts, docs/sync.md
// "Connection"), loaded with tsx from the TypeScript it shares with Electron main
// (docs/decisions.md, "The web server's sync proxy"). The server listens on 127.0.0.1 only.
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const distDir = resolve(root, 'dist-web')

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

function parseArgs(argv) {
  const args = { build: true, port: 5173, strictPort: false }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-build') args.build = false
    else if (argv[i] === '--strict-port') args.strictPort = true
    else if (argv[i] === '--port') args.port = Number(argv[++i])
  }
  return args
}

/** Resolve a URL path inside distDir, or null when it would leave it. */
function resolveInside(urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0])
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const target = resolve(distDir, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded))
  return target === distDir || target.startsWith(distDir + sep) ? target : null
}

/** Files of dist-web: GET and HEAD only. */
function serveFile(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return
  }
  const target = resolveInside(req.url ?? '/')
  if (!target) {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden')
    return
  }
  let file = target
  if (!existsSync(file) || statSync(file).isDirectory()) {
    const index = join(file, 'index.html')
    // Hash routing: any unknown path without an extension gets the app shell.
    file = existsSync(index) ? index : extname(file) ? '' : join(distDir, 'index.html')
  }
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': cacheControl(req.url ?? '/'),
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
}

/**
 * Vite's content-hashed files (assets/name-HASH.ext) never change under their name: the browser
 * may keep them, and keep V8's compiled code for them, as the Electron app:// scheme does
 * (codeCache). Everything else (index.html, warm-db.js, fonts) is revalidated every time.
 */
const hashedAsset = /^\/assets\/[^/]+-[\w-]{8}\.(?:js|css)$/
function cacheControl(urlPath) {
  return hashedAsset.test(urlPath.split('?')[0] ?? '')
    ? 'public, max-age=31536000, immutable'
    : 'no-cache'
}

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (err) => {
      server.off('listening', onListening)
      reject(err)
    }
    const onListening = () => {
      server.off('error', onError)
      resolvePort(port)
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, '127.0.0.1')
  })
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (args.build) {
    const vite = join(root, 'node_modules', '.bin', 'vite')
    const r = spawnSync(vite, ['build', '--config', 'vite.web.config.ts'], {
      cwd: root,
      stdio: 'inherit',
    })
    if (r.status !== 0) {
      console.error('构建失败，请查看上方错误 / Build failed, see the errors above.')
      process.exit(r.status ?? 1)
    }
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(
      '找不到 dist-web/index.html，请先运行 npm run build:web / dist-web is missing: run npm run build:web first.',
    )
    process.exit(1)
  }
  const { createWebSyncProxy } = await tsImport('./web-sync-proxy.ts', import.meta.url)
  const syncProxy = createWebSyncProxy({ fetch: (input, init) => fetch(input, init) })
  const server = createServer((req, res) => {
    syncProxy(req, res).then(
      (handled) => handled || serveFile(req, res),
      () => {
        if (!res.headersSent) res.writeHead(500)
        res.end()
      },
    )
  })
  let port = args.port
  for (;;) {
    try {
      await listen(server, port)
      break
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || args.strictPort || port > args.port + 100) {
        console.error(`无法监听端口 ${port} / Cannot listen on port ${port}: ${err.message}`)
        process.exit(1)
      }
      port += 1
    }
  }
  console.log(
    `CaseDesk 浏览器版已启动：http://127.0.0.1:${port}/ （按 Ctrl+C 停止） / CaseDesk web mode at http://127.0.0.1:${port}/ (Ctrl+C to stop)`,
  )
  const stop = () => {
    server.close(() => process.exit(0))
    // A sync long-poll may be held open for 25 s; it is retried by the page anyway.
    server.closeAllConnections()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

await main()
