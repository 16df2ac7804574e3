/**
 * Restore, step 1 of 2 — check the file and build the restored data in a NEW database. The user's
 * database is not touched here.
 *
 * - Format-2 backup of the current schema (the usual case): the body is read straight from the
 *   file; every batch of records is checked (./validate.ts) and written into the new database in
 *   the same pass — a few small transactions in flight while the next line is parsed, so the page's
 *   checking and the browser's writing overlap. Each row is read, parsed and written once.
 * - Older backups (format 1, or an older schema version): the checked body is imported into the
 *   new database declared with the schema versions up to the backup's own, then reopened with the
 *   full AppDB so the app's real Dexie upgrades migrate it exactly as they migrate an installed
 *   database; then every record is checked.
 * - Increments (docs/data-safety.md, "Increments"): the full backup is built as above, then each
 *   increment of its chain (shared/backup/increment-chain.ts) is applied in order — changed rows
 *   put, deleted keys removed, whole tables replaced; every row is schema-checked before it is
 *   written, and after each increment the table counts and the audit head must equal what the
 *   increment recorded. Then the whole data set is checked once more.
 * - A backup that claims to come from this installation is compared with this PC's audit chain
 *   (./chain-check.ts): one that diverges from it is refused as altered.
 * Any problem deletes the new database and reports; the result is a summary the user confirms.
 * ./restore.ts then switches the app to the new database (./db/active.ts).
 */
import { Dexie } from 'dexie'
import { importInto } from 'dexie-export-import'
import {
  checkRecord,
  planRestoreChain,
  tableLabel,
  type BackupManifest,
  type RecordProblem,
} from '@shared/backup'
import { holdStagingLock, newDataDatabaseName, readActiveDatabaseName } from '@renderer/db/active'
import { AppDB } from '@renderer/db/app-db'
import { auditHash, genesisHash } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'
import { latestSchemaVersion, schemaVersions } from '@renderer/db/versions'
import { openBackupFile } from './blob-io'
import { BodyError, readBodyBatches } from './body-reader'
import { findDivergence } from './chain-check'
import { createRecordValidator, type AuditCheck, type DataSetCheck } from './validate'

export type { AuditCheck } from './validate'

export interface StagedRestore {
  /** The manifest of the newest file restored (the full backup, or its last increment). */
  manifest: BackupManifest
  /** The files restored, in order: the full backup, then its increments. */
  files: { name: string; manifest: BackupManifest }[]
  /** The new database holding the checked data (becomes the active one on commit). */
  stagingName: string
  /** Record count per table after migration to the current schema. */
  counts: Record<string, number>
  totalRecords: number
  /** The backup came from an older schema and was upgraded. */
  migratedFrom: number | null
  audit: AuditCheck
  /** Lets other windows remove the database again (called on commit or discard). */
  release: () => void
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

/** Delete a staging database (after a cancel or a failed check). */
export async function discardStaging(name: string): Promise<void> {
  await Dexie.delete(name)
}

/** Batches being written while the next line of the file is parsed and checked. */
const writesInFlight = 3

/**
 * Add `rows` to `table` in one relaxed-durability transaction, straight through IndexedDB: the new
 * database has no observers, so Dexie's change tracking (index keys of every row, for live
 * queries) would be work for nobody. The commit's strict write makes everything durable.
 */
function addRows(idb: IDBDatabase, table: string, rows: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite', { durability: 'relaxed' })
    const store = tx.objectStore(table)
    for (const row of rows) store.add(row)
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error(`写入“${tableLabel(table)}”被中止`))
  })
}

function writeFailure(err: unknown): string {
  if (err instanceof Error && /Quota/i.test(err.name)) {
    return '磁盘空间不足，无法载入备份数据。现有数据未做任何修改。请清理磁盘空间（恢复期间需要约两倍于数据的空间）后重试。'
  }
  return `备份数据无法写入（${err instanceof Error ? err.message : String(err)}）。现有数据未做任何修改，请重试或改用其他备份文件。`
}

export interface StageOptions {
  /** Name of the new database (default: a fresh `casedesk-data-…` name). */
  stagingName?: string
  onProgress?: (p: StageProgress) => void
  /**
   * The database in use, whose audit chain a backup from this installation must agree with
   * (default: the active database, when it exists; null: no comparison).
   */
  local?: AppDB | null
}

/** A picked or listed backup file. */
export interface BackupInput {
  name: string
  file: Blob
}

/**
 * Check a backup file and build its data in a new database, ready to be switched to.
 * @param file - the whole file as picked by the user
 */
export function stageBackup(file: Blob, opts: StageOptions = {}): Promise<StageResult> {
  return stageBackupChain([{ name: '所选文件', file }], opts)
}

type Opened = Extract<Awaited<ReturnType<typeof openBackupFile>>, { ok: true }> & { name: string }

