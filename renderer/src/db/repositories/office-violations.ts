/**
 * The office's own 裁量基准 (violation catalogue entries on top of the built-in ones), stored in
 * `meta` under key 'officeViolations' as one record: the whole list is replaced by an import and
 * cleared as a whole (docs/domain/violations.md). Validated when read and before it is written;
 * every write runs in one transaction with its audit entry.
 */
import { ViolationEntryListSchema, entryIssueMessage } from '@shared/discretion/entry-schema'
import type { ViolationEntry } from '@shared/discretion/types'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import { deleteMeta, putMeta, readMeta } from '../meta'
import type { WriteContext } from '../records'
import { fail, type Failure } from './write-util'

/** The `meta` record of the office's entries. */
export interface OfficeViolationsMeta {
  key: 'officeViolations'
  entries: ViolationEntry[]
  updatedAt: string
  /** File name the entries were imported from. */
  source: string
}

/** What was read: the entries, or a Chinese message when the stored record is damaged. */
type OfficeViolationsRead =
  | { ok: true; entries: ViolationEntry[]; updatedAt: string | null; source: string | null }
  | { ok: false; message: string }

const metaKey = 'officeViolations' as const

/** Repository for the office's 裁量基准. */
export function officeViolationsRepo(db: AppDB) {
  /** The stored record for an audit entry's `before` (a damaged one: what was wrong with it). */
  async function recordBefore(): Promise<OfficeViolationsMeta | { damaged: string } | undefined> {
    const rec = await readMeta(db, metaKey)
    return rec.ok ? rec.value : { damaged: rec.message }
  }

  return {
    /** The stored entries (none when nothing was imported), validated. */
    async read(): Promise<OfficeViolationsRead> {
      const rec = await readMeta(db, metaKey)
      if (!rec.ok) return rec
      if (!rec.value) return { ok: true, entries: [], updatedAt: null, source: null }
      const { entries, updatedAt, source } = rec.value
      return { ok: true, entries, updatedAt, source }
    },

    /** Replace the office's entries with `entries` (validated), in one audited transaction. */
    async replace(
      ctx: WriteContext,
      entries: readonly unknown[],
      source: string,
    ): Promise<{ ok: true; entries: ViolationEntry[] } | Failure> {
      const parsed = ViolationEntryListSchema.safeParse(entries)
      if (!parsed.success) {
        const first = parsed.error.issues[0]
        const where = typeof first?.path[0] === 'number' ? `第 ${first.path[0] + 1} 条：` : ''
        return fail(
          `裁量基准有误，未保存。${where}${first ? entryIssueMessage(first) : '格式不符'}`,
        )
      }
      const name = source.trim().slice(0, 200) || '（未命名文件）'
      return db.transaction('rw', [db.meta, db.audit], async () => {
        const before = await recordBefore()
        const after: OfficeViolationsMeta = {
          key: metaKey,
          entries: parsed.data,
          updatedAt: ctx.now,
          source: name,
        }
        await putMeta(db, metaKey, after)
        await appendAudit(db, ctx, {
          action: before ? 'update' : 'create',
          entity: 'meta',
          entityId: metaKey,
          before: before ?? null,
          after,
        })
        return { ok: true as const, entries: parsed.data }
      })
    },

    /** Remove the office's entries (the built-in catalogue stays), audited. */
    async clear(ctx: WriteContext): Promise<{ ok: true; removed: number }> {
      return db.transaction('rw', [db.meta, db.audit], async () => {
        const before = await recordBefore()
        if (!before) return { ok: true as const, removed: 0 }
        await deleteMeta(db, metaKey)
        await appendAudit(db, ctx, {
          action: 'delete',
          entity: 'meta',
          entityId: metaKey,
          before,
          after: null,
        })
        return {
          ok: true as const,
          removed: 'entries' in before ? before.entries.length : 0,
        }
      })
    },
  }
}
