/**
 * The app's font choice (./font-choice.ts) wired to the real host, database and PdfRenderer.
 * Renderers are PdfRenderer instances (one per font set id); the renderer for new documents is
 * also made the session renderer (`setPdfRenderer`), so getPdfRenderer() users follow the choice.
 * PdfRenderer sets pdfmake's shared font dictionary right before every render, so renderers of
 * different sets can be used side by side.
 */
import { guardResult } from '@renderer/db/write-guard'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import {
  documentFontsRepo,
  readDocumentFontChoice,
  type DocumentFontChoice,
} from '@renderer/db/repositories/document-fonts'
import type { DocumentRecord } from '@renderer/db/documents-records'
import type { WriteContext } from '@renderer/db/records'
import { LEGACY_BUNDLED_FONT_SETS } from '@shared/documents/fonts/font-set'
import { createFontChoice, type FontChoice, type FontStatus } from './font-choice'
import { PdfRenderer, getPdfRenderer, setPdfRenderer } from './pdf-renderer'

let choice: FontChoice<PdfRenderer> | null = null
let applied: Promise<FontStatus> | null = null

/** The session's font choice (created on first use with the bundled session renderer). */
function appFontChoice(): FontChoice<PdfRenderer> {
  choice ??= createFontChoice<PdfRenderer>({
    host,
    defaultRenderer: getPdfRenderer(),
    createRenderer: (set, source) => new PdfRenderer(set, source),
    legacy: { sets: LEGACY_BUNDLED_FONT_SETS, createRenderer: (set) => new PdfRenderer(set) },
    onActive: (renderer) => setPdfRenderer(renderer),
  })
  return choice
}

/**
 * Applies the saved 文书字体 once per session (first call reads the setting; later calls return
 * the same status). A failure to read the setting keeps the bundled fonts and says so.
 */
export function ensureFontChoiceApplied(): Promise<FontStatus> {
  applied ??= readDocumentFontChoice(db)
    .then((saved) => appFontChoice().apply(saved))
    .catch((error: unknown) => {
      applied = null
      const status = appFontChoice().status()
      return {
        ...status,
        fallback: `读取文书字体设置失败，暂用内置思源字体：${error instanceof Error ? error.message : String(error)}`,
      }
    })
  return applied
}

/** The renderer for new documents, after the saved choice was applied. */
export async function activeRenderer(): Promise<PdfRenderer> {
  await ensureFontChoiceApplied()
  return appFontChoice().active()
}

/** The renderer an issued document must be reprinted with, or why it cannot be here. */
export async function rendererForIssued(
  doc: DocumentRecord,
): Promise<{ ok: true; renderer: PdfRenderer } | { ok: false; message: string }> {
  await ensureFontChoiceApplied()
  return appFontChoice().rendererFor(doc.snapshot.ctx.fontSetId)
}

/**
 * Saves the office's 文书字体 (one transaction with its audit entry) and applies it at once.
 * @returns the status to show, or a Chinese message when saving failed
 */
export async function saveDocumentFontChoice(
  ctx: WriteContext,
  next: DocumentFontChoice,
): Promise<{ ok: true; status: FontStatus } | { ok: false; message: string }> {
  const saved = await guardResult(() => documentFontsRepo(db).save(ctx, next))
  if (!saved.ok) return saved
  const status = appFontChoice().apply(saved.choice)
  applied = status
  return { ok: true, status: await status }
}

/** Whether this host could read the PC's fonts at all (false in the browser). */
export function systemFontsPossible(): boolean {
  return host.kind === 'electron'
}
