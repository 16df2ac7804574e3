/**
 * The CaseDesk backup file format (full backups and case-transfer packages).
 *
 * A file is UTF-8 text: ONE line of JSON — the manifest — then '\n', then the body.
 * - full backup (format 3, written by this build): like format 2, but the body after the manifest
 *   line is gzip-compressed (`body.compression: 'gzip'`, written with CompressionStream); length
 *   and digest in the manifest are those of the UNCOMPRESSED body, so the check is the same;
 *   `chain` names the installation and the audit seq the backup ends at (docs/data-safety.md);
 * - increment (format 3, kind 'increment'): the records changed since its base file (the
 *   previous backup of the chain), with `chain.base` naming that file and its body digest;
 * - full backup (format 2, still restored): body encoding 'casedesk-jsonl' — one line per batch of rows,
 *   `{"t":"<table>","r":[rows…]}` (see ./jsonl-body.ts); hashed per fixed-size chunk
 *   (body.hash 'sha256-chunks', see ./chunk-hash.ts);
 * - full backup (format 1, still restored): body encoding 'dexie-export-import' (Typeson JSON),
 *   SHA-256 of the whole body;
 * - case package: the body is `{"tables":{"<table>":[records…]}}` for one case.
 * The manifest carries the format version, the DB schema version the data was written by, the
 * app version, record counts per table and the SHA-256 + byte length of the body, so a
 * truncated, edited or garbage file is refused before anything is read into the database.
 *
 * Format versions: bump BACKUP_FORMAT_VERSION when the manifest or body layout changes and add
 * an up-migration to `manifestUpgrades`. Older DB *schema* versions inside a backup are upgraded
 * by the app's own Dexie version files on restore (renderer/src/backup/stage.ts).
 */
import { z } from 'zod'

/** The `format` field of every CaseDesk backup manifest. */
export const BACKUP_FORMAT = 'casedesk-backup'
/** Manifest/body layout version written by this build. */
export const BACKUP_FORMAT_VERSION = 3
/** A manifest line longer than this is not ours (also bounds what is read before checking). */
export const MAX_MANIFEST_BYTES = 64 * 1024
/** File extension of full backups and case packages. */
export const BACKUP_EXTENSION = 'casedesk'

const isoTimestamp = z.iso.datetime({ offset: true })
const count = z.number().int().nonnegative()

/** Why a backup was written. */
export const backupReasonSchema = z.enum(['manual', 'scheduled', 'exit', 'pre-restore', 'transfer'])
/** One of {@link backupReasonSchema}. */
export type BackupReason = z.infer<typeof backupReasonSchema>

/** Chinese labels of backup reasons. */
export const backupReasonLabels: Record<BackupReason, string> = {
  manual: '手动备份',
  scheduled: '定时备份',
  exit: '退出时备份',
  'pre-restore': '恢复前自动备份',
  transfer: '案件移交',
}

/** How `body.sha256` is computed (absent: {@link bodyHashKinds} 'sha256'). */
export const bodyHashKinds = ['sha256', 'sha256-chunks'] as const
/** Chunk size of 'sha256-chunks' bodies written by this build (4 MiB). */
export const BODY_CHUNK_BYTES = 4 * 1024 * 1024

const hex64 = z.string().regex(/^[0-9a-f]{64}$/)

/**
 * Where a full backup or an increment sits in this installation's chain of backups
 * (docs/data-safety.md, "Increments"). Audit seqs are the change sequence: every write appends
 * one audit entry, so `(fromSeq, toSeq]` are the changes the file holds.
 */
export const backupChainSchema = z.strictObject({
  /** The installation (meta 'installation') the data was read from. */
  installationId: z.string().min(1).max(100),
  /** Audit seq the previous file of the chain ended at (0 for a full backup). */
  fromSeq: z.number().int().nonnegative(),
  /** Last audit seq in the data when the file was written. */
  toSeq: z.number().int().nonnegative(),
  /** Hash of the audit entry at `toSeq` (the genesis hash when there is none). */
  headHash: hex64,
  /** Increments only: the file this one continues (its name and body digest). */
  base: z.strictObject({ name: z.string().min(1).max(200), sha256: hex64 }).optional(),
  /** Increments only: record count per table of the whole database at `toSeq`. */
  totals: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), count).optional(),
  /** Increments only: tables carried whole (their rows replace the table's rows). */
  wholeTables: z
    .array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/))
    .max(100)
    .optional(),
})
/** One of {@link backupChainSchema}. */
export type BackupChain = z.infer<typeof backupChainSchema>

