/**
 * Restore, step 2 of 2 — switch the app to the checked data.
 *
 * ./stage.ts has already written and checked every record in a new database. Committing is small:
 * one transaction in the new database sets the schema meta, carries over the meta keys that
 * describe this installation, and appends the audit entry of the restore; then the app's
 * database pointer is switched to it (./db/active.ts — one durable write) and the replaced
 * database is deleted. If anything fails before the switch — an error, a closed page, a crash —
 * the app still opens the old data exactly as it was, and the next start removes the spare
 * database. After the switch the page must reload (or call `useDatabase`) to see the new data.
 */
import { Dexie } from 'dexie'
import { tableLabel } from '@shared/backup'
import { withDatabaseSwitchLock, writeActiveDatabaseName } from '@renderer/db/active'
import { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import { deleteMeta, putMeta, readMeta } from '@renderer/db/meta'
import type { WriteContext } from '@renderer/db/records'
import { latestSchemaVersion } from '@renderer/db/versions'
import { readInstallationId } from './installation'
import { type StagedRestore } from './stage'

/** Meta keys that describe this PC, not the data: kept across a restore. */
const localMetaKeys = ['backupStatus', 'backupSettings'] as const

/**
 * What the officer types to restore a backup whose audit chain is broken
 * (docs/data-safety.md, "Restore"); recorded in the restored data's audit log.
 */
export const BROKEN_CHAIN_CONFIRMATION = '确认恢复'

/** Chinese description of where an audit chain breaks. */
export function auditProblemText(audit: { seq: number; problem: 'gap' | 'link' | 'hash' }): string {
  const what = { gap: '序号不连续', link: '与前一条的链接不符', hash: '内容与校验值不符' }
  return `操作日志第 ${audit.seq} 条${what[audit.problem]}`
}

export type RestoreResult =
  | {
      ok: true
      totalRecords: number
      /** Name of the database now holding the data. */
      database: string
      /** The replaced database could not be deleted now (the next start removes it). */
      oldKept: boolean
    }
  | { ok: false; message: string }

const unchanged = '现有数据保持原样，未做任何修改。'

/** How long a commit waits for the replaced database to be deleted. */
const oldDeleteWaitMs = 10_000

/**
 * Make the staged database the app's database and delete `db` (the one it replaces).
 * @param db - the database in use now (closed by this call when the switch succeeds)
 */
export async function commitRestore(
  db: AppDB,
  staged: StagedRestore,
  ctx: WriteContext,
  appVersion: string,
  opts: {
    /** Required when the staged audit chain is broken: exactly {@link BROKEN_CHAIN_CONFIRMATION}. */
    confirmBrokenChain?: string
  } = {},
): Promise<RestoreResult> {
  if (staged.stagingName === db.name) {
    return { ok: false, message: `待恢复的数据就是当前数据库。${unchanged}` }
  }
  const brokenChain = staged.audit.ok ? null : staged.audit
  if (brokenChain && opts.confirmBrokenChain?.trim() !== BROKEN_CHAIN_CONFIRMATION) {
    return {
      ok: false,
      message: `备份的操作日志不完整（${auditProblemText(brokenChain)}），默认不予恢复。如确需恢复，请在确认框中输入“${BROKEN_CHAIN_CONFIRMATION}”。${unchanged}`,
    }
  }
  if (!(await Dexie.exists(staged.stagingName))) {
    return {
      ok: false,
      message: `找不到待恢复的数据（可能已被清理）。请重新选择备份文件。${unchanged}`,
    }
  }
  // Strict: this commit makes the rows written with relaxed durability while staging durable
  // before the pointer names this database.
  const target = new AppDB(staged.stagingName, { chromeTransactionDurability: 'strict' })
  try {
    if (!db.isOpen()) await db.open()
    const keep = await db.meta.bulkGet([...localMetaKeys])
    const before: Record<string, number> = {}
    for (const table of db.tables) before[table.name] = await table.count()
    await target.open()
    await target.transaction('rw', target.tables, async () => {
      for (const table of target.tables) {
        const n = await table.count()
        if (n !== (staged.counts[table.name] ?? 0)) {
          throw new Error(
            `待恢复的“${tableLabel(table.name)}”有 ${n} 条，检查时为 ${staged.counts[table.name] ?? 0} 条`,
          )
        }
      }
      const stored = await readMeta(target, 'schema')
      const current = stored.ok ? stored.value : undefined
      if (current?.schemaVersion !== latestSchemaVersion || current.appVersion !== appVersion) {
        await putMeta(target, 'schema', {
          key: 'schema',
          schemaVersion: latestSchemaVersion,
          appVersion,
          updatedAt: ctx.now,
        })
      }
      // This PC's own backup bookkeeping is carried over as stored (a damaged one too: the
      // 数据安全 page reports it and the next backup rewrites it).
      for (const rec of keep) if (rec) await target.meta.put(rec)
      const m = staged.manifest
      // The restored data continues the line of the backup's installation (so its own later
      // backups and this PC's older ones are told apart, ./chain-check.ts); after a backup that
      // names none, the next backup starts a new one (./installation.ts).
      const installationId = m.chain?.installationId
      const installed = await readInstallationId(target)
      if (!installationId) {
        await deleteMeta(target, 'installation')
      } else if (installed !== installationId) {
        await putMeta(target, 'installation', {
          key: 'installation',
          id: installationId,
          createdAt: ctx.now,
        })
      }
      if (brokenChain) {
        await appendAudit(target, ctx, {
          action: 'restoreBrokenChain',
          entity: 'database',
          entityId: m.body.sha256,
          before: null,
          after: {
            confirmation: BROKEN_CHAIN_CONFIRMATION,
            brokenAt: brokenChain.seq,
            problem: brokenChain.problem,
            files: staged.files.map((f) => f.name),
          },
        })
      }
      await appendAudit(target, ctx, {
        action: 'restore',
        entity: 'database',
        entityId: m.body.sha256,
        before: { counts: before },
        after: {
          backupCreatedAt: m.createdAt,
          backupAppVersion: m.appVersion,
          backupSchemaVersion: m.schemaVersion,
          files: staged.files.map((f) => f.name),
          counts: staged.counts,
        },
      })
    })
  } catch (err) {
    target.close()
    const quota = err instanceof Error && /Quota/i.test(err.name)
    return {
      ok: false,
      message: quota
        ? `磁盘空间不足，恢复未完成。${unchanged}请清理磁盘空间后重试。`
        : `恢复未完成（${err instanceof Error ? err.message : String(err)}）。${unchanged}`,
    }
  }
  target.close()
  let oldKept = false
  let switched = false
  try {
    await withDatabaseSwitchLock(async () => {
      await writeActiveDatabaseName(staged.stagingName, ctx.now)
      switched = true
      staged.release()
      db.close()
      // Another window may keep the old database open for a while: never wait on it for long
      // (the data is already switched; the next start removes what is left).
      let timer: ReturnType<typeof setTimeout> | undefined
      oldKept = await Promise.race([
        Dexie.delete(db.name).then(
          () => false,
          () => true,
        ),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), oldDeleteWaitMs)
        }),
      ])
      clearTimeout(timer)
    })
  } catch (err) {
    if (!switched) {
      return {
        ok: false,
        message: `无法切换到恢复后的数据（${err instanceof Error ? err.message : String(err)}）。${unchanged}`,
      }
    }
    oldKept = true
  }
  return {
    ok: true,
    totalRecords: staged.totalRecords,
    database: staged.stagingName,
    oldKept,
  }
}
