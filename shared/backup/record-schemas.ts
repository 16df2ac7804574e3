/**
 * What a valid stored record looks like, per table, for restore and case import (docs/architecture/overview.md §3:
 * data is validated at every boundary). Domain parts reuse the shared zod schemas; bookkeeping
 * fields are checked for type only. Records are only *checked* — never transformed — so a
 * restore writes back exactly what was backed up.
 *
 * A table this build does not know (a later schema) is checked generically: an object with a
 * valid primary key. Add a schema here when a table gets one in shared/.
 */
import { z } from 'zod'
import { ActSchema, CaseOfficerSchema, PartySchema, CASE_SOURCES } from '../domain/case'
import { entityId, enumOf, legalDate } from '../domain/case/common'
import { EXEMPTION_CATEGORIES } from '../domain/exemptions'
import { DOCUMENT_KINDS } from '../documents/kinds'
import { recordShapeProblem } from './guarded-json'
import {
  contactVersionSchema,
  officeProfileSchema,
  officerSchema,
} from '../domain/settings/schemas'

const ts = z.iso.datetime({ offset: true, message: '时间应为 ISO 时间戳' })
const str = z.string()
const int = z.number().int()
const dateOrEmpty = z.union([z.literal(''), legalDate])
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '哈希值应为 64 位十六进制')

const auditSchema = z.object({
  id: str.min(1),
  seq: int.min(1),
  at: ts,
  actor: str,
  action: str.min(1),
  entity: str.min(1),
  entityId: str,
  prevHash: hex64,
  hash: hex64,
})

const partyRecordSchema = PartySchema.and(
  z.object({
    id: entityId,
    identityKey: str,
    searchTokens: z.array(str),
    createdAt: ts,
    updatedAt: ts,
  }),
)

const caseRecordSchema = z.object({
  id: entityId,
  caseNo: str.min(1, '案件缺少案件编号'),
  caseNoKey: int,
  year: int.min(1900).max(9999),
  partyId: entityId,
  partySnapshot: PartySchema,
  partyName: str,
  cause: str.trim().min(1, '案件缺少案由'),
  source: enumOf(CASE_SOURCES),
  sourceDate: legalDate,
  officers: z.array(CaseOfficerSchema),
  officerIds: z.array(str),
  createdAt: ts,
  updatedAt: ts,
  closed: z.boolean(),
  voided: z.object({ reason: str.min(1), at: ts }).optional(),
  stage: str,
  nextDueOn: dateOrEmpty,
  nextDueKey: str,
  decisionOn: dateOrEmpty,
  searchTokens: z.array(str),
})

const actRecordSchema = ActSchema.and(z.object({ caseId: entityId, seq: int.min(0) }))

const followUpSchema = z.object({
  id: entityId,
  caseId: entityId,
  partyName: str,
  caseNo: str,
  decisionActId: z.union([z.literal(''), entityId]),
  dueOn: legalDate,
  mandatory: z.boolean(),
  status: z.enum(['due', 'done', 'cancelled']),
  visitActId: entityId.optional(),
  createdAt: ts,
  updatedAt: ts,
})

const exemptionSchema = z.object({
  id: entityId,
  code: str.trim().min(1).max(30),
  title: str.trim().min(1),
  category: z.enum(Object.values(EXEMPTION_CATEGORIES) as [string, ...string[]]),
  violation: str,
  legalBasis: str,
  conditions: str,
  source: str,
  active: z.boolean(),
  createdAt: ts,
  updatedAt: ts,
})

// Issued documents (schema v3). The snapshot is checked for shape only: it is replayed through
// the template's own input schema when the document is reprinted, and its hash is compared then.
const documentSchema = z
  .object({
    id: entityId,
    caseId: entityId,
    kind: z.enum(DOCUMENT_KINDS as unknown as [string, ...string[]], '未知的文书种类'),
    title: str.min(1),
    docNo: str,
    code: str,
    year: int.min(1900).max(9999),
    serial: int.nonnegative('文号序号不能为负数'),
    status: z.enum(['issuing', 'issued', 'voided']),
    issuedOn: legalDate,
    issuedAt: ts,
    issuedBy: str,
    partyName: str,
    caseNo: str,
    templateVersion: int.min(1),
    sha256: z.union([z.literal(''), hex64]),
    snapshot: z.object({ input: z.unknown(), ctx: z.object({}).loose() }),
    voided: z.object({ reason: str.min(1, '作废文书须有作废理由'), at: ts, by: str }).optional(),
    sourceActIds: z.array(str),
  })
  .refine((d) => d.status !== 'issued' || d.sha256 !== '', {
    path: ['sha256'],
    message: '已出具的文书缺少 PDF 哈希值',
  })
  .refine((d) => (d.docNo === '') === (d.serial === 0), {
    path: ['docNo'],
    message: '文号与序号不一致',
  })

