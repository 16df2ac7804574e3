/**
 * Checks on printed documents read back from the PDF (docs/documents-layout.md): every function
 * returns the violations it finds as readable strings, so a failing test names the document,
 * the page and the text.
 */
import { BODY_SIZE, LINE_PITCH } from '../../shared/documents/layout'
import type { PdfLine, PdfPage } from './pdf-lines'

/** A rendered document: its name, pages and the bottom of its body area (PDF points). */
export interface RenderedDoc {
  name: string
  pages: PdfPage[]
  /** Page text in pdftotext's layout mode, one string per page. */
  layoutText: string[]
  /** y of the bottom of the body area: page height minus the bottom margin. */
  bodyBottom: number
  /** Pages printed without a page number (the case-file cover). */
  unnumberedPages: number[]
}

/** Lines inside the body area (the footer with page numbers and signatures is below it). */
export function bodyLines(doc: RenderedDoc, page: PdfPage): PdfLine[] {
  return page.lines.filter((line) => line.yMin < doc.bodyBottom)
}

/**
 * The line printed directly below `line` in the same column: the nearest line further down
 * that overlaps it horizontally, not further than a third of a line height below it. pdftotext
 * does not keep a paragraph in one block, so neighbours are found by position.
 */
export function nextLineOf(line: PdfLine, lines: readonly PdfLine[]): PdfLine | null {
  const height = line.yMax - line.yMin
  let best: PdfLine | null = null
  for (const other of lines) {
    if (other === line) continue
    if (other.yMin <= line.yMin + height / 2) continue
    if (other.yMin - line.yMax > height / 3) continue
    if (other.xMin >= line.xMax || other.xMax <= line.xMin) continue
    if (!best || other.yMin < best.yMin) best = other
  }
  return best
}

/** Pairs of a line and the line below it (a possible line break inside one text). */
export function linePairs(doc: RenderedDoc): Array<{ page: number; a: PdfLine; b: PdfLine }> {
  const out: Array<{ page: number; a: PdfLine; b: PdfLine }> = []
  for (const page of doc.pages) {
    const lines = bodyLines(doc, page)
    for (const a of lines) {
      const b = nextLineOf(a, lines)
      if (b) out.push({ page: page.number, a, b })
    }
  }
  return out
}

const compact = (text: string): string => text.replace(/\s+/g, '')

/** One CJK character with only punctuation after it (“罚。”, “行）。”). */
const LONE_CHARACTER = /^\p{Script=Han}[\p{P}]*$/u

/**
 * Rule 1 (GB/T 15834 §5 line ends; docs/documents-layout.md): a text never ends with a line that
 * holds one CJK character and punctuation. Only lines that continue the line above them count
 * (a table cell that holds just “无” is not a wrapped line).
 */
export function loneCharacterLines(doc: RenderedDoc): string[] {
  return linePairs(doc)
    .filter(({ a, b }) => LONE_CHARACTER.test(compact(b.text)) && b.xMin <= a.xMin + 1)
    .map(({ page, a, b }) => `${doc.name} 第${page}页：“${a.text.slice(-8)}｜${b.text}”`)
}

/** Units that belong to the number before them. */
export const UNIT_START = /^(万元|元|年|月|日|时|分|%|％)/

/** Rule 2: a number is never split from its unit (“2026｜年”, “31,200.00｜元”). */
export function numbersSplitFromUnits(doc: RenderedDoc): string[] {
  return linePairs(doc)
    .filter(({ a, b }) => /\d$/.test(compact(a.text)) && UNIT_START.test(compact(b.text)))
    .map(
      ({ page, a, b }) => `${doc.name} 第${page}页：“${a.text.slice(-8)}｜${b.text.slice(0, 8)}”`,
    )
}

/**
 * A 文号 or case number: an office abbreviation ending in 市监 plus up to four code characters,
 * then 〔year〕serial号 (docs/domain/numbering.md). The prefix is optional so that a number of another office
 * still has its bracketed part checked.
 */
export const DOC_NUMBER = /(?:\p{Script=Han}{1,4}市监\p{Script=Han}{0,4})?〔\d{4}〕\d+号/gu

/** Rule 3: a 文号 is never split across lines. */
export function splitDocNumbers(doc: RenderedDoc): string[] {
  const out: string[] = []
  for (const { page, a, b } of linePairs(doc)) {
    const first = compact(a.text)
    const joined = first + compact(b.text)
    for (const match of joined.matchAll(DOC_NUMBER)) {
      const start = match.index ?? 0
      // Where the prefix is the tail of an ordinary word, only a break inside 〔…号 counts.
      const bracket = start + match[0].indexOf('〔')
      const prefixStart = /市监/.test(match[0]) ? start + match[0].indexOf('市监') - 2 : bracket
      if (Math.max(prefixStart, start) < first.length && first.length < start + match[0].length) {
        out.push(`${doc.name} 第${page}页：“${a.text.slice(-10)}｜${b.text.slice(0, 10)}”`)
      }
    }
  }
  return out
}

/** The page-number line: “— N —” (GB/T 9704 §7.5, docs/documents-layout.md). */
export const PAGE_NUMBER = /^— (\d+) —$/

/**
 * Rule 4: every numbered page carries “— N —” with its own number, in one size, and pdftotext's
 * layout mode reads it with the spaces too (a narrower gap after a single digit reads “—9—”).
 */
