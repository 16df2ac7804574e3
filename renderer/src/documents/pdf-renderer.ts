/**
 * Browser-side PDF rendering (docs/architecture/overview.md §4, docs/conventions.md): pdfmake's browser build with the font bytes
 * written into its virtual file system as Uint8Array — fetched once per session, never a base64
 * bundle (decoding one costs ~1.3 s). Builders stay pure in shared/documents; only bytes leave
 * this module (HostApi.savePdf / printPdf take a Uint8Array).
 *
 * Fonts: by default the bundled OFL set is fetched from `./fonts/<file>` (served and copied by
 * scripts/vite-fonts-plugin.mjs). A set with a common subset (the bundled one: GB 2312 and
 * punctuation, ~10 MB for the four faces instead of 50 MB) is loaded through that subset first;
 * a document is printed from the subset when the subset's own cmaps have every character of it,
 * otherwise from the full files, fetched the first time a document needs them. The choice
 * depends only on the document's text, so a reprint embeds the same bytes.
 *
 * A host that can read the office PC's fonts (e.g. Electron reading C:\Windows\Fonts\simfang.ttf
 * / simhei.ttf) passes its own FontSet and a FontBytesSource; the FontSet carries the faces'
 * metrics so the GB/T 9704 line pitch stays right. The glyph check reads the cmaps of the same
 * bytes, so it always checks the fonts that will actually be embedded.
 */
import type PdfMakeModule from 'pdfmake/build/pdfmake'
import type { TDocumentDefinitions } from '@shared/documents/pdf-types'
import {
  BUNDLED_FONT_SET,
  FONT_FAMILY,
  commonSubsetOf,
  fontFilesFor,
  fontFilesOf,
  pdfmakeFontDictionary,
  type FontSet,
} from '@shared/documents/fonts/font-set'
import { readCmapCodePoints, type CodePointSet } from '@shared/documents/fonts/cmap'
import {
  collectText,
  findUnprintableCharacters,
  fontFacesUsed,
} from '@shared/documents/fonts/glyphs'

/** Supplies the bytes of a font file named in a FontSet. */
type FontBytesSource = (file: string) => Promise<Uint8Array>

