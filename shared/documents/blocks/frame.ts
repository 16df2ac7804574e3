/**
 * Page frame shared by all templates: GB/T 9704 page geometry, style dictionary, page numbers
 * "— N —", PDF metadata carrying the template kind and version, the heading (office name, title,
 * 文号) and the sign-off (office name centred over the date, date right-indented four characters).
 */
import type { Content, ContentObject, TDocumentDefinitions } from '../pdf-types'
import { fontSetOf, type DocumentContext } from '../context'
import { DOCUMENT_KIND_INFO, resolveDocCode, type DocumentKind } from '../kinds'
import {
  BODY_SIZE,
  GRID,
  LINE_PITCH,
  PAGE_MARGINS,
  PAGE_NUMBER_SIZE,
  SIGNATURE_STRIP_GAP,
  SIGNATURE_STRIP_PITCH,
  TABLE_SIZE,
  TYPE_AREA,
  mm,
  signatureStripHeight,
} from '../layout'
import { runsToText } from '../format/linebreak'
import { defaultStyleFor, stylesFor } from '../styles'
import { lineHeightForPitch, type FontSet } from '../fonts/font-set'
import { formatChineseDate, parseLegalDate, yearOf } from '../../util/date'
import { formatDocNumber, joinDocPrefix } from '../format/doc-number'
import type { DocNumberInput } from '../schemas'
import { contactBlock } from './contact'
import { emWidth, runs } from './text'

/**
 * Page number “— N —” (GB/T 9704 §7.5, docs/documents-layout.md): 4号 half-width digits between two 一字线, 7 mm
 * below the type area, odd pages right and even pages left, one character in. The dashes and
 * the number are three columns half a character apart, so every number has the same gaps
 * whatever its width (with plain spaces a one-digit number read back as “—9—” and a two-digit
 * one as “— 10 —”; docs/documents-layout.md).
 */
export function pageNumberFooter(
  currentPage: number,
  top: number = PAGE_NUMBER_TOP,
): ContentObject {
  const odd = currentPage % 2 === 1
  const inset = PAGE_NUMBER_SIZE
  const part = (text: string): ContentObject => ({ width: 'auto', text, noWrap: true })
  const number = [part('—'), part(String(currentPage)), part('—')]
  const spacer: ContentObject = { width: '*', text: '' }
  return {
    columns: odd ? [spacer, ...number] : [...number, spacer],
    columnGap: PAGE_NUMBER_SIZE / 2,
    fontSize: PAGE_NUMBER_SIZE,
    lineHeight: 1,
    margin: [PAGE_MARGINS[0] + (odd ? 0 : inset), top, PAGE_MARGINS[2] + (odd ? inset : 0), 0],
  }
}

/** Distance from the top of the footer area (the foot of the type area) to the page number. */
export const PAGE_NUMBER_TOP = mm(7) - 4

/** The printed 文号 of a document, or null when the kind has no number in this office. */
export function docNumberText(
  kind: DocumentKind,
  ctx: DocumentContext,
  number: DocNumberInput | null | undefined,
): string | null {
  const code = resolveDocCode(kind, ctx.docCodeOverrides)
  if (code === null) return null
  const year = number?.year ?? yearOf(ctx.documentDate)
  return formatDocNumber({
    prefix: joinDocPrefix(ctx.officeCode, code),
    year,
    serial: number?.serial ?? null,
  })
}

/** Heading: office name, title and (when the kind has one) the 文号 line. */
export function heading(
  kind: DocumentKind,
  ctx: DocumentContext,
  number?: DocNumberInput | null,
  title: string = DOCUMENT_KIND_INFO[kind].title,
): Content[] {
  const out: Content[] = [
    { text: ctx.officeName, style: 'officeName' },
    { text: title, style: 'title' },
  ]
  const numberText = docNumberText(kind, ctx, number)
  if (numberText) out.push({ text: numberText, style: 'docNumber' })
  return out
}

/**
 * Printed width of a text in ems of its own size, as the bundled 宋体/仿宋 faces set it: CJK and
 * full-width characters one em, digits about 0.55 em (measured on the bundled Noto Serif SC),
 * other half-width characters half an em.
 */
export function printedEm(text: string): number {
  let width = 0
  for (const char of text) {
    if (/\d/.test(char)) width += 0.55
    else width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.5
  }
  return width
}

/** The seal mark printed where the office seal is pressed on party-facing documents. */
export const SEAL_MARK = '（印章）'