const printLogSchema = z.object({
  id: entityId,
  documentId: entityId,
  at: ts,
  by: str,
  kind: z.enum(['print', 'save', 'open', 'reprint']),
  hashMatched: z.boolean(),
})

const counterSchema = z.object({
  key: str.min(1),
  value: int.nonnegative('编号计数不能为负数'),
})

/** Table name → schema of its records. */
export const recordSchemas: Readonly<Record<string, z.ZodType>> = {
  meta: z.object({ key: str.min(1) }),
  audit: auditSchema,
  officeProfile: officeProfileSchema,
  contactVersions: contactVersionSchema,
  officers: officerSchema,
  parties: partyRecordSchema,
  cases: caseRecordSchema,
  acts: actRecordSchema,
  followUps: followUpSchema,
  exemptions: exemptionSchema,
  counters: counterSchema,
  documents: documentSchema,
  printLog: printLogSchema,
}

/** Chinese names of tables, for messages (unknown tables show their code name). */
export const tableLabels: Readonly<Record<string, string>> = {
  meta: '系统信息',
  audit: '操作日志',
  officeProfile: '机关档案',
  contactVersions: '联系方式版本',
  officers: '执法人员',
  parties: '当事人',
  cases: '案件',
  acts: '办案环节',
  followUps: '回访',
  exemptions: '免罚清单',
  counters: '编号计数',
  documents: '文书',
  printLog: '打印记录',
}

/**
 * The Chinese label of a table.
 * @returns e.g. '案件' for 'cases', or the table name itself when unknown
 */
export function tableLabel(table: string): string {
  // Own properties only: a crafted table name such as "__proto__" is shown as typed.
  return Object.hasOwn(tableLabels, table) ? tableLabels[table]! : table
}

function isValidKey(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.length > 0 && value.every(isValidKey)
  return false
}

/** A record-level problem, for the restore summary. */
export interface RecordProblem {
  table: string
  /** Primary key as text ('' when missing). */
  key: string
  message: string
}

function keyText(record: unknown, primaryKey: string): string {
  if (record === null || typeof record !== 'object') return ''
  const value = (record as Record<string, unknown>)[primaryKey]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

/**
 * Check one record of `table`: its schema (or, for an unknown table, an object with a valid
 * primary key) and that `createdAt` is not after `updatedAt`.
 * @param primaryKey - the table's primary key path (e.g. 'id', 'key')
 * @returns null when valid, else a problem with a Chinese message
 */
export function checkRecord(
  table: string,
  primaryKey: string,
  record: unknown,
): RecordProblem | null {
  const key = keyText(record, primaryKey)
  const where = `${tableLabel(table)}记录${key ? `（${key.slice(0, 60)}）` : ''}`
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { table, key, message: `${where}不是有效的数据对象` }
  }
  const obj = record as Record<string, unknown>
  const shape = recordShapeProblem(record)
  if (shape) return { table, key, message: `${where}${shape}` }
  if (!isValidKey(obj[primaryKey])) {
    return { table, key, message: `${where}缺少主键“${primaryKey}”` }
  }
  const schema = Object.hasOwn(recordSchemas, table) ? recordSchemas[table] : undefined
  if (schema) {
    const parsed = schema.safeParse(record)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const path = issue.path.length > 0 ? `字段 ${issue.path.join('.')}：` : ''
      return { table, key, message: `${where}${path}${issue.message}` }
    }
  }
  if (
    typeof obj.createdAt === 'string' &&
    typeof obj.updatedAt === 'string' &&
    obj.createdAt > obj.updatedAt
  ) {
    return { table, key, message: `${where}的创建时间晚于修改时间，日期顺序不正确` }
  }
  return null
}
