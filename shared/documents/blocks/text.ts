/** Paragraph helpers: every user text passes through the Chinese line-breaking rules. */
import type { ContentObject, Inline } from '../pdf-types'
import { applyLineBreakRules } from '../format/linebreak'
import type { StyleName } from '../styles'

/** Inline runs of one piece of text, line-breaking rules applied. */
export function runs(text: string): Inline[] {
  return applyLineBreakRules(text)
}

/** One body paragraph (first line indented two characters, justified). */
export function para(text: string, style: StyleName = 'para'): ContentObject {
  return { text: runs(text), style }
}

/**
 * Splits multi-line user text into paragraphs (one per line; blank lines only separate). Every
 * non-blank line is kept.
 */
export function paras(text: string, style: StyleName = 'para'): ContentObject[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => para(line, style))
}

/** Chinese ordinal for headings: 1 → 一, 12 → 十二 (up to 99). */
export function chineseOrdinal(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`序号超出范围：${n}`)
  if (n < 10) return d[n] ?? ''
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : (d[tens] ?? '')}十${ones === 0 ? '' : (d[ones] ?? '')}`
}

/** A numbered list of paragraphs: （一）…（二）… */
export function numberedParas(items: string[], style: StyleName = 'para'): ContentObject[] {
  return items.map((item, i) => para(`（${chineseOrdinal(i + 1)}）${item}`, style))
}

/** Approximate printed width of a text in ems (CJK and full-width = 1, others = 0.5). */
export function emWidth(text: string): number {
  let width = 0
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.5
  return width
}

/** The salutation line of a notice: “武汉市汉阳区鑫源副食品商行有限公司：”. */
export function salutation(name: string): ContentObject {
  return { text: runs(`${name}：`), style: 'plain' }
}

/** Unindented “label：value” lines (party block, officers, record headers). */
export function labelLines(lines: Array<[string, string]>): ContentObject[] {
  return lines.map(([label, value]) => para(`${label}：${value}`, 'plain'))
}

/** Cause without 涉嫌 and 案 (for sentences like 你（单位）经营超过保质期食品一案). */
export function bareCause(cause: string): string {
  return cause
    .trim()
    .replace(/^涉嫌/, '')
    .replace(/一?案$/, '')
}

/** User text without its final 。 or ；, to be continued by the template's own sentence. */
export function trimStop(text: string): string {
  return text.trim().replace(/[。；]$/, '')
}