/**
 * Sign-off (GB/T 9704 §7.3.5, docs/documents-layout.md). With `seal` (§7.3.5.1, documents that carry the office
 * seal): the date right-indented four characters, the office name centred over the date, and
 * “（印章）” between them where the seal is pressed (docs/documents-layout.md); only a name too long
 * to stay inside the type area that way is set flush right. Without a seal (§7.3.5.2): the name
 * right-indented two characters and the date centred under it.
 */
export function signOff(
  officeName: string,
  date: string,
  opts: { marginTop?: number; seal?: boolean; size?: number } = {},
): ContentObject {
  const size = opts.size ?? BODY_SIZE
  const dateText = formatChineseDate(date)
  const nameEm = printedEm(officeName)
  const dateEm = printedEm(dateText)
  // Distance in ems from the right edge of the type area to the common centre line.
  let centre = opts.seal ? 4 + dateEm / 2 : 2 + nameEm / 2
  let dateRight = centre - dateEm / 2
  if (opts.seal && centre - nameEm / 2 < 0) {
    centre = nameEm / 2
    dateRight = 4
  }
  const lines: ContentObject[] = [
    centredLine(officeName, (centre - nameEm / 2) * size, nameEm * size),
  ]
  if (opts.seal) {
    const sealEm = printedEm(SEAL_MARK)
    lines.push(centredLine(SEAL_MARK, (centre - sealEm / 2) * size, sealEm * size))
  }
  lines.push(centredLine(dateText, dateRight * size, dateEm * size))
  return { stack: lines, unbreakable: true, margin: [0, opts.marginTop ?? LINE_PITCH, 0, 0] }
}

/** One line whose text (`width` points wide) ends `right` points from the right edge of the type area. */
function centredLine(text: string, right: number, width: number): ContentObject {
  return {
    columns: [
      { width: '*', text: '' },
      { width: width + 4, text, alignment: 'right', noWrap: true },
      { width: Math.max(0, right), text: '' },
    ],
    columnGap: 0,
  }
}

/** A label line for hand signatures: “当事人签名：\u3000\u3000\u3000\u3000\u3000\u3000日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日”. */
export function signatureLine(label: string, opts: { withDate?: boolean } = {}): ContentObject {
  const blank = '\u3000'.repeat(6)
  const date =
    opts.withDate === false ? '' : `\u3000日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日`
  return {
    text: runs(`${label}：${blank}${date}`),
    alignment: 'left',
    margin: [0, LINE_PITCH * 0.25, 0, 0],
  }
}

/** Wraps content in the page frame: geometry, styles, footer and metadata. */
export function documentFrame(
  kind: DocumentKind,
  ctx: DocumentContext,
  content: Content[],
): TDocumentDefinitions {
  const info = DOCUMENT_KIND_INFO[kind]
  const fontSet = fontSetOf(ctx)
  const { year, month, day } = parseLegalDate(ctx.documentDate)
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    content,
    styles: stylesFor(fontSet),
    defaultStyle: defaultStyleFor(fontSet),
    footer: (currentPage) => pageNumberFooter(currentPage),
    language: 'zh-CN',
    info: {
      title: info.title,
      author: ctx.officeName,
      subject: `CaseDesk ${kind} v${info.version}`,
      keywords: `template:${kind};version:${info.version};fonts:${fontSet.id}`,
      creator: 'CaseDesk',
      producer: 'CaseDesk',
      creationDate: new Date(Date.UTC(year, month - 1, day)),
    },
  }
}

/** A last paragraph up to this many lines moves with the sign-off (GB/T 9704 §7.3.5). */
const KEPT_PARAGRAPH_LINES = 3

/** Estimated body lines of a paragraph (its text over 28 characters a line); 99 if not text. */
function estimatedLines(content: Content): number {
  if (typeof content === 'string') return Math.ceil(emWidth(content) / GRID.chars)
  if (Array.isArray(content) || content.text === undefined) return 99
  const inner = Array.isArray(content.text) ? content.text : [content.text]
  return Math.ceil((emWidth(runsToText(inner)) + 2) / GRID.chars)
}

/**
 * A party-facing or outgoing document: heading, body, the contact block (on party-facing kinds)
 * and the sign-off with the document date.
 */
