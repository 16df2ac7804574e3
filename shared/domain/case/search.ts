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
 * The person behind a party, whom officers also search by: a sole trader's 经营者, an
 * organisation's 法定代表人（负责人）; '' for a natural person (the name is the party name).
 */
export function partyPersonName(party: Party): string {
  if (party.kind === 'soleTrader') return party.operatorName
  if (party.kind === 'organisation') return party.legalRepresentative
  return ''
}

/**
 * Bigrams of the serial part of a case number ("123号" of "鄂X市监案〔2026〕123号"), so that a
 * fragment such as "3号" or "123" finds it. The office prefix and the year are not tokenised:
 * every case of the office (or the year) has them, so their grams would only make the index
 * bigger; fragments with 〔 or 〕 are looked up on the caseNoKey index ({@link caseNoQuery}).
 */
export function caseNoGrams(caseNo: string): string[] {
  const text = normalizeSearchText(caseNo)
  const chars = [...text.slice(text.lastIndexOf('〕') + 1)]
  const out = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!)
  return [...out]
}

/**
 * The multiEntry search tokens of a case: unigrams and bigrams of the party name and of the
 * person behind it ({@link partyPersonName}), the full USCC / ID numbers, the case number
 * (normalised, plus its short form `2026-12`) and the bigrams of its serial ({@link caseNoGrams}).
 */
export function searchTokens(party: Party, caseNo: string, shortNo?: string): string[] {
  const tokens = new Set(partySearchTokens(party))
  const person = partyPersonName(party)
  if (person) for (const g of nameGrams(person)) tokens.add(g)
  if (caseNo) {
    tokens.add(normalizeSearchText(caseNo))
    for (const g of caseNoGrams(caseNo)) tokens.add(g)
  }
  if (shortNo) tokens.add(shortNo)
  return [...tokens]
}

/**
 * Whether a case matches a search text by substring: its party name, the person behind the party
 * (经营者 / 法定代表人) or its case number contains the text (all normalised).
 */
export function caseTextContains(
  c: { partyName: string; party: Party; caseNo: string },
  text: string,
): boolean {
  const needle = normalizeSearchText(text)
  return (
    normalizeSearchText(c.partyName).includes(needle) ||
    normalizeSearchText(partyPersonName(c.party)).includes(needle) ||
    normalizeSearchText(c.caseNo).includes(needle)
  )
}

/** Years a case-number fragment without its full year is looked up in (caseNoQuery). */
export const CASE_NO_YEARS = { from: 1990, to: 2099 } as const

/** Sort key of a case number: year × 1,000,000 + serial (the caseNoKey index). */
const noKey = (year: number, serial: number) => year * 1_000_000 + serial

/**
 * A search text that is a fragment of a case number "…〔YYYY〕N号" spanning its brackets
 * ("〔2026〕3", "2026〕3号", "〕12号", "监案〔2026", also typed with [ ] ( ) 【 】): the
 * caseNoKey ranges (inclusive) holding every case whose number contains it, and whether a hit is
 * certain (`exact`) or must still be checked against the stored number (text before 〔 is part of
 * the office prefix, which the key does not hold). `needle` is the normalised text with the
 * brackets as stored. Null when the text has no bracket or is not such a fragment (then it is a
 * name or serial search). A year given only by its last digits is looked up in
 * {@link CASE_NO_YEARS}; serials have no leading zero and at most six digits (the key's room).
 */
export function caseNoQuery(
  text: string,
): { ranges: Array<[number, number]>; exact: boolean; needle: string } | null {
  const needle = normalizeSearchText(text)
    .replace(/[[(【]/g, '〔')
    .replace(/[\])】]/g, '〕')
  if (!/[〔〕]/.test(needle)) return null
  const m = /^([^〔〕\d]*〔)?(\d*)(〕(\d*)(号?))?$/.exec(needle)
  if (!m) return null
  const [, open, yearText = '', close, serialText = '', hao] = m
  const none = { ranges: [], exact: true, needle }
  const exact = !open || open === '〔'
  if (!close) {
    // "…〔20": the year starts with these digits; any serial.
    if (!open || yearText.length > 4) return open ? none : null
    if (!yearText) return { ranges: [[noKey(1000, 0), noKey(9999, 999_999)]], exact, needle }
    const scale = 10 ** (4 - yearText.length)
    const from = Number(yearText) * scale
    return { ranges: [[noKey(from, 0), noKey(from + scale - 1, 999_999)]], exact, needle }
  }
  if (yearText.length > 4 || (open && yearText.length !== 4)) return none
  if (serialText.startsWith('0') || serialText.length > 6 || (hao && !serialText)) return none
  const years: number[] = []
  if (open) years.push(Number(yearText))
  else {
    for (let y = CASE_NO_YEARS.from; y <= CASE_NO_YEARS.to; y++) {
      if (String(y).endsWith(yearText)) years.push(y)
    }
  }
  const serials: Array<[number, number]> = []
  if (!serialText) serials.push([0, 999_999])
  else if (hao) serials.push([Number(serialText), Number(serialText)])
  else {
    for (let k = 0; serialText.length + k <= 6; k++) {
      const scale = 10 ** k
      serials.push([Number(serialText) * scale, (Number(serialText) + 1) * scale - 1])
    }
  }
  const ranges: Array<[number, number]> = []
  for (const y of years) for (const [a, b] of serials) ranges.push([noKey(y, a), noKey(y, b)])
  return { ranges, exact, needle }
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