/** Fetches font files over HTTP relative to the app (`./fonts/` by default). */
function httpFontSource(baseUrl = './fonts/'): FontBytesSource {
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
type Variant = 'common' | 'full'

/** What a document is printed from: the variant's set, the files it needs and their cmaps. */
interface Plan {
  variant: Variant
  set: FontSet
  cmaps: CodePointSet[]
}

const MISSING_IN_VFS = /not found in virtual file system/

/** Renders document definitions to PDF bytes with one font set; loads each file once. */
export class PdfRenderer {
  private pdfMake: Promise<PdfMake> | null = null
  /** Per variant: file name → its cmap, once the bytes are in pdfmake's VFS. */
  private readonly files: Record<Variant, Map<string, Promise<CodePointSet>>> = {
    common: new Map(),
    full: new Map(),
  }

  constructor(
    readonly fontSet: FontSet = BUNDLED_FONT_SET,
    private readonly fontSource: FontBytesSource = httpFontSource(),
  ) {}

  /**
   * Loads pdfmake and the faces every document uses (body and title, from the common subset when
   * the set has one). Other faces and the full files follow when a document needs them.
   */
  async ensureReady(): Promise<{ pdfMake: PdfMake; cmaps: CodePointSet[] }> {
    const variant: Variant = this.fontSet.commonSubset ? 'common' : 'full'
    const set = this.setOf(variant)
    const faces = [
      { family: FONT_FAMILY.body, bold: false },
      { family: FONT_FAMILY.title, bold: false },
    ]
    const [pdfMake, cmaps] = await Promise.all([
      this.loadPdfMake(),
      Promise.all(fontFilesFor(set, faces).map((file) => this.loadFile(variant, file))),
    ])
    return { pdfMake, cmaps }
  }

  /**
   * Loads pdfmake and the common faces and renders a one-page sample, so pdfmake's code is
   * compiled before the first real document of the session. Never rejects.
   */
  async prepare(): Promise<void> {
    try {
      await this.render(WARM_UP_DOCUMENT)
    } catch {
      // A real render reports the problem to the user; warming up stays silent.
    }
  }

  /** Renders a definition to PDF bytes (from the common subset when it has every character). */
  async render(definition: TDocumentDefinitions): Promise<Uint8Array> {
    const [pdfMake, plan] = await Promise.all([this.loadPdfMake(), this.plan(definition)])
    let bytes: Uint8Array
    try {
      bytes = await renderWith(pdfMake, plan.set, definition)
    } catch (error) {
      // A face fontFacesUsed did not foresee: load the variant's other files and render again.
      if (!(error instanceof Error) || !MISSING_IN_VFS.test(error.message)) throw error
      await Promise.all(fontFilesOf(plan.set).map((file) => this.loadFile(plan.variant, file)))
      bytes = await renderWith(pdfMake, plan.set, definition)
    }
    return bytes
  }

  /**
   * The characters of a document that the fonts cannot print (e.g. ['𠮷']), checked against the
   * files it will be printed from. Issuing must stop and name them when not empty.
   */
  async findUnprintable(definition: TDocumentDefinitions): Promise<string[]> {
    const plan = await this.plan(definition)
    return findUnprintableCharacters(collectText(definition.content), plan.cmaps)
  }

  /** Which variant of the fonts a definition is printed from (for diagnostics and the bench). */
  async variantOf(definition: TDocumentDefinitions): Promise<Variant> {
    return (await this.plan(definition)).variant
  }

  /**
   * The common subset when the files of the faces the document uses have every character of it
   * (their own cmaps), else the full files. Loads the files it looks at.
   */
  private async plan(definition: TDocumentDefinitions): Promise<Plan> {
    const text = collectText(definition.content)
    const faces = fontFacesUsed(definition)
    const variants: Variant[] = this.fontSet.commonSubset ? ['common', 'full'] : ['full']
    for (const variant of variants) {
      const set = this.setOf(variant)
      const cmaps = await Promise.all(
        fontFilesFor(set, faces).map((file) => this.loadFile(variant, file)),
      )
      if (variant === 'full' || findUnprintableCharacters(text, cmaps).length === 0)
        return { variant, set, cmaps }
    }
    throw new Error('字体集没有可用的字体文件')
  }

  private setOf(variant: Variant): FontSet {
    return variant === 'common' ? commonSubsetOf(this.fontSet) : this.fontSet
  }

  private loadPdfMake(): Promise<PdfMake> {
    this.pdfMake ??= import('pdfmake/build/pdfmake').then(({ default: pdfMake }) => {
      pdfMake.setUrlAccessPolicy(() => false)
      return pdfMake
    })
    return this.pdfMake
  }

  /** Fetches one file into pdfmake's VFS once and reads its cmap; a failure is retried later. */
  private loadFile(variant: Variant, file: string): Promise<CodePointSet> {
    const loaded = this.files[variant]
    let cmap = loaded.get(file)
    if (!cmap) {
      const face = Object.values(this.setOf(variant).faces)
        .flatMap((f) => [f.normal, f.bold])
        .find((f) => f.file === file)
      cmap = Promise.all([this.loadPdfMake(), this.fontSource(file)])
        .then(([pdfMake, bytes]) => {
          pdfMake.virtualfs.writeFileSync(file, bytes)
          return readCmapCodePoints(
            bytes,
            face?.postscriptName ? ttcIndexOf(bytes, face.postscriptName) : 0,
          )
        })
        .catch((error: unknown) => {
          loaded.delete(file)
          throw error
        })
      loaded.set(file, cmap)
    }
    return cmap
  }
}

/**
 * One render with a set's files. A fresh font dictionary every time (pdfmake replaces a .ttc
 * face's file name in it by the bytes), set and used synchronously so that concurrent renders
 * cannot mix variants.
 */
async function renderWith(
  pdfMake: PdfMake,
  set: FontSet,
  definition: TDocumentDefinitions,
): Promise<Uint8Array> {
  pdfMake.setFonts(pdfmakeFontDictionary(set))
  const bytes = await pdfMake.createPdf(cloneDefinition(definition)).getBuffer()
  return bytes instanceof Uint8Array
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes)
}

/** A small page in the faces documents use (see PdfRenderer.prepare). */
const WARM_UP_DOCUMENT: TDocumentDefinitions = {
  pageSize: 'A4',
  pageMargins: [79, 104, 74, 99],
  content: [
    { text: '行政处罚决定书', font: FONT_FAMILY.title, fontSize: 22, alignment: 'center' },
    { text: '一、违法事实和证据', font: FONT_FAMILY.heading, fontSize: 16 },
    {
      text: '当事人：某某有限公司（统一社会信用代码 91420100MA4K0000X1）。',
      font: FONT_FAMILY.body,
      fontSize: 16,
    },
    { text: '罚款人民币 1,000.00 元。', font: FONT_FAMILY.body, fontSize: 16, bold: true },
    {
      table: {
        widths: ['*', '*'],
        body: [
          [
            { text: '序号', font: FONT_FAMILY.heading },
            { text: '2026年1月1日', font: FONT_FAMILY.body },
          ],
        ],
      },
    },
  ],
  footer: (page) => ({ text: `— ${page} —`, alignment: 'right', font: FONT_FAMILY.body }),
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
