// Demo scenarios: the act sequences of typical cases. Each step is an act type, the natural days
// after the previous act, and optionally a fixed date taken from an earlier payload.
import { type ActType } from '../domain/case'
import { type IsoDate } from '../util/date'
import { type DemoContext } from './payloads'

/** One step of a scenario. */
export interface DemoStep {
  type: ActType
  /** Natural days after the previous act [min, max]. */
  gap: [number, number]
  /** A date dictated by an earlier act (e.g. the scheduled hearing day). */
  at?: (s: DemoContext) => IsoDate | undefined
  /** Skip the step unless this holds (decided once per case, before the step). */
  when?: (s: DemoContext) => boolean
}

const step = (
  type: ActType,
  min: number,
  max: number,
  extra: Partial<DemoStep> = {},
): DemoStep => ({
  type,
  gap: [min, max],
  ...extra,
})
const sometimes = (p: number) => (s: DemoContext) => s.rng.chance(p)

const scheduled = (s: DemoContext) => {
  const n = s.last.interviewNoticeServed
  return n?.type === 'interviewNoticeServed' ? n.payload.scheduledOn : undefined
}
const inquiryDay = (s: DemoContext) => {
  const n = s.last.inquiryNoticeServed
  return n?.type === 'inquiryNoticeServed' ? n.payload.scheduledOn : undefined
}
const hearingDay = (s: DemoContext) => {
  const n = s.last.hearingNoticeServed
  return n?.type === 'hearingNoticeServed' ? n.payload.hearingOn : undefined
}

const investigation = [
  step('caseFiled', 1, 8),
  // The evidence acts of an investigation, so the demo shows their forms and clocks
  // (docs/domain/capture-once.md): 现场检查, 询问, 限期提供材料 met by a 证据登记, 协助调查, 抽样,
  // 先行登记保存 with its 解除, 查封/扣押 with 先行处置, 解除 and 涉案物品处理.
  step('onSiteInspection', 0, 2, { when: sometimes(0.3) }),
  step('inquiryNoticeServed', 1, 3, { when: sometimes(0.25) }),
  step('inquiryHeld', 0, 0, {
    at: inquiryDay,
    when: (s) => s.last.inquiryNoticeServed !== undefined,
  }),
  step('materialsRequested', 0, 2, { when: sometimes(0.2) }),
  step('evidenceRecorded', 2, 6, { when: (s) => s.last.materialsRequested !== undefined }),
  step('assistanceRequested', 0, 3, { when: sometimes(0.08) }),
  step('samplingDone', 0, 2, { when: sometimes(0.12) }),
  step('evidencePreserved', 0, 2, { when: sometimes(0.1) }),
  step('evidencePreservationLifted', 2, 6, { when: (s) => s.last.evidencePreserved !== undefined }),
  step('coerciveMeasureTaken', 0, 2, { when: sometimes(0.08) }),
  step('advanceDisposal', 1, 3, {
    when: (s) => s.last.coerciveMeasureTaken !== undefined && s.rng.chance(0.5),
  }),
  step('coerciveMeasureLifted', 5, 15, { when: (s) => s.last.coerciveMeasureTaken !== undefined }),
  step('seizedItemsHandled', 0, 0, { when: (s) => s.last.coerciveMeasureLifted !== undefined }),
  step('testingStarted', 2, 8, { when: sometimes(0.15) }),
  step('testingConcluded', 7, 20, { when: (s) => s.last.testingStarted !== undefined }),
]
const review = [step('reviewSubmitted', 1, 3), step('caseReviewed', 2, 7)]
const execution = [
  step('decisionServed', 0, 4),
  step('paymentMade', 2, 12),
  step('publicised', 1, 10),
  step('caseClosed', 1, 10),
  step('followUpVisit', 15, 35, { when: sometimes(0.5) }),
]

