/**
 * Node rendering for tests and the samples script: pdfmake's Node build with the bundled fonts
 * loaded into its virtual file system once per process — the four full files and their common
 * subsets, chosen per document exactly as the browser PdfRenderer does (the subset when its
 * cmaps have every character of the document). No URL or local-file access while rendering.
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import type { DocumentKind } from '../../shared/documents/kinds'
import { buildDocument } from '../../shared/documents/registry'
import { SAMPLES } from '../fixtures/documents/samples'
import {
  BUNDLED_FONT_SET,
  BUNDLED_FONT_SOURCES,
  commonSubsetOf,
  fontFilesFor,
  fontFilesOf,
  pdfmakeFontDictionary,
  type FontSet,
} from '../../shared/documents/fonts/font-set'
import { readCmapCodePoints, type CodePointSet } from '../../shared/documents/fonts/cmap'
import {
  collectText,
  findUnprintableCharacters,
  fontFacesUsed,
} from '../../shared/documents/fonts/glyphs'
import { bundledFontBytes as bytesOfBundled } from '../../scripts/font-subset.mjs'

const require = createRequire(resolve(process.cwd(), 'package.json'))

/** Absolute path of a full bundled font (or licence) file inside node_modules. */
export function bundledFontPath(file: string): string {
  const source = BUNDLED_FONT_SOURCES[file]
  if (!source) throw new Error(`未知的内置字体文件：${file}`)
  return require.resolve(source)
}

/** Bytes of a bundled font file, full or common subset (`*.common.ttf`, made and cached). */
export function bundledFontBytes(file: string): Promise<Uint8Array> {
  return bytesOfBundled({
    root: process.cwd(),
    file,
    sources: BUNDLED_FONT_SOURCES,
    subsets: BUNDLED_FONT_SET.commonSubset?.files ?? {},
  })
}

/** One variant of the bundled fonts as loaded into pdfmake: its set and its files' cmaps. */
export interface LoadedVariant {
  set: FontSet
  /** The cmaps of all files of the set. */
  cmaps: CodePointSet[]
  /** File name → cmap. */
  cmapOf: Map<string, CodePointSet>
}

let loaded: Promise<{ common: LoadedVariant; full: LoadedVariant }> | null = null

async function loadVariant(set: FontSet): Promise<LoadedVariant> {
  const cmapOf = new Map<string, CodePointSet>()
  for (const file of fontFilesOf(set)) {
    const bytes = await bundledFontBytes(file)
    pdfmake.virtualfs.writeFileSync(file, Buffer.from(bytes))
    cmapOf.set(file, readCmapCodePoints(bytes))
  }
  return { set, cmaps: [...cmapOf.values()], cmapOf }
}

/** Loads both variants of the bundled fonts into pdfmake once. */
export function ensureFonts(): Promise<{ common: LoadedVariant; full: LoadedVariant }> {
  loaded ??= (async () => {
    const common = await loadVariant(commonSubsetOf(BUNDLED_FONT_SET))
    const full = await loadVariant(BUNDLED_FONT_SET)
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy(() => false)
    return { common, full }
  })()
  return loaded
}

/** The cmaps of the files of `variant` that print the faces a definition uses. */
export function cmapsUsedBy(
  definition: TDocumentDefinitions,
  variant: LoadedVariant,
): CodePointSet[] {
  return fontFilesFor(variant.set, fontFacesUsed(definition)).map((file) => {
    const cmap = variant.cmapOf.get(file)
    if (!cmap) throw new Error(`未加载的字体文件：${file}`)
    return cmap
  })
}

/**
 * The variant a definition is printed from (the browser renderer's rule): the common subset
 * when the files of the faces it uses have every character of it.
 */
export async function variantFor(definition: TDocumentDefinitions): Promise<LoadedVariant> {
  const { common, full } = await ensureFonts()
  const text = collectText(definition.content)
  const fits = findUnprintableCharacters(text, cmapsUsedBy(definition, common)).length === 0
  return fits ? common : full
}

/** Deep copy that keeps functions and Dates (pdfmake mutates the definition it renders). */
export function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDefinition(item)) as T
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = cloneDefinition(item)
    return out as T
  }
  return value
}

/** Renders a definition to PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const variant = await variantFor(definition)
  pdfmake.setFonts(pdfmakeFontDictionary(variant.set))
  return pdfmake.createPdf(cloneDefinition(definition)).getBuffer()
}

/** Text of a PDF in layout mode (poppler's pdftotext); `page` limits to one page. */
export function pdfText(pdf: Buffer, opts: { page?: number; raw?: boolean } = {}): string {
  const args = [opts.raw ? '-raw' : '-layout']
  if (opts.page) args.push('-f', String(opts.page), '-l', String(opts.page))
  return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 64 << 20,
  }).toString('utf8')
}

/** Number of pages of a PDF (poppler's pdfinfo). */
export function pdfPageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8')
  const match = /Pages:\s+(\d+)/.exec(info)
  if (!match) throw new Error('pdfinfo 未返回页数')
  return Number(match[1])
}

/** Text with all whitespace removed (robust matching of sentences that wrap across lines). */
export function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

/**
 * The text of each kind's sample (tests/fixtures/documents/samples.ts) as printed and read back
 * with pdftotext, squashed and without the page numbers, for `toContain` checks of what a form
 * says.
 */
export async function sampleTexts(
  kinds: readonly DocumentKind[],
): Promise<Map<DocumentKind, string>> {
  const texts = new Map<DocumentKind, string>()
  for (const kind of kinds) {
    const built = buildDocument(kind, SAMPLES[kind].input, SAMPLES[kind].ctx)
    if (!built.ok) throw new Error(`${kind}: ${built.errors.join('; ')}`)
    texts.set(kind, squash(pdfText(await renderPdf(built.definition)).replace(/—\s*\d+\s*—/g, '')))
  }
  return texts
}