/**
 * Check a full backup and its increments (any order) and build the newest data of the chain in
 * a new database, ready to be switched to. A chain with a file missing is refused naming it.
 */
export async function stageBackupChain(
  inputs: readonly BackupInput[],
  opts: StageOptions = {},
): Promise<StageResult> {
  const openedFiles: Opened[] = []
  for (const input of inputs) {
    const opened = await openBackupFile(input.file, (done, total) =>
      opts.onProgress?.({ phase: 'checksum', done, total }),
    )
    if (!opened.ok) {
      return fail(inputs.length > 1 ? `“${input.name}”：${opened.message}` : opened.message)
    }
    openedFiles.push({ ...opened, name: input.name })
  }
  if (openedFiles.length === 1 && openedFiles[0]!.manifest.kind === 'case') {
    return fail('这是案件移交包，不是完整备份。请在“案件移交”中导入它。')
  }
  const plan = planRestoreChain(openedFiles.map((f) => ({ name: f.name, manifest: f.manifest })))
  if (!plan.ok) return fail(plan.message)
  const chain = plan.files.map((f) => openedFiles.find((o) => o.name === f.name)!)
  const first = chain[0]!
  const increments = chain.slice(1)
  const { manifest, body } = first
  for (const inc of increments) {
    if (inc.manifest.body.encoding !== 'casedesk-jsonl' || !inc.manifest.body.chunkBytes) {
      return fail(`增量备份“${inc.name}”的内容格式不正确，无法恢复。请改用其他备份文件。`)
    }
    if (inc.manifest.schemaVersion !== latestSchemaVersion) {
      return fail(
        `增量备份“${inc.name}”的数据结构版本（${inc.manifest.schemaVersion}）与当前版本（${latestSchemaVersion}）不同，无法按增量恢复。请只恢复完整备份“${first.name}”。`,
      )
    }
  }
  if (manifest.schemaVersion > latestSchemaVersion) {
    return fail(
      `该备份由更新版本的 CaseDesk（${manifest.appVersion}）生成，数据结构版本 ${manifest.schemaVersion} 高于当前支持的 ${latestSchemaVersion}。请先安装最新版本再恢复。`,
    )
  }
  const name =
    opts.stagingName ??
    newDataDatabaseName(new Date().toISOString(), crypto.randomUUID().replaceAll('-', ''))
  if (name === (await readActiveDatabaseName())) {
    return fail('不能把备份载入正在使用的数据库。现有数据未做任何修改。')
  }
  const release = await holdStagingLock(name)
  await discardStaging(name)
  const last = chain[chain.length - 1]!.manifest
  const r = await (async (): Promise<DataSetCheck> => {
    const built = await build(name, manifest, body, first.chunks, opts.onProgress)
    if (!built.ok || increments.length === 0) return built
    const applied = await applyIncrements(name, increments, opts.onProgress)
    if (applied) return applied
    const staged = new AppDB(name)
    try {
      await staged.open()
      return await validateStaged(staged, opts.onProgress)
    } finally {
      staged.close()
    }
  })().catch((err: unknown): DataSetCheck => ({
    ok: false,
    message: writeFailure(err),
    problems: [],
  }))
  const divergence = r.ok ? await divergenceOf(name, last, r.audit.ok, opts.local) : null
  if (!r.ok || divergence) {
    await discardStaging(name).catch(() => undefined)
    release()
    return r.ok ? fail(divergence!) : fail(r.message, r.problems)
  }
  return {
    ok: true,
    staged: {
      manifest: last,
      files: chain.map((f) => ({ name: f.name, manifest: f.manifest })),
      stagingName: name,
      counts: r.counts,
      totalRecords: Object.values(r.counts).reduce((a, b) => a + b, 0),
      migratedFrom: manifest.schemaVersion < latestSchemaVersion ? manifest.schemaVersion : null,
      audit: r.audit,
      release,
    },
  }
}

/** Compare the staged data's audit chain with the local one (./chain-check.ts). */
async function divergenceOf(
  name: string,
  manifest: BackupManifest,
  auditOk: boolean,
  local: AppDB | null | undefined,
): Promise<string | null> {
  let localDb = local
  let opened: AppDB | null = null
  if (localDb === undefined) {
    const active = await readActiveDatabaseName()
    if (!(await Dexie.exists(active))) return null
    localDb = opened = new AppDB(active)
  }
  if (localDb === null) return null
  const staged = new AppDB(name)
  try {
    if (!localDb.isOpen()) await localDb.open()
    await staged.open()
    return await findDivergence(localDb, staged, manifest, auditOk)
  } finally {
    staged.close()
    opened?.close()
  }
}

/**
 * Apply the increments to the staged database, in chain order.
 * @returns null when every increment applied and matched what it recorded, else the failure
 */
