/**
 * Hostile-input guards for files a user brings in (case packages, backups): JSON nesting depth and
 * prototype keys are refused before parsing finishes, and each record's shape is limited (depth,
 * text length) before it reaches a schema or IndexedDB (docs/data-safety.md, "Hostile input").
 * Pure and linear in the input size.
 */

/** Deepest nesting a package body or a record may have (records are 4–6 deep in practice). */
export const MAX_JSON_DEPTH = 32
/** Longest text a stored field may hold unless a table's limit says otherwise (a long 笔录). */
export const MAX_TEXT_LENGTH = 50_000
/** Stricter limits for fields with a natural size. Key → maximum characters. */
export const FIELD_TEXT_LIMITS: Readonly<Record<string, number>> = {
  cause: 500,
  name: 200,
  partyName: 200,
  caseNo: 100,
  uscc: 18,
  idNo: 30,
  phone: 30,
  address: 500,
}
/** Keys that would reach an object's prototype when a parsed value is spread or assigned. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The deepest bracket nesting of a JSON text, counted outside strings (linear scan). */
export function jsonDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      depth++
      if (depth > max) max = depth
    } else if (c === 125 || c === 93) depth--
  }
  return max
}

/**
 * JSON.parse with the guards: refuses nesting deeper than `maxDepth` and any object key
 * `__proto__`, `constructor` or `prototype`. Never throws.
 * @param what - the Chinese name of the file kind, for the messages (e.g. 移交包)
 */
export function parseGuardedJson(
  text: string,
  what: string,
  maxDepth = MAX_JSON_DEPTH,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (jsonDepth(text) > maxDepth) {
    return {
      ok: false,
      message: `${what}的数据嵌套超过 ${maxDepth} 层，不是 CaseDesk 导出的文件，已拒绝导入。`,
    }
  }
  let bad: string | null = null
  let value: unknown
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (PROTOTYPE_KEYS.has(key)) bad ??= key
      return v
    })
  } catch {
    return { ok: false, message: `${what}内容无法读取，文件可能已损坏。请让对方重新导出。` }
  }
  if (bad !== null) {
    return {
      ok: false,
      message: `${what}含有不允许的字段名“${bad}”，不是 CaseDesk 导出的文件，已拒绝导入。`,
    }
  }
  return { ok: true, value }
}

/**
 * A record's shape problem, or null: nesting beyond MAX_JSON_DEPTH, a prototype key, a text
 * longer than its limit (FIELD_TEXT_LIMITS by field name, else MAX_TEXT_LENGTH). The message is
 * Chinese and names the field.
 */
export function recordShapeProblem(record: unknown): string | null {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: record, depth: 1, path: '' }]
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!
    if (depth > MAX_JSON_DEPTH) return `数据嵌套超过 ${MAX_JSON_DEPTH} 层（${path || '记录'}）`
    if (typeof v === 'string') {
      const field =
        path
          .split('.')
          .filter((p) => !/^\d+$/.test(p))
          .at(-1) ?? ''
      const limit = Object.hasOwn(FIELD_TEXT_LIMITS, field)
        ? FIELD_TEXT_LIMITS[field]!
        : MAX_TEXT_LENGTH
      if (v.length > limit) return `字段 ${path} 有 ${v.length} 个字符，超过上限 ${limit}`
      continue
    }
    if (v === null || typeof v !== 'object') continue
    for (const key of Object.keys(v)) {
      if (PROTOTYPE_KEYS.has(key)) return `含有不允许的字段名“${key}”`
      const child = (v as Record<string, unknown>)[key]
      stack.push({ v: child, depth: depth + 1, path: path ? `${path}.${key}` : key })
    }
  }
  return null
}
