/**
 * The act dialog's model: blank values from the field table (shared/domain/case/act-fields.ts),
 * conversion of what was typed into a payload (元 → 分 by string parsing, never float maths), and
 * the shared payload schema's issues mapped back to the field they belong to, in Chinese.
 * Pure (no Vue, no DB) so it is unit-tested.
 */
import { ACT_DEFINITIONS, type ActType } from '@shared/domain/case'
import { ACT_FIELDS, nestedFields, type ActFieldSpec } from '@shared/domain/case/act-fields'
import { formatFenAsYuan, parseYuanToFen } from '@shared/money'
import type { PenaltyItem } from '@shared/discretion'
import { rowFromItem, rowToItem, rowsTotals, type PenaltyRow } from './penalty-items-model'

/** Values of one form (or one nested editor / row), keyed like the payload. */
export type FormValues = Record<string, unknown>

/** What the dialog shows after a failed parse: errors per field path ('penalty.fineFen'), others. */
export interface FormErrors {
  fields: Record<string, string>
  form: string[]
}

export type ParseResult =
  { ok: true; payload: Record<string, unknown> } | { ok: false; errors: FormErrors }

/** Blank value of one field. */
export function blankValue(spec: ActFieldSpec): unknown {
  switch (spec.widget) {
    case 'boolean':
      return spec.initial ?? false
    case 'multiselect':
    case 'officers':
    case 'registerOfficers':
    case 'undertakings':
    case 'schedule':
      return []
    case 'exemptionItem':
    case 'fineRule':
      return undefined
    case 'penaltyItems':
      return []
    case 'rows':
      // One blank row to type into; a row left wholly blank is not sent.
      return [blankValues(nestedFields(spec) ?? [])]
    case 'correction':
      return { apply: false, ...blankValues(nestedFields('correction') ?? []) }
    case 'penalty':
      return blankValues(nestedFields('penalty') ?? [])
    case 'leniency':
      return { apply: false, ...blankValues(nestedFields('leniency') ?? []) }
    default:
      return spec.initial ?? ''
  }
}

/**
 * Blank values of a field list. A register picker (registerOfficer/registerOfficers) keeps the
 * picked name(s) under its key and the register id(s) under `register.idKey`.
 */
export function blankValues(fields: readonly ActFieldSpec[]): FormValues {
  return Object.fromEntries(
    fields.flatMap((s) => {
      const entry: [string, unknown] = [s.key, blankValue(s)]
      if (!s.register) return [entry]
      return [entry, [s.register.idKey, s.widget === 'registerOfficers' ? [] : '']]
    }),
  )
}

/** Blank form of an act type. */
export function blankActForm(type: ActType): FormValues {
  return blankValues(ACT_FIELDS[type])
}

/** A blank row of a row editor (undertakings / schedule, or a `rows` field with its columns). */
export function blankRow(of: 'undertakings' | 'schedule' | ActFieldSpec): FormValues {
  return blankValues(nestedFields(of) ?? [])
}

/** Whether a field is shown (and sent) given the other values of its form. */
export function isShown(spec: ActFieldSpec, values: FormValues): boolean {
  if (!spec.showWhen) return true
  return spec.showWhen.in.includes(String(values[spec.showWhen.key] ?? ''))
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const moneyMessage = '请填写金额（元），只能是数字，最多两位小数，如 5000 或 1234.50'

function convertFields(
  fields: readonly ActFieldSpec[],
  values: FormValues,
  path: string,
  errors: Record<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const spec of fields) {
    if (!isShown(spec, values)) continue
    const v = values[spec.key]
    const at = path + spec.key
    const value = convertField(spec, v, at, errors)
    if (value !== undefined) out[spec.key] = value
    if (spec.register) {
      const ids = registerIds(values[spec.register.idKey])
      // A signer counts only when picked from the register: a name without its id (a draft or
      // a prefill from an act entered before the picker) must be picked again.
      if (ids.length === 0) {
        delete out[spec.key]
        continue
      }
      if (spec.widget === 'registerOfficers') {
        if (ids.length) out[spec.register.idKey] = ids
      } else if (ids[0]) out[spec.register.idKey] = ids[0]
    }
  }
  return out
}

/** The register id(s) a picker holds ('' / [] when nothing is picked). */
function registerIds(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x !== '')
  return typeof v === 'string' && v !== '' ? [v] : []
}

