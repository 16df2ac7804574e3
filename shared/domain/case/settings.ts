// Office-configurable rule values (the values the law leaves open; docs/domain/deadlines.md), with their documented defaults.
// Which deadline lengths an office may change, and why, is docs/domain/deadlines.md.
import { z } from 'zod'
import { DiscretionBandsSchema, type DiscretionBands } from '../../discretion/types'
import { DEADLINE_RULES, deadlineRule, type DeadlineRule, type DeadlineRuleId } from './rules'

/** Ids of the rules whose length the office may override (DeadlineRule.configurable). */
export const CONFIGURABLE_RULE_IDS = DEADLINE_RULES.filter((r) => r.configurable).map(
  (r) => r.id,
) as readonly DeadlineRuleId[]

/** Longest period an office may set for a configurable rule, in the rule's unit (a year of days). */
export const MAX_PERIOD_OVERRIDE = 365

const periodLengthSchema = z
  .number({ error: '请输入期限长度（整数）' })
  .int({ error: '期限长度须为整数' })
  .min(1, { error: '期限长度至少为 1' })
  .max(MAX_PERIOD_OVERRIDE, { error: `期限长度不能超过 ${MAX_PERIOD_OVERRIDE}` })

/**
 * Office values for configurable rules only. A key of a rule whose length is confirmed by law is
 * refused: the law, not the office, sets those (docs/domain/deadlines.md).
 */
export const PeriodOverridesSchema = z
  .record(z.string(), periodLengthSchema)
  .superRefine((rec, ctx) => {
    for (const key of Object.keys(rec)) {
      if (!CONFIGURABLE_RULE_IDS.includes(key as DeadlineRuleId)) {
        const rule = DEADLINE_RULES.find((r) => r.id === key)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: rule
            ? `${rule.name}的期限由${rule.basis}规定，不能由本局修改`
            : `未知的期限规则：${key}`,
        })
      }
    }
  })
  .transform((rec) => rec as Partial<Record<DeadlineRuleId, number>>)

/** The default 裁量 band split: lowest 30 % 从轻, highest 30 % 从重 (docs/domain/discretion.md). */
export const defaultDiscretionBands: DiscretionBands = Object.freeze({
  lighterPercent: 30,
  heavierPercent: 30,
})

/**
 * Rule settings an office may change. Defaults follow docs/domain/deadlines.md (SAMR hearing rules Art. 5) and
 * docs/domain/deadlines.md. Hubei alternative for hearing thresholds (湖北省行政处罚听证规则, 1997,
 * status not confirmed): business conduct ¥30,000 with illegal gains / ¥10,000 without; non-business
 * ¥1,000 — see {@link hubeiHearingThresholds}. Whether to use it is the office 法制机构's decision.
 *
 * Records saved before `periodOverrides` and `discretionBands` existed still parse (both have
 * defaults); an old `followUpDueDays` is carried over by {@link migrateRuleSettings}.
 */
export const RuleSettingsSchema = z.object({
  /** 较大数额罚款 for a natural person, fen (SAMR hearing rules Art. 5(3): ≥ ¥10,000). */
  hearingThresholdNaturalPersonFen: z
    .number({ error: '请输入听证金额标准' })
    .int({ error: '金额须精确到分' })
    .positive({ error: '听证金额标准须大于 0 元' }),
  /** 较大数额罚款 for a legal person / other organisation, fen (≥ ¥100,000). */
  hearingThresholdOrganisationFen: z
    .number({ error: '请输入听证金额标准' })
    .int({ error: '金额须精确到分' })
    .positive({ error: '听证金额标准须大于 0 元' }),
  /** Which class a 个体工商户 falls into for the thresholds (practice differs, [U]). */
  soleTraderAs: z.enum(['naturalPerson', 'organisation'], { error: '请选择个体工商户适用的标准' }),
  /** Lead time, in working days, for "即将到期". */
  dueSoonLeadWorkingDays: z
    .number({ error: '请输入提前提醒的工作日数' })
    .int({ error: '提前提醒天数须为整数' })
    .min(0, { error: '提前提醒天数不能小于 0' })
    .max(30, { error: '提前提醒天数不能超过 30 个工作日' }),
  /**
   * Office lengths of configurable deadline rules (e.g. FOLLOW_UP: the follow-up visit is due
   * this many natural days after the decision). Absent = the rule's default in DEADLINE_RULES.
   */
  periodOverrides: PeriodOverridesSchema.default({}),
  /** Fine (fen) from which collective discussion is required by local rule; null = no such rule. */
  collectiveDiscussionFineFen: z
    .number({ error: '请输入集体讨论金额标准' })
    .int({ error: '金额须精确到分' })
    .positive({ error: '集体讨论金额标准须大于 0 元' })
    .nullable(),
  /** The 裁量 band split (从轻 lowest X %, 从重 highest Y %) used by shared/discretion. */
  discretionBands: DiscretionBandsSchema.default(defaultDiscretionBands),
})
/** Parsed {@link RuleSettingsSchema}. */
export type RuleSettings = z.infer<typeof RuleSettingsSchema>

/**
 * The documented defaults: SAMR thresholds, 3 working days lead, no period overrides (so the
 * follow-up is due after DEADLINE_RULES' 30 days), no local collective-discussion amount, 30/30 bands.
 */
export const defaultRuleSettings: RuleSettings = Object.freeze({
  hearingThresholdNaturalPersonFen: 1_000_000,
  hearingThresholdOrganisationFen: 10_000_000,
  soleTraderAs: 'naturalPerson',
  dueSoonLeadWorkingDays: 3,
  periodOverrides: Object.freeze({}),
  collectiveDiscussionFineFen: null,
  discretionBands: defaultDiscretionBands,
})

/**
 * Brings a stored settings object of any earlier version to the current shape before it is
 * parsed: missing keys take the defaults, and the former `followUpDueDays` (the follow-up visit
 * days, before period overrides existed) becomes `periodOverrides.FOLLOW_UP` unless that is set.
 */
export function migrateRuleSettings(stored: unknown): Record<string, unknown> {
  const rec = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>
  const { followUpDueDays, ...rest } = rec
  const overrides = {
    ...((rest.periodOverrides && typeof rest.periodOverrides === 'object'
      ? rest.periodOverrides
      : {}) as Record<string, unknown>),
  }
  if (typeof followUpDueDays === 'number' && overrides.FOLLOW_UP === undefined) {
    if (followUpDueDays !== deadlineRule('FOLLOW_UP').length) overrides.FOLLOW_UP = followUpDueDays
  }
  return { ...defaultRuleSettings, ...rest, periodOverrides: overrides }
}

/**
 * The length of `rule` for this office: the override of a configurable rule when set, else the
 * rule's own length (null for a rule whose due date comes from the act).
 */
export function ruleLength(
  rule: DeadlineRule | DeadlineRuleId,
  settings: Pick<RuleSettings, 'periodOverrides'> = defaultRuleSettings,
): number | null {
  const r = typeof rule === 'string' ? deadlineRule(rule) : rule
  const own = r.configurable ? settings.periodOverrides[r.id] : undefined
  return own ?? r.length
}

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
