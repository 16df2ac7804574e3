/**
 * A static server for the bench build (.bench-cache/dist-web) on 127.0.0.1 with the same headers
 * as scripts/web.mjs, and its same-origin sync proxy (scripts/web-sync-proxy.ts) for the sync row.
 * The port is fixed per run: IndexedDB belongs to the origin, so a cached seeded profile is only
 * found again on the same port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { createWebSyncProxy } from '../../scripts/web-sync-proxy'

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * Vite's content-hashed files (assets/name-HASH.ext) never change under their name: the browser
 * may keep them, and keep V8's compiled code for them, as the Electron app:// scheme does
 * (codeCache). Everything else (index.html, warm-db.js, fonts) is revalidated every time.
 */
const hashedAsset = /^\/assets\/[^/]+-[\w-]{8}\.(?:js|css)$/
function cacheControl(urlPath: string): string {
  return hashedAsset.test(urlPath.split('?')[0] ?? '')
    ? 'public, max-age=31536000, immutable'
    : 'no-cache'
}

/** Serve `dir` on 127.0.0.1:`port`; rejects when the port is taken. */
export function serveStatic(dir: string, port: number): Promise<Server> {
  const root = resolve(dir)
  const syncProxy = createWebSyncProxy({ fetch: (input, init) => fetch(input, init) })
  const serveFile: Parameters<typeof createServer>[1] = (req, res) => {
    let path: string
    try {
      path = decodeURIComponent((req.url ?? '/').split('?')[0]!.split('#')[0]!)
    } catch {
      res.writeHead(400).end()
      return
    }
    let file = resolve(root, `.${path.startsWith('/') ? path : `/${path}`}`)
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end()
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
    res.writeHead(200, {
      'Content-Type': mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': cacheControl(path),
      'X-Content-Type-Options': 'nosniff',
    })
    createReadStream(file).pipe(res)
  }
  const server = createServer((req, res) => {
    void syncProxy(req, res).then((handled) => handled || serveFile(req, res))
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done(server))
  })
}
