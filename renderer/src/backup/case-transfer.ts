/**
 * Case transfer (案件移交): export one case — its record, its party and every record of any
 * table indexed by `caseId` (acts, follow-ups, and later documents with their snapshots and
 * hashes) — as a package another office PC imports. Import checks the package fully, compares
 * it with a copy already here (shared/backup/case-package.ts) and writes only what the user
 * chose, in one transaction with an audit entry per record. Local records are never deleted.
 */
import type { Table } from 'dexie'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupFileName,
  checkRecord,
  createIntegrityChecker,
  createSha256,
  diffCasePackage,
  foreignRecordProblems,
  manifestLine,
  parseGuardedJson,
  planCaseImport,
  tableLabel,
  type BackupManifest,
  type CaseDiff,
  type CaseImportChoice,
  type LocalHoldings,
  type RecordProblem,
  type TableRecords,
} from '@shared/backup'
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import type { WriteContext } from '@renderer/db/records'
import { localStamp, openBackupFile } from './blob-io'
import { auditEntityOf } from '@renderer/db/audit-vocabulary'
import { refreshCaseDigest } from '@renderer/db/stat-digests'

type Row = Record<string, unknown>

/** Tables holding a case's own records: those with an index on `caseId` (alone or first). */
export function caseScopeTables(db: AppDB): Table[] {
  return db.tables.filter((t) =>
    t.schema.indexes.some((i) =>
      Array.isArray(i.keyPath) ? i.keyPath[0] === 'caseId' : i.keyPath === 'caseId',
    ),
  )
}

function whereCase(table: Table, caseId: string) {
  const index = table.schema.indexes.find((i) =>
    Array.isArray(i.keyPath) ? i.keyPath[0] === 'caseId' : i.keyPath === 'caseId',
  )!
  if (typeof index.keyPath === 'string') return table.where('caseId').equals(caseId)
  const lo = [caseId, ...index.keyPath!.slice(1).map(() => -Infinity)]
  const hi = [caseId, ...index.keyPath!.slice(1).map(() => '\uffff\uffff')]
  return table.where(index.name).between(lo, hi, true, true)
}

/** Every record of one case, table → rows (empty object when the case is not here). */
export async function readCaseRecords(db: AppDB, caseId: string): Promise<TableRecords> {
  const c = (await db.table('cases').get(caseId)) as Row | undefined
  if (!c) return {}
  const out: TableRecords = { cases: [c] }
  const party = typeof c.partyId === 'string' ? await db.table('parties').get(c.partyId) : undefined
  out.parties = party ? [party as Row] : []
  for (const t of caseScopeTables(db)) out[t.name] = (await whereCase(t, caseId).toArray()) as Row[]
  return out
}

export type CaseExport =
  | { ok: true; blob: Blob; fileName: string; manifest: BackupManifest }
  | { ok: false; message: string }

/** Build the package of one case. */
export async function exportCase(
  db: AppDB,
  caseId: string,
  opts: { appVersion: string; now: string },
): Promise<CaseExport> {
  const tables = await db.transaction('r', db.tables, () => readCaseRecords(db, caseId))
  const c = tables.cases?.[0]
  if (!c) return { ok: false, message: '找不到该案件，可能已在其他窗口修改。请刷新后重试。' }
  const body = new TextEncoder().encode(JSON.stringify({ tables }))
  const hash = createSha256()
  hash.update(body)
  const counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]))
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: 'case',
    createdAt: opts.now,
    appVersion: opts.appVersion,
    schemaVersion: db.verno,
    reason: 'transfer',
    tables: counts,
    totalRecords: Object.values(counts).reduce((a, b) => a + b, 0),
    body: { encoding: 'casedesk-case-json', bytes: body.length, sha256: hash.digestHex() },
    case: {
      id: String(c.id),
      caseNo: String(c.caseNo ?? ''),
      partyName: String(c.partyName ?? ''),
      updatedAt: String(c.updatedAt),
    },
  }
  return {
    ok: true,
    blob: new Blob([manifestLine(manifest), body]),
    fileName: backupFileName(localStamp(opts.now), 'case', String(c.caseNo ?? '')),
    manifest,
  }
}

