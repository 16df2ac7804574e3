// Office-configurable rule values (the [U] values of DOMAIN.md), with their documented defaults.
import { z } from 'zod'

/**
 * Rule settings an office may change. Defaults follow DOMAIN §12 (SAMR hearing rules Art. 5) and
 * the brief. Hubei alternative for hearing thresholds (湖北省行政处罚听证规则, 1997, status not
 * confirmed): business conduct ¥30,000 with illegal gains / ¥10,000 without; non-business ¥1,000
 * — see {@link hubeiHearingThresholds}. Whether to use it is the office 法制机构's decision.
 */
export const RuleSettingsSchema = z.object({
  /** 较大数额罚款 for a natural person, fen (SAMR hearing rules Art. 5(3): ≥ ¥10,000). */
  hearingThresholdNaturalPersonFen: z.number().int().positive(),
  /** 较大数额罚款 for a legal person / other organisation, fen (≥ ¥100,000). */
  hearingThresholdOrganisationFen: z.number().int().positive(),
  /** Which class a 个体工商户 falls into for the thresholds (practice differs, [U]). */
  soleTraderAs: z.enum(['naturalPerson', 'organisation']),
  /** Lead time, in working days, for "即将到期". */
  dueSoonLeadWorkingDays: z.number().int().min(0).max(30),
  /** Follow-up visit due this many natural days after a decision (回访). */
  followUpDueDays: z.number().int().positive(),
  /** Fine (fen) from which collective discussion is required by local rule; null = no such rule. */
  collectiveDiscussionFineFen: z.number().int().positive().nullable(),
})
/** Parsed {@link RuleSettingsSchema}. */
export type RuleSettings = z.infer<typeof RuleSettingsSchema>

/** The documented defaults: SAMR thresholds, 3 working days lead, follow-up 30 days after a decision. */
export const defaultRuleSettings: RuleSettings = Object.freeze({
  hearingThresholdNaturalPersonFen: 1_000_000,
  hearingThresholdOrganisationFen: 10_000_000,
  soleTraderAs: 'naturalPerson',
  dueSoonLeadWorkingDays: 3,
  followUpDueDays: 30,
  collectiveDiscussionFineFen: null,
})

/**
 * The Hubei 1997 thresholds as settings values (for business conduct; the rule distinguishes
 * with/without illegal gains: pass `withIllegalGains`). Natural persons and organisations share them.
 */
export function hubeiHearingThresholds(
  withIllegalGains: boolean,
): Pick<RuleSettings, 'hearingThresholdNaturalPersonFen' | 'hearingThresholdOrganisationFen'> {
  const fen = withIllegalGains ? 3_000_000 : 1_000_000
  return { hearingThresholdNaturalPersonFen: fen, hearingThresholdOrganisationFen: fen }
}
