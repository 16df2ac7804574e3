/**
 * Restore, step 2 of 2 — replace the database with the checked data, atomically.
 *
 * ONE read-write transaction over every table of the live database: clear each table, write the
 * records — straight from the checked backup file (format 2, read chunk by chunk, each chunk's
 * digest compared with the one checked in step 1), or copied from the staging database (older
 * backups, migrated there) in chunks of 2,000 — then set the schema meta and append the audit
 * entry. Every wait for the file or the staging database is wrapped in Dexie.waitFor, which
 * keeps the transaction alive meanwhile. If anything fails — an error, a changed file, a closed
 * page, a crash, a full disk — IndexedDB aborts the transaction and the old data stays exactly
 * as it was.
 */
import { Dexie, type IndexableType, type Table } from 'dexie'
import { tableLabel } from '@shared/backup'
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import type { SchemaMeta, WriteContext } from '@renderer/db/records'
import { latestSchemaVersion } from '@renderer/db/versions'
import { readBodyBatches } from './body-reader'
import { discardStaging, type StagedRestore } from './stage'

/** Rows copied per chunk. */
export const restoreChunkRows = 2000
/** Batches written at once while the next line of the file is parsed. */
const inFlight = 3

/** Meta keys that describe this installation, not the data: kept across a restore. */
const localMetaKeys = ['backupStatus', 'backupSettings']

export type RestoreResult = { ok: true; totalRecords: number } | { ok: false; message: string }

export interface RestoreProgress {
  table: string
  done: number
  total: number
}

function readChunk(
  table: Table,
  after: IndexableType | undefined,
): Promise<{ rows: unknown[]; lastKey: IndexableType | undefined }> {
  return Dexie.ignoreTransaction(async () => {
    const coll =
      after === undefined
        ? table.orderBy(':id').limit(restoreChunkRows)
        : table.where(':id').above(after).limit(restoreChunkRows)
    const [rows, keys] = await Promise.all([coll.toArray(), coll.primaryKeys()])
    return { rows, lastKey: keys[keys.length - 1] }
  })
}

/**
 * Replace every table of `db` with the staged data in one transaction, then delete the staging
 * database.
 */
export async function commitRestore(
  db: AppDB,
  staged: StagedRestore,
  ctx: WriteContext,
  appVersion: string,
  onProgress?: (p: RestoreProgress) => void,
): Promise<RestoreResult> {
  const fromFile = staged.source.kind === 'file' ? staged.source : null
  const source = new Dexie(staged.stagingName)
  if (!fromFile) {
    try {
      await source.open()
    } catch {
      return {
        ok: false,
        message:
          '找不到待恢复的暂存数据（可能已被清理）。请重新选择备份文件。现有数据未做任何修改。',
      }
    }
    const missing = db.tables
      .map((t) => t.name)
      .filter((n) => !source.tables.some((t) => t.name === n))
    if (missing.length > 0 || source.verno !== latestSchemaVersion) {
      source.close()
      return {
        ok: false,
        message: `暂存数据与当前版本不一致（缺少：${missing.map(tableLabel).join('、') || '无'}）。请重新选择备份文件。现有数据未做任何修改。`,
      }
    }
  }
  let done = 0
  try {
    await db.transaction('rw', db.tables, async () => {
      const keep = (await db.table('meta').bulkGet(localMetaKeys)) as unknown[]
      const before: Record<string, number> = {}
      for (const table of db.tables) {
        before[table.name] = await table.count()
        await table.clear()
      }
      if (fromFile) {
        const opts = {
          chunkBytes: fromFile.chunkBytes,
          expect: fromFile.chunks,
          wrap: Dexie.waitFor,
        }
        // Up to `inFlight` batches are being written while the next line is parsed, so the
        // page's parsing and the browser's IndexedDB writing overlap.
        const pending: Promise<void>[] = []
        await readBodyBatches(fromFile.body, opts, ({ table, rows }) => {
          const p = db
            .table(table)
            .bulkAdd(rows)
            .then(() => {
              done += rows.length
              onProgress?.({ table, done, total: staged.totalRecords })
            })
          p.catch(() => undefined) // awaited below; a later failure must not go unhandled
          pending.push(p)
          return pending.length > inFlight ? pending.shift() : undefined
        })
        await Promise.all(pending)
      } else {
        for (const table of db.tables) {
          let after: IndexableType | undefined
          for (;;) {
            const chunk = await Dexie.waitFor(readChunk(source.table(table.name), after))
            if (chunk.rows.length === 0) break
            await table.bulkAdd(chunk.rows)
            done += chunk.rows.length
            after = chunk.lastKey
            onProgress?.({ table: table.name, done, total: staged.totalRecords })
          }
        }
      }
      if (done !== staged.totalRecords)
        throw new Error(`写入 ${done} 条，应为 ${staged.totalRecords} 条`)
      const stored = (await db.meta.get('schema')) as SchemaMeta | undefined
      if (stored?.schemaVersion !== latestSchemaVersion || stored.appVersion !== appVersion) {
        const schema: SchemaMeta = {
          key: 'schema',
          schemaVersion: latestSchemaVersion,
          appVersion,
          updatedAt: ctx.now,
        }
        await db.meta.put(schema)
      }
      for (const rec of keep) if (rec) await db.table('meta').put(rec)
      const m = staged.manifest
      await appendAudit(db, ctx, {
        action: 'restore',
        entity: 'database',
        entityId: m.body.sha256,
        before: { counts: before },
        after: {
          backupCreatedAt: m.createdAt,
          backupAppVersion: m.appVersion,
          backupSchemaVersion: m.schemaVersion,
          counts: staged.counts,
        },
      })
    })
  } catch (err) {
    source.close()
    const quota = err instanceof Error && /Quota/i.test(err.name)
    return {
      ok: false,
      message: quota
        ? '磁盘空间不足，恢复未完成。现有数据保持原样，未做任何修改。请清理磁盘空间后重试。'
        : `恢复未完成（${err instanceof Error ? err.message : String(err)}）。现有数据保持原样，未做任何修改。`,
    }
  }
  source.close()
  await discardStaging(staged.stagingName)
  return { ok: true, totalRecords: done }
}
