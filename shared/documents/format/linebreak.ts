/**
 * Chinese line-breaking rules (禁则, GB/T 15834-2011 §5 / docs/architecture/overview.md §4) for pdfmake.
 *
 * pdfmake splits text into break opportunities with the `linebreak` package (UAX #14), which
 * already keeps 。，、；：？！）》」』】 etc. off the start of a line after a CJK character. It still
 * allows a break before 间隔号 ·, 连接号 ～, 分隔号 ／, 〃 and before most closing marks when a space
 * precedes them. A zero-width joiner cannot be used: the bundled fonts have no glyph for U+2060,
 * and the substitute glyph puts stray spaces into extracted text. Instead, every place where a
 * break is forbidden is "glued": the characters around it become one pdfmake inline with
 * `noWrap: true`, which pdfmake never splits. Glued groups are short; a group longer than
 * MAX_GROUP characters is left to pdfmake so that a pathological string cannot overflow a line.
 */
import type { Inline } from '../pdf-types'

/** Characters that must not begin a line (GB/T 15834-2011 §5; 半角 equivalents included). */
export const NO_LINE_START = new Set(
  Array.from('。，、；：？！）》」』】〕〉〗〙〛’”…％‰·・～〜／〃°℃.,;:?!)]}%'),
)

/** Characters that must not end a line (plus the form check boxes □ ■, which belong to their label). */
export const NO_LINE_END = new Set(Array.from('（《「『【〔〈〖〘〚‘“［｛([{￥¥□■'))

/**
 * Longest glued group in characters. A 文号 such as 鄂汉阳市监罚告〔2026〕8号 is 15 characters, plus
 * brackets and a mark around it; a longer chain keeps only its hard joins (below), and a hard chain
 * longer than this is left to pdfmake so that a pathological string cannot overflow a line.
 */
export const MAX_GROUP = 20

/**
 * Units that stay on the line of the number before them (docs/documents-layout.md: “2026｜年”,
 * “31,200.00｜元” are faults). The number itself (digits with , and .) is kept whole too.
 */
const NUMBER_UNIT = /\d[\d,.]*(?:万元|元|万|年|月|日|时|分|秒|%|％|号|个|件|袋|倍|次|条|款|项|天)/gu

/** A full date or a clock time: kept on one line (soft join). */
const DATE_OR_TIME = /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}时(?:\d{1,2}分)?/gu

/** A 文号 or case number (docs/domain/numbering.md): office abbreviation …市监…, 〔year〕, serial, 号. */
const DOC_NUMBER = /(?:\p{Script=Han}{1,4}市监\p{Script=Han}{0,4})?〔\d{4}〕\d+号/gu

const HAN = /\p{Script=Han}/u

/** Marks joins inside every match of `pattern`: join[i] covers chars[i] and chars[i + 1]. */
function joinMatches(text: string, chars: string[], pattern: RegExp, join: boolean[]): void {
  // Code-unit offsets → character offsets (text may hold astral characters).
  const indexOf: number[] = []
  let unit = 0
  chars.forEach((char, i) => {
    indexOf[unit] = i
    unit += char.length
  })
  for (const match of text.matchAll(pattern)) {
    const first = indexOf[match.index ?? 0] ?? 0
    const length = Array.from(match[0]).length
    for (let i = first; i < first + length - 1; i += 1) join[i] = true
  }
}

/**
 * Splits text into runs for pdfmake: plain strings where pdfmake may break freely, and
 * `{ text, noWrap: true }` groups where a break would violate the rules. Concatenating the
 * runs' text gives back the input exactly (no character is added or dropped).
 *
 * Hard joins: the GB/T 15834 §5 marks (NO_LINE_START / NO_LINE_END), a number and its unit, and
 * the last CJK character of each line of the text with the character before it (so a paragraph
 * never ends with one character alone on its last line, “罚。”). Soft joins: inside a full date,
 * a clock time and a 文号; a chain longer than MAX_GROUP drops its soft joins.
 */
export function applyLineBreakRules(text: string): Inline[] {
  const chars = Array.from(text)
  if (chars.length < 2) return [text]
  // hard[i] / soft[i] === true: no break between chars[i] and chars[i + 1].
  const hard = chars.map((char, i) => {
    const next = chars[i + 1]
    if (next === undefined || char === '\n' || next === '\n') return false
    return (
      NO_LINE_START.has(next) || NO_LINE_END.has(char) || (char === ' ' && NO_LINE_START.has(next))
    )
  })
  // A space before a no-start character is glued to the character before the space as well.
  for (let i = 0; i < chars.length - 1; i += 1) {
    if (chars[i + 1] === ' ' && hard[i + 1] && chars[i] !== '\n') hard[i] = true
  }
  joinMatches(text, chars, NUMBER_UNIT, hard)
  // The last CJK character of every line keeps the character before it (no widow “罚。”).
  let lineStart = 0
  for (let i = 0; i <= chars.length; i += 1) {
    if (i < chars.length && chars[i] !== '\n') continue
    let last = i - 1
    while (last > lineStart && !HAN.test(chars[last] ?? '')) last -= 1
    const before = chars[last - 1]
    if (last > lineStart && HAN.test(chars[last] ?? '') && before && !/\s/.test(before)) {
      hard[last - 1] = true
    }
    lineStart = i + 1
  }
  const soft = chars.map(() => false)
  joinMatches(text, chars, DATE_OR_TIME, soft)
  joinMatches(text, chars, DOC_NUMBER, soft)

  const runs: Inline[] = []
  let plain = ''
  const pushGroup = (group: string) => {
    if (plain) runs.push(plain)
    plain = ''
    runs.push({ text: group, noWrap: true })
  }
  /** Emits chars[from..to] (inclusive) joined by `join`, chains up to MAX_GROUP glued. */
  const emit = (from: number, to: number, join: boolean[]) => {
    let i = from
    while (i <= to) {
      if (i === to || !join[i]) {
        plain += chars[i]
        i += 1
        continue
      }
      let end = i
      while (end < to && join[end]) end += 1
      const group = chars.slice(i, end + 1).join('')
      if (end - i + 1 > MAX_GROUP) plain += group
      else pushGroup(group)
      i = end + 1
    }
  }
  const both = hard.map((h, i) => h || (soft[i] ?? false))
  let i = 0
  while (i < chars.length) {
    if (!both[i] || i === chars.length - 1) {
      plain += chars[i]
      i += 1
      continue
    }
    let end = i
    while (end < chars.length - 1 && both[end]) end += 1
    if (end - i + 1 > MAX_GROUP) emit(i, end, hard)
    else pushGroup(chars.slice(i, end + 1).join(''))
    i = end + 1
  }
  if (plain) runs.push(plain)
  return runs
}

/** Inverse of applyLineBreakRules for tests and text extraction: the plain text of the runs. */
export function runsToText(runs: Inline[]): string {
  return runs
    .map((run) => {
      if (typeof run === 'string') return run
      const inner = run.text
      return Array.isArray(inner) ? runsToText(inner) : runsToText([inner])
    })
    .join('')
}
