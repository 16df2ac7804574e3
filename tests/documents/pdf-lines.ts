/**
 * Text lines of a PDF with their positions, read with poppler's `pdftotext -bbox-layout`
 * (docs/documents-layout.md). pdftotext groups words into lines and lines into blocks (a
 * paragraph, a table cell, a column); the layout rules look at consecutive lines of one block.
 */
import { execFileSync } from 'node:child_process'

/** One text line as pdftotext sees it (PDF points, y grows downwards). */
export interface PdfLine {
  page: number
  /** Index of the block on its page (lines of one block share it). */
  block: number
  /** Index of the line inside its block. */
  index: number
  /** Words joined by one space. */
  text: string
  words: string[]
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** A page: its size and lines in reading order. */
export interface PdfPage {
  number: number
  width: number
  height: number
  lines: PdfLine[]
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')

const attr = (tag: string, name: string): number => {
  const match = new RegExp(`${name}="([-\\d.]+)"`).exec(tag)
  if (!match) throw new Error(`pdftotext 输出缺少属性 ${name}`)
  return Number(match[1])
}

/** Parses the XHTML that `pdftotext -bbox-layout` writes. */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = []
  const pageRe = /<page ([^>]*)>([\s\S]*?)<\/page>/g
  for (let pageMatch = pageRe.exec(xhtml); pageMatch; pageMatch = pageRe.exec(xhtml)) {
    const page: PdfPage = {
      number: pages.length + 1,
      width: attr(pageMatch[1] ?? '', 'width'),
      height: attr(pageMatch[1] ?? '', 'height'),
      lines: [],
    }
    const blockRe = /<block [^>]*>([\s\S]*?)<\/block>/g
    let block = 0
    for (
      let blockMatch = blockRe.exec(pageMatch[2] ?? '');
      blockMatch;
      blockMatch = blockRe.exec(pageMatch[2] ?? '')
    ) {
      const lineRe = /<line ([^>]*)>([\s\S]*?)<\/line>/g
      let index = 0
      for (
        let lineMatch = lineRe.exec(blockMatch[1] ?? '');
        lineMatch;
        lineMatch = lineRe.exec(blockMatch[1] ?? '')
      ) {
        const tag = lineMatch[1] ?? ''
        const words = [...(lineMatch[2] ?? '').matchAll(/<word [^>]*>([\s\S]*?)<\/word>/g)].map(
          (word) => unescape(word[1] ?? ''),
        )
        page.lines.push({
          page: page.number,
          block,
          index,
          text: words.join(' '),
          words,
          xMin: attr(tag, 'xMin'),
          yMin: attr(tag, 'yMin'),
          xMax: attr(tag, 'xMax'),
          yMax: attr(tag, 'yMax'),
        })
        index += 1
      }
      block += 1
    }
    pages.push(page)
  }
  return pages
}

/** The pages of a PDF with their text lines. */
export function pdfLines(pdf: Buffer): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 64 << 20,
  }).toString('utf8')
  return parseBboxLayout(xhtml)
}