/** The manifest of format version 3 (versions 1–2 are upgraded to it on reading). */
export const backupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  kind: z.enum(['full', 'case', 'increment']),
  createdAt: isoTimestamp,
  appVersion: z.string().min(1).max(50),
  /** Dexie schema version of the database the data was read from. */
  schemaVersion: z.number().int().min(1),
  reason: backupReasonSchema,
  /** Record count per table (every table of that schema, empty ones with 0). */
  tables: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), count),
  totalRecords: count,
  body: z
    .strictObject({
      encoding: z.enum(['dexie-export-import', 'casedesk-case-json', 'casedesk-jsonl']),
      bytes: count,
      /** Format 3: how the body is stored after the manifest line (absent: as is). */
      compression: z.enum(['gzip']).optional(),
      /**
       * 'sha256' (or absent): SHA-256 of the whole body. 'sha256-chunks': SHA-256 of the
       * concatenated 32-byte SHA-256 digests of the body's `chunkBytes`-sized chunks.
       */
      hash: z.enum(bodyHashKinds).optional(),
      chunkBytes: z
        .number()
        .int()
        .min(64 * 1024)
        .max(256 * 1024 * 1024)
        .optional(),
      sha256: hex64,
    })
    .refine((b) => (b.hash === 'sha256-chunks') === (b.chunkBytes !== undefined), {
      path: ['chunkBytes'],
    }),
  /** Case packages only: which case this is. */
  case: z
    .strictObject({
      id: z.string().min(1).max(100),
      caseNo: z.string().max(100),
      partyName: z.string().max(500),
      updatedAt: isoTimestamp,
    })
    .optional(),
  /** Full backups and increments of format 3: the backup chain. */
  chain: backupChainSchema.optional(),
})
/** A parsed, current-version manifest. */
export type BackupManifest = z.infer<typeof backupManifestSchema>

/**
 * Up-migrations of older manifest layouts: `from` version → manifest of `from + 1`.
 * 1 → 2: only the version changes (format 1 bodies are whole-body SHA-256, the default).
 * 2 → 3: only the version changes (format 2 bodies are not compressed and carry no chain).
 */
const manifestUpgrades: Record<number, (m: Record<string, unknown>) => Record<string, unknown>> = {
  1: (m) => ({ ...m, formatVersion: 2 }),
  2: (m) => ({ ...m, formatVersion: 3 }),
}

export type ManifestResult =
  | { ok: true; manifest: BackupManifest }
  | { ok: false; code: 'notBackup' | 'newerFormat' | 'invalid'; message: string }

const notBackup: ManifestResult = {
  ok: false,
  code: 'notBackup',
  message:
    '所选文件不是 CaseDesk 备份文件（或已损坏）。请选择扩展名为 .casedesk 的备份文件或案件移交包。',
}

/**
 * Parse and check the manifest line (the text before the first '\n'), upgrading an older
 * format version. Never throws.
 * @param line - the first line of the file, decoded as UTF-8
 */
