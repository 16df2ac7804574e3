/**
 * This PC's sync settings (docs/sync.md "Accounts and offices"): the server address, the office
 * database, this PC's id and its number ranges. Stored in `meta` (key 'syncSettings') with an
 * audit entry, on this PC only — they are not synced. The password is never stored here: the
 * Electron build keeps it with the operating system's safeStorage, the browser build asks for it
 * at every start.
 */
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import { getMeta, putMeta } from '@renderer/db/meta'
import type { WriteContext } from '@renderer/db/records'
import { rangeProblem, type NumberRange } from '@shared/sync/number-ranges'

/** The sync settings record. */
export interface SyncSettings {
  key: 'syncSettings'
  /** e.g. https://casedesk.office.local:6984 */
  serverUrl: string
  /** The office database on the server, e.g. office-hanyang. */
  officeDb: string
  /** This installation's id, chosen once (the `pc` of its documents and audit chain). */
  pcId: string
  /** The officer id last used to log in (the CouchDB user name). */
  lastOfficerId: string
  /** This PC's range of case numbers (案号) per year, or null before the 负责人 sets it. */
  caseNoRange: NumberRange | null
  /** This PC's range of document numbers (文号) per series and year, or null. */
  docNoRange: NumberRange | null
  updatedAt: string
}

/** What the form edits. */
export type SyncSettingsInput = Pick<
  SyncSettings,
  'serverUrl' | 'officeDb' | 'caseNoRange' | 'docNoRange'
>

/** CouchDB database names: lower-case letter first, then lower-case letters, digits, _ $ ( ) + - / */
const DB_NAME = /^[a-z][a-z0-9_$()+\-/]*$/

function parseUrl(text: string): URL | null {
  try {
    return new URL(text)
  } catch {
    return null
  }
}

/** Field errors of a settings input (Chinese), empty when valid. */
export function syncSettingsErrors(input: SyncSettingsInput): Record<string, string> {
  const errors: Record<string, string> = {}
  const url = parseUrl(input.serverUrl.trim())
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    errors.serverUrl = '请填写同步服务器地址，如 https://192.168.1.10:6984'
  }
  if (!DB_NAME.test(input.officeDb.trim())) {
    errors.officeDb =
      '请填写本单位数据库名称：小写字母开头，只含小写字母、数字和 - _，如 office-hanyang'
  }
  for (const key of ['caseNoRange', 'docNoRange'] as const) {
    const r = input[key]
    const problem = r ? rangeProblem(r) : null
    if (problem) errors[key] = problem
  }
  return errors
}

/** Whether the address is not encrypted (the screen warns: passwords and case data in clear). */
export function isPlainHttp(serverUrl: string): boolean {
  return /^http:\/\//i.test(serverUrl.trim())
}

/**
 * The stored settings, or null when this PC does not sync. A damaged record throws its Chinese
 * message (renderer/src/db/meta.ts): sync does not start on settings it cannot read.
 */
export async function readSyncSettings(db: AppDB): Promise<SyncSettings | null> {
  return (await getMeta(db, 'syncSettings')) ?? null
}

/**
 * Save the settings (one transaction with its audit entry). The PC id is created on the first
 * save and never changed.
 */
export async function saveSyncSettings(
  db: AppDB,
  ctx: WriteContext,
  input: SyncSettingsInput,
  lastOfficerId = '',
): Promise<{ ok: true; settings: SyncSettings } | { ok: false; errors: Record<string, string> }> {
  const errors = syncSettingsErrors(input)
  if (Object.keys(errors).length) return { ok: false, errors }
  return db.transaction('rw', [db.meta, db.audit], async () => {
    const before = await readSyncSettings(db)
    // Data of one office only (docs/sync.md "Accounts and offices"): a PC that has pulled one
    // office database never starts pulling another into the same records.
    const pulled = await getMeta(db, 'sync')
    if (before && before.officeDb !== input.officeDb.trim() && pulled && pulled.pulledSeq !== 0) {
      return {
        ok: false as const,
        errors: {
          officeDb: `本机已与“${before.officeDb}”同步过数据，不能改为其他单位的数据库（两个单位的数据会混在一起）。如确需更换，请联系管理员`,
        },
      }
    }
    const next: SyncSettings = {
      key: 'syncSettings',
      serverUrl: input.serverUrl.trim().replace(/\/+$/, ''),
      officeDb: input.officeDb.trim(),
      pcId: before?.pcId || ctx.newId(),
      lastOfficerId: lastOfficerId || before?.lastOfficerId || '',
      caseNoRange: input.caseNoRange,
      docNoRange: input.docNoRange,
      updatedAt: ctx.now,
    }
    await putMeta(db, 'syncSettings', next)
    await appendAudit(db, ctx, {
      action: before ? 'update' : 'create',
      entity: 'meta',
      entityId: 'syncSettings',
      before,
      after: next,
    })
    return { ok: true as const, settings: next }
  })
}
