/**
 * Font sets for official documents (docs/architecture/overview.md §4; docs/documents-layout.md).
 *
 * Templates never name font files: they use three roles — `body` (仿宋-style running text),
 * `title` (小标宋-style document titles) and `heading` (黑体 headings and table labels). A
 * FontSet maps each role to a regular and a bold face. The bundled set uses the OFL fonts from
 * `@expo-google-fonts/noto-serif-sc` and `noto-sans-sc`; a host may build another set (for
 * example the office PC's C:\Windows\Fonts\simfang.ttf / simhei.ttf, or simsun.ttc with a
 * PostScript name) and supply the bytes itself. The metrics are needed because GB/T 9704 fixes
 * the line pitch in points, while pdfmake's `lineHeight` is a multiple of the face's own height.
 */

/** Vertical metrics of a face, in font units (hhea ascent/descent, head unitsPerEm). */
export interface FaceMetrics {
  unitsPerEm: number
  ascent: number
  /** Negative, as stored in the font. */
  descent: number
}

/** One face: a file name the host can load, an optional TTC face name, its metrics. */
export interface FontFace {
  file: string
  /** PostScript name of the face inside a .ttc collection (e.g. 'SimSun'); omit for .ttf. */
  postscriptName?: string
  metrics: FaceMetrics
}

/** The roles a template may use. */
export type FontRole = 'body' | 'title' | 'heading'

/** A complete set: every role has a regular and a bold face. */
export interface FontSet {
  id: string
  /** Shown to the user, e.g. “内置思源字体（Noto）”. */
  label: string
  faces: Record<FontRole, { normal: FontFace; bold: FontFace }>
  /** File names of licence texts that must ship with the font files. */
  licenseFiles: string[]
  /**
   * Optional smaller files with the same faces and metrics covering only common characters.
   * A renderer uses them for a document whose every character they contain (checked against
   * their own cmaps) and the full files otherwise — a deterministic choice per document.
   */
  commonSubset?: FontSubset
}

/** Subset files of a set's faces: full file name → subset file name, for every file of the set. */
export interface FontSubset {
  files: Record<string, string>
}

/** pdfmake font family names, one per role. */
export const FONT_FAMILY: Record<FontRole, string> = {
  body: 'CaseDeskBody',
  title: 'CaseDeskTitle',
  heading: 'CaseDeskHeading',
}

const SERIF_REGULAR: FontFace = {
  file: 'NotoSerifSC_400Regular.ttf',
  metrics: { unitsPerEm: 1000, ascent: 1151, descent: -286 },
}
const SERIF_BOLD: FontFace = {
  file: 'NotoSerifSC_700Bold.ttf',
  metrics: { unitsPerEm: 1000, ascent: 1151, descent: -286 },
}
const SANS_REGULAR: FontFace = {
  file: 'NotoSansSC_400Regular.ttf',
  metrics: { unitsPerEm: 1000, ascent: 1160, descent: -288 },
}
const SANS_BOLD: FontFace = {
  file: 'NotoSansSC_700Bold.ttf',
  metrics: { unitsPerEm: 1000, ascent: 1160, descent: -288 },
}

const COMMON = (file: string): string => file.replace(/\.ttf$/, '.common.ttf')

/**
 * The bundled, open-licensed set: Noto Serif SC for body text and titles (the title uses the
 * bold face as its regular face, standing in for 小标宋), Noto Sans SC for 黑体 headings.
 * Its common subset (`*.common.ttf`, GB 2312 + ASCII/Latin-1 + punctuation, made at build time
 * by scripts/font-subset.mjs) prints most documents; the id names that version of the subset,
 * since documents printed from it have other bytes than from the full files.
 */
export const BUNDLED_FONT_SET: FontSet = {
  id: 'bundled-noto@common-gb2312-1',
  label: '内置思源字体（Noto Serif SC / Noto Sans SC）',
  faces: {
    body: { normal: SERIF_REGULAR, bold: SERIF_BOLD },
    title: { normal: SERIF_BOLD, bold: SERIF_BOLD },
    heading: { normal: SANS_REGULAR, bold: SANS_BOLD },
  },
  licenseFiles: ['OFL.txt'],
  commonSubset: {
    files: Object.fromEntries(
      [SANS_REGULAR, SANS_BOLD, SERIF_REGULAR, SERIF_BOLD].map((f) => [f.file, COMMON(f.file)]),
    ),
  },
}

