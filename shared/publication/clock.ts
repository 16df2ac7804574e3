// 信用公示 clocks of a case: publish an ordinary penalty decision within 20 working days, and take
// it down within 3 working days after it is revoked, changed or annulled (市场监督管理行政处罚信息
// 公示规定 Art. 2 and Arts. 9–12; docs/domain/statistics.md).
import { activeCalendar, addWorkingDaysOn, type Calendar } from '../calendar'
import {
  computeDeadlines,
  defaultRuleSettings,
  viewCase,
  type ActOf,
  type CaseFacts,
  type RuleSettings,
} from '../domain/case'
import { type IsoDate } from '../util/date'

/** Working days to take published information down after the decision is revoked or changed. */
export const WITHDRAW_WORKING_DAYS = 3

/** Where a decision's publication stands. */
export type PublicationStatus = 'notRequired' | 'running' | 'met' | 'overdue' | 'revoked'

/** Chinese labels of {@link PublicationStatus}. */
export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  notRequired: '无需公示（仅警告）',
  running: '待公示',
  met: '已公示',
  overdue: '逾期未公示',
  revoked: '决定已撤销',
}

/** The take-down clock after the decision was revoked, changed or annulled. */
export interface WithdrawalClock {
  reason: string
  from: IsoDate
  withdrawBy: IsoDate
  /** The day a 撤下公示 act records the take-down (on or after `from`), if one does. */
  withdrawnOn?: IsoDate
  /** Not taken down and today is after withdrawBy. */
  overdue: boolean
}

/** The first standing 撤下公示 on or after `from` among the stored acts. */
function withdrawnOn(c: Pick<CaseFacts, 'acts'>, from: IsoDate): IsoDate | undefined {
  const voided = new Set(voidings(c).map((x) => x.payload.targetActId))
  return c.acts
    .filter((a) => a.type === 'publicationWithdrawn' && !voided.has(a.id) && a.occurredOn >= from)
    .map((a) => a.occurredOn)
    .sort()[0]
}

/** The take-down clock from `from`: met by a 撤下公示, else overdue after the 3 working days. */
function withdrawalClock(
  c: Pick<CaseFacts, 'acts'>,
  reason: string,
  from: IsoDate,
  by: IsoDate,
  today: IsoDate,
): WithdrawalClock {
  const done = withdrawnOn(c, from)
  return {
    reason,
    from,
    withdrawBy: by,
    ...(done ? { withdrawnOn: done } : {}),
    overdue: !done && today > by,
  }
}

/** The publication clocks of one ordinary penalty decision. */
export interface PublicationClock {
  caseId: string
  caseNo: string
  partyName: string
  decision: ActOf<'penaltyDecision'>
  status: PublicationStatus
  /** Last day to publish (20 working days after the decision); absent when not required. */
  publishBy?: IsoDate
  publishedOn?: IsoDate
  link?: string
  withdrawal?: WithdrawalClock
}

function voidings(c: Pick<CaseFacts, 'acts'>) {
  return c.acts.filter((a): a is ActOf<'actVoided'> => a.type === 'actVoided')
}

/**
 * The publication clocks of the case's ordinary penalty decision as of `today`: the effective one,
 * or else the latest one that was revoked (撤销). Undefined when the case has neither (summary
 * penalties and 不予处罚 decisions are not published under PubRule Art. 2).
 */
export function publicationClock(
  c: CaseFacts,
  today: IsoDate,
  settings: RuleSettings = defaultRuleSettings,
  calendar: Calendar = activeCalendar(),
): PublicationClock | undefined {
  const base = { caseId: c.id, caseNo: c.caseNo ?? '', partyName: c.party.name }
  const v = viewCase(c)
  const withdrawBy = (from: IsoDate) => addWorkingDaysOn(calendar, from, WITHDRAW_WORKING_DAYS)
  if (v.decision?.type === 'penaltyDecision') {
    const decision = v.decision
    const dl = computeDeadlines(c, today, settings, calendar).find((d) => d.ruleId === 'PUBLISH')
    const published = v
      .all('publicised')
      .find(
        (p) => p.occurredOn >= decision.occurredOn && v.acts.indexOf(p) > v.acts.indexOf(decision),
      )
    let withdrawal: WithdrawalClock | undefined
    const remedy = v
      .all('remedyConcluded')
      .find((r) => ['annulled', 'changed'].includes(r.payload.result))
    if (published && remedy && remedy.occurredOn >= published.occurredOn) {
      withdrawal = withdrawalClock(
        c,
        remedy.payload.result === 'annulled'
          ? '复议或诉讼撤销了处罚决定'
          : '复议或诉讼变更了处罚决定',
        remedy.occurredOn,
        withdrawBy(remedy.occurredOn),
        today,
      )
    }
    if (!dl) return { ...base, decision, status: 'notRequired', withdrawal }
    return {
      ...base,
      decision,
      status: dl.status === 'met' ? 'met' : dl.status === 'overdue' ? 'overdue' : 'running',
      publishBy: dl.dueDate,
      publishedOn: published?.occurredOn ?? dl.metOn,
      link: published?.payload.link,
      withdrawal,
    }
  }
  // A revoked decision: published before it was revoked → take it down within 3 working days.
  const revoking = voidings(c).filter((x) => x.payload.kind === 'revoked')
  const byId = new Map(c.acts.map((a) => [a.id, a]))
  const revoked = revoking
    .map((x) => ({ x, target: byId.get(x.payload.targetActId) }))
    .filter(
      (r): r is { x: ActOf<'actVoided'>; target: ActOf<'penaltyDecision'> } =>
        r.target?.type === 'penaltyDecision',
    )
    .at(-1)
  if (!revoked) return undefined
  const entryErrors = new Set(
    voidings(c)
      .filter((x) => x.payload.kind === 'voided')
      .map((x) => x.payload.targetActId),
  )
  const published = c.acts.find(
    (a): a is ActOf<'publicised'> =>
      a.type === 'publicised' &&
      a.occurredOn >= revoked.target.occurredOn &&
      !entryErrors.has(a.id),
  )
  const withdrawal = published
    ? withdrawalClock(
        c,
        `处罚决定已撤销：${revoked.x.payload.reason}`,
        revoked.x.occurredOn,
        withdrawBy(revoked.x.occurredOn),
        today,
      )
    : undefined
  return {
    ...base,
    decision: revoked.target,
    status: 'revoked',
    publishedOn: published?.occurredOn,
    link: published?.payload.link,
    withdrawal,
  }
}

/** Whether the case's acts (effective or not) include an ordinary penalty decision. */
export function hasPenaltyDecision(c: Pick<CaseFacts, 'acts'>): boolean {
  return c.acts.some((a) => a.type === 'penaltyDecision')
}
