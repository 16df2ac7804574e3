import type { ActInput } from '@renderer/db/repositories/cases'

/** Act inputs for the usual paths (payloads as the forms submit them). */
export const acts = {
  clue: (on: string): ActInput => ({
    type: 'clueRegistered',
    occurredOn: on,
    payload: { source: 'inspection', summary: '检查发现', realNameReporter: false },
  }),
  filed: (on: string): ActInput => ({
    type: 'caseFiled',
    occurredOn: on,
    payload: { approver: '刘局长', reason: '涉嫌违法' },
  }),
  education: (on: string): ActInput => ({
    type: 'educationGiven',
    occurredOn: on,
    payload: { method: 'onSite', content: '讲解食品安全法有关规定' },
  }),
  concluded: (on: string, proposal: 'penalty' | 'noPenalty'): ActInput => ({
    type: 'investigationConcluded',
    occurredOn: on,
    payload: {
      summary: '调查终结',
      proposal,
      legalReviewTriggers: [],
      complexOrMajor: false,
      ...(proposal === 'penalty'
        ? {
            proposedPenalty: {
              warning: true,
              fineFen: 200_000,
              confiscatedGainsFen: 0,
              confiscatedPropertyValueFen: 0,
              licenceAction: 'none',
              businessRestriction: 'none',
              legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
            },
          }
        : {}),
    },
  }),
  submitted: (on: string): ActInput => ({
    type: 'reviewSubmitted',
    occurredOn: on,
    payload: { reviewKind: 'caseReview' },
  }),
  reviewed: (on: string): ActInput => ({
    type: 'caseReviewed',
    occurredOn: on,
    payload: { reviewKind: 'caseReview', opinion: 'agree', reviewer: '法制员' },
  }),
  noPenalty: (on: string): ActInput => ({
    type: 'noPenaltyDecision',
    occurredOn: on,
    payload: {
      ground: 'art33_1_s2',
      reason: '初次违法且危害后果轻微并及时改正',
      exemptionListItem: {
        id: 'SP-01',
        title: '未按规定公示食品经营许可证',
        legalBasis: '食品安全法',
      },
    },
  }),
  summary: (on: string, officerIds: string[]): ActInput => ({
    type: 'summaryPenalty',
    occurredOn: on,
    payload: {
      documentNo: '鄂汉阳市监当罚〔2026〕1号',
      warning: true,
      fineFen: 10_000,
      place: '汉阳区龙阳大道 88 号',
      legalBasis: '《中华人民共和国食品安全法》第一百二十六条',
      officerIds: officerIds.slice(0, 2),
    },
  }),
  visit: (on: string, officerIds: string[]): ActInput => ({
    type: 'followUpVisit',
    occurredOn: on,
    payload: {
      method: 'phone',
      visitorIds: officerIds.slice(0, 1),
      contactPerson: '张伟',
      rectification: 'rectified',
      conductProper: true,
      rightsExplained: true,
      integrityIssue: false,
      needsGuidance: false,
      satisfaction: 'satisfied',
      findings: '已整改到位',
    },
  }),
}
