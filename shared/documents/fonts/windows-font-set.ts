/**
 * The office PC's own fonts as a FontSet (“on Windows prefer the installed 仿宋/宋体/黑体”).
 *
 * GB/T 9704 asks for 仿宋 body text, 小标宋 titles and 黑体 headings. Windows ships 仿宋
 * (simfang.ttf) and 黑体 (simhei.ttf); 方正小标宋简体 (FZXBSJW.TTF) is installed by many offices but
 * is not part of Windows. None of these has a bold face, and pdfmake cannot embolden a font, so
 * every “bold” slot uses 黑体 — the usual office convention for emphasis in 仿宋 text — and the
 * title falls back to 黑体 when 小标宋 is missing (宋体 at regular weight is too light for a title).
 *
 * Metrics and identity are read from the bytes (./metrics.ts); the set's id carries a fingerprint
 * of the files' revisions and checksums, so a snapshot's `fontSetId` names exactly the files it
 * was rendered with and a PC with other versions of them reports “unavailable” instead of a false
 * hash mismatch.
 */
import { sha256Hex } from '../../crypto/sha256'
import type { SystemFontFileName } from '../../ipc/system-fonts'
import type { FontFace, FontRole, FontSet } from './font-set'
import { readFaceInfo } from './metrics'

/** A face to take from a file: its file name and, for a .ttc, the PostScript name. */
export interface FaceSource {
  file: SystemFontFileName
  postscriptName?: string
}

/** Which file supplies each role's regular and bold face. */
export interface FontSetSpec {
  /** Readable id prefix, e.g. 'windows-fangsong-xbs'. */
  idPrefix: string
  label: string
  faces: Record<FontRole, { normal: FaceSource; bold: FaceSource }>
}

const FANGSONG: FaceSource = { file: 'simfang.ttf' }
const HEITI: FaceSource = { file: 'simhei.ttf' }
const XIAOBIAOSONG: FaceSource = { file: 'fzxbsjw.ttf' }

/** 仿宋 body, 方正小标宋 titles, 黑体 headings and bold. */
export const WINDOWS_SPEC_XBS: FontSetSpec = {
  idPrefix: 'windows-fangsong-xbs',
  label: '本机字体（仿宋、方正小标宋简体、黑体）',
  faces: {
    body: { normal: FANGSONG, bold: HEITI },
    title: { normal: XIAOBIAOSONG, bold: XIAOBIAOSONG },
    heading: { normal: HEITI, bold: HEITI },
  },
}

/** 仿宋 body, 黑体 titles (no 小标宋 installed), headings and bold. */
export const WINDOWS_SPEC_HEI: FontSetSpec = {
  idPrefix: 'windows-fangsong-hei',
  label: '本机字体（仿宋、黑体；未安装方正小标宋简体，标题用黑体）',
  faces: {
    body: { normal: FANGSONG, bold: HEITI },
    title: { normal: HEITI, bold: HEITI },
    heading: { normal: HEITI, bold: HEITI },
  },
}

/** The files every Windows set needs (the title file is optional: see {@link windowsSpecFor}). */
export const WINDOWS_REQUIRED_FILES: readonly SystemFontFileName[] = ['simfang.ttf', 'simhei.ttf']

/** The optional title file: used when present. */
export const WINDOWS_TITLE_FILE: SystemFontFileName = 'fzxbsjw.ttf'

/**
 * The spec to use given which optional files are installed.
 * @param hasXiaobiaosong - whether fzxbsjw.ttf could be read
 */
export function windowsSpecFor(hasXiaobiaosong: boolean): FontSetSpec {
  return hasXiaobiaosong ? WINDOWS_SPEC_XBS : WINDOWS_SPEC_HEI
}

/**
 * Whether a font set id names a set built from the office PC's fonts (not the bundled set).
 * @param id - e.g. 'windows-fangsong-hei@0123456789ab' (true) or 'bundled-noto' (false)
 */
export function isSystemFontSetId(id: string): boolean {
  return id.startsWith('windows-')
}

/** Every distinct file a spec names, sorted. */
export function specFiles(spec: FontSetSpec): SystemFontFileName[] {
  const files = new Set<SystemFontFileName>()
  for (const role of Object.keys(spec.faces) as FontRole[]) {
    files.add(spec.faces[role].normal.file)
    files.add(spec.faces[role].bold.file)
  }
  return [...files].sort()
}

/** Result of building a set: the set, or the Chinese reason per file that could not be used. */
export type BuiltFontSet =
  | { ok: true; set: FontSet }
  | { ok: false; problems: { file: SystemFontFileName; message: string }[] }

/**
 * Builds a FontSet from a spec and the files' bytes, reading every face's metrics from the bytes.
 * The id is `${spec.idPrefix}@` + 12 hex digits of SHA-256 over the faces' file, PostScript
 * name, revision and checksum: the same files always give the same id, other files another.
 * @param spec - which file supplies which role
 * @param files - bytes by (lower-case) file name; a missing entry is reported as not installed
 * @returns the set, or every problem (missing file, damaged file, .ttc without the named face)
 */
export function fontSetFromBytes(
  spec: FontSetSpec,
  files: Partial<Record<SystemFontFileName, Uint8Array>>,
): BuiltFontSet {
  const problems: { file: SystemFontFileName; message: string }[] = []
  const faces = {} as FontSet['faces']
  const identity: string[] = []
  const read = (source: FaceSource): FontFace | null => {
    const bytes = files[source.file]
    if (!bytes) {
      if (!problems.some((p) => p.file === source.file)) {
        problems.push({ file: source.file, message: `本机未安装 ${source.file}` })
      }
      return null
    }
    try {
      const info = readFaceInfo(bytes, source.postscriptName)
      identity.push(
        [source.file, source.postscriptName ?? '', info.revision, info.checksum].join(':'),
      )
      return source.postscriptName
        ? { file: source.file, postscriptName: source.postscriptName, metrics: info.metrics }
        : { file: source.file, metrics: info.metrics }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      if (!problems.some((p) => p.file === source.file)) {
        problems.push({ file: source.file, message: `${source.file} 无法使用：${detail}` })
      }
      return null
    }
  }
  for (const role of Object.keys(spec.faces) as FontRole[]) {
    const normal = read(spec.faces[role].normal)
    const bold = read(spec.faces[role].bold)
    if (normal && bold) faces[role] = { normal, bold }
  }
  if (problems.length > 0) return { ok: false, problems }
  const fingerprint = sha256Hex([...new Set(identity)].sort().join('\n')).slice(0, 12)
  return {
    ok: true,
    set: {
      id: `${spec.idPrefix}@${fingerprint}`,
      label: spec.label,
      faces,
      // System fonts are the office's licensed copies; they are embedded (subset) in the PDFs, not
      // redistributed with the app, so no licence file ships with them.
      licenseFiles: [],
    },
  }
}
