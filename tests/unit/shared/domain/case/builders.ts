// Deterministic builders for case tests (ids and timestamps derived from a counter).
import {
  type Act,
  type ActPayload,
  type ActType,
  type CaseFacts,
  type Penalty,
} from '@shared/domain/case'

let counter = 0
/** A valid, deterministic UUID (v4 layout). */
export function uid(n: number = ++counter): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

export const OFFICER_A = uid(9001)
export const OFFICER_B = uid(9002)

/** One act of `type` on `occurredOn`. */
export function act<K extends ActType>(
  type: K,
  occurredOn: string,
  payload: ActPayload<K>,
  id = uid(),
): Act {
  return {
    id,
    type,
    occurredOn,
    recordedAt: `${occurredOn}T09:00:00.000+08:00`,
    recordedBy: 'tester',
    payload,
  } as Act
}

/** A case with two certified officers and an organisation party. */
export function makeCase(acts: Act[], over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    id: uid(1),
    party: {
      kind: 'organisation',
      name: '某某食品有限公司',
      uscc: '91110000600037341L',
      legalRepresentative: '张三',
      address: '某市某路1号',
    },
    cause: '涉嫌销售过期食品案',
    source: 'inspection',
    sourceDate: '2026-06-01',
    officers: [
      { officerId: OFFICER_A, name: '李四', certificateNo: 'HB-0001' },
      { officerId: OFFICER_B, name: '王五', certificateNo: 'HB-0002' },
    ],
    acts,
    ...over,
  }
}

export function penalty(over: Partial<Penalty> = {}): Penalty {
  return {
    warning: false,
    circulatedCriticism: false,
    fineFen: 500_000,
    confiscatedGainsFen: 0,
    confiscatedPropertyValueFen: 0,
    licenceAction: 'none',
    businessRestriction: 'none',
    legalBasis: '《食品安全法》第一百二十四条',
    ...over,
  }
}

export const P = {
  clue: (): ActPayload<'clueRegistered'> => ({
    source: 'inspection',
    summary: '检查发现过期食品',
    realNameReporter: false,
  }),
  filed: (): ActPayload<'caseFiled'> => ({ approver: '局长', reason: '初步证据' }),
  concluded: (
    over: Partial<ActPayload<'investigationConcluded'>> = {},
  ): ActPayload<'investigationConcluded'> => ({
    summary: '调查终结',
    proposal: 'penalty',
    proposedPenalty: penalty(),
    legalReviewTriggers: [],
    complexOrMajor: false,
    ...over,
  }),
  submitted: (k: 'caseReview' | 'legalReview' = 'caseReview'): ActPayload<'reviewSubmitted'> => ({
    reviewKind: k,
  }),
  reviewed: (
    opinion: 'agree' | 'disagree' | 'reviseAndResubmit' = 'agree',
    k: 'caseReview' | 'legalReview' = 'caseReview',
  ): ActPayload<'caseReviewed'> => ({ reviewKind: k, opinion, reviewer: '法制员' }),
  notice: (
    over: Partial<Penalty> = {},
    hearingRightsTold = false,
  ): ActPayload<'penaltyNoticeServed'> => ({
    proposedPenalty: penalty(over),
    hearingRightsTold,
    serviceMethod: 'direct',
  }),
  decision: (over: Partial<ActPayload<'penaltyDecision'>> = {}): ActPayload<'penaltyDecision'> => ({
    penalty: penalty(),
    ...over,
  }),
  served: (
    decisionActId: string,
    method: 'direct' | 'publicNotice' = 'direct',
  ): ActPayload<'decisionServed'> => ({
    decisionActId,
    method,
    recipient: '张三',
    publicationNotified: true,
    electronicConsent: false,
  }),
  soft: (): ActPayload<'educationGiven'> => ({ method: 'onSite', content: '讲解食品安全法规定' }),
}
