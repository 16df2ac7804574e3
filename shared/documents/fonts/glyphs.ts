/**
 * The glyph check before issuing (DESIGN §4): which characters of a text can the font not print?
 * Rare name characters (生僻字) outside the font would otherwise print as empty boxes.
 */
import type { CodePointSet } from './cmap'
import type { Content, Inline } from '../pdf-types'

/** Characters that never need a glyph: controls, ordinary whitespace, default-ignorables. */
function needsGlyph(codePoint: number): boolean {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return false
  if (codePoint === 0x20 || codePoint === 0xa0 || codePoint === 0xad) return false
  if (codePoint >= 0x200b && codePoint <= 0x200f) return false
  if (codePoint >= 0x2060 && codePoint <= 0x206f) return false
  if (codePoint === 0xfeff) return false
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return false
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return false
  return true
}

/**
 * Returns the distinct characters of `text` that none of `fonts` can print, in order of first
 * appearance (e.g. ['𠮷'] for 吉 written with the Ext-B variant). Empty when all are printable.
 * A character counts as printable only if every given font has it (all faces of a set are used).
 */
export function findUnprintableCharacters(text: string, fonts: CodePointSet[]): string[] {
  const missing: string[] = []
  const seen = new Set<number>()
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    if (seen.has(codePoint) || !needsGlyph(codePoint)) continue
    seen.add(codePoint)
    if (fonts.some((font) => !font.has(codePoint))) missing.push(char)
  }
  return missing
}

function collectInline(inline: Inline | Inline[], out: string[]): void {
  if (Array.isArray(inline)) {
    for (const item of inline) collectInline(item, out)
  } else if (typeof inline === 'string') {
    out.push(inline)
  } else {
    collectInline(inline.text, out)
  }
}

/** All literal text of a document definition's content (for the glyph check on a whole document). */
export function collectText(content: Content): string {
  const out: string[] = []
  const walk = (node: Content): void => {
    if (typeof node === 'string') {
      out.push(node)
      return
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item)
      return
    }
    if (node.text !== undefined) collectInline(node.text, out)
    if (node.stack) walk(node.stack)
    if (node.columns) walk(node.columns)
    if (node.table) for (const row of node.table.body) walk(row)
  }
  walk(content)
  return out.join('\n')
}