export interface CasePackage {
  manifest: BackupManifest
  incoming: TableRecords
  diff: CaseDiff
}

export type ReadPackageResult =
  { ok: true; pkg: CasePackage } | { ok: false; message: string; problems: RecordProblem[] }

const refuse = (message: string, problems: RecordProblem[] = []): ReadPackageResult => ({
  ok: false,
  message,
  problems,
})

/** Check a package and compare it with this PC's copy. Nothing is written. */
export async function readCasePackage(db: AppDB, file: Blob): Promise<ReadPackageResult> {
  const opened = await openBackupFile(file)
  if (!opened.ok) return refuse(opened.message)
  const { manifest, body } = opened
  if (manifest.kind !== 'case' || !manifest.case) {
    return refuse('这是完整备份，不是案件移交包。请在“恢复备份”中使用它。')
  }
  if (manifest.schemaVersion !== db.verno) {
    return refuse(
      `该移交包来自数据结构版本 ${manifest.schemaVersion} 的 CaseDesk（${manifest.appVersion}），本机为版本 ${db.verno}。请两台电脑安装相同版本的 CaseDesk 后再移交。`,
    )
  }
  // Depth and prototype keys are refused before the body becomes objects (docs/data-safety.md).
  const parsedBody = parseGuardedJson(await body.text(), '移交包')
  if (!parsedBody.ok) return refuse(parsedBody.message)
  const tablesValue = (parsedBody.value as { tables?: unknown } | null)?.tables
  if (!tablesValue || typeof tablesValue !== 'object' || Array.isArray(tablesValue)) {
    return refuse('移交包内容无法读取，文件可能已损坏。请让对方重新导出。')
  }
  const incoming = tablesValue as TableRecords
  const countProblem = manifestCountProblem(manifest, incoming)
  if (countProblem) return refuse(countProblem)
  const allowed = new Set(['cases', 'parties', ...caseScopeTables(db).map((t) => t.name)])
  const problems: RecordProblem[] = []
  const integrity = createIntegrityChecker()
  const pks: Record<string, string> = {}
  for (const [table, rows] of Object.entries(incoming)) {
    if (!allowed.has(table) || !Array.isArray(rows)) {
      return refuse(`移交包含有不属于案件的数据（${tableLabel(table)}），已拒绝导入。`)
    }
    const pk = db.table(table).schema.primKey.keyPath
    pks[table] = typeof pk === 'string' ? pk : 'id'
    for (const row of rows) {
      const problem = checkRecord(table, pks[table], row)
      if (problem) problems.push(problem)
      else integrity.add(table, String(row[pks[table]]), row)
    }
  }
  problems.push(...integrity.finish(50))
  const c = incoming.cases?.[0]
  if (incoming.cases?.length !== 1 || c?.id !== manifest.case.id) {
    problems.push({ table: 'cases', key: '', message: '移交包应恰好包含一个案件' })
  }
  if (problems.length > 0) {
    return refuse('移交包中有记录不符合要求，已拒绝导入，本机数据未做任何修改。', problems)
  }
  const clash = (await db.table('cases').where('caseNo').equals(String(c!.caseNo)).first()) as
    Row | undefined
  if (clash && clash.id !== c!.id) {
    return refuse(
      `本机已有另一个案件使用编号“${String(c!.caseNo)}”，与移交包中的案件不是同一案件。请核对后再导入。`,
    )
  }
  const foreign = foreignRecordProblems(
    manifest.case.id,
    incoming,
    await localHoldings(db, incoming, pks),
    pks,
  )
  if (foreign.length > 0) {
    return refuse(
      '移交包会改动本机其他案件或当事人的记录，已拒绝导入，本机数据未做任何修改。',
      foreign,
    )
  }
  const local = await readCaseRecords(db, manifest.case.id)
  return { ok: true, pkg: { manifest, incoming, diff: diffCasePackage(local, incoming, pks) } }
}

