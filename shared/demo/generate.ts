// The demo generator: parties, cases and act sequences that the shared lifecycle accepts at every
// step. Deterministic for a given seed, `today` and id source; nothing reads the clock.
import { activeCalendar, type Calendar } from '../calendar'
import {
  type CASE_SOURCES,
  checkAct,
  defaultRuleSettings,
  type Act,
  type ActType,
  type CaseOfficer,
  type Party,
  type RuleSettings,
} from '../domain/case'
import { shiftDays, type IsoDate } from '../util/date'
import { DEMO_CAUSES, type DemoCause } from './causes'
import { demoMobile, demoResidentId, demoUscc } from './identity'
import {
  DEMO_DISTRICTS,
  demoAddress,
  demoCompanyName,
  demoPersonName,
  demoShopName,
  type BusinessLine,
} from './names'
import { DEMO_PAYLOADS, type DemoContext } from './payloads'
import { createRng, type Rng } from './rng'
import { DEMO_SCENARIOS, DEMO_SCENARIO_WEIGHTS, type DemoScenario } from './scenarios'

/** A party of the demo, with `isNew` false when an earlier demo case already used it. */
export interface DemoParty {
  id: string
  party: Party
  isNew: boolean
}

/** One generated case: facts plus the dates the storage layer needs. */
export interface DemoCase {
  id: string
  party: DemoParty
  cause: string
  source: keyof typeof CASE_SOURCES
  sourceDate: IsoDate
  /** Legal date the case was registered (its case-number year). */
  registeredOn: IsoDate
  /** ISO timestamp of registration. */
  createdAt: string
  officers: CaseOfficer[]
  acts: Act[]
  scenario: DemoScenario
  /** The step the lifecycle refused, if any (the case stops before it). */
  rejected?: { type: ActType; message: string }
}

/** How far back the demo case waiting for 法制审核 starts (natural days before today). */
const REVIEW_WAITING_DAYS = 90

/** Options of {@link generateDemoCases}. */
export interface DemoOptions {
  seed: number
  count: number
  today: IsoDate
  newId: () => string
  /** The office's handling officers (≥2, with certificate numbers). */
  officers: CaseOfficer[]
  /** Name of the 负责人 who approves (立案, 结案 …). */
  head: string
  /** Name of the 法制审核人员. */
  reviewer: string
  /** Cases are spread over this many days before today (default 3 years). */
  spanDays?: number
  /** Share of cases stopped early (the officer has not acted yet): default 0.12. */
  stallShare?: number
  actor?: string
  settings?: RuleSettings
  calendar?: Calendar
}

const SOURCE_WEIGHTS: Record<keyof typeof CASE_SOURCES, number> = {
  inspection: 40,
  complaint: 25,
  approval: 3,
  referral: 5,
  assigned: 5,
  monitoring: 17,
  other: 5,
  // Last and 0: the seeded demo data stays as it was before this source existed.
  routine: 0,
}

/** A new demo party (organisation 60 %, sole trader 25 %, natural person 15 %). */
export function demoParty(rng: Rng, today: IsoDate): { party: Party; line: BusinessLine } {
  const d = rng.pick(DEMO_DISTRICTS)
  const kind = rng.weighted({ organisation: 60, soleTrader: 25, naturalPerson: 15 })
  const address = demoAddress(rng, d)
  const phone = demoMobile(rng)
  if (kind === 'organisation') {
    const { name, line } = demoCompanyName(rng, d)
    return {
      party: {
        kind,
        name,
        uscc: demoUscc(rng, d.code, 'company'),
        legalRepresentative: demoPersonName(rng),
        address,
        phone,
      },
      line,
    }
  }
  const person = demoPersonName(rng)
  if (kind === 'soleTrader') {
    const { name, line } = demoShopName(rng, d, person)
    return {
      party: {
        kind,
        name,
        ...(rng.chance(0.8) ? { uscc: demoUscc(rng, d.code, 'soleTrader') } : {}),
        operatorName: person,
        operatorIdNo: demoResidentId(rng, d.code, today),
        address,
        phone,
      },
      line,
    }
  }
  return {
    party: {
      kind,
      name: person,
      idType: 'residentId',
      idNo: demoResidentId(rng, d.code, today),
      address,
      phone,
    },
    line: rng.pick(['trade', 'food', 'trademark'] as const),
  }
}

function fineFor(rng: Rng, scenario: DemoScenario, party: Party, cause: DemoCause): number {
  const person = party.kind !== 'organisation'
  if (scenario === 'summary') return (person ? rng.int(1, 4) * 50 : rng.int(2, 30) * 100) * 100
  if (scenario === 'hearing')
    return (person ? rng.int(10, 50) * 1_000 : rng.int(100, 300) * 1_000) * 100
  const [min, max] = cause.fineYuan
  const yuan = Math.round(rng.int(min, max) / 100) * 100
  // Keep ordinary cases below the hearing threshold of their party class.
  const cap = person ? 9_000 : 90_000
  return Math.min(yuan, cap) * 100
}

/**
 * Generates `count` demo cases, oldest first (so case numbers follow dates). Parties are reused
 * now and then (about one case in five). Each act is checked with the shared `checkAct` before it
 * is added; a refused step is retried a few days later, and if still refused the case stops there
 * (reported in `rejected`). Cases also stop at `today` and, for a share, earlier — so cases land
 * in every stage, some with overdue deadlines.
 */
