/**
 * BENCH-ONLY dataset seeding (npm run bench). Never used by the app.
 *
 * Same records as 设置 → 演示数据 (demoRepo.seed): the shared generator's cases and acts, parties,
 * summaries from `withSummary`, follow-ups from `wantedFollowUps`, the real office profile /
 * officers / 免罚清单 through their repositories. What differs, for speed at 50,000 cases:
 * - records are built outside IndexedDB (case numbers and 文号 counted in memory; the database
 *   is fresh) and written with bulkAdd in large transactions of `batchCases` cases, each with ONE
 *   audit entry summarising the batch (the audit chain stays valid; there is no per-case entry);
 * - issued documents (文书) are inserted directly as 'issued' records: input mapped from the acts
 *   by the shared mappers (`mapDocument`), missing fields filled with bench text, the real
 *   document context of the document's date, frozen like `issueDocument` does — but NOT rendered.
 *   Their `sha256` is the SHA-256 of the snapshot JSON, not of a PDF (a reprint of such a record
 *   reports a hash mismatch). Only the timed render metrics render.
 * Deterministic: ids come from a seeded generator, timestamps from `today`.
 */
import { createRng, DEMO_EXEMPTIONS, demoOffice, generateDemoCases } from '@shared/demo'
import { partyIdentityKey, partySearchTokens } from '@shared/domain/case/search'
import { documentContextFrom, documentsDue } from '@shared/documents/from-case'
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import {
  blankCaseRecord,
  type ActRecord,
  type CaseRecord,
  type FollowUpRecord,
  type PartyRecord,
} from '@renderer/db/cases-records'
import type { DocumentRecord } from '@renderer/db/documents-records'
import type { WriteContext } from '@renderer/db/records'
import { factsOf, withSummary } from '@renderer/db/repositories/cases'
import { caseNoCounterKey, caseNoSortKey, formatCaseNo } from '@renderer/db/repositories/counters'
import { exemptionsRepo } from '@renderer/db/repositories/exemptions'
import { wantedFollowUps } from '@renderer/db/repositories/follow-ups'
import { metaRepo } from '@renderer/db/repositories/meta'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { officersRepo } from '@renderer/db/repositories/officers'
import { readRuleSettings } from '@renderer/db/repositories/rule-settings'
import { benchDocument, type DocNumbering } from './seed-documents'
import { pickProbes, type BenchProbes, type ProbeTracker } from './probes'
import { digestsOf, foldDigests } from '@renderer/db/stat-digests'

/** Parameters of a bench dataset (they also key the harness's cached profile). */
export interface BenchDatasetOptions {
  cases: number
  seed: number
  /** Legal date the dataset is built up to. */
  today: string
  /** Target of issued documents per case on average (default 3). */
  docsPerCase: number
  /** Cases per write transaction (default 1000). */
  batchCases: number
}

/** What was written, plus the records the timed operations use. */
export interface BenchSeedResult {
  cases: number
  parties: number
  acts: number
  followUps: number
  documents: number
  /** Mapped documents whose input the template schema refused (not inserted). */
  documentsRefused: number
  transactions: number
  ms: number
  probes: BenchProbes
}

