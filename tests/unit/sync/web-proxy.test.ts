/**
 * The browser build's sync path (docs/sync.md "Connection"), all in one process: the browser host
 * (its start-up check and its session) → the web server's same-origin proxy
 * (scripts/web-sync-proxy.ts) → the Node-side core it shares with Electron main → express-pouchdb
 * in full mode. Also the proxy's refusals: requests that are not from the app's own page, and
 * requests outside the office database.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createBrowserHost } from '@renderer/bridge/browser-host'
import { openRemoteWith } from '@renderer/sync/remote'
import { SYNC_PROXY_SESSION_HEADER } from '@shared/ipc/sync-proxy'
import { createWebSyncProxy } from '../../../scripts/web-sync-proxy'
import { memoryPouch, NodePouch, startOfficeServer, type OfficeServer } from './server'

let office: OfficeServer
let web: http.Server
let base: string

beforeAll(async () => {
  office = await startOfficeServer()
  await office.createUser('officer-1', 'pw-1', ['handler'])
  await office.createUser('officer-2', 'pw-2', ['handler', 'legalReviewer'])
  await office.createOffice('office-web', ['officer-1', 'officer-2'])
  await office.createOffice('office-other', ['officer-1'])
  const proxy = createWebSyncProxy({ fetch, timeoutMs: 5_000 })
  web = http.createServer((req, res) => {
    void proxy(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end('not the proxy')
    })
  })
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`
  // The page's own address, as the browser host reads it for its check.
  vi.stubGlobal('location', new URL(`${base}/`))
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await new Promise<void>((resolve) => {
    web?.close(() => resolve())
    web?.closeAllConnections()
  })
  await office?.stop()
})

/** A tab of the browser build loaded from the web server (relative URLs resolve against it). */
async function tab() {
  const host = createBrowserHost({ name: 'CaseDesk', version: '0.1.0' }, (input, init) =>
    fetch(new URL(String(input), base), init),
  )
  expect(await host.detectSync()).toBe(true)
  return host
}

const login = (username: string, password: string | null) => ({
  slot: 'officer' as const,
  serverUrl: office.url,
  database: 'office-web',
  username,
  password,
  remember: true,
})

const get = (path: string) => ({
  slot: 'officer' as const,
  method: 'GET' as const,
  path,
  query: '',
  contentType: null,
  accept: 'application/json',
  body: null,
})

