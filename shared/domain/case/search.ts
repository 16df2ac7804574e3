// Denormalised summary and search tokens of a case, stored beside it so that lists, filters and
// search run on indexes instead of re-deriving every case. Pure; recomputed at every write.
import { activeCalendar, type Calendar } from '../../calendar'
import { type IsoDate } from '../../util/date'
import { type CaseFacts } from './case'
import { viewCase } from './case-view'
import { computeDeadlines } from './deadlines'
import { deriveCaseState, type Stage } from './lifecycle'
import { type Party } from './party'
import { defaultRuleSettings, type RuleSettings } from './settings'

/** Due key stored when a case has no running deadline: sorts after every real date. */
export const NO_DUE_KEY = '9999-12-31'

/**
 * Normalises text for search: full-width ASCII → half-width, ASCII letters upper-case,
 * whitespace removed. Applied to stored names and to queries alike.
 */
export function normalizeSearchText(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) as number
    if (code === 0x3000 || /\s/.test(ch)) continue
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch
  }
  return out.toUpperCase()
}

/** Unigrams and bigrams of a normalised name (the substring search tokens). */
export function nameGrams(name: string): string[] {
  const chars = [...normalizeSearchText(name)]
  const out = new Set<string>(chars)
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!)
  return [...out]
}

/** Identity numbers of a party: USCC, resident/other ID number, a sole trader's operator ID. */
export function partyIdentityNumbers(party: Party): string[] {
  const out: string[] = []
  if (party.kind !== 'naturalPerson' && party.uscc) out.push(party.uscc)
  if (party.kind === 'soleTrader') out.push(party.operatorIdNo)
  if (party.kind === 'naturalPerson') out.push(normalizeSearchText(party.idNo))
  return out
}

/**
 * The key that identifies the same party across cases: kind + USCC (organisation or sole trader
 * with one), kind + operator ID (sole trader without USCC), kind + ID type + number (natural
 * person). An organisation without USCC falls back to kind + name + address.
 */
export function partyIdentityKey(party: Party): string {
  switch (party.kind) {
    case 'organisation':
      return party.uscc
        ? `organisation:uscc:${party.uscc}`
        : `organisation:name:${normalizeSearchText(party.name)}|${normalizeSearchText(party.address)}`
    case 'soleTrader':
      return party.uscc ? `soleTrader:uscc:${party.uscc}` : `soleTrader:id:${party.operatorIdNo}`
    case 'naturalPerson':
      return `naturalPerson:${party.idType}:${normalizeSearchText(party.idNo)}`
  }
}

/** Tokens of a party record: name grams plus identity numbers. */
export function partySearchTokens(party: Party): string[] {
  return [...new Set([...nameGrams(party.name), ...partyIdentityNumbers(party)])]
}

/**
 * The multiEntry search tokens of a case: unigrams and bigrams of the party name, the full USCC /
 * ID numbers, and the case number (normalised, plus its short form `2026-12`).
 */
export function searchTokens(party: Party, caseNo: string, shortNo?: string): string[] {
  const tokens = new Set(partySearchTokens(party))
  if (caseNo) tokens.add(normalizeSearchText(caseNo))
  if (shortNo) tokens.add(shortNo)
  return [...tokens]
}

/**
 * How a search text is looked up: `exact` — one token that may equal a whole USCC, ID number or
 * case number; `grams` — the bigrams (or the single character) that every name containing the
 * text also contains. A name matches when it has all grams; grams are necessary, not sufficient
 * (两个 bigram 可能不相邻), so callers confirm with {@link nameContains} where they can.
 */
export function searchQuery(text: string): { exact: string; grams: string[] } {
  const chars = [...normalizeSearchText(text)]
  if (chars.length === 0) return { exact: '', grams: [] }
  if (chars.length === 1) return { exact: chars[0]!, grams: [chars[0]!] }
  const grams = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!)
  return { exact: chars.join(''), grams: [...grams] }
}

/** Whether the normalised `name` contains the normalised `text` (the exact substring check). */
export function nameContains(name: string, text: string): boolean {
  return normalizeSearchText(name).includes(normalizeSearchText(text))
}

/** The summary fields stored on a case record. */
export interface CaseSummary {
  stage: Stage
  stageLabel: string
  /** Earliest due date of a mandatory duty that is running or overdue; '' when none. */
  nextDueOn: string
  /** nextDueOn or {@link NO_DUE_KEY}. */
  nextDueKey: string
  nextDueRule: string
  /** The last 提交审核 has no 审核意见 yet. */
  awaitingLegalReview: boolean
  decisionOn: string
  lenient: boolean
  closed: boolean
}

/**
 * The summary of a case as of `today`: stage (deriveCaseState), the next due date among the
 * mandatory duties still running or overdue (computeDeadlines; windows of the party and paused
 * clocks are left out), review waiting, decision date. Stage 'notice' turns into 'deciding' when
 * the reply window ends without a new write, so a stored stage can lag by that step; the case
 * page always derives live.
 */
export function caseSummary(
  facts: Pick<CaseFacts, 'party' | 'officers' | 'acts'>,
  today: IsoDate,
  settings: RuleSettings = defaultRuleSettings,
  calendar: Calendar = activeCalendar(),
): CaseSummary {
  const state = deriveCaseState(facts, today, settings, calendar)
  const v = viewCase(facts)
  const due = computeDeadlines(facts, today, settings, calendar)
    .filter((d) => d.mandatory && (d.status === 'running' || d.status === 'overdue'))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0]
  const sub = v.last('reviewSubmitted')
  const awaiting =
    sub !== undefined &&
    v.acts.slice(v.acts.indexOf(sub) + 1).every((a) => a.type !== 'caseReviewed')
  return {
    stage: state.stage,
    stageLabel: state.stageLabel,
    nextDueOn: due?.dueDate ?? '',
    nextDueKey: due?.dueDate ?? NO_DUE_KEY,
    nextDueRule: due?.ruleId ?? '',
    awaitingLegalReview: awaiting,
    decisionOn: v.decision?.occurredOn ?? '',
    lenient: v.lenient,
    closed: state.stage === 'closed',
  }
}
