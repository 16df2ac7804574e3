/**
 * The sync request path through Electron main (docs/sync.md "Connection"): the renderer's
 * Content-Security-Policy allows requests to its own origin only, so PouchDB's HTTP requests to the
 * office CouchDB are handed to main, which adds the officer's login and makes the request. This
 * file holds the channel schemas and the pure rule of which URL a request may reach: the configured
 * database and nothing else on that server (the server root only for its welcome document).
 */
import { z } from 'zod'

/** Largest request body main forwards (a PouchDB batch of 100 acts is far below): 32 MB. */
export const MAX_SYNC_REQUEST_BYTES = 32 * 1024 * 1024
/** Largest response body main hands back (a `_bulk_get` of one batch): 64 MB. */
export const MAX_SYNC_RESPONSE_BYTES = 64 * 1024 * 1024

/** A CouchDB database name (CouchDB's own rule: lower case, starting with a letter). */
export const couchDbNameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_$()+/-]{0,127}$/,
    '数据库名称须以小写字母开头，只含小写字母、数字和 _$()+-/',
  )

/** The office server's address: http(s), no login, query or fragment in it. */
export const syncServerUrlSchema = z
  .string()
  .trim()
  .max(300, '服务器地址过长')
  .refine((v) => {
    try {
      const u = new URL(v)
      return (
        (u.protocol === 'http:' || u.protocol === 'https:') &&
        u.username === '' &&
        u.password === '' &&
        u.search === '' &&
        u.hash === ''
      )
    } catch {
      return false
    }
  }, '服务器地址应为 http:// 或 https:// 开头的网址，例如 https://casedesk.office.local:6984')

/**
 * Which login a request goes with: the officer's (the engine's replication) or the server
 * administrator's (installing the server rules); held apart so installing rules never changes
 * whose name the officer's writes carry.
 */
export const syncSlotSchema = z.enum(['officer', 'admin'])
export type SyncSlot = z.infer<typeof syncSlotSchema>

export const syncConfigureInputSchema = z.strictObject({
  slot: syncSlotSchema,
  serverUrl: syncServerUrlSchema,
  database: couchDbNameSchema,
  /** The officer's CouchDB user (its name is the officer's id in the register). */
  username: z.string().min(1).max(100),
  /** null: keep the password main already holds for this user. */
  password: z.string().min(1).max(200).nullable(),
  /** Keep the password (encrypted with safeStorage) for the next start; never for `admin`. */
  remember: z.boolean(),
})
export type SyncConfigureInput = z.infer<typeof syncConfigureInputSchema>

export const syncConfiguredSchema = z.strictObject({
  /** The password is kept encrypted on disk for the next start. */
  remembered: z.boolean(),
})

const SYNC_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'] as const

export const syncRequestInputSchema = z.strictObject({
  slot: syncSlotSchema,
  method: z.enum(SYNC_METHODS),
  /**
   * The path on the server, percent-encoded as PouchDB sends it: `/<database>…` or `/` (the
   * server's welcome). Checked against the configured database by {@link syncTargetUrl}.
   */
  path: z.string().min(1).max(4000).startsWith('/'),
  /** The query string without '?', as PouchDB built it. */
  query: z.string().max(8000),
  contentType: z.string().max(200).nullable(),
  accept: z.string().max(200).nullable(),
  body: z.string().max(MAX_SYNC_REQUEST_BYTES).nullable(),
})
export type SyncRequestInput = z.infer<typeof syncRequestInputSchema>

export const syncResponseSchema = z.strictObject({
  status: z.number().int().min(100).max(599),
  contentType: z.string().max(200).nullable(),
  body: z.string().max(MAX_SYNC_RESPONSE_BYTES),
})
export type SyncResponse = z.infer<typeof syncResponseSchema>

/**
 * The URL a proxied request may reach, or a Chinese reason why not: the path must be the server
 * root (GET/HEAD only) or lie inside the configured database — no other database, no `_users`,
 * no `_config`, no `..` and no encoded slash that would climb out of it.
 * @param serverUrl - the configured server, e.g. https://casedesk.office.local:6984
 * @param database - the configured office database
 * @example syncTargetUrl('https://s:6984', 'office-a', { method: 'GET', path: '/office-a/_changes', query: 'since=0' })
 *   → { ok: true, url: 'https://s:6984/office-a/_changes?since=0' }
 */
export function syncTargetUrl(
  serverUrl: string,
  database: string,
  req: Pick<SyncRequestInput, 'method' | 'path' | 'query'>,
): { ok: true; url: string } | { ok: false; message: string } {
  const refused = { ok: false as const, message: '同步请求超出了本单位数据库的范围，已拒绝。' }
  const base = new URL(serverUrl)
  const prefix = base.pathname.replace(/\/+$/, '')
  const dbPath = `/${encodeURIComponent(database)}`
  const { path } = req
  const segments = path.split('/')
  if (segments.some((s) => s === '..' || s === '.' || /%2e%2e|%2e(?=\/|$)/i.test(s))) return refused
  const root = path === '/'
  if (root && req.method !== 'GET' && req.method !== 'HEAD') return refused
  if (!root && path !== dbPath && !path.startsWith(`${dbPath}/`)) return refused
  const url = new URL(base.origin)
  url.pathname = `${prefix}${path}`
  if (url.pathname !== `${prefix}${path}`) return refused
  return { ok: true, url: `${url.origin}${url.pathname}${req.query ? `?${req.query}` : ''}` }
}

/**
 * The browser build's same-origin sync proxy (scripts/web-sync-proxy.ts, docs/sync.md
 * "Connection"): `GET` here answers {@link SyncProxyOffer} when the web server offers it;
 * `POST …/configure`, `…/forget` and `…/request` take the same inputs as main's channels.
 */
export const SYNC_PROXY_PATH = '/_casedesk/sync'
/**
 * The header naming the browser tab's proxy session (a random id kept in the page's memory): the
 * web server holds each tab's logins apart, and a page of another site cannot send it without a
 * CORS preflight, which the server never answers.
 */
export const SYNC_PROXY_SESSION_HEADER = 'x-casedesk-sync-session'
export const syncProxySessionSchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/)

export const syncProxyOfferSchema = z.object({ casedeskSyncProxy: z.literal(1) })
export type SyncProxyOffer = z.infer<typeof syncProxyOfferSchema>