export function pageNumberProblems(doc: RenderedDoc): string[] {
  const out: string[] = []
  const heights = new Set<string>()
  for (const page of doc.pages) {
    const footer = page.lines.filter(
      (line) => line.yMin >= doc.bodyBottom && /^—/.test(compact(line.text)),
    )
    if (doc.unnumberedPages.includes(page.number)) {
      if (footer.length > 0) out.push(`${doc.name} 第${page.number}页：不应有页码`)
      continue
    }
    const line = footer[0]
    if (footer.length !== 1 || !line) {
      out.push(`${doc.name} 第${page.number}页：页码行 ${footer.length} 个`)
      continue
    }
    const match = PAGE_NUMBER.exec(line.text)
    if (!match || Number(match[1]) !== page.number) {
      out.push(`${doc.name} 第${page.number}页：页码“${line.text}”`)
    }
    const layout = doc.layoutText[page.number - 1] ?? ''
    if (!layout.includes(`— ${page.number} —`)) {
      out.push(`${doc.name} 第${page.number}页：版式文本中的页码不是“— ${page.number} —”`)
    }
    heights.add((line.yMax - line.yMin).toFixed(1))
  }
  if (heights.size > 1) out.push(`${doc.name}：页码字号不一致（${[...heights].join('、')}）`)
  return out
}

/** A gap at the foot of a page of more than this many body lines is a layout fault. */
export const MAX_FOOT_GAP_LINES = 5

/** The sign-off date line (GB/T 9704 §7.3.5): “2026年3月5日” on a line of its own. */
const SIGN_OFF_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/

/**
 * Rule 5: no page but the last ends more than {@link MAX_FOOT_GAP_LINES} body lines
 * (5 × LINE_PITCH) above the bottom of the body area. The one exception is a block that had to
 * move whole and did not fit in the gap: the sign-off block of GB/T 9704 §7.3.5 (the page with
 * the office name and date must carry text). It is recognised when the next page holds a
 * sign-off date line and the text from the top of that page down to the date is taller than the
 * gap. Any other gap of that size means something was kept together that did not need to be.
 */
export function footGaps(doc: RenderedDoc): string[] {
  const out: string[] = []
  const limit = MAX_FOOT_GAP_LINES * LINE_PITCH
  for (const page of doc.pages.slice(0, -1)) {
    const lines = bodyLines(doc, page)
    if (lines.length === 0) {
      out.push(`${doc.name} 第${page.number}页：空白页`)
      continue
    }
    const gap = doc.bodyBottom - Math.max(...lines.map((line) => line.yMax))
    if (gap <= limit) continue
    const next = doc.pages[page.number]
    const nextLines = next ? bodyLines(doc, next) : []
    const date = nextLines.find((line) => SIGN_OFF_DATE.test(compact(line.text)))
    const top = Math.min(...nextLines.map((line) => line.yMin))
    if (date && date.yMax - top > gap) continue
    out.push(
      `${doc.name} 第${page.number}页：页脚空白 ${(gap / LINE_PITCH).toFixed(1)} 行（上限 ${MAX_FOOT_GAP_LINES} 行）`,
    )
  }
  return out
}

/**
 * Rule 6: no two text lines overlap. A glued group (a 文号, a date) wider than its table cell
 * would run over the cell border into the next cell; this is how such an overflow shows.
 */
export function overlappingLines(doc: RenderedDoc): string[] {
  const out: string[] = []
  for (const page of doc.pages) {
    const lines = page.lines
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const a = lines[i]
        const b = lines[j]
        if (!a || !b) continue
        const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
        const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
        if (x > 1 && y > 2) out.push(`${doc.name} 第${page.number}页：“${a.text}”与“${b.text}”重叠`)
      }
    }
  }
  return out
}

/**
 * Rule 7 (GB/T 9704 §7.3.5.1, documents with the office seal): the sign-off date ends four
 * characters (4 × BODY_SIZE) from the right edge of the type area, the office name above it is
 * centred on it, and “（印章）” between them is centred on the same axis. Returns problems; a
 * document without a sign-off returns one that says so.
 */
export function signOffProblems(doc: RenderedDoc, officeName: string, rightEdge: number): string[] {
  const page = doc.pages.at(-1)
  const lines = page ? bodyLines(doc, page) : []
  const date = lines.filter((line) => SIGN_OFF_DATE.test(compact(line.text))).at(-1)
  const name = lines
    .filter((line) => compact(line.text) === officeName && date && line.yMax <= date.yMin)
    .at(-1)
  if (!date || !name) return [`${doc.name}：找不到落款（发文机关署名和成文日期）`]
  const out: string[] = []
  const centre = (line: PdfLine) => (line.xMin + line.xMax) / 2
  // One character of the sign-off's own size: “（印章）” is four full-width characters (every
  // document prints on the 3号 grid size BODY_SIZE; docs/documents-layout.md).
  const mark = lines.find(
    (line) =>
      compact(line.text) === '（印章）' && line.yMin >= name.yMax - 1 && line.yMax <= date.yMin + 1,
  )
  const em = mark ? (mark.xMax - mark.xMin) / 4 : BODY_SIZE
  const dateRight = rightEdge - date.xMax
  if (Math.abs(dateRight - 4 * em) > 1) {
    out.push(`${doc.name}：成文日期右空 ${(dateRight / em).toFixed(2)} 字（应为 4 字）`)
  }
  if (Math.abs(centre(name) - centre(date)) > 3) {
    out.push(`${doc.name}：发文机关署名未以成文日期为准居中`)
  }
  if (!mark) out.push(`${doc.name}：缺少“（印章）”`)
  else if (Math.abs(centre(mark) - centre(date)) > 3) {
    out.push(`${doc.name}：“（印章）”未与成文日期居中对齐`)
  }
  return out
}
