/**
 * Record types of schema v2: parties, cases with their denormalised summary,
 * acts, follow-ups (回访), the office's 免罚清单 and counters. Domain parts are the shared zod
 * types of shared/domain/case; the rest is bookkeeping for lists and indexes.
 */
import type {
  Act,
  CASE_SOURCES,
  CaseOfficer,
  Party,
  RuleSettings,
  Stage,
} from '@shared/domain/case'
import type { ExemptionCategory } from '@shared/domain/exemptions'

/** A party (当事人) as stored: reused across cases through `identityKey`. */
export type PartyRecord = Party & {
  id: string
  /** Kind + USCC / ID number (or kind + name|address when there is none); see partyIdentityKey. */
  identityKey: string
  /** Unigrams and bigrams of the name plus the identity numbers (multiEntry index). */
  searchTokens: string[]
  createdAt: string
  updatedAt: string
}

/** A case (案件) with the summary fields that lists, filters and sorts read through indexes. */
export interface CaseRecord {
  id: string
  /** e.g. 鄂汉阳市监案〔2026〕12号 — see formatCaseNo. Unique, never reused. */
  caseNo: string
  /** year × 1,000,000 + number: sorts case numbers numerically (index). */
  caseNoKey: number
  /** Year of the legal date the case was registered on; the number counts within it. */
  year: number
  /** Legal date the case was registered in CaseDesk. */
  registeredOn: string
  partyId: string
  /** The party exactly as entered for this case (the party record may differ later). */
  partySnapshot: Party
  /** partySnapshot.name, for the party-name sort index. */
  partyName: string
  cause: string
  /** Ids of the 违法行为库 entries the case is about (not indexed; absent on older cases). */
  violationIds?: string[]
  source: keyof typeof CASE_SOURCES
  sourceDate: string
  officers: CaseOfficer[]
  /** officers[].officerId (multiEntry index). */
  officerIds: string[]
  createdAt: string
  updatedAt: string
  closed: boolean
  voided?: { reason: string; at: string }
  // ---- denormalised from the shared derivations at every write (see caseSummary) ----
  stage: Stage
  stageLabel: string
  /** Earliest running/overdue mandatory duty's due date, '' when none. */
  nextDueOn: string
  /** nextDueOn, or '9999-12-31' when none: the index the due filters and the due sort use. */
  nextDueKey: string
  /** Rule id of that deadline ('' when none). */
  nextDueRule: string
  /** A review (案件审核/法制审核) was submitted and no opinion recorded yet. */
  awaitingLegalReview: boolean
  /** Date of the effective decision, '' when none. */
  decisionOn: string
  /** 从轻/减轻/不予处罚 decision: the follow-up visit is mandatory. */
  lenient: boolean
  /** Number of stored acts (voided ones included). */
  actCount: number
  /** Unigrams/bigrams of the party name, USCC, ID numbers, case number (multiEntry index). */
  searchTokens: string[]
}

/** The summary fields of a case record, which withSummary derives from its acts. */
type CaseSummaryFields =
  | 'closed'
  | 'stage'
  | 'stageLabel'
  | 'nextDueOn'
  | 'nextDueKey'
  | 'nextDueRule'
  | 'awaitingLegalReview'
  | 'decisionOn'
  | 'lenient'
  | 'actCount'
  | 'searchTokens'

/**
 * A case record from what the user or the generator supplies, with the derived summary fields at
 * their "no acts yet" values; `withSummary` (repositories/cases.ts) then fills them from the acts.
 * The one place a blank CaseRecord is written out.
 */
export function blankCaseRecord(fields: Omit<CaseRecord, CaseSummaryFields>): CaseRecord {
  return {
    ...fields,
    closed: false,
    stage: 'clue',
    stageLabel: '',
    nextDueOn: '',
    nextDueKey: '',
    nextDueRule: '',
    awaitingLegalReview: false,
    decisionOn: '',
    lenient: false,
    actCount: 0,
    searchTokens: [],
  }
}

/** One stored act: the shared Act plus its case and its position in entry order. */
export type ActRecord = Act & { caseId: string; seq: number }

/** Status of a follow-up visit. */
export type FollowUpStatus = 'due' | 'done' | 'cancelled'

/** A follow-up visit (回访) owed after a decision. */
export interface FollowUpRecord {
  id: string
  caseId: string
  partyName: string
  caseNo: string
  /** The decision act that made the visit due ('' for a visit recorded without a decision). */
  decisionActId: string
  dueOn: string
  /** Lenient case (从轻/减轻/不予处罚): the visit must be made before closing. */
  mandatory: boolean
  status: FollowUpStatus
  visitActId?: string
  createdAt: string
  updatedAt: string
}

/** One item of the office's 免罚清单. */
export interface ExemptionItem {
  id: string
  /** The office's item number; unique among items (import matches on it). */
  code: string
  title: string
  category: ExemptionCategory
  /** 违法行为 */
  violation: string
  /** 法律依据 */
  legalBasis: string
  /** 适用条件 */
  conditions: string
  /** 清单名称/文号 */
  source: string
  active: boolean
  createdAt: string
  updatedAt: string
}

/** A number sequence: `caseNo:${year}` (case numbers) or `docNo:${code}:${year}` (document numbers). */
export interface Counter {
  key: string
  value: number
}

/** The office's rule settings, stored in `meta`. */
export interface RuleSettingsMeta {
  key: 'ruleSettings'
  settings: RuleSettings
  updatedAt: string
}
