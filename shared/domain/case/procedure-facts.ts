// Procedural facts the gates rely on: notice window, waivers, hearing scope and state, reviews.
import { addWorkingDaysOn } from '../../calendar'
import { type IsoDate } from '../../util/date'
import { type Act, type ActOf, type ActType } from './acts'
import { type CaseView } from './case-view'
import { type GateContext } from './gates'
import { thresholdClass } from './party'
import { type Penalty } from './penalty'
import { ruleLength, type RuleSettings } from './settings'

/** Acts of `type` after `a` in legal order (all of them when `a` is undefined). */
export function after<K extends ActType>(v: CaseView, type: K, a: Act | undefined): ActOf<K>[] {
  const idx = a ? v.acts.indexOf(a) : -1
  return v.acts.slice(idx + 1).filter((x): x is ActOf<K> => x.type === type)
}

/**
 * The reply-window end of the latest 告知书: NOTICE_REPLY of DEADLINE_RULES (5 working days, APL
 * Arts. 44/85, SAMR-PR Art. 57).
 */
export function noticeReplyEnd(g: GateContext): IsoDate | undefined {
  const n = g.v.last('penaltyNoticeServed')
  return n
    ? addWorkingDaysOn(g.cal, n.occurredOn, ruleLength('NOTICE_REPLY', g.settings) ?? 0)
    : undefined
}

/** Whether a written waiver after the latest notice covers every right told in it. */
export function fullyWaived(v: CaseView): boolean {
  const n = v.last('penaltyNoticeServed')
  if (!n) return false
  return after(v, 'rightsWaived', n).some(
    (w) => w.payload.waivesStatement && (w.payload.waivesHearing || !n.payload.hearingRightsTold),
  )
}

/** Whether `p` is within the hearing scope (APL Art. 63; SAMR hearing rules Art. 5; settings). */
export function inHearingScope(p: Penalty, g: Pick<GateContext, 'c' | 'settings'>): boolean {
  const cls = thresholdClass(g.c.party, g.settings.soleTraderAs)
  const limit =
    cls === 'naturalPerson'
      ? g.settings.hearingThresholdNaturalPersonFen
      : g.settings.hearingThresholdOrganisationFen
  return (
    p.fineFen >= limit ||
    p.confiscatedGainsFen + p.confiscatedPropertyValueFen >= limit ||
    p.licenceAction === 'downgrade' ||
    p.licenceAction === 'revokeLicence' ||
    p.licenceAction === 'revokeBusinessLicence' ||
    p.businessRestriction !== 'none'
  )
}

/** The open hearing request (requested after the latest notice, not withdrawn or held), if any. */
export function openHearingRequest(v: CaseView): ActOf<'hearingRequested'> | undefined {
  const req = v.last('hearingRequested')
  if (!req) return undefined
  return after(v, 'hearingHeld', req).length || after(v, 'hearingWithdrawn', req).length
    ? undefined
    : req
}

/** Latest agreeing review of `kind` after the latest investigation conclusion (and after `since`). */
export function reviewAgreed(
  v: CaseView,
  kind: 'caseReview' | 'legalReview' | 'any',
  since?: Act,
): ActOf<'caseReviewed'> | undefined {
  const base = since ?? v.last('investigationConcluded')
  const reviews = after(v, 'caseReviewed', base).filter(
    (r) => kind === 'any' || r.payload.reviewKind === kind,
  )
  const last = reviews.at(-1)
  return last?.payload.opinion === 'agree' ? last : undefined
}

/** Whether APL Art. 58 / SAMR-PR Art. 50 makes 法制审核 mandatory in this case. */
export function legalReviewRequired(v: CaseView): boolean {
  const c = v.last('investigationConcluded')
  return (
    (c?.payload.legalReviewTriggers.length ?? 0) > 0 ||
    v.all('hearingHeld').some((h) => h.payload.partyAppeared)
  )
}

/** Whether collective discussion is required (APL Art. 57 para 2; SAMR-PR Art. 60 para 2; settings). */
export function collectiveRequired(v: CaseView, settings: RuleSettings): boolean {
  const c = v.last('investigationConcluded')
  const fine = c?.payload.proposedPenalty?.fineFen ?? 0
  return (
    legalReviewRequired(v) ||
    (c?.payload.complexOrMajor ?? false) ||
    (settings.collectiveDiscussionFineFen !== null && fine >= settings.collectiveDiscussionFineFen)
  )
}
