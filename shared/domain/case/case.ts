// The case record (案件) and the voiding rule.
import { z } from 'zod'
import { entityId, enumOf, legalDate, optionalText, text } from './common'
import { ActSchema, type Act } from './acts'
import { PartySchema } from './party'
import { CASE_SOURCES } from './payloads-intake'

/** An officer assigned to the case, copied from the officer register at assignment. */
export const CaseOfficerSchema = z.object({
  officerId: entityId,
  name: text('办案人员姓名'),
  certificateNo: z.string().trim(),
})
/** Parsed {@link CaseOfficerSchema}. */
export type CaseOfficer = z.infer<typeof CaseOfficerSchema>

/**
 * A case: party, cause (案由), source, officers and the ordered list of procedural acts.
 * Everything else (stage, next acts, deadlines) is derived from this by pure functions.
 */
export const CaseFactsSchema = z.object({
  id: entityId,
  caseNo: optionalText,
  party: PartySchema,
  cause: text('案由（涉嫌……案）'),
  source: enumOf(CASE_SOURCES),
  sourceDate: legalDate,
  officers: z.array(CaseOfficerSchema),
  acts: z.array(ActSchema),
  /** Ids of the violations (违法行为库 entries) the case is about; absent on older cases. */
  violationIds: z
    .array(z.string().trim().min(1, '违法行为编号不能为空，请重新选择违法行为'))
    .optional(),
})
/** Parsed {@link CaseFactsSchema}. */
export type CaseFacts = z.infer<typeof CaseFactsSchema>

/** Acts in legal order: by occurredOn, then by recordedAt, then by list position. */
export function orderedActs(acts: readonly Act[]): Act[] {
  return acts
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        x.a.occurredOn.localeCompare(y.a.occurredOn) ||
        x.a.recordedAt.localeCompare(y.a.recordedAt) ||
        x.i - y.i,
    )
    .map((x) => x.a)
}

/** Ids of acts voided by an 撤销/作废 act (the voiding acts themselves cannot be voided). */
export function voidedActIds(acts: readonly Act[]): Set<string> {
  const out = new Set<string>()
  for (const a of acts) if (a.type === 'actVoided') out.add(a.payload.targetActId)
  return out
}

/**
 * The acts that count: ordered, without voided ones and without the voiding acts. Voided acts
 * stay in the stored list (nothing is deleted) but no derivation sees them.
 */
export function effectiveActs(acts: readonly Act[]): Act[] {
  const voided = voidedActIds(acts)
  // 转办/接手 only says who writes the case (docs/sync.md "Assignment"); no procedure sees it.
  return orderedActs(acts).filter(
    (a) => a.type !== 'actVoided' && a.type !== 'caseHandover' && !voided.has(a.id),
  )
}

/** Officers with an enforcement certificate number (APL Art. 42 needs two or more). */
export function certifiedOfficers(c: Pick<CaseFacts, 'officers'>): CaseOfficer[] {
  return c.officers.filter((o) => o.certificateNo.trim() !== '')
}