/** A POST with its own Host header (fetch does not let a caller set it). */
function rawPost(host: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}/_casedesk/sync/request`,
      { method: 'POST', headers: { ...headers, host } },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('web server sync proxy', () => {
  it('two tabs replicate a document through the proxy, each with its own login', async () => {
    const pc1 = await tab()
    const pc2 = await tab()
    // Browser mode never stores the login, even when asked to.
    expect(await pc1.configureSync(login('officer-1', 'pw-1'))).toEqual({
      ok: true,
      value: { remembered: false },
    })
    expect(await pc2.configureSync(login('officer-2', 'pw-2'))).toMatchObject({ ok: true })

    const remote = (host: typeof pc1) =>
      openRemoteWith(NodePouch, office.url, 'office-web', {
        transport: (input) => host.syncRequest({ ...input, slot: 'officer' }),
      })
    const local1 = memoryPouch('web-pc1')
    await local1.put({
      _id: 'party:p1',
      kind: 'party',
      writer: 'officer-1',
      pc: 'pc-1',
      record: { id: 'p1' },
    })
    const pushed = await local1.replicate.to(remote(pc1))
    expect(pushed.docs_written).toBe(1)

    const local2 = memoryPouch('web-pc2')
    await local2.replicate.from(remote(pc2))
    const doc = (await local2.get('party:p1')) as unknown as { writer: string }
    expect(doc.writer).toBe('officer-1')

    // The server rules see PC 2's own login: a write in officer-1's name is refused.
    const forged = await pc2.syncRequest({
      ...get('/office-web/party%3Ap2'),
      method: 'PUT',
      contentType: 'application/json',
      body: JSON.stringify({
        kind: 'party',
        writer: 'officer-1',
        pc: 'pc-2',
        record: { id: 'p2' },
      }),
    })
    expect(forged.ok && forged.value.status).toBe(403)

    // A tab that never logged in holds nothing, although another tab of the same server did.
    const pc3 = await tab()
    expect(await pc3.syncRequest(get('/office-web'))).toMatchObject({
      ok: false,
      code: 'unsupported',
      message: expect.stringMatching(/设置 → 同步/),
    })
    // password null keeps the password held for the same user, as main does.
    expect(await pc1.configureSync(login('officer-1', null))).toMatchObject({ ok: true })
    expect(await pc3.configureSync(login('officer-1', null))).toMatchObject({
      ok: false,
      code: 'invalid',
    })

    // Forget: this tab's login is gone, the other tab's stays.
    expect(await pc1.forgetSync()).toEqual({ ok: true })
    expect(await pc1.syncRequest(get('/office-web'))).toMatchObject({ code: 'unsupported' })
    const still = await pc2.syncRequest(get('/office-web'))
    expect(still.ok && still.value.status).toBe(200)
  })

  it('only the configured database and the server root are reachable, as through main', async () => {
    const pc = await tab()
    await pc.configureSync(login('officer-1', 'pw-1'))
    const root = await pc.syncRequest(get('/'))
    expect(root.ok && root.value.status).toBe(200)
    for (const path of [
      '/_users/org.couchdb.user%3Aofficer-2',
      '/office-other',
      '/office-web/../office-other',
      '/_config',
    ]) {
      expect(await pc.syncRequest(get(path)), path).toEqual({
        ok: false,
        code: 'invalid',
        message: '同步请求超出了本单位数据库的范围，已拒绝。',
      })
    }
  })

  it('an unreachable office server answers in Chinese, as through main', async () => {
    const pc = await tab()
    await pc.configureSync({ ...login('officer-1', 'pw-1'), serverUrl: 'http://127.0.0.1:9' })
    expect(await pc.syncRequest(get('/office-web'))).toEqual({
      ok: false,
      code: 'io',
      message: '无法连接同步服务器，请检查网络和服务器地址；恢复后将自动继续同步。',
    })
  })

  it('refuses requests that do not come from the app’s own page', async () => {
    const pc = await tab()
    await pc.configureSync(login('officer-1', 'pw-1'))
    const body = JSON.stringify(get('/office-web'))
    const session = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
    const json = { 'content-type': 'application/json', [SYNC_PROXY_SESSION_HEADER]: session }
    const post = async (headers: Record<string, string>, payload = body) => {
      const r = await fetch(`${base}/_casedesk/sync/request`, {
        method: 'POST',
        headers,
        body: payload,
      })
      return { status: r.status, body: (await r.json()) as { ok: boolean; message: string } }
    }
    // A form post of another site: no session header, text/plain.
    expect((await post({ 'content-type': 'text/plain' })).status).toBe(403)
    // The session header without JSON, or JSON without the header.
    expect((await post({ [SYNC_PROXY_SESSION_HEADER]: session })).status).toBe(403)
    expect((await post({ 'content-type': 'application/json' })).status).toBe(403)
    // Another site's page (Origin / Sec-Fetch-Site), and a rebound DNS name (Host).
    expect((await post({ ...json, origin: 'https://evil.example' })).status).toBe(403)
    expect((await post({ ...json, 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect(await rawPost('evil.example', json, body)).toBe(403)
    expect(await rawPost(`localhost:${new URL(base).port}`, json, body)).toBe(200)
    // From the page itself: accepted; this session holds no login, so the core says so.
    const own = await post({ ...json, origin: base, 'sec-fetch-site': 'same-origin' })
    expect(own).toMatchObject({ status: 200, body: { ok: false, message: /设置 → 同步/ } })
    // Input outside the contract (an unknown method) is refused before anything is sent.
    const bad = await post(json, JSON.stringify({ ...get('/office-web'), method: 'PATCH' }))
    expect(bad).toMatchObject({ status: 200, body: { ok: false, message: /格式不正确/ } })
    expect((await post(json, '{not json')).status).toBe(400)
  })

  it('GET /_casedesk/sync offers the proxy; other paths are left to the file server', async () => {
    const offer = await fetch(`${base}/_casedesk/sync`)
    expect(offer.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await offer.json()).toEqual({ casedeskSyncProxy: 1 })
    expect((await fetch(`${base}/_casedesk/syncx`)).status).toBe(404)
    expect(await (await fetch(`${base}/index.html`)).text()).toBe('not the proxy')
    expect((await fetch(`${base}/_casedesk/sync/request`)).status).toBe(405)
  })
})