export function* generateDemoCases(o: DemoOptions): Generator<DemoCase> {
  const rng = createRng(o.seed)
  const cal = o.calendar ?? activeCalendar()
  const settings = o.settings ?? defaultRuleSettings
  const span = o.spanDays ?? 3 * 365
  const stallShare = o.stallShare ?? 0.12
  const pool: { id: string; party: Party; line: BusinessLine }[] = []
  // One ordinary case from about three months back stops at 送审 — waiting for 法制审核 — so a
  // legal reviewer opening the demo finds work in the 待审核 queue (cases that stop by chance
  // rarely stop there). Only in data sets large enough to look like an office.
  const reviewFrom = shiftDays(o.today, -REVIEW_WAITING_DAYS)
  let reviewWaiting = o.count < 20
  for (let i = 0; i < o.count; i++) {
    const sourceDate = shiftDays(o.today, -span + Math.floor(((i + rng.next()) * span) / o.count))
    let demoP: DemoParty
    let line: BusinessLine
    const reuse = pool.length > 10 && rng.chance(0.2)
    if (reuse) {
      const p = rng.pick(pool)
      demoP = { id: p.id, party: p.party, isNew: false }
      line = p.line
    } else {
      const made = demoParty(rng, o.today)
      const id = o.newId()
      pool.push({ id, ...made })
      demoP = { id, party: made.party, isNew: true }
      line = made.line
    }
    let scenario = rng.weighted(DEMO_SCENARIO_WEIGHTS)
    if (scenario === 'interview' && demoP.party.kind === 'naturalPerson') scenario = 'correction'
    const waits = !reviewWaiting && sourceDate >= reviewFrom
    if (waits) scenario = 'penalty'
    const causes = DEMO_CAUSES.filter((c) => c.lines.includes(line))
    const cause = rng.pick(causes.length ? causes : DEMO_CAUSES)
    const source = rng.weighted(SOURCE_WEIGHTS)
    const shuffled = [...o.officers].sort(() => rng.next() - 0.5)
    const officers = shuffled.slice(0, rng.chance(0.15) ? 3 : 2)
    const ctx: DemoContext = {
      rng,
      cal,
      party: demoP.party,
      cause,
      source,
      officers,
      head: o.head,
      reviewer: o.reviewer,
      fineFen: fineFor(rng, scenario, demoP.party, cause),
      proposal: scenario === 'noPenalty' ? 'noPenalty' : 'penalty',
      lenient: scenario === 'lenient',
      last: {},
    }
    const stall = rng.chance(stallShare)
    const built = waits
      ? buildActs(o, ctx, scenario, sourceDate, settings, cal, false, 'reviewSubmitted')
      : buildActs(o, ctx, scenario, sourceDate, settings, cal, stall)
    // A case that did not get as far as 送审 by today leaves it to the next one.
    if (waits && built.acts.at(-1)?.type === 'reviewSubmitted') reviewWaiting = true
    const hh = String(rng.int(0, 9)).padStart(2, '0')
    const mm = String(rng.int(0, 59)).padStart(2, '0')
    yield {
      id: o.newId(),
      party: demoP,
      cause: cause.cause,
      source,
      sourceDate,
      registeredOn: sourceDate,
      createdAt: `${sourceDate}T${hh}:${mm}:00.000Z`,
      officers,
      acts: built.acts,
      scenario,
      ...(built.rejected ? { rejected: built.rejected } : {}),
    }
  }
}

function buildActs(
  o: DemoOptions,
  s: DemoContext,
  scenario: DemoScenario,
  start: IsoDate,
  settings: RuleSettings,
  cal: Calendar,
  stall: boolean,
  stopAfter?: ActType,
): { acts: Act[]; rejected?: { type: ActType; message: string } } {
  const steps = DEMO_SCENARIOS[scenario]
  const stopAt = stall ? s.rng.int(1, steps.length - 1) : steps.length
  const acts: Act[] = []
  let cursor = start
  for (let i = 0; i < stopAt; i++) {
    const st = steps[i]!
    if (st.when && !st.when(s)) continue
    let on = st.at?.(s) ?? shiftDays(cursor, s.rng.int(st.gap[0], st.gap[1]))
    if (on < cursor) on = cursor
    let message = ''
    for (let attempt = 0; attempt < 6; attempt++) {
      if (on > o.today) return { acts }
      const act = {
        id: o.newId(),
        type: st.type,
        occurredOn: on,
        recordedAt: `${on}T09:${String(Math.min(acts.length, 59)).padStart(2, '0')}:00.000+08:00`,
        recordedBy: o.actor ?? 'demo',
        payload: DEMO_PAYLOADS[st.type]!(s, on),
      } as Act
      const r = checkAct({ party: s.party, officers: s.officers, acts }, act, settings, cal)
      if (r.ok) {
        acts.push(act)
        s.last[act.type] = act
        cursor = on
        message = ''
        if (act.type === stopAfter) return { acts }
        break
      }
      message = r.message
      if (st.at) break
      on = shiftDays(on, 3)
    }
    if (message) return { acts, rejected: { type: st.type, message } }
  }
  return { acts }
}
