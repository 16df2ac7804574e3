/**
 * The typed accessor of the `meta` table (docs/conventions.md, "Layers"; docs/recipes.md, "A
 * setting kept in `meta`"). `meta` is keyed by `key` and holds one bookkeeping record per key;
 * each key the app uses has one zod schema here, so nothing reads or writes `meta` through a cast:
 *
 * - {@link getMeta} returns the stored record parsed by its schema (undefined when there is
 *   none) and throws {@link MetaDamagedError}, whose message is Chinese and says what to do, when
 *   the stored value does not fit — a damaged record is never passed on as if it were valid;
 * - {@link readMeta} is the same read as a result, for callers that fall back to a default;
 * - {@link putMeta} validates before writing (an invalid record is a bug: it throws and the
 *   caller's transaction rolls back).
 *
 * All three run inside the caller's transaction (over `db.meta` and `db.audit`), so a write and
 * its audit entry stay one transaction. No Dexie schema change: `meta` was always keyed by `key`.
 */
import { z } from 'zod'
import { migrateRuleSettings, RuleSettingsSchema } from '@shared/domain/case'
import { entryIssueMessage, ViolationEntryListSchema } from '@shared/discretion/entry-schema'
import { SYNC_KINDS } from '@shared/sync/docs'
import type { AppDB } from './app-db'
import type { RuleSettingsMeta } from './cases-records'
import type { SchemaMeta, SetupMeta } from './records'

/** 'bundled' = 内置思源字体（默认）; 'system' = 本机仿宋、黑体（Windows）. */
export const documentFontChoiceSchema = z.enum(['bundled', 'system'])

const isoText = z.string()
const range = z.object({ from: z.number().int(), to: z.number().int() }).nullable()
const backupReason = z.enum(['manual', 'scheduled', 'exit', 'pre-restore'])
const backupKind = z.enum(['full', 'increment'])

/** One schema per key: the record as stored. */
const schemas = {
  schema: z.object({
    key: z.literal('schema'),
    schemaVersion: z.number().int(),
    appVersion: z.string(),
    updatedAt: isoText,
  }) satisfies z.ZodType<SchemaMeta>,
  setup: z.object({ key: z.literal('setup'), completedAt: isoText }) satisfies z.ZodType<SetupMeta>,
  /** A record of an earlier version is brought to the current shape before it is checked. */
  ruleSettings: z.object({
    key: z.literal('ruleSettings'),
    settings: z.preprocess(migrateRuleSettings, RuleSettingsSchema),
    updatedAt: isoText,
  }) satisfies z.ZodType<RuleSettingsMeta, unknown>,
  officeViolations: z.object({
    key: z.literal('officeViolations'),
    entries: ViolationEntryListSchema,
    updatedAt: isoText,
    source: z.string(),
  }),
  /**
   * Each year is checked by the repository on its own (a damaged year is reported and the
   * others stay usable, renderer/src/db/repositories/holiday-years.ts): here only the envelope.
   */
  holidayYears: z.object({ key: z.literal('holidayYears'), years: z.array(z.unknown()) }),
  documentFonts: z.object({
    key: z.literal('documentFonts'),
    choice: documentFontChoiceSchema,
    updatedAt: isoText,
  }),
  workbenchOfficer: z.object({
    key: z.literal('workbenchOfficer'),
    officerId: z.string(),
    updatedAt: isoText,
  }),
  backupStatus: z.object({
    key: z.literal('backupStatus'),
    at: isoText,
    name: z.string(),
    reason: backupReason,
    records: z.number(),
    sha256: z.string(),
    kind: backupKind.optional(),
    installationId: z.string().optional(),
    toSeq: z.number().optional(),
    headHash: z.string().optional(),
    chain: z
      .array(
        z.object({
          name: z.string(),
          kind: backupKind,
          at: isoText,
          reason: backupReason,
          records: z.number(),
          tables: z.record(z.string(), z.number()),
          fromSeq: z.number(),
          toSeq: z.number(),
          sha256: z.string(),
        }),
      )
      .optional(),
    totals: z.record(z.string(), z.number()).optional(),
  }),
  backupSettings: z.object({
    key: z.literal('backupSettings'),
    warnAfterDays: z.number().positive(),
    autoIntervalHours: z.number().positive(),
  }),
  installation: z.object({ key: z.literal('installation'), id: z.string(), createdAt: isoText }),
  syncSettings: z.object({
    key: z.literal('syncSettings'),
    serverUrl: z.string(),
    officeDb: z.string(),
    pcId: z.string(),
    lastOfficerId: z.string(),
    caseNoRange: range,
    docNoRange: range,
    updatedAt: isoText,
  }),
  sync: z.object({
    key: z.literal('sync'),
    pulledSeq: z.union([z.number(), z.string()]),
    conflicts: z.array(
      z.object({
        docId: z.string(),
        kind: z.enum(SYNC_KINDS),
        reason: z.enum(['revisions', 'caseNo', 'certificateNo', 'contactDate', 'unreadable']),
        revs: z.array(z.string()),
        detectedAt: isoText,
      }),
    ),
    updatedAt: isoText,
    pendingCases: z.array(z.string()).optional(),
    pullRanges: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  }),
}

