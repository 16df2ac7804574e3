/**
 * Main's side of the sync connection (electron/main/ipc/sync.ts, docs/sync.md "Connection"): which
 * login goes with a request, what is kept on disk and how, and the Chinese answers when the server
 * cannot be reached. Requests go to a fake fetch that records them.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract } from '@shared/ipc/contract'
import { createSyncHandlers, type SecretBox } from '../../../../electron/main/ipc/sync'

const xor: SecretBox = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x33)),
  decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x33)).toString('utf8'),
}

function setup(opts: { secrets?: SecretBox; fail?: Error; file?: string } = {}) {
  const file = opts.file ?? join(mkdtempSync(join(tmpdir(), 'casedesk-conn-')), 'sync.json')
  const seen: { url: string; auth: string | null; method: string }[] = []
  const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
    if (opts.fail) throw opts.fail
    const headers = new Headers(init?.headers)
    seen.push({
      url: String(url),
      auth: headers.get('authorization'),
      method: init?.method ?? 'GET',
    })
    return new Response('{"ok":true}', {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  }) as typeof fetch
  const h = createSyncHandlers({
    file,
    secrets: opts.secrets ?? xor,
    fetch: fakeFetch,
    timeoutMs: 5_000,
  })
  const configure = (input: object) =>
    h['sync:configure'](
      contract['sync:configure'].input.parse({
        serverUrl: 'https://couch.office.local:6984',
        database: 'office-a',
        password: 'secret-1',
        remember: false,
        ...input,
      }),
    )
  const get = (slot: 'officer' | 'admin', path = '/office-a') =>
    h['sync:request'](
      contract['sync:request'].input.parse({
        slot,
        method: 'GET',
        path,
        query: '',
        contentType: null,
        accept: 'application/json',
        body: null,
      }),
    )
  return { h, file, seen, configure, get }
}

const basic = (user: string, pw: string) =>
  `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}`

describe('sync connection held by main', () => {
  it('answers unsupported in Chinese before anything is configured', async () => {
    const { get } = setup()
    expect(await get('officer')).toMatchObject({
      ok: false,
      code: 'unsupported',
      message: expect.stringMatching(/设置 → 同步/),
    })
  })

  it('sends each slot’s own login: installing rules as admin never changes the officer’s', async () => {
    const { configure, get, seen } = setup()
    await configure({ slot: 'officer', username: 'officer-1', password: 'o-pw' })
    await configure({ slot: 'admin', username: 'root', password: 'r-pw' })
    await get('officer')
    await get('admin')
    await get('officer')
    expect(seen.map((s) => s.auth)).toEqual([
      basic('officer-1', 'o-pw'),
      basic('root', 'r-pw'),
      basic('officer-1', 'o-pw'),
    ])
    expect(seen[0]!.url).toBe('https://couch.office.local:6984/office-a')
  })

  it('remembers the officer’s password encrypted, never in plain text, and reads it after a restart', async () => {
    const first = setup()
    expect(
      await first.configure({
        slot: 'officer',
        username: 'officer-1',
        password: 'o-pw-秘密',
        remember: true,
      }),
    ).toEqual({
      ok: true,
      value: { remembered: true },
    })
    const text = readFileSync(first.file, 'utf8')
    expect(text).not.toContain('o-pw')
    expect(text).toContain('officer-1')
    const restarted = setup({ file: first.file })
    await restarted.get('officer')
    expect(restarted.seen[0]!.auth).toBe(basic('officer-1', 'o-pw-秘密'))
  })

  it('never writes the administrator’s password to disk', async () => {
    const { configure, file } = setup()
    expect(await configure({ slot: 'admin', username: 'root', remember: true })).toEqual({
      ok: true,
      value: { remembered: false },
    })
    expect(existsSync(file)).toBe(false)
  })

  it('keeps the login in memory only when the OS offers no encryption', async () => {
    const { configure, get, file, seen } = setup({
      secrets: { ...xor, isEncryptionAvailable: () => false },
    })
    expect(await configure({ slot: 'officer', username: 'officer-1', remember: true })).toEqual({
      ok: true,
      value: { remembered: false },
    })
    expect(existsSync(file)).toBe(false)
    await get('officer')
    expect(seen).toHaveLength(1)
  })

  it('password null keeps the held one for the same user, and asks again for another user', async () => {
    const { configure, get, seen } = setup()
    await configure({ slot: 'officer', username: 'officer-1', password: 'o-pw' })
    expect(
      await configure({ slot: 'officer', username: 'officer-1', password: null }),
    ).toMatchObject({ ok: true })
    expect(
      await configure({ slot: 'officer', username: 'officer-2', password: null }),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
      message: '请输入该用户的同步密码。',
    })
    await get('officer')
    expect(seen[0]!.auth).toBe(basic('officer-1', 'o-pw'))
  })

  it('forget removes the login from memory and disk', async () => {
    const { h, configure, get, file } = setup()
    await configure({ slot: 'officer', username: 'officer-1', remember: true })
    expect(existsSync(file)).toBe(true)
    await h['sync:forget']({})
    expect(existsSync(file)).toBe(false)
    expect(await get('officer')).toMatchObject({ ok: false, code: 'unsupported' })
  })

  it.each([
    ['/_users/org.couchdb.user%3Aroot'],
    ['/office-b/_all_docs'],
    ['/office-a/../_users'],
    ['/office-ab'],
  ])('refuses %s (outside the configured database) without a request', async (path) => {
    const { configure, get, seen } = setup()
    await configure({ slot: 'officer', username: 'officer-1' })
    expect(await get('officer', path)).toMatchObject({ ok: false, code: 'invalid' })
    expect(seen).toHaveLength(0)
  })

  it.each([
    [new TypeError('fetch failed'), /无法连接同步服务器/],
    [new DOMException('timed out', 'TimeoutError'), /长时间没有响应/],
  ])('a network failure (%s) comes back as io with a Chinese message', async (fail, message) => {
    const { configure, get } = setup({ fail })
    await configure({ slot: 'officer', username: 'officer-1' })
    expect(await get('officer')).toMatchObject({
      ok: false,
      code: 'io',
      message: expect.stringMatching(message),
    })
  })
})
