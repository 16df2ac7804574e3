/**
 * 文书字体: which fonts new documents are rendered with — the bundled Noto set (default) or the
 * office PC's 仿宋/黑体 (Windows desktop only). Stored in `meta` under key 'documentFonts' (no new
 * schema version: `meta` is keyed by `key` and holds bookkeeping records). Saving is one
 * transaction with its audit entry.
 */
import type { Table } from 'dexie'
import { z } from 'zod'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { WriteContext } from '../records'

/** 'bundled' = 内置思源字体（默认）; 'system' = 本机仿宋、黑体（Windows）. */
export const documentFontChoiceSchema = z.enum(['bundled', 'system'])

export type DocumentFontChoice = z.infer<typeof documentFontChoiceSchema>

/** The record in `meta`. */
export interface DocumentFontsMeta {
  key: 'documentFonts'
  choice: DocumentFontChoice
  updatedAt: string
}

const KEY = 'documentFonts'

/**
 * `meta` seen with this record type: MetaRecord (db/records.ts, not ours to edit) does not list
 * it yet, so its keys are typed to the other records' keys.
 */
function metaTable(db: AppDB): Table<DocumentFontsMeta, string> {
  return db.meta as unknown as Table<DocumentFontsMeta, string>
}

/** The saved choice; 'bundled' when none was saved or the record is unreadable. */
export async function readDocumentFontChoice(db: AppDB): Promise<DocumentFontChoice> {
  const rec: Partial<DocumentFontsMeta> | undefined = await metaTable(db).get(KEY)
  const parsed = documentFontChoiceSchema.safeParse(rec?.choice)
  return parsed.success ? parsed.data : 'bundled'
}

/** Repository for the 文书字体 setting. */
export function documentFontsRepo(db: AppDB) {
  return {
    get: () => readDocumentFontChoice(db),

    /** Save the choice with an audit entry (one transaction). */
    async save(
      ctx: WriteContext,
      input: unknown,
    ): Promise<{ ok: true; choice: DocumentFontChoice } | { ok: false; message: string }> {
      const parsed = documentFontChoiceSchema.safeParse(input)
      if (!parsed.success) return { ok: false, message: '文书字体选项无效，请重新选择。' }
      return db.transaction('rw', [db.meta, db.audit], async () => {
        const before = await metaTable(db).get(KEY)
        const after: DocumentFontsMeta = { key: KEY, choice: parsed.data, updatedAt: ctx.now }
        await metaTable(db).put(after)
        await appendAudit(db, ctx, {
          action: before ? 'update' : 'create',
          entity: 'meta',
          entityId: KEY,
          before: before ?? null,
          after,
        })
        return { ok: true as const, choice: parsed.data }
      })
    },
  }
}
