/**
 * BENCH-ONLY: while the dataset is written, remember the records the timed operations use (the
 * case with most acts, a closed case with its whole file, a 处罚决定书, search terms taken from a
 * case in the middle of the data). The tracker is condensed after every batch.
 */
import { DEMO_DISTRICTS } from '@shared/demo'
import type { CaseRecord } from '@renderer/db/cases-records'
import type { DocumentRecord } from '@renderer/db/documents-records'

/** Records and search terms the timed operations use. */
export interface BenchProbes {
  /** The case with the most acts (the heaviest case page). */
  openCaseId: string
  openCaseActs: number
  /** A closed case with every due document issued (the 案卷 export). */
  caseFileCaseId: string
  caseFileDocuments: number
  /** An issued 行政处罚决定书. */
  decisionDocId: string
  /** 字号 part of an organisation's name (substring search). */
  nameQuery: string
  usccQuery: string
  caseNoQuery: string
  /** The same organisation's 法定代表人 (search by the person behind the party). */
  personQuery: string
}

interface Seen {
  rec: CaseRecord
  acts: number
  docs: DocumentRecord[]
  full: boolean
}

/** State kept between batches. */
export interface ProbeTracker {
  cases: Seen[]
  maxActs: { id: string; acts: number } | null
  fullFile: { id: string; docs: number } | null
  decision: string | null
  /** Index of the case the search terms come from (the middle of the data). */
  sampleAt?: number
  seen?: number
  sample?: { name: string; uscc: string; caseNo: string; person: string }
}

function tradeName(name: string): string {
  let rest = name
  for (const d of DEMO_DISTRICTS) {
    if (rest.startsWith(d.city + d.district)) rest = rest.slice((d.city + d.district).length)
    else if (rest.startsWith(d.city)) rest = rest.slice(d.city.length)
  }
  return rest.slice(0, 3)
}

/** Fold the cases seen since the last call into the tracker; with `final`, return the probes. */
export function pickProbes(t: ProbeTracker, final: true): BenchProbes
export function pickProbes(t: ProbeTracker, final?: false): null
export function pickProbes(t: ProbeTracker, final = false): BenchProbes | null {
  for (const c of t.cases) {
    const index = (t.seen = (t.seen ?? 0) + 1) - 1
    if (!t.maxActs || c.acts > t.maxActs.acts) t.maxActs = { id: c.rec.id, acts: c.acts }
    if (c.full && (!t.fullFile || c.docs.length > t.fullFile.docs)) {
      t.fullFile = { id: c.rec.id, docs: c.docs.length }
    }
    if (!t.decision) t.decision = c.docs.find((d) => d.kind === 'penaltyDecision')?.id ?? null
    const p = c.rec.partySnapshot
    if (!t.sample && index >= (t.sampleAt ?? 0) && p.kind === 'organisation' && p.uscc) {
      t.sample = {
        name: tradeName(p.name),
        uscc: p.uscc,
        caseNo: c.rec.caseNo,
        person: p.legalRepresentative,
      }
    }
  }
  t.cases = []
  if (!final) return null
  if (!t.maxActs || !t.fullFile || !t.decision || !t.sample) {
    throw new Error('基准数据中缺少计时所需的案件或文书（数据量太小？）')
  }
  return {
    openCaseId: t.maxActs.id,
    openCaseActs: t.maxActs.acts,
    caseFileCaseId: t.fullFile.id,
    caseFileDocuments: t.fullFile.docs,
    decisionDocId: t.decision,
    nameQuery: t.sample.name,
    usccQuery: t.sample.uscc,
    caseNoQuery: t.sample.caseNo,
    personQuery: t.sample.person,
  }
}
