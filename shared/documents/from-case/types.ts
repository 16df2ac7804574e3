/**
 * Types of the case → template-input mappers. A mapper fills every field it can from the case
 * record and its acts ("filled from the case's acts, never retyped") and reports each required
 * field that no act holds as a MissingField, so the UI can ask for exactly those and nothing else.
 */
import type { CaseFacts, RuleSettings } from '../../domain/case'
import type { ViolationEntry } from '../../discretion/types'
import type { DocumentKind } from '../kinds'

/** An issued document of the case that later documents may cite (its 文号). */
export interface IssuedRef {
  kind: DocumentKind
  docNo: string
  status: 'issuing' | 'issued' | 'voided'
  sourceActIds: string[]
}

/** Everything a mapper reads. */
export interface CaseSource {
  facts: CaseFacts
  /** Officer id → 所属单位 from the officer register (for 办案机构). */
  officerUnits: Record<string, string>
  /** Documents already issued for this case. */
  issued: IssuedRef[]
  /**
   * The violation catalogue in use (built-in entries merged with the office's own); the case's
   * `violationIds` are resolved against it. Absent: the built-in catalogue.
   */
  violations?: readonly ViolationEntry[]
  /** The office's rule settings (discretion bands, periods). Absent: the defaults. */
  ruleSettings?: RuleSettings
}

/** How the UI asks for a field that no act holds. */
/** 'lines': one item per line; 'speakerLines': one “发言人：意见” per line. */
export type MissingInput = 'text' | 'textarea' | 'date' | 'time' | 'lines' | 'speakerLines'

/** A required field of the template that the case's acts do not hold. */
export interface MissingField {
  /** Dotted path in the template input, e.g. 'unitOpinion.text'. */
  path: string
  /** Chinese label. */
  label: string
  input: MissingInput
}

/** Result of mapping a case to one document. */
export interface MappedDocument {
  kind: DocumentKind
  /** The act(s) the document was filled from (the first is the one it belongs to). */
  sourceActIds: string[]
  /** The document's date (printed on it; picks the contact version). */
  documentDate: string
  /** The template input so far (docNumber null: the number is allocated when issuing). */
  input: Record<string, unknown>
  missing: MissingField[]
}
