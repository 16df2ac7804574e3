/**
 * sync:* handlers — the office server connection held by main (docs/sync.md "Connection").
 * ─── network requests on the renderer's behalf; credentials on disk ───
 *
 * The renderer's Content-Security-Policy allows its own origin only, so PouchDB's requests to the
 * office CouchDB come here (`sync:request`). The request path itself — logins held in memory, the
 * Authorization header, only the configured database reachable — is the Node-side core shared with
 * the browser build's web server (../services/sync-proxy.ts). This file adds what only the desktop
 * build does: the password stays in memory; with
 * `remember` it is also written encrypted with Electron's `safeStorage` to
 * `userData/sync-connection.json` — never in plain text, and not at all when the OS offers no
 * encryption (the answer then says `remembered: false`).
 */
import { readFile, rm } from 'node:fs/promises'
import type { SyncSlot } from '@shared/ipc/sync-proxy'
import { writeFileAtomic } from '../services/file-io'
import { createSyncProxy, type SyncConnection } from '../services/sync-proxy'
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

/** Handlers for sync:configure, sync:forget and sync:request. */
export function createSyncHandlers(
  deps: SyncDeps,
): Pick<Handlers, 'sync:configure' | 'sync:forget' | 'sync:request'> {
  let loaded = false

  /** The remembered login of the last start, read once (a broken or foreign file is ignored). */
  async function recall(slot: SyncSlot): Promise<SyncConnection | null> {
    if (slot !== 'officer' || loaded) return null
    loaded = true
    try {
      const raw: unknown = JSON.parse(await readFile(deps.file, 'utf8'))
      if (isStored(raw) && deps.secrets.isEncryptionAvailable()) {
        const { encryptedPassword, ...where } = raw
        const password = deps.secrets.decryptString(Buffer.from(encryptedPassword, 'base64'))
        return { ...where, password }
      }
    } catch {
      // No remembered login (first start, forgotten, or the file is unreadable): ask again.
    }
    return null
  }

  const proxy = createSyncProxy({ fetch: deps.fetch, timeoutMs: deps.timeoutMs, recall })

  async function remember(c: SyncConnection): Promise<boolean> {
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
    'sync:configure': async (input) => {
      const held = await proxy.configure(input)
      if (!held.ok) return held
      if (!input.remember || input.slot !== 'officer')
        return { ok: true, value: { remembered: false } }
      try {
        return { ok: true, value: { remembered: await remember(held.value) } }
      } catch {
        return {
          ok: false,
          code: 'io',
          message: '无法保存同步登录信息（本次运行期间仍可同步），请检查磁盘空间和权限。',
        }
      }
    },

    'sync:forget': async () => {
      proxy.forget()
      loaded = true
      await rm(deps.file, { force: true }).catch(() => undefined)
      return { ok: true }
    },

    'sync:request': (req) => proxy.request(req),
  }
}
