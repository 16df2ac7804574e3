/**
 * Referential integrity of a whole data set (restore) or a case package (import), checked
 * incrementally so records can be streamed table by table: feed every record with `add`, then
 * `finish` lists what points nowhere. Rules are generic where possible — any record with a
 * `caseId` must point at a case — so tables added by later schema versions are covered.
 */
import { tableLabel, type RecordProblem } from './record-schemas'

interface Ref {
  table: string
  key: string
  field: string
  target: string
  value: string
}

/** Which table each reference field points at (beyond the generic `caseId` → cases). */
const referenceFields: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  cases: { partyId: 'parties' },
  followUps: { decisionActId: 'acts', visitActId: 'acts' },
  printLog: { documentId: 'documents' },
}

/** Fields whose value must be unique within a table (besides the primary key). */
const uniqueFields: Readonly<Record<string, readonly string[]>> = {
  cases: ['caseNo'],
  officers: ['certificateNo'],
  audit: ['seq'],
  // A 文号 is never reused (documents issue); documents without a number have ''.
  documents: ['docNo'],
}

/** An incremental integrity check. */
export interface IntegrityChecker {
  /** Feed one (already schema-checked) record. */
  add(table: string, key: string, record: Record<string, unknown>): void
  /**
   * Problems found, at most `limit` (dangling references, duplicate keys or unique fields).
   * @param external - ids known to exist outside the checked set (e.g. the local parties when a
   *   case package reuses one), table → ids
   */
  finish(limit?: number, external?: Readonly<Record<string, ReadonlySet<string>>>): RecordProblem[]
}

/**
 * Start an integrity check.
 * @example const c = createIntegrityChecker(); c.add('cases', id, rec); c.finish()
 */
export function createIntegrityChecker(): IntegrityChecker {
  const keys = new Map<string, Set<string>>()
  const unique = new Map<string, Map<string, string>>()
  const refs: Ref[] = []
  const problems: RecordProblem[] = []

  function idsOf(table: string): Set<string> {
    let set = keys.get(table)
    if (!set) keys.set(table, (set = new Set()))
    return set
  }

  return {
    add(table, key, record) {
      const ids = idsOf(table)
      if (ids.has(key)) {
        problems.push({ table, key, message: `${tableLabel(table)}记录（${key}）重复出现` })
      }
      ids.add(key)
      for (const field of uniqueFields[table] ?? []) {
        const value = record[field]
        if (typeof value !== 'string' || value === '') continue
        const seen = unique.get(`${table}.${field}`) ?? new Map<string, string>()
        unique.set(`${table}.${field}`, seen)
        const other = seen.get(value)
        if (other !== undefined && other !== key) {
          problems.push({
            table,
            key,
            message: `${tableLabel(table)}记录（${key}）的 ${field}“${value}”与记录（${other}）重复`,
          })
        }
        seen.set(value, key)
      }
      if (table !== 'cases' && typeof record.caseId === 'string') {
        refs.push({ table, key, field: 'caseId', target: 'cases', value: record.caseId })
      }
      for (const [field, target] of Object.entries(referenceFields[table] ?? {})) {
        const value = record[field]
        if (typeof value === 'string' && value !== '') {
          refs.push({ table, key, field, target, value })
        }
      }
    },
    finish(limit = 50, external = {}) {
      const out = problems.slice(0, limit)
      for (const ref of refs) {
        if (out.length >= limit) break
        if (keys.get(ref.target)?.has(ref.value) || external[ref.target]?.has(ref.value)) continue
        out.push({
          table: ref.table,
          key: ref.key,
          message: `${tableLabel(ref.table)}记录（${ref.key}）的 ${ref.field} 指向不存在的${tableLabel(ref.target)}（${ref.value}）`,
        })
      }
      return out
    },
  }
}