function convertField(
  spec: ActFieldSpec,
  v: unknown,
  at: string,
  errors: Record<string, string>,
): unknown {
  switch (spec.widget) {
    case 'boolean':
      return v === true
    case 'money': {
      if (str(v) === '') return undefined
      const fen = parseYuanToFen(str(v))
      if (fen === undefined) errors[at] = moneyMessage
      return fen
    }
    case 'number': {
      if (str(v) === '') return undefined
      if (!/^\d+$/.test(str(v))) {
        errors[at] = `${spec.label}应为整数`
        return undefined
      }
      return Number(str(v))
    }
    case 'multiselect':
    case 'officers':
    case 'registerOfficers':
      return Array.isArray(v) ? [...(v as string[])] : []
    case 'time':
      return str(v) === '' ? undefined : normaliseTime(str(v))
    case 'textList':
      return str(v)
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
    case 'exemptionItem':
      return v && typeof v === 'object' ? { ...(v as object) } : undefined
    case 'penalty': {
      const p = convertFields(
        nestedFields('penalty') ?? [],
        (v ?? {}) as FormValues,
        `${at}.`,
        errors,
      )
      // With items, the totals are the items' (the schema refuses any other totals).
      const rows = (v as FormValues | undefined)?.items
      if (Array.isArray(rows) && rows.length > 0) {
        const t = rowsTotals(rows as PenaltyRow[])
        p.warning = t.warning
        p.fineFen = t.fineFen
        p.confiscatedGainsFen = t.confiscatedGainsFen
        p.confiscatedPropertyValueFen = t.confiscatedPropertyValueFen
      }
      return p
    }
    case 'penaltyItems': {
      const rows = Array.isArray(v) ? (v as PenaltyRow[]) : []
      if (rows.length === 0) return undefined
      return rows.map((row, i) => rowToItem(row, `${at}.${i}`, errors))
    }
    case 'fineRule':
      return v && typeof v === 'object' ? v : undefined
    case 'leniency':
    case 'correction': {
      const l = (v ?? {}) as FormValues
      if (l.apply !== true) return undefined
      return convertFields(nestedFields(spec.widget) ?? [], l, `${at}.`, errors)
    }
    case 'undertakings':
    case 'schedule':
    case 'rows': {
      const rows = Array.isArray(v) ? (v as FormValues[]) : []
      const sub = nestedFields(spec) ?? []
      return rows
        .map((row, i) => ({ row, i }))
        .filter(({ row }) => sub.some((s) => str(row[s.key]) !== ''))
        .map(({ row, i }) => convertFields(sub, row, `${at}.${i}.`, errors))
    }
    default:
      // text, textarea, date, select, actRef: '' means "not entered".
      return str(v) === '' ? undefined : str(v)
  }
}

/**
 * A typed clock time in the stored 'HH:mm' form: "9:30", "9：30", "0930" and "9.30" become "09:30";
 * anything else is returned as typed so the schema names it.
 */
export function normaliseTime(typed: string): string {
  const m = /^(\d{1,2})[:：.]?(\d{2})$/.exec(typed.replace(/\s/g, ''))
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : typed
}

/** The values of a form as a payload (not yet validated), plus the money/number input errors. */
export function formToPayload(
  type: ActType,
  values: FormValues,
): { payload: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const payload = convertFields(ACT_FIELDS[type], values, '', errors)
  return { payload, errors }
}

/** The field spec a payload path ('penalty.fineFen', 'schedule.0.amountFen') refers to. */
export function specAt(type: ActType, path: readonly PropertyKey[]): ActFieldSpec | undefined {
  let fields: readonly ActFieldSpec[] | undefined = ACT_FIELDS[type]
  let spec: ActFieldSpec | undefined
  for (const part of path) {
    if (typeof part === 'number') continue
    // A row editor's issues (penalty.items.0.fineFen) belong to the editor itself.
    if (spec?.widget === 'penaltyItems') return spec
    // A register picker's id key (reviewerId, participantIds) belongs to the picker.
    spec = fields?.find((s) => s.key === part || s.register?.idKey === part)
    if (!spec) return undefined
    fields = nestedFields(spec)
  }
  return spec
}

const hasChinese = (s: string) => /[\u4e00-\u9fa5]/.test(s)

/** The field path under which an issue is shown: lists show their errors on the list itself. */
function fieldPath(type: ActType, path: readonly PropertyKey[]): string {
  const parts = path.map(String)
  const top = specAt(type, path.slice(0, 1))
  if (top?.register) return top.key
  if (top && ['officers', 'multiselect', 'textList'].includes(top.widget)) return parts[0] ?? ''
  return parts.join('.')
}

/**
 * Parse a form with the act's shared payload schema. Every issue is placed under its field with
 * a Chinese message (zod's generic type messages become "请填写/请选择 + label").
 */
export function parseActForm(type: ActType, values: FormValues): ParseResult {
  const { payload, errors } = formToPayload(type, values)
  const result = ACT_DEFINITIONS[type].payload.safeParse(payload)
  if (result.success && Object.keys(errors).length === 0) {
    return { ok: true, payload: result.data as Record<string, unknown> }
  }
  const fields: Record<string, string> = { ...errors }
  const form: string[] = []
  for (const issue of result.success ? [] : result.error.issues) {
    const path = issue.path as PropertyKey[]
    const spec = specAt(type, path)
    if (!spec || path.length === 0) {
      form.push(hasChinese(issue.message) ? issue.message : '填写的内容不完整，请检查后再保存')
      continue
    }
    const key = fieldPath(type, path)
    if (fields[key]) continue
    const choose = [
      'select',
      'multiselect',
      'officers',
      'registerOfficer',
      'registerOfficers',
      'actRef',
      'exemptionItem',
      'violation',
    ].includes(spec.widget)
    const missing = issue.code === 'invalid_type' || issue.code === 'invalid_value'
    fields[key] =
      hasChinese(issue.message) && !missing
        ? issue.message
        : `${choose ? '请选择' : '请填写'}${spec.label.replace(/（元）$/, '')}`
  }
  return { ok: false, errors: { fields, form } }
}

/** A stored payload back in form values (for "copy from" prefills, e.g. the proposed penalty). */
export function penaltyToForm(p: Record<string, unknown>): FormValues {
  const out: FormValues = {}
  for (const spec of nestedFields('penalty') ?? []) {
    const v = p[spec.key]
    out[spec.key] =
      spec.widget === 'money' && typeof v === 'number'
        ? formatFenAsYuan(v).replace(/,/g, '')
        : spec.widget === 'penaltyItems'
          ? ((v as PenaltyItem[] | undefined) ?? []).map(rowFromItem)
          : v
  }
  return out
}
