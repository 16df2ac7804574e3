/**
 * 演示数据: fills the database with a realistic office — profile and officers when missing, the
 * demo 免罚清单, and N cases from the shared generator (every act accepted by the lifecycle).
 * Cases are written with bulkAdd in transactions of at most ~2,000 records (cases + acts +
 * parties + follow-ups), each with one audit entry summarising the batch; case numbers are taken
 * from the counters in the same transaction, in date order.
 */
import {
  createRng,
  DEMO_EXEMPTIONS,
  demoOffice,
  generateDemoCases,
  type DemoCase,
} from '@shared/demo'
import { officeProfileId } from '@shared/domain/settings'
import { partyIdentityKey, partySearchTokens } from '@shared/domain/case/search'
import type { RuleSettings } from '@shared/domain/case'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import {
  blankCaseRecord,
  type ActRecord,
  type CaseRecord,
  type FollowUpRecord,
  type PartyRecord,
} from '../cases-records'
import type { WriteContext } from '../records'
import { withSummary } from './cases'
import { caseNoCounterKey, caseNoSortKey, formatCaseNo, takeCounter } from './counters'
import { exemptionsRepo } from './exemptions'
import { wantedFollowUps } from './follow-ups'
import { officeProfileRepo } from './office-profile'
import { metaRepo } from './meta'
import { officersRepo } from './officers'
import { readRuleSettings } from './rule-settings'
import { fail, legalDateOf, type Failure } from './write-util'
import { digestsOf } from '../stat-digests'

/** Progress of a seed run. */
interface DemoProgress {
  done: number
  total: number
}

/** Options of {@link demoRepo}.seed. */
interface DemoSeedOptions {
  cases: number
  onProgress?: (p: DemoProgress) => void
  /** PRNG seed (default 20260301): the same seed gives the same parties and cases. */
  seed?: number
  /** Legal date the demo is built up to (default: local date of ctx.now). */
  today?: string
}

/** Result of a seed run. */
interface DemoSeedResult {
  ok: true
  cases: number
  parties: number
  acts: number
  followUps: number
  /** Generated steps the lifecycle refused (the case stopped before them); expected 0. */
  refusedSteps: number
  officersCreated: number
  profileCreated: boolean
}

/** Upper bound of records (cases + acts + parties + follow-ups) per transaction. */
const DEMO_BATCH_RECORDS = 2000

