/**
 * Restore, step 1 of 2 — stage and validate. Nothing of the user's database is touched here.
 *
 * The checked body is imported into a separate STAGING database declared with the schema
 * versions up to the backup's own, then reopened with the full AppDB so the app's real Dexie
 * upgrades migrate an older backup exactly as they migrate an installed database. Every record
 * of every table is then checked against the shared record schemas, references are checked,
 * and the audit chain is verified. The result is a summary the user confirms (see ./restore.ts).
 */
import { Dexie } from 'dexie'
import { importInto } from 'dexie-export-import'
import {
  checkRecord,
  createIntegrityChecker,
  tableLabel,
  type BackupManifest,
  type RecordProblem,
} from '@shared/backup'
import { AppDB, appDbName } from '@renderer/db/app-db'
import { auditHash, genesisHash } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'
import { latestSchemaVersion, schemaVersions } from '@renderer/db/versions'
import { openBackupFile } from './blob-io'

/** Name of the staging database (one at a time; replaced by every new staging). */
export const stagingDbName = `${appDbName}-restore-staging`

export type AuditCheck =
  { ok: true; count: number } | { ok: false; seq: number; problem: 'gap' | 'link' | 'hash' }

export interface StagedRestore {
  manifest: BackupManifest
  stagingName: string
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

  await discardStaging(name)
  // 1. Import at the backup's own schema version.
  const old = new Dexie(name)
  for (const v of schemaVersions.filter((s) => s.version <= manifest.schemaVersion)) {
    const declared = old.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  try {
    await old.open()
    await importInto(old, body, {
      acceptNameDiff: true,
      chunkSizeBytes: 1024 * 1024,
      progressCallback: (p) => {
        opts.onProgress?.({ phase: 'import', done: p.completedRows, total: p.totalRows ?? 0 })
        return true
      },
    })
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
): Promise<
  | { ok: true; counts: Record<string, number>; audit: AuditCheck }
  | { ok: false; message: string; problems: RecordProblem[] }
> {
  const counts: Record<string, number> = {}
  for (const t of staged.tables) counts[t.name] = await t.count()
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  const integrity = createIntegrityChecker()
  const problems: RecordProblem[] = []
  let done = 0
  for (const table of staged.tables) {
    const pk = table.schema.primKey.keyPath
    const pkName = typeof pk === 'string' ? pk : ''
    await table.each((record: unknown) => {
      done += 1
      const problem = checkRecord(table.name, pkName, record)
      if (problem) {
        if (problems.length < 50) problems.push(problem)
        return
      }
      const rec = record as Record<string, unknown>
      integrity.add(table.name, String(rec[pkName]), rec)
    })
    onProgress?.({ phase: 'validate', done, total })
  }
  problems.push(...integrity.finish(50 - problems.length))
  if (problems.length > 0) {
    return {
      ok: false,
      message: `备份中有 ${problems.length >= 50 ? '50 条以上' : `${problems.length} 条`}记录不符合要求，为保护现有数据已停止恢复。请改用其他备份文件，或将此文件交管理员检查。`,
      problems,
    }
  }
  return { ok: true, counts, audit: await checkAuditChain(staged) }
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