/** What each record is called in a message, and what the user does when it is damaged. */
const labels: Record<MetaKey, { label: string; remedy: string }> = {
  schema: { label: '数据库版本记录', remedy: '请重新启动 CaseDesk；如仍提示，请从备份恢复。' },
  setup: { label: '首次设置记录', remedy: '请重新完成首次设置。' },
  ruleSettings: { label: '规则设置', remedy: '请在“设置”中重新保存规则设置。' },
  officeViolations: { label: '本机关裁量基准', remedy: '请重新从 Excel 导入。' },
  holidayYears: { label: '节假日安排', remedy: '请在“设置 → 节假日”中重新录入。' },
  documentFonts: { label: '文书字体设置', remedy: '请在“设置”中重新选择文书字体。' },
  workbenchOfficer: { label: '工作台“我是”的选择', remedy: '请在工作台重新选择。' },
  backupStatus: { label: '备份状态记录', remedy: '请立即备份一次，备份状态会重新记录。' },
  backupSettings: {
    label: '备份设置',
    remedy: '请在“设置 → 数据安全”中重新保存备份设置。',
  },
  installation: { label: '本机安装标识', remedy: '请立即做一次完整备份，并联系管理员。' },
  syncSettings: { label: '同步设置', remedy: '请在“设置 → 同步”中重新填写并保存。' },
  sync: { label: '同步状态', remedy: '请联系管理员检查本机的同步。' },
}

/** The keys of `meta`. */
type MetaKey = keyof typeof schemas
/** The record stored under `key`, as read (parsed). */
export type MetaValue<K extends MetaKey> = z.output<(typeof schemas)[K]>
/** Any record of `meta` (the row type of the Dexie table). */
export type AnyMetaRecord = { [K in MetaKey]: MetaValue<K> }[MetaKey]

/** A stored `meta` record that does not fit its schema. The message is Chinese. */
export class MetaDamagedError extends Error {
  constructor(
    readonly key: MetaKey,
    message: string,
  ) {
    super(message)
    this.name = 'MetaDamagedError'
  }
}

type MetaRead<K extends MetaKey> =
  { ok: true; value: MetaValue<K> | undefined } | { ok: false; message: string }

/** The Chinese text of the first problem of a record. */
function issueText(key: MetaKey, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '格式不符'
  if (key === 'officeViolations' && issue.path[0] === 'entries') {
    return entryIssueMessage({ path: issue.path.slice(1), message: issue.message })
  }
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message
  const field = issue.path.filter((p) => typeof p === 'string').join('.')
  return field ? `“${field}”格式不符` : '格式不符'
}

/** Check a raw stored value (undefined = no record) against the schema of `key`. */
export function parseMeta<K extends MetaKey>(key: K, raw: unknown): MetaRead<K> {
  if (raw === undefined || raw === null) return { ok: true, value: undefined }
  const parsed = schemas[key].safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data as MetaValue<K> }
  const { label, remedy } = labels[key]
  return {
    ok: false,
    message: `${label}数据已损坏（${issueText(key, parsed.error.issues[0])}），${remedy}`,
  }
}

/** The record of `key` as a result: a damaged one comes back as `{ ok: false, message }`. */
export async function readMeta<K extends MetaKey>(db: AppDB, key: K): Promise<MetaRead<K>> {
  return parseMeta(key, await db.meta.get(key))
}

/**
 * The record of `key` (undefined when none was saved). Throws {@link MetaDamagedError} when the
 * stored value does not fit its schema.
 */
export async function getMeta<K extends MetaKey>(
  db: AppDB,
  key: K,
): Promise<MetaValue<K> | undefined> {
  const r = await readMeta(db, key)
  if (!r.ok) throw new MetaDamagedError(key, r.message)
  return r.value
}

/**
 * Validate and write the record of `key`; returns what was written. Call it inside the
 * transaction that also appends the audit entry.
 */
export async function putMeta<K extends MetaKey>(
  db: AppDB,
  key: K,
  value: z.input<(typeof schemas)[K]>,
): Promise<MetaValue<K>> {
  const parsed = schemas[key].safeParse(value)
  if (!parsed.success) {
    const { label } = labels[key]
    throw new Error(
      `${label}未保存：内容不符合格式（${issueText(key, parsed.error.issues[0])}）。请检查填写的内容后重试。`,
    )
  }
  // The one widening of this module: the parsed value is the record of `key`.
  await db.meta.put(parsed.data as AnyMetaRecord)
  return parsed.data as MetaValue<K>
}

/** Remove the record of `key` (inside the caller's audited transaction). */
export async function deleteMeta(db: AppDB, key: MetaKey): Promise<void> {
  await db.meta.delete(key)
}
