// Chinese messages for schema issues. A schema's own message is kept when it is Chinese and says
// what to enter; zod's generic English text ("Invalid input: expected string, received undefined")
// never reaches an officer: it becomes "请填写<字段>" and the like (docs/conventions.md, "Errors").

/** The parts of a zod issue this module reads (zod 4 issue shape). */
export interface IssueLike {
  code: string
  message: string
  path: readonly PropertyKey[]
  /** too_big / too_small */
  maximum?: number | bigint
  minimum?: number | bigint
  origin?: string
  /** invalid_type: the value received is described in the message; `input` when reportInput is on. */
  input?: unknown
}

const CJK = /[\u3400-\u9fff]/
/** zod's own (English) messages start with one of these, even when they quote Chinese options. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Expected|Unrecognized|Required)\b/

/**
 * Whether a message is the schema's own Chinese text, not zod's default (which may quote Chinese
 * enum values: "Invalid option: expected one of \"电话\"|…").
 */
export function isChineseMessage(message: string): boolean {
  return CJK.test(message) && !ZOD_DEFAULT.test(message)
}

/**
 * The Chinese message for one issue about the field `label`.
 * - A Chinese message of the schema's own is kept, except for a missing value, which always
 *   reads "请填写<label>" (the schema's message may describe a format the officer never saw).
 * - Otherwise the issue code decides: missing/wrong type → 请填写; too long → 不能超过 N 个字;
 *   too short → 至少 N; wrong format → 格式不正确; anything else → 填写有误.
 */
export function chineseIssueMessage(issue: IssueLike, label: string): string {
  const missing =
    issue.code === 'invalid_type' && /received undefined|received null/.test(issue.message)
  if (missing) return `请填写${label}`
  if (isChineseMessage(issue.message)) return issue.message
  const n = (v: number | bigint | undefined) => (v === undefined ? '' : String(v))
  switch (issue.code) {
    case 'invalid_type':
      return `${label}填写有误，请重新填写`
    case 'too_big':
      return issue.origin === 'string'
        ? `${label}不能超过${n(issue.maximum)}个字`
        : issue.origin === 'array'
          ? `${label}最多${n(issue.maximum)}项`
          : `${label}不能大于${n(issue.maximum)}`
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum ?? 0) <= 1
          ? `请填写${label}`
          : `${label}至少${n(issue.minimum)}个字`
        : issue.origin === 'array'
          ? `${label}至少${n(issue.minimum)}项`
          : `${label}不能小于${n(issue.minimum)}`
    case 'invalid_format':
    case 'invalid_string':
      return `${label}格式不正确`
    case 'invalid_value':
    case 'invalid_enum_value':
    case 'invalid_union':
      return `请选择${label}`
    case 'unrecognized_keys':
      return `${label}含有无法识别的内容`
    default:
      return `${label}填写有误`
  }
}

/**
 * The label of an issue's path from a key → label table: the deepest key with a label wins
 * (array indexes are skipped: "entries.2.name" → the label of "name", prefixed by the row number).
 * Falls back to `fallback` when no key has a label.
 */
export function labelOfPath(
  path: readonly PropertyKey[],
  labels: Readonly<Record<string, string>>,
  fallback: string,
): string {
  let label: string | undefined
  let row: number | undefined
  for (const seg of path) {
    if (typeof seg === 'number') row = seg + 1
    else if (typeof seg === 'string' && Object.hasOwn(labels, seg)) label = labels[seg]
  }
  if (!label) return fallback
  return row === undefined ? label : `第${row}项${label}`
}
