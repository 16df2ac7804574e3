/**
 * The 期限与裁量 form: its model (amounts typed in 元, counts typed as text so a wrong entry gets a
 * Chinese message instead of being silently clamped), the conversion to RuleSettings (amounts in
 * 分, overrides only where they differ from DEADLINE_RULES) and the field errors. Field props are
 * the RuleSettings paths, so errors returned by the repository land on the same fields.
 * Which rules are configurable: docs/domain/deadlines.md.
 */
import {
  CONFIGURABLE_RULE_IDS,
  deadlineRule,
  RuleSettingsSchema,
  type DeadlineRuleId,
  type RuleSettings,
} from '@shared/domain/case'
import { formatFenAsYuan, parseYuanToFen } from '@shared/money'
import type { FieldErrors } from '@shared/domain/settings'
import type { FieldSpec } from '@renderer/composables/use-form-rules'

/** The form model. Amount fields hold 元 text, count fields digit text. */
export interface RuleSettingsFormModel {
  hearingThresholdNaturalPersonFen: string
  hearingThresholdOrganisationFen: string
  soleTraderAs: RuleSettings['soleTraderAs']
  dueSoonLeadWorkingDays: string
  /** Whether a local rule requires 集体讨论 from an amount. */
  collectiveByAmount: boolean
  collectiveDiscussionFineFen: string
  /** Length per configurable rule (its DEADLINE_RULES default when the office set none). */
  periodOverrides: Record<string, string>
  discretionBands: { lighterPercent: string; heavierPercent: string }
}

/** The form's fields (for useFormRules). */
export const ruleSettingsFields: FieldSpec[] = [
  { prop: 'hearingThresholdNaturalPersonFen', required: true },
  { prop: 'hearingThresholdOrganisationFen', required: true },
  { prop: 'soleTraderAs', required: true },
  { prop: 'dueSoonLeadWorkingDays', required: true },
  { prop: 'collectiveDiscussionFineFen', required: false },
  ...CONFIGURABLE_RULE_IDS.map((id) => ({ prop: `periodOverrides.${id}`, required: true })),
  { prop: 'discretionBands.lighterPercent', required: true },
  { prop: 'discretionBands.heavierPercent', required: true },
]

/** The form model showing `s`. */
export function toRuleSettingsForm(s: RuleSettings): RuleSettingsFormModel {
  return {
    hearingThresholdNaturalPersonFen: formatFenAsYuan(s.hearingThresholdNaturalPersonFen),
    hearingThresholdOrganisationFen: formatFenAsYuan(s.hearingThresholdOrganisationFen),
    soleTraderAs: s.soleTraderAs,
    dueSoonLeadWorkingDays: String(s.dueSoonLeadWorkingDays),
    collectiveByAmount: s.collectiveDiscussionFineFen !== null,
    collectiveDiscussionFineFen:
      s.collectiveDiscussionFineFen === null ? '' : formatFenAsYuan(s.collectiveDiscussionFineFen),
    periodOverrides: Object.fromEntries(
      CONFIGURABLE_RULE_IDS.map((id) => [
        id,
        String(s.periodOverrides[id] ?? deadlineRule(id).length ?? ''),
      ]),
    ),
    discretionBands: {
      lighterPercent: String(s.discretionBands.lighterPercent),
      heavierPercent: String(s.discretionBands.heavierPercent),
    },
  }
}

function yuan(text: string, errors: FieldErrors, prop: string, what: string): number {
  const trimmed = text.trim()
  if (!trimmed) {
    errors[prop] = `请填写${what}（元）`
    return NaN
  }
  const fen = parseYuanToFen(trimmed)
  if (fen === undefined) {
    errors[prop] = `${what}应为金额（元），最多两位小数，如 10000`
    return NaN
  }
  if (fen === 0) errors[prop] = `${what}须大于 0 元`
  return fen
}

function whole(text: string, errors: FieldErrors, prop: string, what: string): number {
  const trimmed = text.trim()
  if (!trimmed) {
    errors[prop] = `请填写${what}`
    return NaN
  }
  if (!/^\d+$/.test(trimmed)) {
    errors[prop] = `${what}应为不带小数的整数`
    return NaN
  }
  return Number(trimmed)
}

/**
 * The settings the form describes, or the field errors (Chinese, keyed by field prop). Range
 * checks come from RuleSettingsSchema, so the form and the repository say the same thing.
 */
export function fromRuleSettingsForm(
  m: RuleSettingsFormModel,
): { ok: true; settings: RuleSettings } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const natural = yuan(
    m.hearingThresholdNaturalPersonFen,
    errors,
    'hearingThresholdNaturalPersonFen',
    '自然人标准',
  )
  const org = yuan(
    m.hearingThresholdOrganisationFen,
    errors,
    'hearingThresholdOrganisationFen',
    '法人或其他组织标准',
  )
  const lead = whole(m.dueSoonLeadWorkingDays, errors, 'dueSoonLeadWorkingDays', '提前提醒天数')
  const collective = m.collectiveByAmount
    ? yuan(m.collectiveDiscussionFineFen, errors, 'collectiveDiscussionFineFen', '集体讨论金额标准')
    : null
  const overrides: Partial<Record<DeadlineRuleId, number>> = {}
  for (const id of CONFIGURABLE_RULE_IDS) {
    const rule = deadlineRule(id)
    const n = whole(
      m.periodOverrides[id] ?? '',
      errors,
      `periodOverrides.${id}`,
      `${rule.name}天数`,
    )
    if (!Number.isNaN(n) && n !== rule.length) overrides[id] = n
  }
  const lighter = whole(
    m.discretionBands.lighterPercent,
    errors,
    'discretionBands.lighterPercent',
    '从轻比例',
  )
  const heavier = whole(
    m.discretionBands.heavierPercent,
    errors,
    'discretionBands.heavierPercent',
    '从重比例',
  )
  const candidate = {
    hearingThresholdNaturalPersonFen: natural,
    hearingThresholdOrganisationFen: org,
    soleTraderAs: m.soleTraderAs,
    dueSoonLeadWorkingDays: lead,
    periodOverrides: overrides,
    collectiveDiscussionFineFen: collective,
    discretionBands: { lighterPercent: lighter, heavierPercent: heavier },
  }
  const parsed = RuleSettingsSchema.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      let prop = issue.path.join('.')
      // The band sum check has no field of its own: show it under 从重.
      if (prop === 'discretionBands') prop = 'discretionBands.heavierPercent'
      errors[prop] ??= issue.message
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors }
  return { ok: true, settings: parsed.data }
}

/** Field errors of the form as it stands (for the ElForm validators). */
export function ruleSettingsFormErrors(m: RuleSettingsFormModel): FieldErrors {
  const r = fromRuleSettingsForm(m)
  return r.ok ? {} : r.errors
}

/** The 一般 share left between the 从轻 and 从重 shares, or undefined while they are not valid. */
export function generalPercent(m: RuleSettingsFormModel): number | undefined {
  const l = m.discretionBands.lighterPercent.trim()
  const h = m.discretionBands.heavierPercent.trim()
  if (!/^\d+$/.test(l) || !/^\d+$/.test(h)) return undefined
  const rest = 100 - Number(l) - Number(h)
  return rest >= 0 && Number(l) <= 100 && Number(h) <= 100 ? rest : undefined
}
