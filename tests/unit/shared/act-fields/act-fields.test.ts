import { describe, expect, it } from 'vitest'
import { type z } from 'zod'
import {
  ACT_DEFINITIONS,
  ACT_TYPES,
  ExemptionListItemSchema,
  LeniencySchema,
  PenaltySchema,
  type ActType,
} from '@shared/domain/case'
import { CorrectionInDecisionSchema, PenaltyItemSchema } from '@shared/discretion/item'
import {
  ACT_FIELDS,
  CORRECTION_FIELDS,
  LENIENCY_FIELDS,
  PENALTY_FIELDS,
  SCHEDULE_FIELDS,
  UNDERTAKING_FIELDS,
  type ActFieldSpec,
} from '@shared/domain/case/act-fields'

type Schema = z.ZodType & { _zod: { def: Record<string, unknown> } }

/** Strip optional/default wrappers. */
function inner(s: Schema): Schema {
  const def = s._zod.def
  if (def.type === 'optional' || def.type === 'default') return inner(def.innerType as Schema)
  return s
}
function shapeOf(s: z.ZodType): Record<string, Schema> {
  return (inner(s as Schema) as unknown as { shape: Record<string, Schema> }).shape
}
function enumKeys(s: Schema): string[] {
  const i = inner(s)
  const def = i._zod.def
  if (def.type === 'array') return enumKeys(def.element as Schema)
  return [...(i as unknown as { options: string[] }).options].sort()
}

const uuid = '6f1d7a52-3c1b-4c8e-9a55-0c2f6a1e8b01'
const uuid2 = '0b7e3f1a-2d4c-4b6a-8e9f-1a2b3c4d5e6f'

/** A value each widget produces, which the schema of that field must accept. */
function sample(spec: ActFieldSpec, schema: Schema): unknown {
  // Quantities (an item's, a sample's base and spares) are typed text holding a number
  // (payloads-measures.ts quantityText).
  if (['quantity', 'base', 'spare'].includes(spec.key)) return '2.5'
  switch (spec.widget) {
    case 'money':
      return 100
    case 'number':
      return 10
    case 'boolean':
      return true
    case 'date':
      return '2026-10-12'
    case 'time':
      return '09:30'
    case 'select':
      return enumKeys(schema)[0]
    case 'multiselect':
      return enumKeys(schema).slice(0, 1)
    case 'officers':
      return [uuid, '0b7e3f1a-2d4c-4b6a-8e9f-1a2b3c4d5e6f']
    case 'actRef':
      return uuid
    case 'textList':
      return ['王某', '李某']
    case 'penaltyItems':
      return []
    case 'registerOfficers':
      return ['王建国', '刘芳']
    case 'fineRule':
      return { kind: 'fixed', minFen: 0, maxFen: 20_000 }
    default:
      return '示例内容'
  }
}