async function applyIncrements(
  name: string,
  increments: readonly Opened[],
  onProgress?: (p: StageProgress) => void,
): Promise<DataSetCheck | null> {
  const target = new AppDB(name, { chromeTransactionDurability: 'relaxed' })
  const refuse = (message: string, problems: RecordProblem[] = []): DataSetCheck => ({
    ok: false,
    message,
    problems,
  })
  try {
    await target.open()
    const known = new Map<string, string>()
    for (const t of target.tables) {
      const pk = t.schema.primKey.keyPath
      known.set(t.name, typeof pk === 'string' ? pk : '')
    }
    for (const inc of increments) {
      const chain = inc.manifest.chain!
      const whole = chain.wholeTables ?? []
      const unknown = [...Object.keys(inc.manifest.tables), ...whole].filter((t) => !known.has(t))
      if (unknown.length > 0) {
        return refuse(
          `增量备份“${inc.name}”中有当前版本不认识的数据表（${unknown.join('、')}），无法恢复。`,
        )
      }
      if (whole.length > 0) {
        await target.transaction('rw', whole, async () => {
          for (const t of whole) await target.table(t).clear()
        })
      }
      const problems: RecordProblem[] = []
      try {
        await readBodyBatches(
          inc.body,
          {
            chunkBytes: inc.manifest.body.chunkBytes ?? 0,
            expect: inc.chunks,
            onChunk: (done, total) => onProgress?.({ phase: 'import', done, total }),
          },
          async ({ table, rows, deleted }) => {
            const pk = known.get(table)
            if (pk === undefined || !(table in inc.manifest.tables)) {
              throw new BodyError(`增量内容中出现了说明中没有的数据表“${tableLabel(table)}”。`)
            }
            if (deleted && (table === 'audit' || whole.includes(table))) {
              throw new BodyError(`增量内容中“${tableLabel(table)}”的删除记录无效。`)
            }
            for (const row of rows) {
              const problem = checkRecord(table, pk, row)
              if (problem) problems.push(problem)
            }
            if (problems.length > 0) throw new BodyError('有记录不符合要求')
            const t = target.table(table)
            await target.transaction('rw', t, async () => {
              // Audit entries are only ever added: one that already exists is an overlap.
              if (table === 'audit' || whole.includes(table)) await t.bulkAdd(rows)
              else await t.bulkPut(rows)
              if (deleted?.length) await t.bulkDelete(deleted)
            })
          },
        )
      } catch (err) {
        if (problems.length > 0) {
          return refuse(
            `增量备份“${inc.name}”中有 ${problems.length} 条记录不符合要求，为保护现有数据已停止恢复。请改用其他备份文件。`,
            problems.slice(0, 50),
          )
        }
        if (err instanceof BodyError) {
          return refuse(`增量备份“${inc.name}”无法读取（${err.message}）。现有数据未做任何修改。`)
        }
        throw err
      }
      for (const [table, expected] of Object.entries(chain.totals ?? {})) {
        const actual = known.has(table) ? await target.table(table).count() : 0
        if (actual !== expected) {
          return refuse(
            `应用增量备份“${inc.name}”后“${tableLabel(table)}”有 ${actual} 条记录，备份时为 ${expected} 条。备份链不完整或文件被修改，已停止恢复。`,
          )
        }
      }
      const head = (await target.audit.orderBy('seq').last()) as AuditEntry | undefined
      if ((head?.seq ?? 0) !== chain.toSeq || (head?.hash ?? genesisHash) !== chain.headHash) {
        return refuse(
          `应用增量备份“${inc.name}”后操作日志的末尾与备份时记录的不一致。备份链不完整或文件被修改，已停止恢复。`,
        )
      }
    }
    return null
  } finally {
    target.close()
  }
}