/**
 * The bundled set as issued before the common subsets existed (id `bundled-noto`): the same faces,
 * always printed from the full files — which is exactly what that version embedded, so documents
 * issued with it reprint byte-identically.
 */
export const LEGACY_BUNDLED_FONT_SETS: readonly FontSet[] = [
  { ...BUNDLED_FONT_SET, id: 'bundled-noto', commonSubset: undefined },
]

/** Where the bundled files live inside node_modules (for build plugins and Node rendering). */
export const BUNDLED_FONT_SOURCES: Record<string, string> = {
  'NotoSerifSC_400Regular.ttf':
    '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'NotoSerifSC_700Bold.ttf': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  'NotoSansSC_400Regular.ttf':
    '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'NotoSansSC_700Bold.ttf': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'OFL.txt': '@expo-google-fonts/noto-serif-sc/LICENSE_FONT',
}

/** Every distinct font file a set needs (for loading the bytes once). */
export function fontFilesOf(set: FontSet): string[] {
  const files = new Set<string>()
  for (const role of Object.keys(set.faces) as FontRole[]) {
    files.add(set.faces[role].normal.file)
    files.add(set.faces[role].bold.file)
  }
  return [...files].sort()
}

/**
 * The set with every face's file replaced by its common-subset file (faces, metrics and id
 * unchanged). Throws when the set has no subset or the subset misses a file.
 */
export function commonSubsetOf(set: FontSet): FontSet {
  const files = set.commonSubset?.files
  if (!files) throw new Error(`字体集 ${set.id} 没有常用字子集`)
  const swap = (face: FontFace): FontFace => {
    const file = files[face.file]
    if (!file) throw new Error(`字体集 ${set.id} 的常用字子集缺少 ${face.file}`)
    return { ...face, file }
  }
  const faces = {} as FontSet['faces']
  for (const role of Object.keys(set.faces) as FontRole[]) {
    faces[role] = { normal: swap(set.faces[role].normal), bold: swap(set.faces[role].bold) }
  }
  return { id: set.id, label: set.label, faces, licenseFiles: set.licenseFiles }
}

/**
 * The files of a set that print the given faces (pdfmake family name + weight), sorted; every
 * file of the set when a face is not one of the set's families (pdfmake would fail on it anyway).
 */
export function fontFilesFor(set: FontSet, faces: { family: string; bold: boolean }[]): string[] {
  const files = new Set<string>()
  for (const { family, bold } of faces) {
    const role = (Object.keys(FONT_FAMILY) as FontRole[]).find((r) => FONT_FAMILY[r] === family)
    if (!role) return fontFilesOf(set)
    files.add(set.faces[role][bold ? 'bold' : 'normal'].file)
  }
  return [...files].sort()
}

type PdfmakeFaceRef = string | [string, string]

/** pdfmake's font dictionary for a set (italics map to the upright faces: CJK has none). */
export function pdfmakeFontDictionary(set: FontSet): Record<
  string,
  {
    normal: PdfmakeFaceRef
    bold: PdfmakeFaceRef
    italics: PdfmakeFaceRef
    bolditalics: PdfmakeFaceRef
  }
> {
  const ref = (face: FontFace): PdfmakeFaceRef =>
    face.postscriptName ? [face.file, face.postscriptName] : face.file
  const out: ReturnType<typeof pdfmakeFontDictionary> = {}
  for (const role of Object.keys(FONT_FAMILY) as FontRole[]) {
    const faces = set.faces[role]
    out[FONT_FAMILY[role]] = {
      normal: ref(faces.normal),
      bold: ref(faces.bold),
      italics: ref(faces.normal),
      bolditalics: ref(faces.bold),
    }
  }
  return out
}

/**
 * pdfmake `lineHeight` multiplier that gives a line pitch of `pitchPt` for a face at `sizePt`
 * (pdfmake's line height is (ascent − descent) / unitsPerEm × size). Rounded down to 1e-4 so the
 * pitch never exceeds the target (22 lines must fit the type area).
 */
export function lineHeightForPitch(metrics: FaceMetrics, sizePt: number, pitchPt: number): number {
  const natural = ((metrics.ascent - metrics.descent) / metrics.unitsPerEm) * sizePt
  return Math.floor((pitchPt / natural) * 10000) / 10000
}
