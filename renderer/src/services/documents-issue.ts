/**
 * Issuing and reprinting official documents. The DB layer (repositories/documents.ts) allocates
 * numbers and stores records; this module builds definitions from the frozen snapshot, renders
 * them, checks glyphs and hashes. Rendering is injected (`DocumentRenderer`) so the same code runs
 * with the browser's pdfmake in the app and with pdfmake's Node build in tests.
 *
 * Issuing (see repositories/documents.ts for why it is two transactions):
 *   build a draft (number blank) → glyph check → reserve (number + snapshot) → build from the
 *   snapshot → glyph check again → render → SHA-256 → complete; a failure after reserving voids
 *   the record with 生成失败 (the number is kept, never reused).
 */
import { sha256Hex } from '@shared/crypto/sha256'
import type { DocumentContext } from '@shared/documents/context'
import { FONT_FAMILY, type FontSet } from '@shared/documents/fonts/font-set'
import { resolveDocCode, type DocumentKind } from '@shared/documents/kinds'
import type { TDocumentDefinitions } from '@shared/documents/pdf-types'
import { buildDocument } from '@shared/documents/registry'
import type { AppDB } from '@renderer/db/app-db'
import type { DocumentRecord, FrozenContext, PrintKind } from '@renderer/db/documents-records'
import { documentsRepo, type ReserveInput } from '@renderer/db/repositories/documents'
import type { WriteContext } from '@renderer/db/records'

/** What issuing needs from a PDF renderer (PdfRenderer in the app). */
export interface DocumentRenderer {
  readonly fontSet: FontSet
  render(definition: TDocumentDefinitions): Promise<Uint8Array>
  findUnprintable(definition: TDocumentDefinitions): Promise<string[]>
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; message: string }

/** A request to issue one document of a case. */
export interface IssueRequest {
  caseId: string
  caseNo: string
  partyName: string
  kind: DocumentKind
  /** The complete template input (mapped from the acts plus the user's answers). */
  input: Record<string, unknown>
  /** The context of the document's date (documentContextFrom). */
  ctx: DocumentContext
  sourceActIds: string[]
}

/** The Chinese refusal when characters cannot be printed with the fonts. */
function unprintableMessage(chars: readonly string[]): string {
  return `以下字符在当前字体中没有字形，打印会成为空白方框（生僻字）：${chars.join('、')}。请核对当事人名称等内容是否录入正确；确需使用的，请改用包含该字的字体后再出具。`
}

/** Builds the definition or returns the template's Chinese validation messages. */
export function buildOrExplain(
  kind: DocumentKind,
  input: unknown,
  ctx: DocumentContext,
): Outcome<{ definition: TDocumentDefinitions }> {
  const built = buildDocument(kind, input, ctx)
  if (!built.ok) return { ok: false, message: `文书内容不完整：${built.errors.join('；')}` }
  return { ok: true, definition: built.definition }
}

/** A draft definition: no number (blank), with a 草稿 watermark on every page. */
export function draftDefinition(definition: TDocumentDefinitions): TDocumentDefinitions {
  return {
    ...definition,
    watermark: {
      text: '草稿',
      font: FONT_FAMILY.heading,
      opacity: 0.12,
      bold: true,
      fontSize: 120,
    },
  } as TDocumentDefinitions
}

/** A deep copy of JSON data (also unwraps Vue proxies, which structuredClone rejects). */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The context frozen into a snapshot (the font set by id). */
export function freezeContext(ctx: DocumentContext, fontSet: FontSet): FrozenContext {
  const { fontSet: _ignored, ...rest } = ctx
  return jsonCopy({ ...rest, fontSetId: fontSet.id })
}

/** The context of a snapshot, rendered with `fontSet`. */
function thawContext(frozen: FrozenContext, fontSet: FontSet): DocumentContext {
  const { fontSetId: _id, ...rest } = frozen
  return { ...jsonCopy(rest), fontSet }
}

/** The definition of an issued document, built from its frozen snapshot. */
export function definitionOf(
  doc: DocumentRecord,
  fontSet: FontSet,
): Outcome<{ definition: TDocumentDefinitions }> {
  return buildOrExplain(doc.kind, doc.snapshot.input, thawContext(doc.snapshot.ctx, fontSet))
}

/**
 * What step 1 of an issue stores (`reserve`: the number is taken and the snapshot frozen) for
 * `req` rendered with `fontSet`.
 */
export function reservationOf(req: IssueRequest, fontSet: FontSet): ReserveInput {
  return {
    caseId: req.caseId,
    caseNo: req.caseNo,
    partyName: req.partyName,
    kind: req.kind,
    code: resolveDocCode(req.kind, req.ctx.docCodeOverrides),
    input: req.input,
    ctx: freezeContext({ ...req.ctx, fontSet }, fontSet),
    sourceActIds: req.sourceActIds,
  }
}