/** Repository that writes demo data. */
export function demoRepo(db: AppDB) {
  async function ensureOffice(ctx: WriteContext, seed: number, today: string) {
    const office = demoOffice(createRng(seed ^ 0x5eed), today)
    let profileCreated = false
    if (!(await db.officeProfile.get(officeProfileId))) {
      const r = await officeProfileRepo(db).save(
        { profile: office.profile, contact: office.contact },
        ctx,
      )
      profileCreated = r.ok
    }
    let officersCreated = 0
    const active = (await db.officers.toArray()).filter((o) => o.active && o.certificateNo)
    if (active.length < 4) {
      for (const input of office.officers) {
        const r = await officersRepo(db).create(input, ctx)
        if (r.ok) officersCreated++
      }
    }
    return { profileCreated, officersCreated }
  }

  async function writeBatch(
    ctx: WriteContext,
    batch: DemoCase[],
    partyIds: Map<string, string>,
    today: string,
    settings: RuleSettings,
  ) {
    return db.transaction(
      'rw',
      [
        db.cases,
        db.acts,
        db.parties,
        db.followUps,
        db.counters,
        db.officeProfile,
        db.audit,
        db.statDigests,
      ],
      async () => {
        const profile = await db.officeProfile.get(officeProfileId)
        const docCode = profile?.docCode ?? '演示'
        // New demo parties: reuse a stored party with the same identity (e.g. a second seed run).
        const fresh = batch.filter((c) => c.party.isNew && !partyIds.has(c.party.id))
        const keys = fresh.map((c) => partyIdentityKey(c.party.party))
        const stored = await db.parties.where('identityKey').anyOf(keys).toArray()
        const byKey = new Map(stored.map((p) => [p.identityKey, p.id]))
        const parties: PartyRecord[] = []
        for (const [i, c] of fresh.entries()) {
          const key = keys[i]!
          const known = byKey.get(key)
          if (known) {
            partyIds.set(c.party.id, known)
            continue
          }
          byKey.set(key, c.party.id)
          partyIds.set(c.party.id, c.party.id)
          parties.push({
            ...c.party.party,
            id: c.party.id,
            identityKey: key,
            searchTokens: partySearchTokens(c.party.party),
            createdAt: c.createdAt,
            updatedAt: c.createdAt,
          })
        }
        const cases: CaseRecord[] = []
        const acts: ActRecord[] = []
        const followUps: FollowUpRecord[] = []
        for (const c of batch) {
          const year = Number(c.registeredOn.slice(0, 4))
          // Demo cases fill an empty database, never one of a syncing office: no range applies.
          const taken = await takeCounter(db, caseNoCounterKey(year), null)
          if (!taken.ok) throw new Error(taken.message)
          const n = taken.first
          const last = c.acts.at(-1)
          const base = blankCaseRecord({
            id: c.id,
            caseNo: formatCaseNo(docCode, year, n),
            caseNoKey: caseNoSortKey(year, n),
            year,
            registeredOn: c.registeredOn,
            partyId: partyIds.get(c.party.id) ?? c.party.id,
            partySnapshot: c.party.party,
            partyName: c.party.party.name,
            cause: c.cause,
            source: c.source,
            sourceDate: c.sourceDate,
            officers: c.officers,
            officerIds: c.officers.map((o) => o.officerId),
            createdAt: c.createdAt,
            updatedAt: last ? `${last.occurredOn}T10:00:00.000Z` : c.createdAt,
          })
          const rec = withSummary(base, c.acts, today, settings)
          cases.push(rec)
          c.acts.forEach((a, i) => acts.push({ ...a, caseId: c.id, seq: i + 1 } as ActRecord))
          for (const w of wantedFollowUps(rec, c.acts, settings)) {
            followUps.push({
              ...w,
              id: ctx.newId(),
              createdAt: rec.updatedAt,
              updatedAt: rec.updatedAt,
            })
          }
        }
        await db.parties.bulkAdd(parties)
        await db.cases.bulkAdd(cases)
        await db.acts.bulkAdd(acts)
        await db.statDigests.bulkPut(digestsOf(cases, acts, settings))
        await db.followUps.bulkAdd(followUps)
        await appendAudit(db, ctx, {
          action: 'demoSeed',
          entity: 'cases',
          entityId: `demo:${cases[0]?.id ?? ''}`,
          before: null,
          after: {
            cases: cases.length,
            parties: parties.length,
            acts: acts.length,
            followUps: followUps.length,
            caseNos: [cases[0]?.caseNo, cases.at(-1)?.caseNo],
          },
        })
        return { parties: parties.length, acts: acts.length, followUps: followUps.length }
      },
    )
  }

  return {
    /**
     * Fill the database with `cases` demo cases (plus office profile, ≥4 officers and the demo
     * 免罚清单 when missing). Progress is reported after every batch.
     */
    async seed(ctx: WriteContext, opts: DemoSeedOptions): Promise<DemoSeedResult | Failure> {
      const total = Math.floor(opts.cases)
      if (!Number.isFinite(total) || total < 1 || total > 200_000) {
        return fail('演示案件数量应为 1 至 200000 之间的整数')
      }
      const seed = opts.seed ?? 20260301
      const today = opts.today ?? legalDateOf(ctx.now)
      const office = await ensureOffice(ctx, seed, today)
      await exemptionsRepo(db).importRows(ctx, [...DEMO_EXEMPTIONS])
      const officers = (await db.officers.toArray()).filter((o) => o.active && o.certificateNo)
      const handlers = officers.filter((o) => o.roles.includes('handler'))
      const pool = handlers.length >= 2 ? handlers : officers
      if (pool.length < 2) return fail('请先登记至少两名在岗且持有执法证的办案人员')
      const head = officers.find((o) => o.roles.includes('head'))?.name ?? '局负责人'
      const reviewer = officers.find((o) => o.roles.includes('legalReviewer'))?.name ?? '法制审核员'
      const settings = await readRuleSettings(db)
      const gen = generateDemoCases({
        seed,
        count: total,
        today,
        newId: ctx.newId,
        officers: pool.map((o) => ({
          officerId: o.id,
          name: o.name,
          certificateNo: o.certificateNo,
        })),
        head,
        reviewer,
        actor: ctx.actor,
        settings,
      })
      const partyIds = new Map<string, string>()
      const result: DemoSeedResult = {
        ok: true,
        cases: 0,
        parties: 0,
        acts: 0,
        followUps: 0,
        refusedSteps: 0,
        ...office,
      }
      let batch: DemoCase[] = []
      let records = 0
      const flush = async () => {
        if (!batch.length) return
        const w = await writeBatch(ctx, batch, partyIds, today, settings)
        result.cases += batch.length
        result.parties += w.parties
        result.acts += w.acts
        result.followUps += w.followUps
        batch = []
        records = 0
        opts.onProgress?.({ done: result.cases, total })
      }
      for (const c of gen) {
        const size = 3 + c.acts.length
        if (records + size > DEMO_BATCH_RECORDS) await flush()
        batch.push(c)
        records += size
        if (c.rejected) result.refusedSteps++
      }
      await flush()
      // A seeded office is a set-up office: mark the first-run setup done (no-op when it is).
      await metaRepo(db).completeSetup(ctx)
      return result
    },
  }
}
