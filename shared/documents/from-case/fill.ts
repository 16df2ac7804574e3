/** A small builder that records which required fields had no source. */
import type { MissingField, MissingInput } from './types'

/** Sets `value` at a dotted `path` of `target`, creating objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node: Record<string, unknown> = target
  keys.slice(0, -1).forEach((key) => {
    const next = node[key]
    if (!next || typeof next !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  })
  node[keys[keys.length - 1] as string] = value
}

/** Collects the input and the missing fields of one document. */
export class Fill {
  readonly input: Record<string, unknown> = {}
  readonly missing: MissingField[] = []

  /** Sets a value that is always known. */
  set(path: string, value: unknown): this {
    setPath(this.input, path, value)
    return this
  }

  /** Sets a required text/date/time; records it as missing when blank or absent. */
  need(
    path: string,
    value: string | undefined | null,
    label: string,
    input: MissingInput = 'text',
  ): this {
    if (value !== undefined && value !== null && value.trim() !== '')
      setPath(this.input, path, value)
    else this.missing.push({ path, label, input })
    return this
  }

  /** Sets a required list; records it as missing (one item per line) when empty. */
  needList(path: string, value: string[] | undefined, label: string): this {
    const items = (value ?? []).map((v) => v.trim()).filter(Boolean)
    if (items.length) setPath(this.input, path, items)
    else this.missing.push({ path, label, input: 'lines' })
    return this
  }
}

/** One “发言人：意见” line as a speaker/opinion pair (no colon: an opinion without a speaker). */
export function speakerOpinion(line: string): { speaker: string; opinion: string } {
  const at = line.search(/[：:]/)
  return at > 0
    ? { speaker: line.slice(0, at).trim(), opinion: line.slice(at + 1).trim() }
    : { speaker: '', opinion: line.trim() }
}

/**
 * Applies what the user entered for the missing fields. 'lines' values become a list (one item
 * per non-empty line); everything else is trimmed text. Blank answers are left out, so the
 * template's validation still names the field.
 */
export function applySupplements(
  input: Record<string, unknown>,
  missing: readonly MissingField[],
  values: Readonly<Record<string, string>>,
): Record<string, unknown> {
  // JSON copy: inputs are plain JSON data, and this also unwraps UI proxies (structuredClone cannot).
  const out = JSON.parse(JSON.stringify(input)) as Record<string, unknown>
  for (const field of missing) {
    const raw = (values[field.path] ?? '').trim()
    if (!raw) continue
    const lines = raw
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    setPath(
      out,
      field.path,
      field.input === 'lines'
        ? lines
        : field.input === 'speakerLines'
          ? lines.map(speakerOpinion)
          : raw,
    )
  }
  return out
}

/** The value at a dotted `path` of `source`, or undefined. */
function getPath(source: unknown, path: string): unknown {
  let node = source
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/**
 * What an earlier document of the same kind answered for the fields asked now, as the dialog's
 * text (the inverse of applySupplements): re-issuing after a 作废 starts from the voided
 * document's content instead of a blank form. Fields it did not hold are left out.
 */
export function answersFrom(
  earlierInput: unknown,
  missing: readonly MissingField[],
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const field of missing) {
    const v = getPath(earlierInput, field.path)
    let text = ''
    if (typeof v === 'string') text = v
    else if (Array.isArray(v))
      text = v
        .map((item) =>
          typeof item === 'string'
            ? item
            : item && typeof item === 'object' && 'opinion' in item
              ? [(item as { speaker?: string }).speaker, (item as { opinion: string }).opinion]
                  .filter(Boolean)
                  .join('：')
              : '',
        )
        .filter(Boolean)
        .join('\n')
    if (text.trim()) out[field.path] = text
  }
  return out
}