export function parseManifestLine(line: string): ManifestResult {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return notBackup
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return notBackup
  let obj = raw as Record<string, unknown>
  if (obj.format !== BACKUP_FORMAT) return notBackup
  let version = obj.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return notBackup
  if (version > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      code: 'newerFormat',
      message: `该备份由更新版本的 CaseDesk 生成（备份格式 ${version}），当前版本无法读取。请先安装最新版本的 CaseDesk 再恢复。`,
    }
  }
  while (version < BACKUP_FORMAT_VERSION) {
    const up = manifestUpgrades[version]
    if (!up) return notBackup
    obj = up(obj)
    version += 1
  }
  const parsed = backupManifestSchema.safeParse(obj)
  if (!parsed.success) {
    return {
      ok: false,
      code: 'invalid',
      message: '备份文件的说明信息不完整或已被修改，无法确认其内容。请改用其他备份文件。',
    }
  }
  const sum = Object.values(parsed.data.tables).reduce((a, b) => a + b, 0)
  const m = parsed.data
  const chainOk =
    m.kind === 'case'
      ? m.chain === undefined
      : m.chain === undefined
        ? m.kind === 'full'
        : m.chain.fromSeq <= m.chain.toSeq &&
          (m.kind === 'increment') === (m.chain.base !== undefined) &&
          (m.kind === 'increment') === (m.chain.totals !== undefined) &&
          (m.kind === 'full') === (m.chain.fromSeq === 0)
  if (!chainOk) {
    return {
      ok: false,
      code: 'invalid',
      message: '备份文件的说明信息不完整或已被修改，无法确认其内容。请改用其他备份文件。',
    }
  }
  if (sum !== parsed.data.totalRecords || (parsed.data.kind === 'case') !== !!parsed.data.case) {
    return {
      ok: false,
      code: 'invalid',
      message: '备份文件的记录数与说明不一致，文件可能已被修改。请改用其他备份文件。',
    }
  }
  return { ok: true, manifest: parsed.data }
}

/**
 * The manifest line written at the start of a backup file (JSON + '\n').
 * @param manifest - a complete manifest; it is validated so a bad one is a bug, not a file
 */
export function manifestLine(manifest: BackupManifest): string {
  return `${JSON.stringify(backupManifestSchema.parse(manifest))}\n`
}

/** Suffix of increment file names: `CaseDesk-备份-20260301-080000-incr.casedesk`. */
export const INCREMENT_SUFFIX = '-incr'

/**
 * File name of a backup: `CaseDesk-备份-20260301-080000.casedesk` (local time parts passed in).
 * @param stamp - 'YYYYMMDD-HHmmss' in the office's local time
 * @param kind - 'full', 'increment' (suffix {@link INCREMENT_SUFFIX}) or 'case' (case packages
 *   add the case number)
 */
export function backupFileName(
  stamp: string,
  kind: 'full' | 'case' | 'increment' = 'full',
  caseNo = '',
): string {
  if (kind === 'increment') return `CaseDesk-备份-${stamp}${INCREMENT_SUFFIX}.${BACKUP_EXTENSION}`
  if (kind === 'case') {
    const safeNo = caseNo.replace(/[\\/:*?"<>|\s]/g, '').slice(0, 60)
    return `CaseDesk-案件-${safeNo || '未编号'}-${stamp}.${BACKUP_EXTENSION}`
  }
  return `CaseDesk-备份-${stamp}.${BACKUP_EXTENSION}`
}

/** Whether a backup file name (see {@link backupFileName}) is an increment's. */
export function isIncrementName(name: string): boolean {
  return name.endsWith(`${INCREMENT_SUFFIX}.${BACKUP_EXTENSION}`)
}

/** Checks a file name produced by {@link backupFileName} for full backups and increments; returns its stamp. */
export function stampOfBackupName(name: string): string | null {
  const m = /^CaseDesk-备份-(\d{8}-\d{6})(?:-[a-z-]+)?\.casedesk$/.exec(name)
  return m ? m[1]! : null
}

/**
 * Compare a body's measured length and digest with the manifest. Never throws.
 * @returns null when both match, else a Chinese message saying what is wrong and what to do
 */
export function checkBody(
  manifest: BackupManifest,
  measured: { bytes: number; sha256: string },
): string | null {
  if (measured.bytes < manifest.body.bytes) {
    return `备份文件不完整（缺少 ${manifest.body.bytes - measured.bytes} 字节），可能在复制或下载时被中断。请改用完整的备份文件。`
  }
  if (measured.bytes > manifest.body.bytes) {
    return '备份文件比记录的长度更长，可能已被修改或拼接。请改用原始备份文件。'
  }
  if (measured.sha256 !== manifest.body.sha256) {
    return '备份文件校验失败（SHA-256 不一致），文件已损坏或被修改。为保护现有数据，已停止恢复。请改用其他备份文件。'
  }
  return null
}