/** A deterministic UUID v4 source (bench data must be the same on every run). */
export function seededIds(seed: number): () => string {
  const rng = createRng(seed ^ 0x1d5eed)
  const word = () =>
    Math.floor(rng.next() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0')
  return () => {
    const h = word() + word() + word() + word()
    const variant = '89ab'[parseInt(h[16]!, 16) & 3]!
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
}

async function snapshotHash(snapshot: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(snapshot))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Fill an empty database with the bench dataset (see the module comment). */
export async function seedBenchDataset(
  db: AppDB,
  opts: BenchDatasetOptions,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<BenchSeedResult> {
  const started = performance.now()
  if (!db.isOpen()) await db.open()
  if ((await db.cases.count()) > 0)
    throw new Error('基准数据只能写入空数据库（请删除缓存的配置目录）')
  const newId = seededIds(opts.seed)
  const now = `${opts.today}T08:00:00.000Z`
  const ctx: WriteContext = { actor: 'bench-seed', now, newId }

  // Office, officers, 免罚清单, setup: through the real repositories (a handful of writes).
  const office = demoOffice(createRng(opts.seed ^ 0x5eed), opts.today)
  const saved = await officeProfileRepo(db).save(
    { profile: office.profile, contact: office.contact },
    ctx,
  )
  if (!saved.ok) throw new Error(`机关档案写入失败：${JSON.stringify(saved)}`)
  for (const input of office.officers) {
    const r = await officersRepo(db).create(input, ctx)
    if (!r.ok) throw new Error(`执法人员写入失败：${JSON.stringify(r)}`)
  }
  await exemptionsRepo(db).importRows(ctx, [...DEMO_EXEMPTIONS])
  await metaRepo(db).completeSetup(ctx)

  const settings = await readRuleSettings(db)
  const officers = (await db.officers.toArray()).filter((o) => o.active && o.certificateNo)
  const handlers = officers.filter((o) => o.roles.includes('handler'))
  const profile = await officeProfileRepo(db).get()
  const versions = await officeProfileRepo(db).listContactVersions()
  if (!profile) throw new Error('机关档案缺失')
  const docCode = profile.docCode
  const officerUnits = Object.fromEntries(officers.map((o) => [o.id, o.unit]))

  const gen = generateDemoCases({
    seed: opts.seed,
    count: opts.cases,
    today: opts.today,
    newId,
    officers: handlers.map((o) => ({
      officerId: o.id,
      name: o.name,
      certificateNo: o.certificateNo,
    })),
    head: officers.find((o) => o.roles.includes('head'))?.name ?? '局负责人',
    reviewer: officers.find((o) => o.roles.includes('legalReviewer'))?.name ?? '法制审核员',
    actor: ctx.actor,
    settings,
  })

  const caseCounters = new Map<string, number>()
  const numbering: DocNumbering = { counters: new Map(), officeCode: docCode }
  const partyByDemoId = new Map<string, string>()
  const partyByKey = new Map<string, string>()
  const tracker: ProbeTracker = {
    cases: [],
    maxActs: null,
    fullFile: null,
    decision: null,
    sampleAt: Math.floor(opts.cases / 2),
  }
  const contextCache = new Map<string, ReturnType<typeof documentContextFrom>>()
  const contextOn = (date: string) => {
    let c = contextCache.get(date)
    if (!c) contextCache.set(date, (c = documentContextFrom(profile, versions, date)))
    return c
  }
  const result = { cases: 0, parties: 0, acts: 0, followUps: 0, documents: 0, refused: 0, tx: 0 }

  let parties: PartyRecord[] = []
  let cases: CaseRecord[] = []
  let acts: ActRecord[] = []
  let followUps: FollowUpRecord[] = []
  let documents: DocumentRecord[] = []

  const flush = async () => {
    if (!cases.length) return
    for (const d of documents) d.sha256 = await snapshotHash(d.snapshot)
    const counters = [
      ...[...caseCounters].map(([key, value]) => ({ key, value })),
      ...[...numbering.counters].map(([key, value]) => ({ key, value })),
    ]
    const tables = [
      db.parties,
      db.cases,
      db.acts,
      db.followUps,
      db.documents,
      db.counters,
      db.audit,
      db.statDigests,
    ]
    await db.transaction('rw', tables, async () => {
      await db.parties.bulkAdd(parties)
      await db.cases.bulkAdd(cases)
      await db.acts.bulkAdd(acts)
      await db.statDigests.bulkPut(digestsOf(cases, acts, settings))
      await db.followUps.bulkAdd(followUps)
      await db.documents.bulkAdd(documents)
      await db.counters.bulkPut(counters)
      await appendAudit(db, ctx, {
        action: 'benchSeed',
        entity: 'cases',
        entityId: `bench:${cases[0]!.id}`,
        before: null,
        after: {
          cases: cases.length,
          parties: parties.length,
          acts: acts.length,
          followUps: followUps.length,
          documents: documents.length,
          caseNos: [cases[0]!.caseNo, cases.at(-1)!.caseNo],
        },
      })
    })
    result.tx++
    result.cases += cases.length
    result.parties += parties.length
    result.acts += acts.length
    result.followUps += followUps.length
    result.documents += documents.length
    parties = []
    cases = []
    acts = []
    followUps = []
    documents = []
    onProgress(result.cases, opts.cases)
  }

  let index = 0
  for (const c of gen) {
    if (c.party.isNew && !partyByDemoId.has(c.party.id)) {
      const key = partyIdentityKey(c.party.party)
      const known = partyByKey.get(key)
      if (known) partyByDemoId.set(c.party.id, known)
      else {
        partyByKey.set(key, c.party.id)
        partyByDemoId.set(c.party.id, c.party.id)
        parties.push({
          ...c.party.party,
          id: c.party.id,
          identityKey: key,
          searchTokens: partySearchTokens(c.party.party),
          createdAt: c.createdAt,
          updatedAt: c.createdAt,
        })
      }
    }
    const year = Number(c.registeredOn.slice(0, 4))
    const n = (caseCounters.get(caseNoCounterKey(year)) ?? 0) + 1
    caseCounters.set(caseNoCounterKey(year), n)
    const last = c.acts.at(-1)
    const rec = withSummary(
      blankCaseRecord({
        id: c.id,
        caseNo: formatCaseNo(docCode, year, n),
        caseNoKey: caseNoSortKey(year, n),
        year,
        registeredOn: c.registeredOn,
        partyId: partyByDemoId.get(c.party.id) ?? c.party.id,
        partySnapshot: c.party.party,
        partyName: c.party.party.name,
        cause: c.cause,
        source: c.source,
        sourceDate: c.sourceDate,
        officers: c.officers,
        officerIds: c.officers.map((o) => o.officerId),
        createdAt: c.createdAt,
        updatedAt: last ? `${last.occurredOn}T10:00:00.000Z` : c.createdAt,
      }),
      c.acts,
      opts.today,
      settings,
    )
    cases.push(rec)
    const caseActs = c.acts.map((a, i) => ({ ...a, caseId: c.id, seq: i + 1 }) as ActRecord)
    acts.push(...caseActs)
    for (const w of wantedFollowUps(rec, c.acts, settings)) {
      followUps.push({ ...w, id: newId(), createdAt: rec.updatedAt, updatedAt: rec.updatedAt })
    }

    // Documents: closed cases every 20th get their whole file; the rest keep the average.
    const due = documentsDue({ facts: factsOf(rec, caseActs), officerUnits, issued: [] })
    const closedCase = c.acts.some((a) => a.type === 'caseClosed')
    const full = closedCase && index % 20 === 0
    const budget = Math.round(opts.docsPerCase * (index + 1)) - result.documents - documents.length
    const take = full ? due.length : Math.max(0, Math.min(due.length, budget))
    const issued: DocumentRecord[] = []
    for (const d of due.slice(0, take)) {
      const doc = benchDocument({
        record: rec,
        acts: caseActs,
        officerUnits,
        issued,
        kind: d.kind,
        actId: d.act.id,
        numbering,
        contextOn,
        newId,
      })
      if (doc) issued.push(doc)
      else result.refused++
    }
    documents.push(...issued)
    tracker.cases.push({ rec, acts: caseActs.length, docs: issued, full })
    index++
    if (cases.length >= opts.batchCases) {
      pickProbes(tracker)
      await flush()
    }
  }
  pickProbes(tracker)
  await flush()
  // The digests into their blocks, as an office's database has them after the first idle start.
  await foldDigests(db)
  return {
    cases: result.cases,
    parties: result.parties,
    acts: result.acts,
    followUps: result.followUps,
    documents: result.documents,
    documentsRefused: result.refused,
    transactions: result.tx,
    ms: Math.round(performance.now() - started),
    probes: pickProbes(tracker, true),
  }
}
