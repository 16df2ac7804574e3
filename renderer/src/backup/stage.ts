/**
 * Restore, step 1 of 2 — check the file and prepare the restore. Nothing of the user's database
 * is touched here.
 *
 * - Format-2 backup of the current schema (the usual case): the body is read straight from the
 *   file and every record is checked as it streams by (./stage-stream.ts); nothing is written
 *   anywhere, and ./restore.ts later writes the file's rows into the live tables once.
 * - Older backups (format 1, or an older schema version): the checked body is imported into a
 *   separate STAGING database declared with the schema versions up to the backup's own, then
 *   reopened with the full AppDB so the app's real Dexie upgrades migrate it exactly as they
 *   migrate an installed database; then every record is checked.
 * In both cases: schemas, references and the audit chain; the result is a summary the user
 * confirms (see ./restore.ts).
 */
import { Dexie } from 'dexie'
import { importInto } from 'dexie-export-import'
import { tableLabel, type BackupManifest, type RecordProblem } from '@shared/backup'
import { AppDB, appDbName } from '@renderer/db/app-db'
import { auditHash, genesisHash } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'
import { latestSchemaVersion, schemaVersions } from '@renderer/db/versions'
import { openBackupFile } from './blob-io'
import { readBodyBatches } from './body-reader'
import { validateFileBody } from './stage-stream'
import { createRecordValidator, type AuditCheck, type ValidationResult } from './validate'

export type { AuditCheck } from './validate'

/** Name of the staging database (one at a time; replaced by every new staging). */
export const stagingDbName = `${appDbName}-restore-staging`

/** Where ./restore.ts reads the data to write. */
export type StagedSource =
  | { kind: 'staging' }
  | {
      kind: 'file'
      /** The checked body (a Blob does not change; each chunk is still re-checked). */
      body: Blob
      chunkBytes: number
      /** Hex digest of each chunk, as checked. */
      chunks: string[]
    }

export interface StagedRestore {
  manifest: BackupManifest
  /** The staging database (only used when `source.kind` is 'staging'). */
  stagingName: string
  source: StagedSource
  /** Record count per table after migration to the current schema. */
  counts: Record<string, number>
  totalRecords: number
  /** The backup came from an older schema and was upgraded. */
  migratedFrom: number | null
  audit: AuditCheck
}

export type StageResult =
  { ok: true; staged: StagedRestore } | { ok: false; message: string; problems: RecordProblem[] }

export interface StageProgress {
  phase: 'checksum' | 'import' | 'validate'
  done: number
  total: number
}

const fail = (message: string, problems: RecordProblem[] = []): StageResult => ({
  ok: false,
  message,
  problems,
})

/** Delete the staging database (after a restore, a cancel, or a left-over from a crash). */
export async function discardStaging(name = stagingDbName): Promise<void> {
  await Dexie.delete(name)
}

/**
 * Check a backup file and stage it for restore.
 * @param file - the whole file as picked by the user
 */
