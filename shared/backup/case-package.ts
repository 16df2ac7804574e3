/**
 * Case transfer (案件移交): what one case consists of, and how an incoming package compares
 * with the copy already on this PC. Pure: the renderer reads records and applies the choice.
 */
import { canonicalJson } from './canonical'
import { tableLabel, type RecordProblem } from './record-schemas'

/** Table → records, as carried in a case package body. */
export type TableRecords = Record<string, Record<string, unknown>[]>

/** Per-table comparison by primary key. */
export interface TableDiff {
  table: string
  /** In the package, not on this PC. */
  added: string[]
  /** On both, identical. */
  same: string[]
  /** On both, different. */
  changed: { key: string; newer: 'local' | 'incoming' | 'unknown' }[]
  /** On this PC only (the package does not have them). */
  localOnly: string[]
}

/** Overall verdict of a comparison. */
export type CaseDiffVerdict = 'new' | 'identical' | 'incomingNewer' | 'localNewer' | 'diverged'

/** The comparison shown to the user before an import writes anything. */
export interface CaseDiff {
  verdict: CaseDiffVerdict
  tables: TableDiff[]
  /** Chinese one-line summary. */
  summary: string
}

function keyOf(record: Record<string, unknown>, primaryKey: string): string {
  return String(record[primaryKey])
}

function newer(
  local: Record<string, unknown>,
  incoming: Record<string, unknown>,
): 'local' | 'incoming' | 'unknown' {
  const a = local.updatedAt ?? local.recordedAt
  const b = incoming.updatedAt ?? incoming.recordedAt
  if (typeof a !== 'string' || typeof b !== 'string' || a === b) return 'unknown'
  return a > b ? 'local' : 'incoming'
}

/**
 * Compare a case as stored here with an incoming package of the same case.
 * @param local - the local copy's records per table (empty object when the case is new here)
 * @param incoming - the package's records per table
 * @param primaryKeys - table → primary key path ('id' when missing)
 */
export function diffCasePackage(
  local: TableRecords,
  incoming: TableRecords,
  primaryKeys: Readonly<Record<string, string>> = {},
): CaseDiff {
  const tables = [...new Set([...Object.keys(local), ...Object.keys(incoming)])].sort()
  const diffs: TableDiff[] = []
  for (const table of tables) {
    const pk = primaryKeys[table] ?? 'id'
    const mine = new Map((local[table] ?? []).map((r) => [keyOf(r, pk), r]))
    const theirs = new Map((incoming[table] ?? []).map((r) => [keyOf(r, pk), r]))
    const d: TableDiff = { table, added: [], same: [], changed: [], localOnly: [] }
    for (const [key, rec] of theirs) {
      const here = mine.get(key)
      if (!here) d.added.push(key)
      else if (canonicalJson(here) === canonicalJson(rec)) d.same.push(key)
      else d.changed.push({ key, newer: newer(here, rec) })
    }
    for (const key of mine.keys()) if (!theirs.has(key)) d.localOnly.push(key)
    diffs.push(d)
  }
  const hasLocal = Object.values(local).some((rows) => rows.length > 0)
  const changed = diffs.flatMap((d) => d.changed)
  const added = diffs.reduce((n, d) => n + d.added.length, 0)
  const localOnly = diffs.reduce((n, d) => n + d.localOnly.length, 0)
  let verdict: CaseDiffVerdict
  if (!hasLocal) verdict = 'new'
  else if (changed.length === 0 && added === 0 && localOnly === 0) verdict = 'identical'
  else {
    const localNewer = localOnly > 0 || changed.some((c) => c.newer === 'local')
    const incomingNewer = added > 0 || changed.some((c) => c.newer === 'incoming')
    verdict = localNewer && incomingNewer ? 'diverged' : localNewer ? 'localNewer' : 'incomingNewer'
  }
  return { verdict, tables: diffs, summary: summarize(verdict, diffs) }
}

function summarize(verdict: CaseDiffVerdict, diffs: TableDiff[]): string {
  const parts = diffs
    .map((d) => {
      const bits = [
        d.added.length ? `新增 ${d.added.length}` : '',
        d.changed.length ? `不同 ${d.changed.length}` : '',
        d.localOnly.length ? `仅本机有 ${d.localOnly.length}` : '',
      ].filter(Boolean)
      return bits.length ? `${tableLabel(d.table)}：${bits.join('，')}` : ''
    })
    .filter(Boolean)
  const head: Record<CaseDiffVerdict, string> = {
    new: '本机没有此案件，将作为新案件导入。',
    identical: '本机已有此案件，内容与导入包完全相同，无需导入。',
    incomingNewer: '本机已有此案件，导入包中的数据较新。',
    localNewer: '本机已有此案件，本机数据较新或有导入包中没有的记录。',
    diverged: '本机和导入包都有对方没有的修改。',
  }
  return parts.length && verdict !== 'new'
    ? `${head[verdict]}（${parts.join('；')}）`
    : head[verdict]
}

