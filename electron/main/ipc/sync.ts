/**
 * sync:* handlers — the office server connection held by main (docs/sync.md "Connection").
 * ─── network requests on the renderer's behalf; credentials on disk ───
 *
 * The renderer's Content-Security-Policy allows its own origin only, so PouchDB's requests to the
 * office CouchDB come here (`sync:request`). Main keeps the server address, the database and the
 * officer's login, adds the Authorization header itself, and lets a request reach only the
 * configured database (shared/ipc/sync-proxy.ts `syncTargetUrl`). The password stays in memory; with
 * `remember` it is also written encrypted with Electron's `safeStorage` to
 * `userData/sync-connection.json` — never in plain text, and not at all when the OS offers no
 * encryption (the answer then says `remembered: false`).
 */
import { readFile, rm } from 'node:fs/promises'
import {
  MAX_SYNC_RESPONSE_BYTES,
  syncTargetUrl,
  type SyncConfigureInput,
  type SyncSlot,
} from '@shared/ipc/sync-proxy'
import { writeFileAtomic, type HostFailure } from '../services/file-io'
import type { Handlers } from './types'

/** The part of Electron's `safeStorage` main uses. */
export interface SecretBox {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

interface SyncDeps {
  /** userData/sync-connection.json */
  file: string
  secrets: SecretBox
  /** The global `fetch` (a fake in tests). */
  fetch: typeof fetch
  /** Give up on a request after this long (a long-poll `_changes` waits up to its own timeout). */
  timeoutMs: number
}

interface Connection {
  serverUrl: string
  database: string
  username: string
  password: string
}

interface StoredConnection {
  serverUrl: string
  database: string
  username: string
  /** base64 of safeStorage.encryptString(password) */
  encryptedPassword: string
}

function isStored(v: unknown): v is StoredConnection {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  return ['serverUrl', 'database', 'username', 'encryptedPassword'].every(
    (k) => typeof o[k] === 'string',
  )
}

const notConfigured: HostFailure = {
  ok: false,
  code: 'unsupported',
  message: '尚未设置同步服务器，请在“设置 → 同步”中填写服务器地址并登录。',
}

/** Handlers for sync:configure, sync:forget and sync:request. */
export function createSyncHandlers(
  deps: SyncDeps,
): Pick<Handlers, 'sync:configure' | 'sync:forget' | 'sync:request'> {
  const held: Partial<Record<SyncSlot, Connection>> = {}
  let loaded = false

  /** The remembered login of the last start, read once (a broken or foreign file is ignored). */
  async function connection(slot: SyncSlot): Promise<Connection | null> {
    if (slot === 'officer' && !held.officer && !loaded) {
      loaded = true
      try {
        const raw: unknown = JSON.parse(await readFile(deps.file, 'utf8'))
        if (isStored(raw) && deps.secrets.isEncryptionAvailable()) {
          const { encryptedPassword, ...where } = raw
          const password = deps.secrets.decryptString(Buffer.from(encryptedPassword, 'base64'))
          held.officer = { ...where, password }
        }
      } catch {
        // No remembered login (first start, forgotten, or the file is unreadable): ask again.
      }
    }
    return held[slot] ?? null
  }

  async function remember(c: Connection): Promise<boolean> {
    if (!deps.secrets.isEncryptionAvailable()) {
      await rm(deps.file, { force: true })
      return false
    }
    const stored: StoredConnection = {
      serverUrl: c.serverUrl,
      database: c.database,
      username: c.username,
      encryptedPassword: deps.secrets.encryptString(c.password).toString('base64'),
    }
    await writeFileAtomic(deps.file, new TextEncoder().encode(JSON.stringify(stored)))
    return true
  }

  return {
    'sync:configure': async (input: SyncConfigureInput) => {
      const before = await connection(input.slot)
      const password =
        input.password ??
        (before && before.username === input.username && before.serverUrl === input.serverUrl
          ? before.password
          : null)
      if (password === null) {
        return { ok: false, code: 'invalid', message: '请输入该用户的同步密码。' }
      }
      const c: Connection = {
        serverUrl: input.serverUrl.replace(/\/+$/, ''),
        database: input.database,
        username: input.username,
        password,
      }
      held[input.slot] = c
      if (!input.remember || input.slot !== 'officer')
        return { ok: true, value: { remembered: false } }
      try {
        return { ok: true, value: { remembered: await remember(c) } }
      } catch {
        return {
          ok: false,
          code: 'io',
          message: '无法保存同步登录信息（本次运行期间仍可同步），请检查磁盘空间和权限。',
        }
      }
    },

    'sync:forget': async () => {
      delete held.officer
      delete held.admin
      loaded = true
      await rm(deps.file, { force: true }).catch(() => undefined)
      return { ok: true }
    },

    'sync:request': async (req) => {
      const c = await connection(req.slot)
      if (!c) return notConfigured
      const target = syncTargetUrl(c.serverUrl, c.database, req)
      if (!target.ok) return { ok: false, code: 'invalid', message: target.message }
      const headers: Record<string, string> = {
        authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`,
      }
      if (req.contentType) headers['content-type'] = req.contentType
      if (req.accept) headers['accept'] = req.accept
      try {
        const res = await deps.fetch(target.url, {
          method: req.method,
          headers,
          body: req.body ?? undefined,
          redirect: 'error',
          signal: AbortSignal.timeout(deps.timeoutMs),
        })
        const body = req.method === 'HEAD' ? '' : await res.text()
        if (body.length > MAX_SYNC_RESPONSE_BYTES) {
          return {
            ok: false,
            code: 'invalid',
            message: '服务器返回的数据过大，请缩小同步批量后重试。',
          }
        }
        return {
          ok: true,
          value: { status: res.status, contentType: res.headers.get('content-type'), body },
        }
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
        return {
          ok: false,
          code: 'io',
          message: timedOut
            ? '同步服务器长时间没有响应，稍后将自动重试。'
            : '无法连接同步服务器，请检查网络和服务器地址；恢复后将自动继续同步。',
        }
      }
    },
  }
}