/** Scenario id → steps. */
export const DEMO_SCENARIOS = {
  /** 约谈 → 责令改正 → 复查合格 → 不予立案 → 回访 */
  interview: [
    step('clueRegistered', 0, 0),
    step('interviewNoticeServed', 1, 3),
    step('interviewHeld', 0, 0, { at: scheduled }),
    step('correctionOrderServed', 0, 1),
    step('correctionReviewed', 7, 9),
    step('filingDeclined', 0, 2),
    step('followUpVisit', 10, 25),
  ],
  /** 责令改正 → 复查 → 行政指导 → 不予立案 */
  correction: [
    step('clueRegistered', 0, 0),
    step('correctionOrderServed', 1, 3),
    step('correctionReviewed', 7, 9),
    step('administrativeGuidance', 0, 2),
    step('filingDeclined', 0, 2),
  ],
  /** 警示劝诫 / 书面告诫 → 不予立案 */
  soft: [
    step('clueRegistered', 0, 0),
    step('warningAdmonition', 1, 4, { when: sometimes(0.5) }),
    step('writtenCaution', 1, 4, { when: (s) => s.last.warningAdmonition === undefined }),
    step('filingDeclined', 1, 5),
  ],
  /** Ordinary penalty: 立案 → 调查终结 → 审核 → 告知 → 陈述申辩 or 放弃 → 决定 → 送达 → 缴纳 → 公示 → 结案 */
  penalty: [
    step('clueRegistered', 0, 0),
    ...investigation,
    step('investigationConcluded', 10, 30),
    ...review,
    step('penaltyNoticeServed', 1, 4),
    step('statementDefence', 1, 3, { when: sometimes(0.35) }),
    step('defenceRechecked', 1, 3, { when: (s) => s.last.statementDefence !== undefined }),
    step('rightsWaived', 0, 2, {
      when: (s) => s.last.statementDefence === undefined && s.rng.chance(0.4),
    }),
    step('penaltyDecision', 8, 12),
    ...execution,
  ],
  /** 从轻 with education first; follow-up mandatory before closing. */
  lenient: [
    step('clueRegistered', 0, 0),
    ...investigation,
    step('educationGiven', 1, 5),
    step('investigationConcluded', 8, 25),
    ...review,
    step('penaltyNoticeServed', 1, 4),
    step('rightsWaived', 0, 2, { when: sometimes(0.5) }),
    step('penaltyDecision', 8, 12),
    step('decisionServed', 0, 4),
    step('paymentMade', 2, 12),
    step('publicised', 1, 10),
    step('followUpVisit', 15, 30),
    step('caseClosed', 1, 8),
  ],
  /** Large fine: 告知 → 听证申请 → 听证 → 法制审核 → 集体讨论 → 决定 → … */
  hearing: [
    step('clueRegistered', 0, 0),
    ...investigation,
    step('investigationConcluded', 15, 35),
    ...review,
    step('penaltyNoticeServed', 1, 4),
    step('hearingRequested', 1, 2),
    step('hearingNoticeServed', 1, 3),
    step('hearingHeld', 0, 0, { at: hearingDay }),
    ...review,
    step('collectiveDiscussion', 1, 5),
    step('penaltyDecision', 1, 3),
    ...execution,
  ],
  /** 首违不罚 / 轻微免罚 with a 免罚清单 item: education → 不予处罚 → 送达 → 回访 → 结案 */
  noPenalty: [
    step('clueRegistered', 0, 0),
    step('caseFiled', 1, 8),
    step('educationGiven', 1, 5),
    step('investigationConcluded', 5, 20),
    ...review,
    step('noPenaltyDecision', 1, 5),
    step('decisionServed', 0, 4),
    step('followUpVisit', 10, 30),
    step('caseClosed', 1, 8),
  ],
  /** 当场处罚 → 缴纳 → 交回归档 */
  summary: [
    step('summaryPenalty', 0, 0),
    step('paymentMade', 0, 10),
    step('summaryArchived', 0, 2),
    step('followUpVisit', 10, 30, { when: sometimes(0.3) }),
  ],
  /** 立案 → 终止调查 → 结案 */
  terminated: [
    step('clueRegistered', 0, 0),
    step('caseFiled', 1, 8),
    step('investigationTerminated', 10, 40),
    step('caseClosed', 1, 8),
  ],
  /** 立案 → 移送司法机关 → 结案 */
  transferred: [
    step('clueRegistered', 0, 0),
    step('caseFiled', 1, 8),
    step('caseTransferred', 10, 30),
    step('caseClosed', 1, 8),
  ],
} satisfies Record<string, DemoStep[]>

/** A scenario id. */
export type DemoScenario = keyof typeof DEMO_SCENARIOS

/** How often each scenario occurs. */
export const DEMO_SCENARIO_WEIGHTS: Record<DemoScenario, number> = {
  penalty: 28,
  noPenalty: 14,
  lenient: 8,
  hearing: 6,
  interview: 10,
  correction: 10,
  soft: 4,
  summary: 14,
  terminated: 3,
  transferred: 3,
}
