/**
 * The office database on the server as a PouchDB handle (docs/sync.md "Connection"), without
 * loading any adapter itself: the caller passes its PouchDB constructor (pouch.ts in the app, the
 * Node build in tests).
 */
import type { SyncRequestInput, SyncResponse } from '@shared/ipc/sync-proxy'
import type { HostResult } from '@renderer/bridge/host-api'
import type { PouchDatabase, PouchStatic } from './pouch-types'

/** How a remote's requests reach the server when the renderer may not connect itself. */
type SyncTransport = (input: Omit<SyncRequestInput, 'slot'>) => Promise<HostResult<SyncResponse>>

/** How long a live `_changes` long-poll may wait on the server before answering empty. */
export const LONG_POLL_TIMEOUT_MS = 25_000

/**
 * The query of a request as sent through the host. A live replication long-polls `_changes` with a
 * heartbeat, which keeps CouchDB's answer open until a change arrives; a request through the host
 * is answered only as a whole, so the heartbeat is dropped and the server answers (empty, if need
 * be) after {@link LONG_POLL_TIMEOUT_MS}, well inside main's request timeout; PouchDB then polls
 * again.
 */
export function longPollQuery(path: string, params: URLSearchParams): URLSearchParams {
  const q = new URLSearchParams(params)
  if (!path.endsWith('/_changes') || q.get('feed') !== 'longpoll') return q
  q.delete('heartbeat')
  const asked = Number(q.get('timeout'))
  if (!(asked > 0 && asked <= LONG_POLL_TIMEOUT_MS)) q.set('timeout', String(LONG_POLL_TIMEOUT_MS))
  return q
}

/**
 * A `fetch` for PouchDB's http adapter that hands every request to `transport` (Electron main,
 * docs/sync.md "Connection"): the URL is split into the path below `serverUrl` and the query; the
 * login is added by main, never here. A failed hand-over rejects like a network error, so the
 * replication retries with its back-off; an aborted request rejects at once.
 */
export function proxyFetch(transport: SyncTransport, serverUrl: string) {
  const prefix = new URL(serverUrl).pathname.replace(/\/+$/, '')
  return async (url: string | Request, init: RequestInit = {}): Promise<Response> => {
    const signal = init.signal ?? undefined
    signal?.throwIfAborted()
    const u = new URL(typeof url === 'string' ? url : url.url)
    const path = u.pathname.startsWith(prefix) ? u.pathname.slice(prefix.length) || '/' : u.pathname
    const headers = new Headers(init.headers)
    if (init.body !== undefined && init.body !== null && typeof init.body !== 'string') {
      throw new TypeError('同步请求只能发送文本数据')
    }
    const method = (init.method ?? 'GET').toUpperCase() as SyncRequestInput['method']
    const pending = transport({
      method,
      path,
      query: longPollQuery(path, u.searchParams).toString(),
      contentType: headers.get('content-type'),
      accept: headers.get('accept'),
      body: typeof init.body === 'string' ? init.body : null,
    })
    const r = signal
      ? await Promise.race([
          pending,
          new Promise<never>((_, reject) =>
            signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
          ),
        ])
      : await pending
    if (!r.ok) throw new TypeError(r.message)
    const { status, contentType, body } = r.value
    const empty = method === 'HEAD' || status === 204 || status === 304
    return new Response(empty ? null : body, {
      status,
      headers: contentType ? { 'content-type': contentType } : {},
    })
  }
}

/** How a remote is reached: a login sent with each request, or the host's transport. */
export type RemoteVia = { username: string; password: string } | { transport: SyncTransport }

/**
 * A handle on the office database on the server. With `transport` (the desktop build), requests
 * go through main, which holds the login; without it (tests against a local server), the
 * credentials go with every request as basic auth (docs/sync.md "Operations" says why HTTPS).
 * @param serverUrl - e.g. https://casedesk.office.local:6984
 * @param officeDb - the office database name
 * @param Pouch - the PouchDB constructor with the http adapter
 * @param via - the officer's CouchDB user and password, or the host's transport
 */
export function openRemoteWith(
  Pouch: PouchStatic,
  serverUrl: string,
  officeDb: string,
  via: RemoteVia,
): PouchDatabase {
  const base = serverUrl.replace(/\/+$/, '')
  const name = `${base}/${encodeURIComponent(officeDb)}`
  return 'transport' in via
    ? new Pouch(name, { fetch: proxyFetch(via.transport, base), skip_setup: true })
    : new Pouch(name, { auth: via, skip_setup: true })
}