/** Checks one field list against one object schema (keys, required, options, widget type). */
function checkFields(fields: readonly ActFieldSpec[], schema: z.ZodType): void {
  const shape = shapeOf(schema)
  // A register picker describes two keys: the name(s) and the register id(s) (register.idKey).
  const keys = fields.flatMap((s) => (s.register ? [s.key, s.register.idKey] : [s.key]))
  expect(keys.sort()).toEqual(Object.keys(shape).sort())
  expect(new Set(keys).size).toBe(keys.length)
  for (const spec of fields) {
    if (spec.register) {
      const ids = shape[spec.register.idKey] as Schema
      const many = spec.widget === 'registerOfficers'
      expect(ids.safeParse(undefined).success, `${spec.register.idKey} optional`).toBe(true)
      expect(ids.safeParse(many ? [uuid, uuid2] : uuid).success, spec.register.idKey).toBe(true)
      expect(ids.safeParse(many ? ['王建国', '刘芳'] : '王建国').success).toBe(false)
    }
    const field = shape[spec.key] as Schema
    expect(spec.label, spec.key).toMatch(/[\u4e00-\u9fa5]/)
    expect(spec.required, `${spec.key} required`).toBe(!field.safeParse(undefined).success)
    if (spec.widget === 'select' || spec.widget === 'multiselect') {
      expect(Object.keys(spec.options ?? {}).sort(), `${spec.key} options`).toEqual(enumKeys(field))
      for (const label of Object.values(spec.options ?? {}))
        expect(label).toMatch(/[\u4e00-\u9fa5]/)
    }
    if (spec.initial !== undefined && spec.widget === 'select') {
      expect(spec.options ?? {}).toHaveProperty(String(spec.initial))
    }
    if (spec.showWhen) {
      expect(fields.map((s) => s.key)).toContain(spec.showWhen.key)
      expect(spec.required).toBe(false)
    }
    const nested: Record<string, readonly ActFieldSpec[]> = {
      penalty: PENALTY_FIELDS,
      leniency: LENIENCY_FIELDS,
      correction: CORRECTION_FIELDS,
    }
    if (spec.widget in nested) {
      checkFields(nested[spec.widget] as readonly ActFieldSpec[], field)
      continue
    }
    if (spec.widget === 'undertakings' || spec.widget === 'schedule') {
      const el = inner(field)._zod.def.element as z.ZodType
      checkFields(spec.widget === 'schedule' ? SCHEDULE_FIELDS : UNDERTAKING_FIELDS, el)
      continue
    }
    if (spec.widget === 'penaltyItems') {
      expect(inner(field)._zod.def.element).toBe(PenaltyItemSchema)
      continue
    }
    if (spec.widget === 'rows') {
      // The generic row editor: its columns describe the element schema like any field list.
      expect(spec.columns?.length, `${spec.key} columns`).toBeGreaterThan(0)
      checkFields(spec.columns ?? [], inner(field)._zod.def.element as z.ZodType)
      for (const c of spec.columns ?? []) {
        const cell = shapeOf(inner(field)._zod.def.element as z.ZodType)[c.key] as Schema
        if (c.maxLength)
          expect(cell.safeParse('五'.repeat(c.maxLength + 1)).success, `${c.key} max`).toBe(false)
      }
      continue
    }
    if (spec.widget === 'exemptionItem') {
      expect(inner(field)).toBe(ExemptionListItemSchema)
      continue
    }
    const value = sample(spec, field)
    expect(field.safeParse(value).success, `${spec.key} accepts ${String(value)}`).toBe(true)
    if (spec.widget === 'money') {
      expect(field.safeParse(1.5).success, `${spec.key} rejects non-integer fen`).toBe(false)
    }
    // CorrectionInDecisionSchema.dueOn is a plain string (shared/discretion/item.ts); checkAct
    // refuses an impossible date there (correctionReasons in penalty-checks.ts).
    if (spec.widget === 'date' && fields !== CORRECTION_FIELDS)
      expect(field.safeParse('2026-02-30').success).toBe(false)
    if (spec.widget === 'time') {
      expect(field.safeParse('24:00').success, `${spec.key} rejects 24:00`).toBe(false)
      expect(field.safeParse('9:5').success, `${spec.key} rejects 9:5`).toBe(false)
    }
  }
}

describe('act form fields describe every payload schema exactly (docs/architecture/overview.md §2, act catalogue)', () => {
  it('every act type has a field list', () => {
    expect(Object.keys(ACT_FIELDS).sort()).toEqual([...ACT_TYPES].sort())
  })

  it.each(ACT_TYPES.map((t) => [ACT_DEFINITIONS[t].label, t] as [string, ActType]))(
    '%s (%s): every schema key described, every described key in the schema',
    (_label, type) => {
      checkFields(ACT_FIELDS[type], ACT_DEFINITIONS[type].payload)
    },
  )

  it('penalty editor = PenaltySchema (APL Art. 9), leniency editor = LeniencySchema (APL Art. 32)', () => {
    checkFields(PENALTY_FIELDS, PenaltySchema)
    checkFields(LENIENCY_FIELDS, LeniencySchema)
  })

  it('责令改正 editor = CorrectionInDecisionSchema (APL Art. 28)', () => {
    checkFields(CORRECTION_FIELDS, CorrectionInDecisionSchema)
  })
})
