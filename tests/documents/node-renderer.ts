/**
 * A DocumentRenderer (renderer/src/services/documents-issue.ts) on pdfmake's Node build with the
 * bundled fonts, for the issuing tests that run on fake-indexeddb. The glyph check reads the cmaps
 * of the files the document is printed from (common subset or full), like the browser PdfRenderer.
 */
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import { BUNDLED_FONT_SET, type FontSet } from '../../shared/documents/fonts/font-set'
import { collectText, findUnprintableCharacters } from '../../shared/documents/fonts/glyphs'
import { cmapsUsedBy, renderPdf, variantFor } from './render'

/** Structurally the app's DocumentRenderer. */
export interface NodeDocumentRenderer {
  readonly fontSet: FontSet
  render(definition: TDocumentDefinitions): Promise<Uint8Array>
  findUnprintable(definition: TDocumentDefinitions): Promise<string[]>
}

/** The renderer; `failRender` makes render throw (to test the 生成失败 path). */
export function nodeDocumentRenderer(opts: { failRender?: boolean } = {}): NodeDocumentRenderer {
  return {
    fontSet: BUNDLED_FONT_SET,
    async render(definition) {
      if (opts.failRender) throw new Error('模拟的排版错误')
      return new Uint8Array(await renderPdf(definition))
    },
    async findUnprintable(definition) {
      const cmaps = cmapsUsedBy(definition, await variantFor(definition))
      return findUnprintableCharacters(collectText(definition.content), cmaps)
    },
  }
}
