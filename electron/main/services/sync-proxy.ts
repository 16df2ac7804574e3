/**
 * The Node side of the sync request path (docs/sync.md "Connection"), shared by Electron main
 * (electron/main/ipc/sync.ts) and the browser build's web server (scripts/web-sync-proxy.ts): it
 * holds the office server, the database and the logins in memory, adds the Authorization header
 * itself, and lets a request reach only the configured database or the server root
 * (shared/ipc/sync-proxy.ts `syncTargetUrl`). What is remembered on disk is the caller's business
 * (main may keep the officer's login encrypted; the web server keeps nothing).
 *
 * Imports are relative and type-only outside shared/: the web server loads this file with tsx,
 * without the build's path aliases (docs/decisions.md, "The web server's sync proxy").
 */
import {
  MAX_SYNC_RESPONSE_BYTES,
  syncTargetUrl,
  type SyncConfigureInput,
  type SyncRequestInput,
  type SyncResponse,
  type SyncSlot,
} from '../../../shared/ipc/sync-proxy'
import type { HostFailure } from './file-io'

/** How long a request to the office server may take (a `_changes` long-poll answers within 25 s). */
export const SYNC_REQUEST_TIMEOUT_MS = 120_000

export interface SyncConnection {
  serverUrl: string
  database: string
  username: string
  password: string
}

interface SyncProxyDeps {
  /** The global `fetch` (a fake in tests). */
  fetch: typeof fetch
  /** Give up on a request after this long. */
  timeoutMs: number
  /**
   * A login kept from an earlier run for this slot, asked when none is held (main's remembered
   * officer login); absent: nothing is remembered.
   */
  recall?: (slot: SyncSlot) => Promise<SyncConnection | null>
}

type Result<T> = { ok: true; value: T } | HostFailure

export interface SyncProxy {
  /** Hold the server and login for `input.slot`; `password: null` keeps the one held for this user. */
  configure(input: SyncConfigureInput): Promise<Result<SyncConnection>>
  /** Drop every login held. */
  forget(): void
  /** One request to the configured office database, with the slot's login. */
  request(req: SyncRequestInput): Promise<Result<SyncResponse>>
}

const notConfigured: HostFailure = {
  ok: false,
  code: 'unsupported',
  message: '尚未设置同步服务器，请在“设置 → 同步”中填写服务器地址并登录。',
}

/** The sync connection held in memory, with main's refusals and Chinese failures. */
export function createSyncProxy(deps: SyncProxyDeps): SyncProxy {
  const held: Partial<Record<SyncSlot, SyncConnection>> = {}

  async function connection(slot: SyncSlot): Promise<SyncConnection | null> {
    const now = held[slot]
    if (now) return now
    const recalled = (await deps.recall?.(slot)) ?? null
    // A login configured while the recall was read wins over the recalled one.
    if (recalled && !held[slot]) held[slot] = recalled
    return held[slot] ?? null
  }

  return {
    async configure(input) {
      const before = await connection(input.slot)
      const password =
        input.password ??
        (before && before.username === input.username && before.serverUrl === input.serverUrl
          ? before.password
          : null)
      if (password === null) {
        return { ok: false, code: 'invalid', message: '请输入该用户的同步密码。' }
      }
      const c: SyncConnection = {
        serverUrl: input.serverUrl.replace(/\/+$/, ''),
        database: input.database,
        username: input.username,
        password,
      }
      held[input.slot] = c
      return { ok: true, value: c }
    },

    forget() {
      delete held.officer
      delete held.admin
    },

    async request(req) {
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
