/**
 * 设置 → 同步's login (docs/sync.md "Connection"): 记住密码 keeps the officer's login with main,
 * the next start syncs without asking, 忘记登录 drops it, and a server whose rules are older than
 * the app's is reported. The sync store runs over real Pinia and fake-indexeddb; the host is main's
 * own handlers (a stand-in for safeStorage) in this process, and the server is express-pouchdb in
 * full mode.
 */
import 'fake-indexeddb/auto'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { contract } from '@shared/ipc/contract'
import { RULES_VERSION } from '@shared/sync/design-doc'
import { createSyncHandlers, type SecretBox } from '../../../electron/main/ipc/sync'
import type * as Api from '@renderer/bridge/api'
import { storeDb } from '../renderer/stores/store-db'
import { ADMIN, memoryPouch, NodePouch, startOfficeServer, type OfficeServer } from './server'

const secrets: SecretBox = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
}

/** The main process of this PC; `restart()` starts a new one reading the same file. */
const main = vi.hoisted(() => ({
  file: '',
  handlers: null as null | ReturnType<typeof createSyncHandlers>,
}))
function restartMain() {
  main.handlers = createSyncHandlers({ file: main.file, secrets, fetch, timeoutMs: 30_000 })
}

vi.mock('@renderer/bridge/api', async (original) => {
  const real = await original<typeof Api>()
  const call = <K extends 'sync:configure' | 'sync:forget' | 'sync:request'>(
    channel: K,
    input: unknown,
  ) => main.handlers![channel](contract[channel].input.parse(input) as never)
  return {
    ...real,
    host: {
      ...real.host,
      canSync: true,
      configureSync: (input: unknown) => call('sync:configure', input),
      forgetSync: () => call('sync:forget', {}),
      syncRequest: (input: unknown) => call('sync:request', input),
    },
  }
})
vi.mock('@renderer/sync/pouch', async () => {
  const { openRemoteWith } = await import('@renderer/sync/remote')
  return {
    openLocalReplica: (name: string) => memoryPouch(name),
    openRemote: (url: string, db: string, via: never) => openRemoteWith(NodePouch, url, db, via),
  }
})

let server: OfficeServer
let me = ''
beforeAll(async () => {
  server = await startOfficeServer()
  // One app database for the whole file: switching it would close it under the live sync.
  me = (await storeDb()).officerIds[0]!
  await server.createUser(me, 'pw-me', ['head', 'handler'])
})
afterAll(async () => {
  await server?.stop()
})

async function freshStore() {
  setActivePinia(createPinia())
  const { useSyncStore } = await import('@renderer/sync/store')
  return useSyncStore()
}

describe('sync login on 设置 → 同步 (docs/sync.md "Connection")', () => {
  it('记住密码: the next start syncs without asking; 忘记登录: the next start asks again', async () => {
    await server.createOffice('office-login', [me])
    main.file = join(mkdtempSync(join(tmpdir(), 'casedesk-login-')), 'sync-connection.json')
    restartMain()

    const first = await freshStore()
    await first.load()
    expect(
      (
        await first.save({
          serverUrl: server.url,
          officeDb: 'office-login',
          caseNoRange: null,
          docNoRange: null,
        })
      ).ok,
    ).toBe(true)
    const r = await first.connect(me, 'pw-me', true)
    expect(r.ok, r.message).toBe(true)
    expect(first.remembered).toBe(true)
    expect(first.rulesOutdated).toBe(false)
    expect(existsSync(main.file)).toBe(true)
    await first.stop()

    // The app starts again: a new main process, a new window. Nobody types the password.
    restartMain()
    const second = await freshStore()
    await second.load()
    expect(second.message).toBe('')
    expect(second.running).toBe(true)
    expect(second.officerId).toBe(me)
    expect(second.badge?.text).not.toBe('同步未登录')

    const forgot = await second.forget()
    expect(forgot.ok).toBe(true)
    expect(existsSync(main.file)).toBe(false)
    expect(second.running).toBe(false)
    expect(second.badge?.text).toBe('同步未登录')

    restartMain()
    const third = await freshStore()
    await third.load()
    expect(third.running).toBe(false)
    expect(third.badge?.text).toBe('同步未登录')
    expect(third.message).toBe('')
  })

  it('a server with older rules is reported, and the administrator installs the current ones', async () => {
    // The server still has the rules of an earlier CaseDesk.
    const asAdmin = server.remote('office-login', ADMIN)
    const installed = await asAdmin.get('_design/casedesk')
    await asAdmin.put({ ...installed, rulesVersion: RULES_VERSION - 1 })
    main.file = join(mkdtempSync(join(tmpdir(), 'casedesk-login-')), 'sync-connection.json')
    restartMain()

    const store = await freshStore()
    await store.load()
    const test = await store.testConnection(me, 'pw-me')
    expect(test.ok).toBe(false)
    expect(test.message).toContain(`比本机（第 ${RULES_VERSION} 版）旧`)
    expect(store.rulesOutdated).toBe(true)
    expect(store.serverRulesVersion).toBe(RULES_VERSION - 1)

    const wrong = await store.installRules(me, 'pw-me')
    expect(wrong.ok).toBe(false)
    expect(wrong.message).toContain('服务器管理员账号')
    const ok = await store.installRules(ADMIN.username, ADMIN.password)
    expect(ok.ok, ok.message).toBe(true)
    expect(store.rulesOutdated).toBe(false)
    expect((await store.testConnection(me, 'pw-me')).ok).toBe(true)
  })

  it('a remembered login whose server is out of reach at start is tried again later; a wrong password is not', async () => {
    main.file = join(mkdtempSync(join(tmpdir(), 'casedesk-login-')), 'sync-connection.json')
    restartMain()
    const store = await freshStore()
    await store.load()
    const wrong = await store.connect(me, 'not-the-password', false)
    expect(wrong.ok).toBe(false)
    expect(wrong.unreachable).toBe(false)

    // The same office database on a server that does not answer (nothing listens on port 9).
    const saved = await store.save({
      serverUrl: 'http://127.0.0.1:9',
      officeDb: 'office-login',
      caseNoRange: null,
      docNoRange: null,
    })
    expect(saved.ok).toBe(true)
    const out = await store.connect(me, 'pw-me', true)
    expect(out.ok).toBe(false)
    expect(out.unreachable).toBe(true)
    expect(out.message).toContain('无法连接同步服务器')

    // Next start: the remembered login is used; the server is still away, so it says so.
    restartMain()
    const next = await freshStore()
    await next.load()
    expect(next.message).toContain('自动登录同步未成功')
    expect(next.running).toBe(false)
    expect((await next.forget()).ok).toBe(true)
    await store.save({
      serverUrl: server.url,
      officeDb: 'office-login',
      caseNoRange: null,
      docNoRange: null,
    })
  })
})
