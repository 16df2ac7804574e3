/**
 * Browser-side PDF rendering (DESIGN §4, STYLE §8): pdfmake's browser build with the font bytes
 * written into its virtual file system as Uint8Array — fetched once per session, never a base64
 * bundle (decoding one costs ~1.3 s). Builders stay pure in shared/documents; only bytes leave
 * this module (HostApi.savePdf / printPdf take a Uint8Array).
 *
 * Fonts: by default the bundled OFL set is fetched from `./fonts/<file>` (served and copied by
 * scripts/vite-fonts-plugin.ts). A host that can read the office PC's fonts (e.g. Electron reading
 * C:\Windows\Fonts\simfang.ttf / simhei.ttf) passes its own FontSet and a FontBytesSource; the
 * FontSet carries the faces' metrics so the GB/T 9704 line pitch stays right. The glyph check uses
 * the same bytes, so it always checks the fonts that will actually be embedded.
 */
import type PdfMakeModule from 'pdfmake/build/pdfmake'
import type { TDocumentDefinitions } from '@shared/documents/pdf-types'
import {
  BUNDLED_FONT_SET,
  fontFilesOf,
  pdfmakeFontDictionary,
  type FontSet,
} from '@shared/documents/fonts/font-set'
import { readCmapCodePoints, type CodePointSet } from '@shared/documents/fonts/cmap'
import { collectText, findUnprintableCharacters } from '@shared/documents/fonts/glyphs'

/** Supplies the bytes of a font file named in a FontSet. */
export type FontBytesSource = (file: string) => Promise<Uint8Array>

/** Fetches font files over HTTP relative to the app (`./fonts/` by default). */
export function httpFontSource(baseUrl = './fonts/'): FontBytesSource {
  return async (file) => {
    const response = await fetch(new URL(file, new URL(baseUrl, document.baseURI)))
    if (!response.ok)
      throw new Error(
        `无法加载字体文件 ${file}（HTTP ${response.status}），请重新安装或联系管理员。`,
      )
    return new Uint8Array(await response.arrayBuffer())
  }
}

type PdfMake = typeof PdfMakeModule

/** Renders document definitions to PDF bytes with one font set; loads everything once. */
export class PdfRenderer {
  private ready: Promise<{ pdfMake: PdfMake; cmaps: CodePointSet[] }> | null = null

  constructor(
    readonly fontSet: FontSet = BUNDLED_FONT_SET,
    private readonly fontSource: FontBytesSource = httpFontSource(),
  ) {}

  /** Loads pdfmake and the fonts (first call only; later calls reuse the same promise). */
  ensureReady(): Promise<{ pdfMake: PdfMake; cmaps: CodePointSet[] }> {
    if (!this.ready) {
      this.ready = this.load().catch((error: unknown) => {
        this.ready = null
        throw error
      })
    }
    return this.ready
  }

  private async load(): Promise<{ pdfMake: PdfMake; cmaps: CodePointSet[] }> {
    const [{ default: pdfMake }, files] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      Promise.all(
        fontFilesOf(this.fontSet).map(async (file) => ({
          file,
          bytes: await this.fontSource(file),
        })),
      ),
    ])
    const cmaps: CodePointSet[] = []
    for (const { file, bytes } of files) {
      pdfMake.virtualfs.writeFileSync(file, bytes)
      const face = Object.values(this.fontSet.faces)
        .flatMap((f) => [f.normal, f.bold])
        .find((f) => f.file === file)
      cmaps.push(
        readCmapCodePoints(
          bytes,
          face?.postscriptName ? ttcIndexOf(bytes, face.postscriptName) : 0,
        ),
      )
    }
    pdfMake.setFonts(pdfmakeFontDictionary(this.fontSet))
    pdfMake.setUrlAccessPolicy(() => false)
    return { pdfMake, cmaps }
  }

  /** Renders a definition to PDF bytes. */
  async render(definition: TDocumentDefinitions): Promise<Uint8Array> {
    const { pdfMake } = await this.ensureReady()
    const bytes = await pdfMake.createPdf(cloneDefinition(definition)).getBuffer()
    return bytes instanceof Uint8Array
      ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : new Uint8Array(bytes)
  }

  /**
   * The characters of a document that the fonts cannot print (e.g. ['𠮷']). Issuing must stop and
   * name them when this is not empty.
   */
  async findUnprintable(definition: TDocumentDefinitions): Promise<string[]> {
    const { cmaps } = await this.ensureReady()
    return findUnprintableCharacters(collectText(definition.content), cmaps)
  }
}

/** Index of the face with `postscriptName` in a .ttc (0 when not found or not a collection). */
function ttcIndexOf(bytes: Uint8Array, postscriptName: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'ttcf') return 0
  const count = view.getUint32(8)
  for (let i = 0; i < count; i += 1) {
    const base = view.getUint32(12 + 4 * i)
    const tables = view.getUint16(base + 4)
    for (let t = 0; t < tables; t += 1) {
      const rec = base + 12 + 16 * t
      if (String.fromCharCode(...bytes.subarray(rec, rec + 4)) !== 'name') continue
      const at = view.getUint32(rec + 8)
      const names = view.getUint16(at + 2)
      const strings = at + view.getUint16(at + 4)
      for (let n = 0; n < names; n += 1) {
        const r = at + 6 + 12 * n
        if (view.getUint16(r + 6) !== 6) continue
        const length = view.getUint16(r + 8)
        const offset = strings + view.getUint16(r + 10)
        const raw = bytes.subarray(offset, offset + length)
        const text =
          view.getUint16(r) === 3
            ? String.fromCharCode(
                ...Array.from(
                  { length: length / 2 },
                  (_, k) => (raw[2 * k] ?? 0) * 256 + (raw[2 * k + 1] ?? 0),
                ),
              )
            : String.fromCharCode(...raw)
        if (text === postscriptName) return i
      }
    }
  }
  return 0
}

/** Deep copy keeping functions and Dates (pdfmake mutates what it renders). */
function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDefinition(item)) as T
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = cloneDefinition(item)
    return out as T
  }
  return value
}

let sessionRenderer: PdfRenderer | null = null

/** The session's renderer with the bundled fonts (fonts are fetched once per session). */
export function getPdfRenderer(): PdfRenderer {
  sessionRenderer ??= new PdfRenderer()
  return sessionRenderer
}

/** Replaces the session renderer, e.g. when the office switches to this PC's 仿宋/黑体. */
export function setPdfRenderer(renderer: PdfRenderer): void {
  sessionRenderer = renderer
}