/** Issues one document; returns the issued record and its PDF bytes. */
export async function issueDocument(
  db: AppDB,
  renderer: DocumentRenderer,
  wctx: () => WriteContext,
  req: IssueRequest,
): Promise<Outcome<{ document: DocumentRecord; bytes: Uint8Array }>> {
  const ctx: DocumentContext = { ...req.ctx, fontSet: renderer.fontSet }
  const draft = buildOrExplain(req.kind, req.input, ctx)
  if (!draft.ok) return draft
  const missingGlyphs = await renderer.findUnprintable(draft.definition)
  if (missingGlyphs.length) return { ok: false, message: unprintableMessage(missingGlyphs) }

  const reserved = await documentsRepo(db).reserve(wctx(), reservationOf(req, renderer.fontSet))
  if (!reserved.ok) return { ok: false, message: reserved.message }
  return finishIssue(db, renderer, wctx, reserved.document)
}

/**
 * Finishes a document left 'issuing' (the app closed between taking the number and storing the
 * hash): renders its frozen snapshot — number and content unchanged — with the font set it was
 * frozen with, and stores the hash. A render failure voids it as 生成失败, as in a fresh issue.
 */
export async function resumeIssue(
  db: AppDB,
  renderer: DocumentRenderer,
  wctx: () => WriteContext,
  doc: DocumentRecord,
): Promise<Outcome<{ document: DocumentRecord; bytes: Uint8Array }>> {
  if (doc.status !== 'issuing') {
    return { ok: false, message: '该文书不是“生成中断”状态，无需继续出具。' }
  }
  if (renderer.fontSet.id !== doc.snapshot.ctx.fontSetId) {
    return {
      ok: false,
      message: `该文书冻结时使用的字体（${doc.snapshot.ctx.fontSetId}）在本机不可用，无法继续出具；可将其作废后重新出具。`,
    }
  }
  return finishIssue(db, renderer, wctx, doc)
}

async function finishIssue(
  db: AppDB,
  renderer: DocumentRenderer,
  wctx: () => WriteContext,
  doc: DocumentRecord,
): Promise<Outcome<{ document: DocumentRecord; bytes: Uint8Array }>> {
  const repo = documentsRepo(db)
  try {
    const built = definitionOf(doc, renderer.fontSet)
    if (!built.ok) throw new Error(built.message)
    const bytes = await renderer.render(built.definition)
    const done = await repo.complete(wctx(), doc.id, sha256Hex(bytes))
    if (!done.ok) return { ok: false, message: done.message }
    return { ok: true, document: done.document, bytes }
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err)
    await repo.failIssue(wctx(), doc.id, detail)
    return {
      ok: false,
      message: `文书生成失败，已占用的文号 ${doc.docNo || '（无文号）'} 已作废并保留（不再使用）：${detail}`,
    }
  }
}

/** Result of rendering an issued document again. */
export interface Reprint {
  bytes: Uint8Array
  sha256: string
  /** Whether the bytes have the hash stored at issue time. */
  matches: boolean
}

/**
 * Renders an issued document from its snapshot and compares the hash. The renderer must use the
 * font set the document was issued with (`snapshot.ctx.fontSetId`, see
 * documents/font-choice.ts `rendererFor`); with another set the bytes could never match, so this
 * refuses with a message instead of reporting a false hash mismatch.
 */
export async function renderIssued(
  doc: DocumentRecord,
  renderer: DocumentRenderer,
): Promise<Outcome<Reprint>> {
  const issuedWith = doc.snapshot.ctx.fontSetId
  if (renderer.fontSet.id !== issuedWith) {
    return {
      ok: false,
      message: `此文书出具时使用的字体（${issuedWith}）与当前字体（${renderer.fontSet.label}）不同，无法重印出与原件一致的文书。请在“设置 → 机关档案 → 文书字体”中确认字体，或在出具该文书的电脑上重印。`,
    }
  }
  const built = definitionOf(doc, renderer.fontSet)
  if (!built.ok) return built
  const bytes = await renderer.render(built.definition)
  const sha256 = sha256Hex(bytes)
  return { ok: true, bytes, sha256, matches: doc.sha256 !== '' && sha256 === doc.sha256 }
}

/** Logs one print/save/open/reprint of a document. */
export async function logOutput(
  db: AppDB,
  wctx: WriteContext,
  doc: DocumentRecord,
  kind: PrintKind,
  matches: boolean,
): Promise<Outcome<object>> {
  const r = await documentsRepo(db).logPrint(wctx, doc.id, kind, matches)
  return r.ok ? { ok: true } : { ok: false, message: r.message }
}
