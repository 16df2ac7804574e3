/**
 * One colour meaning everywhere (docs/architecture/overview.md §8): 逾期 red (danger), 即将到期 orange (warning),
 * 进行中 blue (primary), 已完成/已结案 grey (info).
 */
import { addWorkingDays } from '@shared/calendar'
import { DEADLINE_RULES, defaultRuleSettings } from '@shared/domain/case'

/** The Element Plus tag type of each meaning above. */
export type TagType = 'danger' | 'warning' | 'primary' | 'info'

interface DueTag {
  label: string
  type: TagType
}

/**
 * The last day that still counts as 即将到期: `today` plus the office's lead in working days
 * (default 3, RuleSettings.dueSoonLeadWorkingDays), on the shared working-day calendar.
 */
export function soonLimit(
  today: string,
  leadWorkingDays = defaultRuleSettings.dueSoonLeadWorkingDays,
): string {
  return addWorkingDays(today, leadWorkingDays)
}

/** Status tag of a due date: overdue before today, soon up to `soon`, otherwise running. */
export function dueTag(dueOn: string, today: string, soon: string, done = false): DueTag {
  if (done) return { label: '已完成', type: 'info' }
  if (!dueOn) return { label: '无期限', type: 'info' }
  if (dueOn < today) return { label: '逾期', type: 'danger' }
  if (dueOn <= soon) return { label: '即将到期', type: 'warning' }
  return { label: '进行中', type: 'primary' }
}

/** Status tag of a case in lists. */
export function caseTag(
  c: { closed: boolean; nextDueOn: string },
  today: string,
  soon: string,
): DueTag {
  if (c.closed) return { label: '已结案', type: 'info' }
  return dueTag(c.nextDueOn, today, soon)
}

/** Name of a deadline rule id for tooltips ('' when unknown or empty). */
export function ruleName(ruleId: string): string {
  return DEADLINE_RULES.find((r) => r.id === ruleId)?.name ?? ''
}
