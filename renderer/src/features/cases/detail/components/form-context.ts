/**
 * What every field of an act dialog shares: the values being edited, the messages per field
 * path, and the choices that come from the case (officers, earlier acts, the 免罚清单).
 */
import type { InjectionKey } from 'vue'
import type { DiscretionBands, ViolationEntry } from '@shared/discretion'
import type { RegisterPick } from '@shared/domain/case/act-fields'
import type { FormValues } from '../act-form-model'

export interface Choice {
  value: string
  label: string
  /** Second line (certificate number, legal basis …). */
  hint?: string
}

export interface ActFormContext {
  values: FormValues
  /** Messages by field path ('penalty.fineFen', 'schedule.0.amountFen'). */
  errors: Record<string, string>
  officers: Choice[]
  /**
   * The officers a register picker offers: active officers of the register holding the pick's
   * role, without the case's own officers when the pick excludes them.
   */
  registerChoices: (pick: RegisterPick) => Choice[]
  /** Earlier acts of the case that an actRef may name, by act type. */
  actChoices: (types: readonly string[] | undefined) => Choice[]
  exemptions: { id: string; code: string; title: string; legalBasis: string; source: string }[]
  /** A field was edited: its message goes away until the next save. */
  touched: (path: string) => void
  /** The violation catalogue in use (built-in + the office's 裁量基准). */
  violations: ViolationEntry[]
  /** The office's 裁量 band split. */
  bands: DiscretionBands
  /** Why the summary procedure is closed for this violation and party, or null. */
  summaryRefusal: (entry: ViolationEntry) => string | null
}

export const actFormKey: InjectionKey<ActFormContext> = Symbol('act-form')

/** The value at a path of nested objects/arrays. */
export function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = root
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[p]
  }
  return cur
}

/** Set the value at a path (the parents exist: forms are built from blank values). */
export function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined
  const last = path.at(-1)
  if (parent && last !== undefined) parent[last] = value
}
