/**
 * Reads what a FontSet needs to know about a face from the font file itself: the vertical metrics
 * that fix the GB/T 9704 line pitch (hhea ascent/descent, head unitsPerEm — the values pdfmake's
 * font engine uses) and an identity (head fontRevision and checkSumAdjustment) that changes when
 * the file changes, so a document issued with one version of a system font is not silently
 * reprinted with another. Fonts we cannot ship (the office PC's 仿宋/黑体) are never described by
 * hard-coded numbers: everything comes from the bytes.
 */
import type { FaceMetrics } from './font-set'
import { faceIndexByPostscriptName, faceTables, isCollection, postscriptNameOf } from './sfnt'

/** What a font file says about one of its faces. */
export interface FaceInfo {
  /** Index inside a .ttc (0 for a plain font). */
  faceIndex: number
  /** name ID 6, or null when the font has none. */
  postscriptName: string | null
  metrics: FaceMetrics
  /** head.fontRevision, e.g. '5.01'. */
  revision: string
  /** head.checkSumAdjustment as 8 hex digits (changes with any byte of the font). */
  checksum: string
}

const HEAD_MAGIC = 0x5f0f3cf5

/**
 * Reads one face's metrics and identity.
 * @param bytes - the whole font file (.ttf, .otf or .ttc)
 * @param postscriptName - required to pick a face of a .ttc (e.g. 'SimSun'); for a plain font,
 *   when given, it must match the font's own name
 * @returns e.g. `{ faceIndex: 0, postscriptName: 'FangSong', metrics: { unitsPerEm: 256, … } }`
 * @throws Error with a Chinese message when the file is damaged or has no such face
 */
export function readFaceInfo(bytes: Uint8Array, postscriptName?: string): FaceInfo {
  let faceIndex = 0
  if (postscriptName !== undefined) {
    const found = faceIndexByPostscriptName(bytes, postscriptName)
    if (found === null) throw new Error(`字体文件中没有名为“${postscriptName}”的字体。`)
    faceIndex = found
  } else if (isCollection(bytes)) {
    throw new Error('这是字体集合（.ttc），必须指明其中字体的 PostScript 名称。')
  }
  const tables = faceTables(bytes, faceIndex)
  const head = tables.get('head')
  const hhea = tables.get('hhea')
  if (head === undefined || hhea === undefined) {
    throw new Error('字体文件缺少 head 或 hhea 表，无法读取行高。')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (head + 54 > view.byteLength || hhea + 36 > view.byteLength) {
    throw new Error('字体文件不完整或已损坏（数据被截断）。')
  }
  if (view.getUint32(head + 12) !== HEAD_MAGIC) throw new Error('字体文件的 head 表已损坏。')
  const unitsPerEm = view.getUint16(head + 18)
  if (unitsPerEm < 16 || unitsPerEm > 16384) {
    throw new Error(`字体文件的 unitsPerEm（${unitsPerEm}）不合规范。`)
  }
  const ascent = view.getInt16(hhea + 4)
  const descent = view.getInt16(hhea + 6)
  if (ascent - descent <= 0) throw new Error('字体文件的行高（hhea ascent/descent）不合规范。')
  const revision = view.getInt32(head + 4) / 65536
  return {
    faceIndex,
    postscriptName: postscriptNameOf(bytes, faceIndex),
    metrics: { unitsPerEm, ascent, descent },
    revision: revision.toFixed(3).replace(/\.?0+$/, ''),
    checksum: view
      .getUint32(head + 8)
      .toString(16)
      .padStart(8, '0'),
  }
}
