/**
 * Page frame shared by all templates: GB/T 9704 page geometry, style dictionary, page numbers
 * "— N —", PDF metadata carrying the template kind and version, the heading (office name, title,
 * 文号) and the sign-off (office name centred over the date, date right-indented four characters).
 */
import type { Content, ContentObject, TDocumentDefinitions } from '../pdf-types'
import { fontSetOf, type DocumentContext } from '../context'
import { DOCUMENT_KIND_INFO, resolveDocCode, type DocumentKind } from '../kinds'
import { BODY_SIZE, LINE_PITCH, PAGE_MARGINS, PAGE_NUMBER_SIZE, mm } from '../layout'
import { defaultStyleFor, stylesFor } from '../styles'
import { lineHeightForPitch } from '../fonts/font-set'
import { formatChineseDate, parseLegalDate, yearOf } from '../format/date'
import { formatDocNumber, joinDocPrefix } from '../format/doc-number'
import type { DocNumberInput } from '../schemas'
import { contactBlock } from './contact'
import { emWidth, runs } from './text'

/**
 * Page number “— N —” (GB/T 9704 §7.5, DOMAIN §6): 4号 half-width digits between two 一字线, 7 mm
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
 * Sign-off: the office name centred over the date; the date right-indented four characters. When
 * the name is too long for that, the name is right-indented two characters and the date is
 * centred under it (GB/T 9704 §7.3.5).
 */
export function signOff(
  officeName: string,
  date: string,
  opts: { marginTop?: number } = {},
): ContentObject {
  const dateText = formatChineseDate(date)
  const nameEm = emWidth(officeName)
  const dateEm = emWidth(dateText)
  let columnEm = Math.max(nameEm, dateEm)
  let rightEm = 4 + dateEm / 2 - columnEm / 2
  if (rightEm < 2) {
    columnEm = nameEm
    rightEm = 2
  }
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: columnEm * BODY_SIZE + 2,
        stack: [
          { text: officeName, alignment: 'center', noWrap: true },
          { text: dateText, alignment: 'center', noWrap: true },
        ],
      },
      { width: rightEm * BODY_SIZE, text: '' },
    ],
    columnGap: 0,
    unbreakable: true,
    margin: [0, opts.marginTop ?? LINE_PITCH, 0, 0],
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
}): TDocumentDefinitions {
  const { kind, ctx } = opts
  const body = [...opts.body]
  // GB/T 9704 §7.3.5: the page with the seal must also carry body text, so the last paragraph,
  // the contact block and the sign-off move to a new page together.
  const last = body.pop()
  const tail: Content[] = last === undefined ? [] : [last]
  if (DOCUMENT_KIND_INFO[kind].partyFacing) {
    tail.push({ ...contactBlock(ctx.contact), margin: [0, LINE_PITCH * 0.5, 0, 0] })
  }
  tail.push(signOff(ctx.officeName, ctx.documentDate, { marginTop: LINE_PITCH * 0.75 }))
  if (opts.after) tail.push(...opts.after)
  const content: Content[] = [
    ...heading(kind, ctx, opts.number),
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
}): TDocumentDefinitions {
  const content: Content[] = [...heading(opts.kind, opts.ctx, null, opts.title)]
  if (opts.caption) content.push(opts.caption)
  content.push(...opts.body)
  return documentFrame(opts.kind, opts.ctx, content)
}

/**
 * Compact variant for pre-printed field forms (当场行政处罚决定书 is filled in and handed over on
 * the spot, on one sheet where possible): body at 4号 (14 pt) with a 21 pt pitch instead of the
 * 3号 grid. Titles keep their sizes.
 */
export function compactBody(def: TDocumentDefinitions, ctx: DocumentContext): TDocumentDefinitions {
  const metrics = fontSetOf(ctx).faces.body.normal.metrics
  const lineHeight = lineHeightForPitch(metrics, PAGE_NUMBER_SIZE, 21)
  const styles = { ...(def.styles ?? {}) }
  styles.para = { ...styles.para, leadingIndent: PAGE_NUMBER_SIZE * 2 }
  return {
    ...def,
    styles,
    defaultStyle: { ...def.defaultStyle, fontSize: PAGE_NUMBER_SIZE, lineHeight },
  }
}
