// @vitest-environment happy-dom
/**
 * The browser host's start-up check for the web server's sync proxy (docs/sync.md "Connection"):
 * `canSync` turns true only when the server the page came from answers the proxy's offer, and the
 * sync calls then go to that same origin with this tab's session.
 */
import { describe, expect, it } from 'vitest'
import { createBrowserHost } from '@renderer/bridge/browser-host'
import { SYNC_PROXY_SESSION_HEADER } from '@shared/ipc/sync-proxy'

const info = { name: 'CaseDesk', version: '0.1.0' }

interface Seen {
  url: string
  method: string
  headers: Headers
  body: string | null
}

/** A fake web server: `answer` decides the reply to each request; every request is recorded. */
function server(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const seen: Seen[] = []
  const fetchFn = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input)
    seen.push({
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
    })
    return answer(url, init)
  }) as typeof fetch
  return { seen, fetchFn }
}

const json = (value: unknown) =>
  new Response(JSON.stringify(value), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })

const request = {
  slot: 'officer',
  method: 'GET',
  path: '/office-a',
  query: '',
  contentType: null,
  accept: 'application/json',
  body: null,
} as const

describe('browser host: the web server’s sync proxy', () => {
  it('offered: canSync turns true and every sync call goes to the same origin with one session', async () => {
    const { seen, fetchFn } = server((url) =>
      url.endsWith('/configure')
        ? json({ ok: true, value: { remembered: false } })
        : url.endsWith('/request')
          ? json({ ok: true, value: { status: 200, contentType: 'application/json', body: '{}' } })
          : json({ casedeskSyncProxy: 1 }),
    )
    const host = createBrowserHost(info, fetchFn)
    expect(host.canSync).toBe(false)
    expect(await host.detectSync()).toBe(true)
    expect(host.canSync).toBe(true)
    expect(seen[0]).toMatchObject({ url: '/_casedesk/sync', method: 'GET' })

    const configured = await host.configureSync({
      slot: 'officer',
      serverUrl: 'https://couch.office.local:6984',
      database: 'office-a',
      username: 'officer-1',
      password: 'pw',
      remember: true,
    })
    expect(configured).toEqual({ ok: true, value: { remembered: false } })
    const answered = await host.syncRequest(request)
    expect(answered).toMatchObject({ ok: true, value: { status: 200 } })

    const posts = seen.slice(1)
    expect(posts.map((p) => [p.method, p.url])).toEqual([
      ['POST', '/_casedesk/sync/configure'],
      ['POST', '/_casedesk/sync/request'],
    ])
    const sessions = new Set(posts.map((p) => p.headers.get(SYNC_PROXY_SESSION_HEADER)))
    expect(sessions.size).toBe(1)
    expect([...sessions][0]).toMatch(/^[A-Za-z0-9-]{16,64}$/)
    expect(posts.every((p) => p.headers.get('content-type') === 'application/json')).toBe(true)
    expect(JSON.parse(posts[1]!.body!)).toEqual(request)
  })

  it('two hosts (two tabs) get different sessions', async () => {
    const { seen, fetchFn } = server((url) =>
      url.endsWith('/forget') ? json({ ok: true }) : json({ casedeskSyncProxy: 1 }),
    )
    const a = createBrowserHost(info, fetchFn)
    const b = createBrowserHost(info, fetchFn)
    await a.detectSync()
    await b.detectSync()
    await a.forgetSync()
    await b.forgetSync()
    const ids = seen
      .filter((s) => s.method === 'POST')
      .map((s) => s.headers.get(SYNC_PROXY_SESSION_HEADER))
    expect(ids).toHaveLength(2)
    expect(ids[0]).not.toBe(ids[1])
  })

  it.each([
    [
      'a static server’s app shell (index.html for any path)',
      () =>
        new Response('<!doctype html><html></html>', {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    ],
    ['a 404', () => new Response('Not found', { status: 404 })],
    ['JSON that is not the offer', () => json({ casedeskSyncProxy: 2 })],
    ['no answer (network error)', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('not offered — %s: canSync stays false and sync calls say what to do', async (_, reply) => {
    const { seen, fetchFn } = server(() => reply())
    const host = createBrowserHost(info, fetchFn)
    expect(await host.detectSync()).toBe(false)
    expect(host.canSync).toBe(false)
    const r = await host.syncRequest(request)
    expect(r).toMatchObject({ ok: false, code: 'unsupported' })
    expect(!r.ok && r.message).toMatch(/npm run web/)
    expect(await host.forgetSync()).toEqual({ ok: true })
    // Only the start-up check went out: nothing is sent to a server without the proxy.
    expect(seen).toHaveLength(1)
  })

  it('a proxy that stops answering: the sync call fails like a network error, in Chinese', async () => {
    let up = true
    const { fetchFn } = server(() =>
      up ? json({ casedeskSyncProxy: 1 }) : Promise.reject(new TypeError('Failed to fetch')),
    )
    const host = createBrowserHost(info, fetchFn)
    await host.detectSync()
    up = false
    const r = await host.syncRequest(request)
    expect(r).toMatchObject({ ok: false, code: 'io' })
    expect(!r.ok && r.message).toMatch(/浏览器版服务/)
  })
})
