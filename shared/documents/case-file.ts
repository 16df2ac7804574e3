/**
 * The case file (案卷) as one PDF (docs/architecture/overview.md §4; SAMR-PR Art. 78): cover, table of contents, the
 * issued documents in the given order, and the 备考表, with page numbers running continuously over
 * the whole volume ("— N —" on every page but the cover, which counts as page 1). The TOC's 页号
 * and the cover's page total are pdfmake page references, so they are always right however long
 * the TOC or any document turns out.
 */
import type { Content, ContentObject, Inline, Style, TDocumentDefinitions } from './pdf-types'
import type { DocumentContext } from './context'
import { documentFrame, pageNumberFooter } from './blocks/frame'
import {
  caseFileCoverContent,
  caseFileNotesContent,
  caseFileTocContent,
  type CaseFileCoverInput,
  type CaseFileNotesInput,
} from './templates/case-file-parts'

/** One document of the volume: its TOC data and its (already built) definition. */
export interface CaseFileDocument {
  title: string
  number?: string
  responsible?: string
  date: string
  remark?: string
  definition: TDocumentDefinitions
}

/** Input of buildCaseFileDoc. */
export interface CaseFileInput {
  cover: Omit<CaseFileCoverInput, 'pageCount' | 'documentCount'>
  documents: CaseFileDocument[]
  notes: CaseFileNotesInput
}

const startId = (i: number) => `casefile-doc-${i}`

/**
 * A page number filled in after layout. pdfmake lays the placeholder out and then prints the real
 * number centred in its width, so the placeholder has room for three digits and a shorter number
 * gets equal space on both sides (共 12 页) instead of a gap on one side only.
 */
function pageRef(id: string): Inline {
  return { text: '000', pageReference: id, noWrap: true, alignment: 'center' }
}
const END_ID = 'casefile-end'
const LAST_DOC_END_ID = 'casefile-last-doc-end'

function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item)) as T
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = copy(item)
    return out as T
  }
  return value
}

function marker(id: string): ContentObject {
  // An ideographic space at 1 pt: invisible, but it is a line, so pdfmake records its page.
  return { text: '\u3000', id, fontSize: 1, lineHeight: 1 }
}

/**
 * A marker of the page where the content before it ends. Absolutely positioned, so it takes no
 * room: a document that fills its last page to the bottom cannot push it (and the 备考表) onto an
 * otherwise blank page.
 */
function endMarker(id: string): ContentObject {
  return { ...marker(id), absolutePosition: { x: 0, y: 0 } }
}

function withStartMarker(content: Content, id: string): Content[] {
  const list = Array.isArray(content) ? copy(content) : [copy(content)]
  const first = list[0]
  if (
    first &&
    typeof first === 'object' &&
    !Array.isArray(first) &&
    first.text !== undefined &&
    first.id === undefined
  ) {
    list[0] = { ...first, id }
    return list
  }
  return [marker(id), ...list]
}

/**
 * Assembles the case file. Documents are copied, never mutated; their styles are merged (all
 * CaseDesk templates share one dictionary).
 */
export function buildCaseFileDoc(input: CaseFileInput, ctx: DocumentContext): TDocumentDefinitions {
  const docs = input.documents
  if (docs.length === 0) throw new Error('案卷中没有文书：请先选择要归档的文书。')
  const total = pageRef(END_ID)
  const cover = caseFileCoverContent({ ...input.cover, documentCount: docs.length }, ctx, total)
  const toc = caseFileTocContent(
    {
      entries: docs.map((d) => ({
        title: d.title,
        number: d.number ?? '',
        responsible: d.responsible ?? ctx.officeName,
        date: d.date,
        remark: d.remark ?? '',
      })),
    },
    (i) =>
      i === docs.length - 1
        ? [pageRef(startId(i)), '-', pageRef(LAST_DOC_END_ID)]
        : [pageRef(startId(i))],
  )
  const body: Content[] = []
  const styles: Record<string, Style> = {}
  docs.forEach((doc, i) => {
    Object.assign(styles, doc.definition.styles ?? {})
    body.push({ stack: withStartMarker(doc.definition.content, startId(i)), pageBreak: 'before' })
  })
  body.push(endMarker(LAST_DOC_END_ID))
  const notes = caseFileNotesContent(input.notes, [
    `本卷共有文件${docs.length}件，共`,
    pageRef(END_ID),
    '页（含封面、卷内文件目录和本表）。',
  ])
  const frame = documentFrame('caseFileCover', ctx, [
    ...cover,
    { stack: toc, pageBreak: 'before' },
    ...body,
    { stack: [...notes, endMarker(END_ID)], pageBreak: 'before' },
  ])
  return {
    ...frame,
    styles: { ...styles, ...frame.styles },
    footer: (currentPage) => (currentPage === 1 ? '' : pageNumberFooter(currentPage)),
    info: { ...frame.info, title: `${input.cover.cause}案卷`, subject: `CaseDesk caseFile v1` },
  }
}
