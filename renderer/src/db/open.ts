/**
 * Opening the database with the downgrade guard (docs/conventions.md): a database written by a newer
 * schema is closed again before anything is written, and the user gets a clear message.
 */
import { Dexie } from 'dexie'
import type { AppDB } from './app-db'
import { appendAudit } from './audit'
import { parseMeta, putMeta } from './meta'
import type { SchemaMeta, WriteContext } from './records'
import { latestSchemaVersion } from './versions'

type OpenResult =
  | { state: 'open'; schemaVersion: number }
  | {
      state: 'blocked'
      storedSchemaVersion: number | null
      storedAppVersion: string | null
      /** Chinese, says what to do. */
      message: string
    }
  | { state: 'error'; message: string; detail: string }

function newerMessage(appVersion: string, storedAppVersion: string | null): string {
  const by = storedAppVersion ? `更新版本（${storedAppVersion}）` : '更新版本'
  return (
    `本机数据库已由 CaseDesk ${by}写入，当前版本（${appVersion}）无法安全读取。` +
    '为防止数据损坏，本程序未对数据库做任何修改。请安装最新版本的 CaseDesk 后再打开。'
  )
}

interface StoredVersion {
  installed: number
  meta: SchemaMeta | undefined
}

/**
 * Read the installed version and the schema meta without changing anything: a Dexie instance
 * with no declared versions opens the existing database as it is, and fails (instead of
 * creating one) when there is none. Opening with our declared schema first could let Dexie
 * patch a newer database before we had a chance to refuse it.
 */
async function probe(name: string): Promise<StoredVersion | null> {
  const reader = new Dexie(name)
  try {
    await reader.open()
    const installed = Math.floor(reader.verno)
    const meta = reader.tables.some((t) => t.name === 'meta')
      ? parseMeta('schema', await reader.table('meta').get('schema'))
      : undefined
    // A damaged version record counts as none: the installed Dexie version still guards against
    // a newer database, and opening rewrites the record with its audit entry.
    return { installed, meta: meta?.ok ? meta.value : undefined }
  } catch (err) {
    if (err instanceof Dexie.NoSuchDatabaseError) return null
    throw err
  } finally {
    reader.close()
  }
}

/**
 * Open `db`, refuse a newer schema before touching it, and record the schema/app version that
 * last wrote it (in a transaction with its audit entry).
 * @param appVersion this build's version (from the host)
 */
export async function openDatabase(
  db: AppDB,
  appVersion: string,
  ctx: WriteContext,
): Promise<OpenResult> {
  let stored: StoredVersion | null
  try {
    stored = await probe(db.name)
    if (stored) {
      const storedSchema = Math.max(stored.installed, stored.meta?.schemaVersion ?? 0)
      if (storedSchema > latestSchemaVersion) {
        const storedAppVersion = stored.meta?.appVersion ?? null
        return {
          state: 'blocked',
          storedSchemaVersion: storedSchema,
          storedAppVersion,
          message: newerMessage(appVersion, storedAppVersion),
        }
      }
    }
    await db.open()
  } catch (err) {
    if (err instanceof Dexie.VersionError) {
      return {
        state: 'blocked',
        storedSchemaVersion: null,
        storedAppVersion: null,
        message: newerMessage(appVersion, null),
      }
    }
    return {
      state: 'error',
      message:
        '无法打开本机数据库。请关闭其他正在运行的 CaseDesk 窗口后重试；如仍失败，请联系管理员。',
      detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    }
  }
  const meta = stored?.meta
  if (meta?.schemaVersion !== latestSchemaVersion || meta.appVersion !== appVersion) {
    const next: SchemaMeta = {
      key: 'schema',
      schemaVersion: latestSchemaVersion,
      appVersion,
      updatedAt: ctx.now,
    }
    await db.transaction('rw', [db.meta, db.audit], async () => {
      await putMeta(db, 'schema', next)
      await appendAudit(db, ctx, {
        action: meta ? 'upgrade' : 'create',
        entity: 'meta',
        entityId: 'schema',
        before: meta ?? null,
        after: next,
      })
    })
  }
  return { state: 'open', schemaVersion: latestSchemaVersion }
}