/** The manifest's record counts must match the body exactly (a package is never partial). */
function manifestCountProblem(manifest: BackupManifest, incoming: TableRecords): string | null {
  const tables = new Set([...Object.keys(manifest.tables), ...Object.keys(incoming)])
  let total = 0
  for (const table of tables) {
    const rows = incoming[table]
    const n = Array.isArray(rows) ? rows.length : 0
    total += n
    const declared = Object.hasOwn(manifest.tables, table) ? manifest.tables[table] : 0
    if (declared !== n) {
      return `移交包说明${tableLabel(table)} ${declared ?? 0} 条，实际有 ${n} 条，文件不完整或已被改动。请让对方重新导出。`
    }
  }
  if (manifest.totalRecords !== total) {
    return `移交包说明共 ${manifest.totalRecords} 条记录，实际有 ${total} 条，文件不完整或已被改动。请让对方重新导出。`
  }
  return null
}

/** What this PC holds under the package's keys, the cases using its party, and their numbers. */
async function localHoldings(
  db: AppDB,
  incoming: TableRecords,
  pks: Readonly<Record<string, string>>,
): Promise<LocalHoldings> {
  const records: Record<string, Map<string, Row>> = {}
  const caseIds = new Set<string>()
  for (const [table, rows] of Object.entries(incoming)) {
    const keys = rows.map((r) => r[pks[table] ?? 'id'] as string)
    const found = (await db.table(table).bulkGet(keys)) as (Row | undefined)[]
    const map = new Map<string, Row>()
    found.forEach((r, i) => {
      if (!r) return
      map.set(String(keys[i]), r)
      if (typeof r.caseId === 'string') caseIds.add(r.caseId)
    })
    records[table] = map
  }
  const partyCases = new Map<string, string[]>()
  for (const p of incoming.parties ?? []) {
    const id = String(p.id)
    const users = (await db.table('cases').where('partyId').equals(id).primaryKeys()) as string[]
    partyCases.set(id, users)
    for (const c of users) caseIds.add(c)
  }
  const ids = [...caseIds]
  const cases = (await db.table('cases').bulkGet(ids)) as (Row | undefined)[]
  const caseNos = new Map<string, string>()
  cases.forEach((c, i) => {
    if (c) caseNos.set(ids[i]!, String(c.caseNo ?? ''))
  })
  return { records, partyCases, caseNos }
}

/** Write what `choice` says, in one transaction with one audit entry per record written. */
export async function applyCaseImport(
  db: AppDB,
  pkg: CasePackage,
  choice: CaseImportChoice,
  ctx: WriteContext,
): Promise<{ written: number }> {
  const plan = planCaseImport(pkg.diff, choice)
  const tables = Object.keys(plan)
  if (tables.length === 0) return { written: 0 }
  let written = 0
  const digestTables = [db.cases, db.acts, db.meta, db.statDigests]
  const scope = [...new Set([...tables.map((t) => db.table(t)), db.audit, ...digestTables])]
  await db.transaction('rw', scope, async () => {
    for (const table of tables) {
      const t = db.table(table)
      const pk = t.schema.primKey.keyPath as string
      const byKey = new Map(pkg.incoming[table]!.map((r) => [String(r[pk]), r]))
      for (const key of plan[table]!) {
        const after = byKey.get(key)!
        const before = (await t.get(key)) as Row | undefined
        // Checked again inside the write: a record of another case is never overwritten, even if
        // one appeared after the package was read.
        if (
          before &&
          table !== 'cases' &&
          table !== 'parties' &&
          before.caseId !== pkg.manifest.case?.id
        ) {
          throw new Error(
            `本机${tableLabel(table)}记录（${key}）属于另一个案件，已停止导入，本机数据未做任何修改。`,
          )
        }
        await t.put(after)
        await appendAudit(db, ctx, {
          action: 'importCase',
          entity: auditEntityOf(table),
          entityId: key,
          before: before ?? null,
          after,
        })
        written += 1
      }
    }
    // The imported case's statistics digest, from its records as now stored.
    const caseId = pkg.manifest.case?.id
    if (caseId) await refreshCaseDigest(db, caseId)
  })
  return { written }
}
