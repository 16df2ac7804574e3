/**
 * The browser build's sync proxy (docs/sync.md "Connection"): the web server (scripts/web.mjs)
 * answers PouchDB's requests on the page's own origin, so the Content-Security-Policy stays
 * `connect-src 'self'`, and makes them to the office CouchDB with the same Node-side core as
 * Electron main (electron/main/services/sync-proxy.ts): the logins are held in this process's
 * memory only, the Authorization header is added here, only the configured database or the server
 * root is reachable, with main's timeouts and Chinese answers.
 *
 *   GET  /_casedesk/sync            → { casedeskSyncProxy: 1 } (the page's start-up check)
 *   POST /_casedesk/sync/configure  → main's `sync:configure` (never remembered: `remembered: false`)
 *   POST /_casedesk/sync/forget     → main's `sync:forget`
 *   POST /_casedesk/sync/request    → main's `sync:request`
 *
 * Each POST names its tab's session (header `x-casedesk-sync-session`, a random id the page keeps
 * in memory); each session holds its own logins, so two tabs (two officers) never share one. A POST
 * must come from this server's own pages: JSON with the session header (another site's page cannot
 * send that without a CORS preflight, which is never answered), the Host of this server
 * (127.0.0.1/localhost: no DNS rebinding), and no Origin or Sec-Fetch-Site of another site.
 *
 * Loaded by web.mjs with tsx and relative imports only (docs/decisions.md, "The web server's sync
 * proxy").
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  createSyncProxy,
  SYNC_REQUEST_TIMEOUT_MS,
  type SyncProxy,
} from '../electron/main/services/sync-proxy'
import {
  MAX_SYNC_REQUEST_BYTES,
  SYNC_PROXY_PATH,
  SYNC_PROXY_SESSION_HEADER,
  syncConfigureInputSchema,
  syncProxySessionSchema,
  syncRequestInputSchema,
  type SyncProxyOffer,
} from '../shared/ipc/sync-proxy'

/** Sessions held at once (one per open tab); the least recently used is dropped beyond this. */
const MAX_SESSIONS = 32
/** A request's JSON: its body (≤ 32 M characters) escaped in JSON and encoded as UTF-8. */
const MAX_POST_BYTES = 3 * MAX_SYNC_REQUEST_BYTES + 64 * 1024

interface WebSyncProxyDeps {
  /** The global `fetch` (a fake in tests). */
  fetch: typeof fetch
  /** Give up on a request after this long; main's default. */
  timeoutMs?: number
}

type Failure = { ok: false; code: 'invalid' | 'io' | 'unsupported'; message: string }

const refusedOrigin: Failure = {
  ok: false,
  code: 'invalid',
  message: '同步代理只接受本机浏览器版页面的请求，已拒绝。',
}
const badRequest: Failure = {
  ok: false,
  code: 'invalid',
  message: '同步请求的格式不正确，已拒绝。请刷新页面后重试。',
}

function send(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(body)
}

/** The request comes from a page of this server (see the file comment). */
function sameOrigin(req: IncomingMessage): boolean {
  const port = req.socket.localPort
  const host = req.headers.host ?? ''
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return false
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `http://${host}`) return false
  const site = req.headers['sec-fetch-site']
  return site === undefined || site === 'same-origin'
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_POST_BYTES) throw new RangeError('too large')
    chunks.push(chunk)
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
}

/**
 * The proxy's request handler: answers (and returns true) for paths under /_casedesk/sync, leaves
 * every other request to the caller (returns false).
 */
export function createWebSyncProxy(deps: WebSyncProxyDeps) {
  const sessions = new Map<string, SyncProxy>()
  const timeoutMs = deps.timeoutMs ?? SYNC_REQUEST_TIMEOUT_MS

  function sessionOf(id: string): SyncProxy {
    const held = sessions.get(id) ?? createSyncProxy({ fetch: deps.fetch, timeoutMs })
    sessions.delete(id)
    sessions.set(id, held)
    if (sessions.size > MAX_SESSIONS) {
      const oldest = sessions.keys().next().value
      if (oldest !== undefined) sessions.delete(oldest)
    }
    return held
  }

  async function answer(what: string, session: string, input: unknown): Promise<unknown> {
    if (what === 'forget') {
      sessions.delete(session)
      return { ok: true }
    }
    if (what === 'configure') {
      const parsed = syncConfigureInputSchema.safeParse(input)
      if (!parsed.success) return badRequest
      const held = await sessionOf(session).configure(parsed.data)
      // Browser mode never stores a login (docs/sync.md "Connection").
      return held.ok ? { ok: true, value: { remembered: false } } : held
    }
    const parsed = syncRequestInputSchema.safeParse(input)
    if (!parsed.success) return badRequest
    return sessionOf(session).request(parsed.data)
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    if (path === SYNC_PROXY_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return true
      }
      const offer: SyncProxyOffer = { casedeskSyncProxy: 1 }
      send(res, 200, offer)
      return true
    }
    if (!path.startsWith(`${SYNC_PROXY_PATH}/`)) return false
    const what = path.slice(SYNC_PROXY_PATH.length + 1)
    if (!['configure', 'forget', 'request'].includes(what)) {
      send(res, 404, badRequest)
      return true
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end()
      return true
    }
    const session = syncProxySessionSchema.safeParse(req.headers[SYNC_PROXY_SESSION_HEADER])
    const json = (req.headers['content-type'] ?? '').startsWith('application/json')
    if (!sameOrigin(req) || !session.success || !json) {
      req.resume()
      send(res, 403, refusedOrigin)
      return true
    }
    let input: unknown
    try {
      input = await readJson(req)
    } catch {
      send(res, 400, badRequest)
      return true
    }
    try {
      send(res, 200, await answer(what, session.data, input))
    } catch {
      send(res, 500, {
        ok: false,
        code: 'io',
        message: '浏览器版服务的同步代理出错，请重新启动 npm run web 后再同步。',
      } satisfies Failure)
    }
    return true
  }
}
