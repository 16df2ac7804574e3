/**
 * A small TrueType/OpenType `cmap` reader: which Unicode code points does a font map to a glyph?
 * Pure byte parsing (Uint8Array in, set out), so it runs in the renderer, in Node and in tests.
 * Reads formats 4 (BMP) and 12 (full Unicode) from the Windows/Unicode subtables, and picks a face
 * from a .ttc collection by index.
 */

/** An immutable set of code points stored as sorted, non-overlapping inclusive ranges. */
export interface CodePointSet {
  has(codePoint: number): boolean
  readonly size: number
}

class RangeSet implements CodePointSet {
  private readonly starts: Uint32Array
  private readonly ends: Uint32Array
  readonly size: number

  constructor(ranges: Array<[number, number]>) {
    ranges.sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const [start, end] of ranges) {
      const last = merged[merged.length - 1]
      if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end)
      else merged.push([start, end])
    }
    this.starts = Uint32Array.from(merged.map((r) => r[0]))
    this.ends = Uint32Array.from(merged.map((r) => r[1]))
    this.size = merged.reduce((sum, [s, e]) => sum + e - s + 1, 0)
  }

  has(codePoint: number): boolean {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (codePoint < (this.starts[mid] ?? 0)) hi = mid - 1
      else if (codePoint > (this.ends[mid] ?? 0)) lo = mid + 1
      else return true
    }
    return false
  }
}

/** Builds a CodePointSet from explicit ranges (tests, or a host that knows its font's coverage). */
export function codePointSetFromRanges(ranges: Array<[number, number]>): CodePointSet {
  return new RangeSet(ranges.map(([s, e]) => [s, e]))
}

function tag(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  )
}

function fontOffset(view: DataView, faceIndex: number): number {
  if (tag(view, 0) !== 'ttcf') return 0
  const count = view.getUint32(8)
  if (faceIndex >= count)
    throw new Error(`字体集合中只有 ${count} 个字体，找不到第 ${faceIndex + 1} 个。`)
  return view.getUint32(12 + 4 * faceIndex)
}

function parseFormat4(view: DataView, at: number, ranges: Array<[number, number]>): void {
  const segCountX2 = view.getUint16(at + 6)
  const endsAt = at + 14
  const startsAt = endsAt + segCountX2 + 2
  const deltasAt = startsAt + segCountX2
  const rangeOffsetsAt = deltasAt + segCountX2
  for (let i = 0; i < segCountX2 / 2; i += 1) {
    const end = view.getUint16(endsAt + 2 * i)
    const start = view.getUint16(startsAt + 2 * i)
    const delta = view.getInt16(deltasAt + 2 * i)
    const rangeOffset = view.getUint16(rangeOffsetsAt + 2 * i)
    if (start === 0xffff) continue
    if (rangeOffset === 0) {
      // Every code point maps to (cp + delta) mod 65536; glyph 0 means "missing".
      let runStart = -1
      for (let cp = start; cp <= end; cp += 1) {
        const glyph = (cp + delta) & 0xffff
        if (glyph !== 0 && runStart < 0) runStart = cp
        if (glyph === 0 && runStart >= 0) {
          ranges.push([runStart, cp - 1])
          runStart = -1
        }
      }
      if (runStart >= 0) ranges.push([runStart, end])
      continue
    }
    for (let cp = start; cp <= end; cp += 1) {
      const glyphAt = rangeOffsetsAt + 2 * i + rangeOffset + 2 * (cp - start)
      if (glyphAt + 2 > view.byteLength) break
      const glyph = view.getUint16(glyphAt)
      if (glyph !== 0 && ((glyph + delta) & 0xffff) !== 0) ranges.push([cp, cp])
    }
  }
}

function parseFormat12(view: DataView, at: number, ranges: Array<[number, number]>): void {
  const groups = view.getUint32(at + 12)
  for (let i = 0; i < groups; i += 1) {
    const g = at + 16 + 12 * i
    const start = view.getUint32(g)
    const end = view.getUint32(g + 4)
    const firstGlyph = view.getUint32(g + 8)
    ranges.push(firstGlyph === 0 ? [start + 1, end] : [start, end])
  }
}

/**
 * Reads the code points a font maps to glyphs. `faceIndex` selects a face in a .ttc collection.
 * Throws a Chinese message when the bytes are not a TrueType/OpenType font with a Unicode cmap.
 */
export function readCmapCodePoints(bytes: Uint8Array, faceIndex = 0): CodePointSet {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.byteLength < 12) throw new Error('字体文件不完整，无法读取字符表。')
  const base = fontOffset(view, faceIndex)
  const numTables = view.getUint16(base + 4)
  let cmapAt = -1
  for (let i = 0; i < numTables; i += 1) {
    const record = base + 12 + 16 * i
    if (tag(view, record) === 'cmap') cmapAt = view.getUint32(record + 8)
  }
  if (cmapAt < 0) throw new Error('字体文件没有字符映射表（cmap），无法检查字形。')
  const subtableCount = view.getUint16(cmapAt + 2)
  let best: { at: number; format: number } | null = null
  for (let i = 0; i < subtableCount; i += 1) {
    const rec = cmapAt + 4 + 8 * i
    const platform = view.getUint16(rec)
    const encoding = view.getUint16(rec + 2)
    const at = cmapAt + view.getUint32(rec + 4)
    const format = view.getUint16(at)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode || (format !== 4 && format !== 12)) continue
    if (!best || (format === 12 && best.format !== 12)) best = { at, format }
  }
  if (!best) throw new Error('字体文件没有 Unicode 字符映射表，无法检查字形。')
  const ranges: Array<[number, number]> = []
  if (best.format === 12) parseFormat12(view, best.at, ranges)
  else parseFormat4(view, best.at, ranges)
  return new RangeSet(ranges)
}