/** Build and check the new database `name` from the checked body. */
async function build(
  name: string,
  manifest: BackupManifest,
  body: Blob,
  chunks: readonly string[],
  onProgress?: (p: StageProgress) => void,
): Promise<DataSetCheck> {
  const chunkBytes = manifest.body.chunkBytes ?? 0
  const jsonl = manifest.body.encoding === 'casedesk-jsonl' && chunkBytes > 0
  if (jsonl && manifest.schemaVersion === latestSchemaVersion) {
    return loadCurrent(name, manifest, body, { chunkBytes, chunks }, onProgress)
  }

  // 1. Import at the backup's own schema version.
  const old = new Dexie(name, { chromeTransactionDurability: 'relaxed' })
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
          onChunk: (done, total) => onProgress?.({ phase: 'import', done, total }),
        },
        ({ table, rows, deleted }) => {
          if (deleted) throw new BodyError('完整备份中出现了删除记录，文件格式不正确。')
          return old
            .table(table)
            .bulkAdd(rows)
            .then(() => undefined)
        },
      )
    } else {
      await importInto(old, body, {
        acceptNameDiff: true,
        chunkSizeBytes: 1024 * 1024,
        progressCallback: (p) => {
          onProgress?.({ phase: 'import', done: p.completedRows, total: p.totalRows ?? 0 })
          return true
        },
      })
    }
    for (const [table, expected] of Object.entries(manifest.tables)) {
      const actual = await old.table(table).count()
      if (actual !== expected) {
        return {
          ok: false,
          message: `备份中“${tableLabel(table)}”应有 ${expected} 条记录，实际读到 ${actual} 条。文件内容与说明不一致，已停止恢复。`,
          problems: [],
        }
      }
    }
  } catch (err) {
    return {
      ok: false,
      message: `备份内容无法读取（${err instanceof Error ? err.message : String(err)}），文件可能已损坏。现有数据未做任何修改，请改用其他备份文件。`,
      problems: [],
    }
  } finally {
    old.close()
  }

  // 2. Reopen with every version: Dexie runs the app's upgrades on the staged data.
  const staged = new AppDB(name)
  try {
    await staged.open()
    return await validateStaged(staged, onProgress)
  } catch (err) {
    return {
      ok: false,
      message: `备份数据升级到当前版本时失败（${err instanceof Error ? err.message : String(err)}）。现有数据未做任何修改，请联系管理员并保留该备份文件。`,
      problems: [],
    }
  } finally {
    staged.close()
  }
}

/**
 * A format-2 body of the current schema: check every batch and write it into the new database in
 * the same pass (each chunk's digest is compared again with the one checked before); then compare
 * the counts with the manifest and with what was stored.
 */
async function loadCurrent(
  name: string,
  manifest: BackupManifest,
  body: Blob,
  checked: { chunkBytes: number; chunks: readonly string[] },
  onProgress?: (p: StageProgress) => void,
): Promise<DataSetCheck> {
  const target = new AppDB(name, { chromeTransactionDurability: 'relaxed' })
  const primaryKeys = new Map<string, string>()
  for (const t of target.tables) {
    const pk = t.schema.primKey.keyPath
    primaryKeys.set(t.name, typeof pk === 'string' ? pk : '')
  }
  const unknown = Object.keys(manifest.tables).filter((t) => !primaryKeys.has(t))
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `备份中有当前版本不认识的数据表（${unknown.join('、')}），无法恢复。请安装生成该备份的 CaseDesk 版本或更新版本。`,
      problems: [],
    }
  }
  const validator = createRecordValidator()
  const pending: Promise<void>[] = []
  let writeError: unknown = null
  try {
    await target.open()
    await readBodyBatches(
      body,
      {
        chunkBytes: checked.chunkBytes,
        expect: checked.chunks,
        onChunk: (done, total) => onProgress?.({ phase: 'validate', done, total }),
      },
      ({ table, rows, deleted }) => {
        const pk = primaryKeys.get(table)
        if (deleted) throw new BodyError('完整备份中出现了删除记录，文件格式不正确。')
        if (pk === undefined || !(table in manifest.tables)) {
          throw new BodyError(`备份内容中出现了说明中没有的数据表“${tableLabel(table)}”。`)
        }
        validator.add(table, pk, rows)
        // Once a record is refused the new database is deleted anyway: stop writing, keep checking
        // (so the user gets the list of problems).
        if (validator.problemCount > 0 || writeError) return undefined
        const p = addRows(target.backendDB(), table, rows).then(
          () => undefined,
          (err: unknown) => {
            writeError ??= err
          },
        )
        pending.push(p)
        return pending.length > writesInFlight ? pending.shift() : undefined
      },
    )
    await Promise.all(pending)
  } catch (err) {
    await Promise.all(pending)
    target.close()
    if (!(err instanceof BodyError)) throw err
    return {
      ok: false,
      message: `备份内容无法读取（${err.message}）。现有数据未做任何修改，请改用其他备份文件。`,
      problems: [],
    }
  }
  try {
    const result = validator.finish()
    if (!result.ok) return result
    if (writeError) throw writeError
    const counts: Record<string, number> = {}
    for (const t of target.tables) counts[t.name] = await t.count()
    for (const table of primaryKeys.keys()) {
      const expected = manifest.tables[table] ?? 0
      const read = result.counts[table] ?? 0
      if (read !== expected || counts[table] !== expected) {
        return {
          ok: false,
          message: `备份中“${tableLabel(table)}”应有 ${expected} 条记录，实际读到 ${read} 条、写入 ${counts[table]} 条。文件内容与说明不一致，已停止恢复。`,
          problems: [],
        }
      }
    }
    return { ...result, counts }
  } finally {
    target.close()
  }
}

async function validateStaged(
  staged: AppDB,
  onProgress?: (p: StageProgress) => void,
): Promise<DataSetCheck> {
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
