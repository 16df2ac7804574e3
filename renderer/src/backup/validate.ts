/**
 * Checking restored data record by record, in any order: every record against the shared record
 * schemas, referential integrity and unique fields across tables, and the audit hash chain
 * (checked in `seq` order at the end from a small summary of each entry, so the records can be
 * streamed straight from a backup file or from a staging database).
 */
import { checkRecord, createIntegrityChecker, type RecordProblem } from '@shared/backup'
import { auditHash, genesisHash } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'

/** Result of the audit chain check (first broken entry, or the number of entries). */
export type AuditCheck =
  { ok: true; count: number } | { ok: false; seq: number; problem: 'gap' | 'link' | 'hash' }

/** At most this many problems are listed. */
export const maxProblems = 50

/** The verdict on a whole data set (backup or case package): its counts and audit check, or why not. */
export type DataSetCheck =
  | { ok: true; counts: Record<string, number>; audit: AuditCheck }
  | { ok: false; message: string; problems: RecordProblem[] }

interface Link {
  seq: number
  prevHash: string
  hash: string
  hashOk: boolean
}

/** Walk the chain summary in `seq` order: gapless from 1, linked, every hash matching. */
function checkLinks(links: Link[]): AuditCheck {
  links.sort((a, b) => a.seq - b.seq)
  let prev = genesisHash
  let expected = 1
  for (const l of links) {
    if (l.seq !== expected) return { ok: false, seq: l.seq, problem: 'gap' }
    if (l.prevHash !== prev) return { ok: false, seq: l.seq, problem: 'link' }
    if (!l.hashOk) return { ok: false, seq: l.seq, problem: 'hash' }
    prev = l.hash
    expected += 1
  }
  return { ok: true, count: expected - 1 }
}

/** An incremental check of a whole data set. */
export interface RecordValidator {
  /** Check one batch of records of `table` whose primary key path is `primaryKey`. */
  add(table: string, primaryKey: string, records: readonly unknown[]): void
  /** Problems found so far (stop reading early when the list is full). */
  readonly full: boolean
  /** Number of records refused so far. */
  readonly problemCount: number
  finish(): DataSetCheck
}

/** Start checking a data set. */
export function createRecordValidator(): RecordValidator {
  const integrity = createIntegrityChecker()
  const problems: RecordProblem[] = []
  const counts: Record<string, number> = {}
  const links: Link[] = []
  return {
    get full() {
      return problems.length >= maxProblems
    },
    get problemCount() {
      return problems.length
    },
    add(table, primaryKey, records) {
      counts[table] = (counts[table] ?? 0) + records.length
      for (const record of records) {
        const problem = checkRecord(table, primaryKey, record)
        if (problem) {
          if (problems.length < maxProblems) problems.push(problem)
          continue
        }
        const rec = record as Record<string, unknown>
        integrity.add(table, String(rec[primaryKey]), rec)
        if (table === 'audit') {
          const { hash, ...rest } = record as AuditEntry
          links.push({
            seq: rest.seq,
            prevHash: rest.prevHash,
            hash,
            hashOk: auditHash(rest) === hash,
          })
        }
      }
    },
    finish() {
      problems.push(...integrity.finish(maxProblems - problems.length))
      if (problems.length > 0) {
        return {
          ok: false,
          message: `备份中有 ${problems.length >= maxProblems ? `${maxProblems} 条以上` : `${problems.length} 条`}记录不符合要求，为保护现有数据已停止恢复。请改用其他备份文件，或将此文件交管理员检查。`,
          problems,
        }
      }
      return { ok: true, counts, audit: checkLinks(links) }
    },
  }
}