/** What the user may do with an incoming package of a case that already exists here. */
export type CaseImportChoice = 'keepLocal' | 'addMissing' | 'preferIncoming'

/** Chinese labels of the choices. */
export const caseImportChoiceLabels: Record<CaseImportChoice, string> = {
  keepLocal: '保留本机数据，不导入',
  addMissing: '只添加本机没有的记录（本机已有的记录不变）',
  preferIncoming: '以导入包为准：添加新记录，并用导入包覆盖内容不同的记录',
}

/**
 * The records to write for a choice, table → primary keys: `addMissing` writes only records new
 * to this PC; `preferIncoming` also overwrites records that differ (their old content stays in
 * the audit log); `keepLocal` writes nothing. Local-only records are never deleted.
 */
export function planCaseImport(diff: CaseDiff, choice: CaseImportChoice): Record<string, string[]> {
  const put: Record<string, string[]> = {}
  if (choice === 'keepLocal') return put
  for (const d of diff.tables) {
    const keys =
      choice === 'preferIncoming' ? [...d.added, ...d.changed.map((c) => c.key)] : d.added
    if (keys.length) put[d.table] = keys
  }
  return put
}

/** What this PC holds under the keys a package carries (read before anything is written). */
export interface LocalHoldings {
  /** table → key → the local record with that key (only keys the package carries). */
  records: Readonly<Record<string, ReadonlyMap<string, Record<string, unknown>>>>
  /** partyId → ids of the local cases whose party it is. */
  partyCases: ReadonlyMap<string, readonly string[]>
  /** caseId → case number, to name other cases in messages. */
  caseNos: ReadonlyMap<string, string>
}

function partyText(p: Record<string, unknown>): string {
  const code = typeof p.uscc === 'string' && p.uscc ? `，${p.uscc}` : ''
  return `“${String(p.name ?? '')}${code}”`
}

/**
 * The records of a package for case `caseId` that would touch another case or party
 * (docs/data-safety.md, "Case packages"): a case-scope record (acts, documents, follow-ups …) may
 * only belong to `caseId` and may only create a record that does not exist here or update one
 * of the same case; the package's one party must be its case's party and may not change a party
 * that other cases here use. Each problem names both sides in Chinese. Pure.
 * @param caseId - the package's case
 * @param incoming - the package's records
 * @param local - what this PC holds under the same keys
 * @param primaryKeys - table → primary key path ('id' when missing)
 */
export function foreignRecordProblems(
  caseId: string,
  incoming: TableRecords,
  local: LocalHoldings,
  primaryKeys: Readonly<Record<string, string>> = {},
): RecordProblem[] {
  const problems: RecordProblem[] = []
  const otherCase = (id: unknown) =>
    typeof id === 'string' && local.caseNos.has(id)
      ? `案件“${local.caseNos.get(id)}”`
      : '另一个案件'
  const theCase = incoming.cases?.[0]
  for (const [table, rows] of Object.entries(incoming)) {
    const pk = primaryKeys[table] ?? 'id'
    const here = local.records[table]
    for (const row of rows) {
      const key = String(row[pk])
      const mine = here?.get(key)
      if (table === 'cases') continue
      if (table === 'parties') {
        if (!theCase || row[pk] !== theCase.partyId) {
          problems.push({ table, key, message: `当事人记录（${key}）不是本案的当事人，已拒绝导入` })
          continue
        }
        if (!mine || canonicalJson(mine) === canonicalJson(row)) continue
        const users = (local.partyCases.get(key) ?? []).filter((id) => id !== caseId)
        if (users.length > 0) {
          problems.push({
            table,
            key,
            message:
              `移交包中的当事人${partyText(row)}与本机当事人${partyText(mine)}编号相同但内容不同，` +
              `本机另有 ${users.length} 个案件（${users.slice(0, 3).map(otherCase).join('、')}）使用该当事人。` +
              '为免改动其他案件，已拒绝导入；请双方核对当事人信息后重新导出。',
          })
        }
        continue
      }
      if (row.caseId !== caseId) {
        problems.push({
          table,
          key,
          message: `${tableLabel(table)}记录（${key}）属于${otherCase(row.caseId)}，不是本移交包的案件，已拒绝导入`,
        })
        continue
      }
      if (mine && mine.caseId !== caseId) {
        problems.push({
          table,
          key,
          message: `本机已有编号相同的${tableLabel(table)}记录（${key}），属于${otherCase(mine.caseId)}；移交包不能改动其他案件的记录，已拒绝导入`,
        })
      }
    }
  }
  return problems
}
