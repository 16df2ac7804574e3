/**
 * The app's font choice (./font-choice.ts) wired to the real host, database and PdfRenderer.
 *
 * pdfmake is one module instance with ONE font dictionary (`setFonts`), shared by every
 * PdfRenderer: a renderer sets it when it first loads, so after a reprint with another set the
 * dictionary would point at the wrong files. Every render made through this module therefore
 * sets its own set's dictionary first and, afterwards, restores the session renderer's
 * (renders are serialised so two sets never interleave).
 */
import { pdfmakeFontDictionary } from '@shared/documents/fonts/font-set'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import {
  documentFontsRepo,
  readDocumentFontChoice,
  type DocumentFontChoice,
} from '@renderer/db/repositories/document-fonts'
import type { DocumentRecord } from '@renderer/db/documents-records'
import type { DocumentRenderer } from '@renderer/services/documents-issue'
import type { WriteContext } from '@renderer/db/records'
import { createFontChoice, type FontChoice, type FontStatus } from './font-choice'
import { PdfRenderer, getPdfRenderer, setPdfRenderer } from './pdf-renderer'

/** A PdfRenderer behind the DocumentRenderer interface, safe to use beside other sets. */
export interface AppRenderer extends DocumentRenderer {
  readonly pdf: PdfRenderer
}

const loaded = new WeakSet<PdfRenderer>()
let queue: Promise<unknown> = Promise.resolve()

function serialized<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

async function useFonts(pdf: PdfRenderer): Promise<void> {
  const { pdfMake } = await pdf.ensureReady()
  loaded.add(pdf)
  pdfMake.setFonts(pdfmakeFontDictionary(pdf.fontSet))
}

function wrap(pdf: PdfRenderer): AppRenderer {
  return {
    pdf,
    fontSet: pdf.fontSet,
    render: (definition) =>
      serialized(async () => {
        await useFonts(pdf)
        try {
          return await pdf.render(definition)
        } finally {
          const session = getPdfRenderer()
          if (session !== pdf && loaded.has(session)) await useFonts(session)
        }
      }),
    findUnprintable: (definition) => pdf.findUnprintable(definition),
  }
}

let choice: FontChoice<AppRenderer> | null = null
let applied: Promise<FontStatus> | null = null

/** The session's font choice (created on first use with the bundled session renderer). */
export function appFontChoice(): FontChoice<AppRenderer> {
  choice ??= createFontChoice<AppRenderer>({
    host,
    defaultRenderer: wrap(getPdfRenderer()),
    createRenderer: (set, source) => wrap(new PdfRenderer(set, source)),
    onActive: (renderer) => setPdfRenderer(renderer.pdf),
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
export async function activeRenderer(): Promise<AppRenderer> {
  await ensureFontChoiceApplied()
  return appFontChoice().active()
}

/** The renderer an issued document must be reprinted with, or why it cannot be here. */
export async function rendererForIssued(
  doc: DocumentRecord,
): Promise<{ ok: true; renderer: AppRenderer } | { ok: false; message: string }> {
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
  const saved = await documentFontsRepo(db).save(ctx, next)
  if (!saved.ok) return saved
  const status = appFontChoice().apply(saved.choice)
  applied = status
  return { ok: true, status: await status }
}

/** Whether this host could read the PC's fonts at all (false in the browser). */
export function systemFontsPossible(): boolean {
  return host.kind === 'electron'
}
