/**
 * 文书字体: which fonts new documents are rendered with — the bundled Noto set (default) or the
 * office PC's 仿宋/黑体 (Windows desktop only). Stored in `meta` under key 'documentFonts' (no new
 * schema version: `meta` is keyed by `key` and holds bookkeeping records). Saving is one
 * transaction with its audit entry.
 */
import type { z } from 'zod'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import { documentFontChoiceSchema, putMeta, readMeta, type MetaValue } from '../meta'
import type { WriteContext } from '../records'

export type DocumentFontChoice = z.infer<typeof documentFontChoiceSchema>

/** The record in `meta`. */
type DocumentFontsMeta = MetaValue<'documentFonts'>

const KEY = 'documentFonts'

/** The saved choice; 'bundled' when none was saved or the record is unreadable. */
export async function readDocumentFontChoice(db: AppDB): Promise<DocumentFontChoice> {
  const rec = await readMeta(db, KEY)
  return rec.ok && rec.value ? rec.value.choice : 'bundled'
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
        const read = await readMeta(db, KEY)
        const before = read.ok ? read.value : { damaged: read.message }
        const after: DocumentFontsMeta = { key: KEY, choice: parsed.data, updatedAt: ctx.now }
        await putMeta(db, KEY, after)
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
