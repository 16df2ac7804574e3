/**
 * A DocumentRenderer (renderer/src/services/documents-issue.ts) on pdfmake's Node build with the
 * bundled fonts, for the issuing tests that run on fake-indexeddb. The glyph check reads the same
 * font files' cmaps, like the browser PdfRenderer does.
 */
import { readFileSync } from 'node:fs'
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import { BUNDLED_FONT_SET, fontFilesOf, type FontSet } from '../../shared/documents/fonts/font-set'
import { readCmapCodePoints } from '../../shared/documents/fonts/cmap'
import { collectText, findUnprintableCharacters } from '../../shared/documents/fonts/glyphs'
import { bundledFontPath, renderPdf } from './render'

/** Structurally the app's DocumentRenderer. */
export interface NodeDocumentRenderer {
  readonly fontSet: FontSet
  render(definition: TDocumentDefinitions): Promise<Uint8Array>
  findUnprintable(definition: TDocumentDefinitions): Promise<string[]>
}

/** The renderer; `failRender` makes render throw (to test the 生成失败 path). */
export function nodeDocumentRenderer(opts: { failRender?: boolean } = {}): NodeDocumentRenderer {
  const cmaps = fontFilesOf(BUNDLED_FONT_SET).map((file) =>
    readCmapCodePoints(readFileSync(bundledFontPath(file))),
  )
  return {
    fontSet: BUNDLED_FONT_SET,
    async render(definition) {
      if (opts.failRender) throw new Error('模拟的排版错误')
      return new Uint8Array(await renderPdf(definition))
    },
    async findUnprintable(definition) {
      return findUnprintableCharacters(collectText(definition.content), cmaps)
    },
  }
}
