/**
 * Chinese line-breaking rules (禁则, GB/T 15834-2011 §5 / DESIGN §4) for pdfmake.
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

const MAX_GROUP = 12

/**
 * Splits text into runs for pdfmake: plain strings where pdfmake may break freely, and
 * `{ text, noWrap: true }` groups where a break would violate the rules. Concatenating the
 * runs' text gives back the input exactly (no character is added or dropped).
 */
export function applyLineBreakRules(text: string): Inline[] {
  const chars = Array.from(text)
  if (chars.length < 2) return [text]
  // glue[i] === true: no break allowed between chars[i] and chars[i + 1].
  const glue = chars.map((char, i) => {
    const next = chars[i + 1]
    if (next === undefined || char === '\n' || next === '\n') return false
    return (
      NO_LINE_START.has(next) || NO_LINE_END.has(char) || (char === ' ' && NO_LINE_START.has(next))
    )
  })
  // A space before a no-start character is glued to the character before the space as well.
  for (let i = 0; i < chars.length - 1; i += 1) {
    if (chars[i + 1] === ' ' && glue[i + 1] && chars[i] !== '\n') glue[i] = true
  }
  const runs: Inline[] = []
  let plain = ''
  let i = 0
  while (i < chars.length) {
    if (!glue[i]) {
      plain += chars[i]
      i += 1
      continue
    }
    let end = i
    while (end < chars.length - 1 && glue[end]) end += 1
    const group = chars.slice(i, end + 1).join('')
    if (end - i + 1 > MAX_GROUP) {
      plain += group
    } else {
      if (plain) runs.push(plain)
      plain = ''
      runs.push({ text: group, noWrap: true })
    }
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
