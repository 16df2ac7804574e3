/**
 * The glyph check before issuing (docs/architecture/overview.md §4): which characters of a text can the font not print?
 * Rare name characters (生僻字) outside the font would otherwise print as empty boxes.
 */
import type { CodePointSet } from './cmap'
import type { Content, Inline, TDocumentDefinitions } from '../pdf-types'

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

/** A font family and weight that some text of a document is set in. */
export interface UsedFace {
  family: string
  bold: boolean
}

interface Resolved {
  font?: string
  bold?: boolean
}

/**
 * The families and weights a document's text is set in, resolving pdfmake's inheritance (default
 * style → named styles, `extends` included → the node's own `font` / `bold`), including the
 * footer of page 1. Used to load only the font files a document needs; a renderer must still
 * cope with a face missing here (pdfmake reports it) by loading the rest.
 */
export function fontFacesUsed(definition: TDocumentDefinitions): UsedFace[] {
  const styles = definition.styles ?? {}
  const used = new Map<string, UsedFace>()
  const applyStyle = (name: string, into: Resolved, depth: number): void => {
    const style = styles[name]
    if (!style || depth > 10) return
    const parents = style.extends === undefined ? [] : [style.extends].flat()
    for (const parent of parents) applyStyle(parent, into, depth + 1)
    if (style.font !== undefined) into.font = style.font
    if (style.bold !== undefined) into.bold = style.bold
  }
  const resolve = (node: Resolved & { style?: string | string[] }, outer: Resolved): Resolved => {
    const out: Resolved = { ...outer }
    for (const name of node.style === undefined ? [] : [node.style].flat()) applyStyle(name, out, 0)
    if (node.font !== undefined) out.font = node.font
    if (node.bold !== undefined) out.bold = node.bold
    return out
  }
  const add = (at: Resolved): void => {
    const face = { family: at.font ?? '', bold: at.bold === true }
    used.set(`${face.family}|${face.bold}`, face)
  }
  const inline = (item: Inline | Inline[], at: Resolved): void => {
    if (Array.isArray(item)) for (const part of item) inline(part, at)
    else if (typeof item === 'string') add(at)
    else inline(item.text, resolve(item, at))
  }
  const walk = (node: Content, at: Resolved): void => {
    if (typeof node === 'string') return add(at)
    if (Array.isArray(node)) return node.forEach((item) => walk(item, at))
    const here = resolve(node, at)
    if (node.text !== undefined) inline(node.text, here)
    if (node.stack) walk(node.stack, here)
    if (node.columns) walk(node.columns, here)
    if (node.table) for (const row of node.table.body) walk(row, here)
  }
  const base: Resolved = {
    font: definition.defaultStyle?.font,
    bold: definition.defaultStyle?.bold,
  }
  walk(definition.content, base)
  if (definition.footer) walk(definition.footer(1, 1), base)
  return [...used.values()]
}
