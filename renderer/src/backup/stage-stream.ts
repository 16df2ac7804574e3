/**
 * Checking a format-2 backup body of the current schema straight from the file (no database is
 * written): every batch is checked as it is read; the per-table counts must match the manifest.
 */
import { tableLabel, type BackupManifest } from '@shared/backup'
import type { AppDB } from '@renderer/db/app-db'
import { BodyError, readBodyBatches } from './body-reader'
import { createRecordValidator, type ValidationResult } from './validate'

const fail = (message: string): ValidationResult => ({ ok: false, message, problems: [] })

/**
 * Check every record of a backup body whose checksum was already verified.
 * @param schema - an AppDB instance (not opened) giving the current tables and primary keys
 * @param onProgress - bytes read so far, of the body's size
 */
export async function validateFileBody(
  body: Blob,
  manifest: BackupManifest,
  schema: AppDB,
  onProgress?: (done: number, total: number) => void,
): Promise<ValidationResult> {
  const primaryKeys = new Map<string, string>()
  for (const t of schema.tables) {
    const pk = t.schema.primKey.keyPath
    primaryKeys.set(t.name, typeof pk === 'string' ? pk : '')
  }
  const unknown = Object.keys(manifest.tables).filter((t) => !primaryKeys.has(t))
  if (unknown.length > 0) {
    return fail(
      `备份中有当前版本不认识的数据表（${unknown.join('、')}），无法恢复。请安装生成该备份的 CaseDesk 版本或更新版本。`,
    )
  }
  const validator = createRecordValidator()
  try {
    await readBodyBatches(
      body,
      { chunkBytes: manifest.body.chunkBytes ?? body.size, onChunk: onProgress },
      ({ table, rows }) => {
        const pk = primaryKeys.get(table)
        if (pk === undefined || !(table in manifest.tables)) {
          throw new BodyError(`备份内容中出现了说明中没有的数据表“${tableLabel(table)}”。`)
        }
        validator.add(table, pk, rows)
      },
    )
  } catch (err) {
    if (!(err instanceof BodyError)) throw err
    return fail(`备份内容无法读取（${err.message}）。现有数据未做任何修改，请改用其他备份文件。`)
  }
  const result = validator.finish()
  if (!result.ok) return result
  const counts: Record<string, number> = {}
  for (const name of primaryKeys.keys()) counts[name] = result.counts[name] ?? 0
  for (const [table, expected] of Object.entries(manifest.tables)) {
    if (counts[table] !== expected) {
      return fail(
        `备份中“${tableLabel(table)}”应有 ${expected} 条记录，实际读到 ${counts[table]} 条。文件内容与说明不一致，已停止恢复。`,
      )
    }
  }
  return { ...result, counts }
}