export function officialDocument(opts: {
  kind: DocumentKind
  ctx: DocumentContext
  number?: DocNumberInput | null
  body: Content[]
  /** Content after the sign-off (e.g. the party's receipt line on a 当场 decision). */
  after?: Content[]
  /** The printed title when it is not the kind's (a form whose 范本 title offers a choice). */
  title?: string
}): TDocumentDefinitions {
  const { kind, ctx } = opts
  const body = [...opts.body]
  const partyFacing = DOCUMENT_KIND_INFO[kind].partyFacing
  // GB/T 9704 §7.3.5: the page with the seal must also carry body text. The sign-off moves with
  // the contact block (body text of party-facing documents) and with the last paragraph when
  // that is short; a long last paragraph is left to break across the pages (it would otherwise
  // leave a gap of its whole height; docs/documents-layout.md).
  const tail: Content[] = []
  const last = body.at(-1)
  if (last !== undefined && (!partyFacing || estimatedLines(last) <= KEPT_PARAGRAPH_LINES)) {
    tail.push(last)
    body.pop()
  }
  if (partyFacing) {
    tail.push({ ...contactBlock(ctx.contact), margin: [0, LINE_PITCH * 0.5, 0, 0] })
  }
  tail.push(
    signOff(ctx.officeName, ctx.documentDate, {
      marginTop: LINE_PITCH * 0.75,
      seal: partyFacing,
      size: BODY_SIZE,
    }),
  )
  if (opts.after) tail.push(...opts.after)
  const content: Content[] = [
    ...heading(kind, ctx, opts.number, opts.title),
    ...body,
    { stack: tail, unbreakable: true },
  ]
  return documentFrame(kind, ctx, content)
}

/**
 * An internal form or record (no contact block, no sign-off by the office): heading without a
 * 文号, an optional caption line (e.g. 案件编号), then the body.
 */
export function internalDocument(opts: {
  kind: DocumentKind
  ctx: DocumentContext
  title?: string
  caption?: Content
  body: Content[]
  /**
   * Records: who signs at the foot of every page (e.g. ['被约谈方', '约谈人员']), printed with
   * “第X页 共Y页” above the page number ({@link signatureStrip}).
   */
  pageSignatures?: string[]
}): TDocumentDefinitions {
  const content: Content[] = [...heading(opts.kind, opts.ctx, null, opts.title)]
  if (opts.caption) content.push(opts.caption)
  content.push(...opts.body)
  const def = documentFrame(opts.kind, opts.ctx, content)
  const signers = opts.pageSignatures
  if (!signers?.length) return def
  const fontSet = fontSetOf(opts.ctx)
  const strip = signatureStripHeight(signers.length)
  const [left, top, right, bottom] = PAGE_MARGINS
  return {
    ...def,
    pageMargins: [left, top, right, bottom + strip],
    footer: (currentPage, pageCount) => ({
      stack: [
        signatureStrip(signers, currentPage, pageCount, fontSet),
        pageNumberFooter(currentPage, PAGE_NUMBER_TOP),
      ],
    }),
  }
}

/**
 * The signature strip of a record page: a rule, one line per signer — “被约谈方（签名）：” with
 * room to sign and “年 月 日” for the date written by hand — and “第X页 共Y页” (docs/domain/documents.md items
 * 9 and 14; docs/documents-layout.md). It fills the room {@link signatureStripHeight} takes
 * from the type area, so the page number below it stays 7 mm under the type area.
 */
export function signatureStrip(
  signers: string[],
  currentPage: number,
  pageCount: number,
  fontSet: FontSet,
): ContentObject {
  const lineHeight = lineHeightForPitch(
    fontSet.faces.body.normal.metrics,
    TABLE_SIZE,
    SIGNATURE_STRIP_PITCH,
  )
  const dateWidth = TABLE_SIZE * 9
  const line = (label: string): ContentObject => ({
    columns: [
      { width: TYPE_AREA.width - dateWidth, text: `${label}（签名）：` },
      { width: dateWidth, text: '年\u3000\u3000月\u3000\u3000日', alignment: 'right' },
    ],
    columnGap: 0,
  })
  return {
    stack: [
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: TYPE_AREA.width,
            y2: 0,
            lineWidth: 0.5,
          },
        ],
        margin: [0, SIGNATURE_STRIP_GAP / 2, 0, SIGNATURE_STRIP_GAP / 2],
      },
      ...signers.map(line),
      { text: `第${currentPage}页\u3000共${pageCount}页`, alignment: 'right' },
    ],
    fontSize: TABLE_SIZE,
    lineHeight,
    margin: [PAGE_MARGINS[0], 0, PAGE_MARGINS[2], 0],
    // The strip's own height is fixed by its lines; the page number after it is placed by
    // PAGE_NUMBER_TOP from the foot of the strip.
  }
}
