/**
 * Minimal sfnt (TrueType/OpenType) container reading: the faces of a .ttc collection, each face's
 * table directory and its PostScript name (name ID 6). Pure byte parsing (Uint8Array in), so the
 * same code runs in the renderer, in Node and in tests. Errors are Chinese messages that say what
 * is wrong with the file; callers add which file it was.
 */

/** The table offsets of one face: tag → absolute offset in the file. */
export type SfntTables = ReadonlyMap<string, number>

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function tagAt(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  )
}

function requireBytes(view: DataView, end: number): void {
  if (end > view.byteLength) throw new Error('字体文件不完整或已损坏（数据被截断）。')
}

/**
 * Whether the bytes are a .ttc collection (tag 'ttcf').
 * @param bytes - the whole font file
 */
export function isCollection(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 12 && tagAt(viewOf(bytes), 0) === 'ttcf'
}

/**
 * The file offsets of the faces: one entry (0) for a plain .ttf/.otf, one per face for a .ttc.
 * @param bytes - the whole font file
 * @throws Error with a Chinese message when the bytes are not an sfnt font
 */
export function faceOffsets(bytes: Uint8Array): number[] {
  const view = viewOf(bytes)
  requireBytes(view, 12)
  const tag = tagAt(view, 0)
  if (tag === 'ttcf') {
    const count = view.getUint32(8)
    requireBytes(view, 12 + 4 * count)
    return Array.from({ length: count }, (_, i) => view.getUint32(12 + 4 * i))
  }
  const version = view.getUint32(0)
  if (version !== 0x00010000 && tag !== 'OTTO' && tag !== 'true') {
    throw new Error('不是 TrueType/OpenType 字体文件。')
  }
  return [0]
}

/**
 * The table directory of face `faceIndex` (0 for a plain font).
 * @param bytes - the whole font file
 * @param faceIndex - which face of a .ttc
 * @returns tag → absolute offset, e.g. Map { 'head' → 284, 'hhea' → 340, … }
 */
export function faceTables(bytes: Uint8Array, faceIndex = 0): SfntTables {
  const offsets = faceOffsets(bytes)
  const base = offsets[faceIndex]
  if (base === undefined) {
    throw new Error(`字体集合中只有 ${offsets.length} 个字体，找不到第 ${faceIndex + 1} 个。`)
  }
  const view = viewOf(bytes)
  requireBytes(view, base + 12)
  const count = view.getUint16(base + 4)
  requireBytes(view, base + 12 + 16 * count)
  const tables = new Map<string, number>()
  for (let i = 0; i < count; i += 1) {
    const record = base + 12 + 16 * i
    tables.set(tagAt(view, record), view.getUint32(record + 8))
  }
  return tables
}

function decodeName(view: DataView, platform: number, at: number, length: number): string {
  if (platform === 0 || platform === 3) {
    // UTF-16BE.
    const units: number[] = []
    for (let k = 0; k + 1 < length; k += 2) units.push(view.getUint16(at + k))
    return String.fromCharCode(...units)
  }
  const chars: number[] = []
  for (let k = 0; k < length; k += 1) chars.push(view.getUint8(at + k))
  return String.fromCharCode(...chars)
}

/**
 * The PostScript name (name table, name ID 6) of one face, or null when the face has none.
 * @param bytes - the whole font file
 * @param faceIndex - which face of a .ttc
 * @returns e.g. 'SimSun', 'NotoSerifSC-Regular'
 */
export function postscriptNameOf(bytes: Uint8Array, faceIndex = 0): string | null {
  const nameAt = faceTables(bytes, faceIndex).get('name')
  if (nameAt === undefined) return null
  const view = viewOf(bytes)
  requireBytes(view, nameAt + 6)
  const count = view.getUint16(nameAt + 2)
  const strings = nameAt + view.getUint16(nameAt + 4)
  requireBytes(view, nameAt + 6 + 12 * count)
  let fallback: string | null = null
  for (let n = 0; n < count; n += 1) {
    const record = nameAt + 6 + 12 * n
    if (view.getUint16(record + 6) !== 6) continue
    const platform = view.getUint16(record)
    const length = view.getUint16(record + 8)
    const at = strings + view.getUint16(record + 10)
    requireBytes(view, at + length)
    const text = decodeName(view, platform, at, length)
    if (platform === 3) return text
    fallback ??= text
  }
  return fallback
}

/**
 * The index of the face named `postscriptName` (name ID 6). A plain font has one face (index 0).
 * @param bytes - the whole font file
 * @param postscriptName - e.g. 'SimSun' or 'NSimSun' in simsun.ttc
 * @returns the face index, or null when no face has that name
 */
export function faceIndexByPostscriptName(
  bytes: Uint8Array,
  postscriptName: string,
): number | null {
  const count = faceOffsets(bytes).length
  for (let i = 0; i < count; i += 1) {
    if (postscriptNameOf(bytes, i) === postscriptName) return i
  }
  return null
}
