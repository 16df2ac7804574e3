/**
 * Node rendering for tests and the samples script: pdfmake's Node build with the bundled fonts
 * loaded into its virtual file system once per process. No URL or local-file access is allowed
 * while rendering.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import {
  BUNDLED_FONT_SET,
  BUNDLED_FONT_SOURCES,
  fontFilesOf,
  pdfmakeFontDictionary,
} from '../../shared/documents/fonts/font-set'

const require = createRequire(resolve(process.cwd(), 'package.json'))
let fontsLoaded = false

/** Absolute path of a bundled font (or licence) file inside node_modules. */
export function bundledFontPath(file: string): string {
  const source = BUNDLED_FONT_SOURCES[file]
  if (!source) throw new Error(`未知的内置字体文件：${file}`)
  return require.resolve(source)
}

/** Loads the bundled fonts into pdfmake once. */
export function ensureFonts(): void {
  if (fontsLoaded) return
  for (const file of fontFilesOf(BUNDLED_FONT_SET)) {
    pdfmake.virtualfs.writeFileSync(file, readFileSync(bundledFontPath(file)))
  }
  pdfmake.setFonts(pdfmakeFontDictionary(BUNDLED_FONT_SET))
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  fontsLoaded = true
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
  ensureFonts()
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