export async function stageBackup(
  file: Blob,
  opts: { stagingName?: string; onProgress?: (p: StageProgress) => void } = {},
): Promise<StageResult> {
  const name = opts.stagingName ?? stagingDbName
  const opened = await openBackupFile(file, (done, total) =>
    opts.onProgress?.({ phase: 'checksum', done, total }),
  )
  if (!opened.ok) return fail(opened.message)
  const { manifest, body } = opened
  if (manifest.kind !== 'full') {
    return fail('这是案件移交包，不是完整备份。请在“案件移交”中导入它。')
  }
  if (manifest.schemaVersion > latestSchemaVersion) {
    return fail(
      `该备份由更新版本的 CaseDesk（${manifest.appVersion}）生成，数据结构版本 ${manifest.schemaVersion} 高于当前支持的 ${latestSchemaVersion}。请先安装最新版本再恢复。`,
    )
  }

  const chunkBytes = manifest.body.chunkBytes ?? 0
  const jsonl = manifest.body.encoding === 'casedesk-jsonl' && chunkBytes > 0
  if (jsonl && manifest.schemaVersion === latestSchemaVersion) {
    const r = await validateFileBody(body, manifest, new AppDB(name), (done, total) =>
      opts.onProgress?.({ phase: 'validate', done, total }),
    )
    if (!r.ok) return r
    return {
      ok: true,
      staged: {
        manifest,
        stagingName: name,
        source: { kind: 'file', body, chunkBytes, chunks: opened.chunks },
        counts: r.counts,
        totalRecords: Object.values(r.counts).reduce((a, b) => a + b, 0),
        migratedFrom: null,
        audit: r.audit,
      },
    }
  }

  await discardStaging(name)
  // 1. Import at the backup's own schema version.
  const old = new Dexie(name)
  for (const v of schemaVersions.filter((s) => s.version <= manifest.schemaVersion)) {
    const declared = old.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  try {
    await old.open()
    if (jsonl) {
      await readBodyBatches(
        body,
        {
          chunkBytes,
          onChunk: (done, total) => opts.onProgress?.({ phase: 'import', done, total }),
        },
        ({ table, rows }) =>
          old
            .table(table)
            .bulkAdd(rows)
            .then(() => undefined),
      )
    } else {
      await importInto(old, body, {
        acceptNameDiff: true,
        chunkSizeBytes: 1024 * 1024,
        progressCallback: (p) => {
          opts.onProgress?.({ phase: 'import', done: p.completedRows, total: p.totalRows ?? 0 })
          return true
        },
      })
    }
    for (const [table, expected] of Object.entries(manifest.tables)) {
      const actual = await old.table(table).count()
      if (actual !== expected) {
        old.close()
        await discardStaging(name)
        return fail(
          `备份中“${tableLabel(table)}”应有 ${expected} 条记录，实际读到 ${actual} 条。文件内容与说明不一致，已停止恢复。`,
        )
      }
    }
  } catch (err) {
    old.close()
    await discardStaging(name)
    return fail(
      `备份内容无法读取（${err instanceof Error ? err.message : String(err)}），文件可能已损坏。现有数据未做任何修改，请改用其他备份文件。`,
    )
  }
  old.close()

  // 2. Reopen with every version: Dexie runs the app's upgrades on the staged data.
  const staged = new AppDB(name)
  try {
    await staged.open()
    const result = await validateStaged(staged, opts.onProgress)
    if (!result.ok) {
      staged.close()
      await discardStaging(name)
      return result
    }
    staged.close()
    return {
      ok: true,
      staged: {
        manifest,
        stagingName: name,
        source: { kind: 'staging' },
        counts: result.counts,
        totalRecords: Object.values(result.counts).reduce((a, b) => a + b, 0),
        migratedFrom: manifest.schemaVersion < latestSchemaVersion ? manifest.schemaVersion : null,
        audit: result.audit,
      },
    }
  } catch (err) {
    staged.close()
    await discardStaging(name)
    return fail(
      `备份数据升级到当前版本时失败（${err instanceof Error ? err.message : String(err)}）。现有数据未做任何修改，请联系管理员并保留该备份文件。`,
    )
  }
}

async function validateStaged(
  staged: AppDB,
  onProgress?: (p: StageProgress) => void,
): Promise<ValidationResult> {
  let total = 0
  for (const t of staged.tables) total += await t.count()
  const validator = createRecordValidator()
  let done = 0
  for (const table of staged.tables) {
    const pk = table.schema.primKey.keyPath
    const pkName = typeof pk === 'string' ? pk : ''
    let batch: unknown[] = []
    await table.each((record: unknown) => {
      batch.push(record)
      if (batch.length >= 1000) {
        validator.add(table.name, pkName, batch)
        batch = []
      }
    })
    validator.add(table.name, pkName, batch)
    done += await table.count()
    onProgress?.({ phase: 'validate', done, total })
  }
  return validator.finish()
}

/**
 * Verify the audit chain of `db` in `seq` order, streaming: seq gapless from 1, each prevHash
 * equals the previous hash, each hash matches its entry. Reports the first broken entry.
 */
export async function checkAuditChain(db: AppDB): Promise<AuditCheck> {
  let prev = genesisHash
  let expected = 1
  let broken: AuditCheck | null = null
  await db.audit
    .orderBy('seq')
    .until(() => broken !== null)
    .each((e: AuditEntry) => {
      if (broken) return
      if (e.seq !== expected) broken = { ok: false, seq: e.seq, problem: 'gap' }
      else if (e.prevHash !== prev) broken = { ok: false, seq: e.seq, problem: 'link' }
      else {
        const { hash, ...rest } = e
        if (auditHash(rest) !== hash) broken = { ok: false, seq: e.seq, problem: 'hash' }
      }
      prev = e.hash
      expected += 1
    })
  return broken ?? { ok: true, count: expected - 1 }
}
