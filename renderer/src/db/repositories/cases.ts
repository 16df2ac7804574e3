/**
 * 案件. Every write is one transaction over every table it touches, with its audit entries; the
 * case record's summary (stage, next due date, review waiting, search tokens) is recomputed from
 * the shared derivations in the same transaction. Acts are never deleted: voiding appends an
 * 撤销/作废 act. Listing lives in ./case-list.ts.
 */
import {
  ActSchema,
  CaseFactsSchema,
  checkAct,
  type Act,
  type ActType,
  type CaseFacts,
  type CaseOfficer,
  type Party,
  type RuleSettings,
} from '@shared/domain/case'
import { caseSummary, searchTokens } from '@shared/domain/case/search'
import { assignmentOf, assignmentTokens } from '@shared/domain/case/assignment'
import { validateResidentId } from '@shared/validation'
import { officeProfileId } from '@shared/domain/settings'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import {
  blankCaseRecord,
  type ActRecord,
  type CaseRecord,
  type PartyRecord,
} from '../cases-records'
import type { AuditEntry, WriteContext } from '../records'
import { countCases, listCaseRows, listCases, type CaseListQuery } from './case-list'
import {
  caseNoCounterKey,
  caseNoSortKey,
  formatCaseNo,
  numberRange,
  shortCaseNo,
  takeCounter,
} from './counters'
import { reconcileFollowUps } from './follow-ups'
import { resolvePartyForCase } from './parties'
import { readRuleSettings } from './rule-settings'
import { putCaseDigest } from '../stat-digests'
import { changedFields, fail, legalDateOf, zodErrors, type Failure } from './write-util'

/** An act as a form enters it; id, recordedAt and recordedBy come from the write context. */
export interface ActInput {
  type: ActType
  occurredOn: string
  payload: unknown
}

/** What the new-case form submits. */
export interface CreateCaseInput {
  party: Party
  /** The existing party the user picked; otherwise one with the same identity is reused. */
  reusePartyId?: string
  /** Write the entered details to the reused party record (otherwise only the case keeps them). */
  updateParty?: boolean
  cause: string
  /** Ids of the 违法行为库 entries chosen for the case (optional). */
  violationIds?: string[]
  source: string
  sourceDate: string
  /** Two or more active officers with certificate numbers (APL Art. 42). */
  officerIds: string[]
  /**
   * Optional first act, recorded in the same transaction: 'clueRegistered' builds the 线索登记
   * from the source, date and cause; an ActInput is checked like appendAct.
   */
  firstAct?: 'clueRegistered' | ActInput
  /** Legal date of registration (the case-number year); default: the local date of ctx.now. */
  today?: string
}

type CreateCaseResult =
  | { ok: true; case: CaseRecord; party: PartyRecord; partyReused: boolean; act?: ActRecord }
  | Failure

export type AppendActResult = { ok: true; act: ActRecord; case: CaseRecord } | Failure

/** A case with all its acts (voided ones included) and the facts the shared derivations take. */
export interface CaseBundle {
  record: CaseRecord
  acts: ActRecord[]
  facts: CaseFacts
}

const notFound = fail('找不到该案件，可能已在其他窗口修改，请返回案件列表刷新后重试')

/** The bare Act of a stored act record. */
export function actOf(rec: ActRecord): Act {
  const { caseId: _c, seq: _s, ...act } = rec
  return act as Act
}

/** The facts of a case record plus its acts. */
export function factsOf(rec: CaseRecord, acts: readonly ActRecord[]): CaseFacts {
  return {
    id: rec.id,
    caseNo: rec.caseNo,
    party: rec.partySnapshot,
    cause: rec.cause,
    ...(rec.violationIds?.length ? { violationIds: rec.violationIds } : {}),
    source: rec.source,
    sourceDate: rec.sourceDate,
    officers: rec.officers,
    acts: acts.map(actOf),
  }
}

/** The record without its search tokens (kept out of audit entries: derived and bulky). */
export function auditView(rec: CaseRecord): Omit<CaseRecord, 'searchTokens'> {
  const { searchTokens: _t, ...rest } = rec
  return rest
}

/** Acts of a case in entry order. Usable inside a transaction over `acts`. */
export function actsOfCase(db: AppDB, caseId: string): Promise<ActRecord[]> {
  return db.acts
    .where('[caseId+seq]')
    .between([caseId, 0], [caseId, Infinity], true, true)
    .toArray()
}

/** Recompute the summary fields of `rec` from its acts as of `today`. */
export function withSummary(
  rec: CaseRecord,
  acts: readonly Act[],
  today: string,
  settings: RuleSettings,
): CaseRecord {
  const s = caseSummary(
    { party: rec.partySnapshot, officers: rec.officers, acts: [...acts] },
    today,
    settings,
  )
  return {
    ...rec,
    ...s,
    actCount: acts.length,
    searchTokens: [
      ...searchTokens(
        rec.partySnapshot,
        rec.caseNo,
        shortCaseNo(rec.year, rec.caseNoKey % 1_000_000),
      ),
      // Who holds the case, for the list's "我办理的" (docs/sync.md "Assignment").
      ...assignmentTokens(assignmentOf(acts)),
    ],
  }
}

/** Build the full act from a form input; errors keyed by payload field. */
function buildAct(ctx: WriteContext, input: ActInput): { ok: true; act: Act } | Failure {
  const raw = {
    id: ctx.newId(),
    type: input.type,
    occurredOn: input.occurredOn,
    recordedAt: ctx.now,
    recordedBy: ctx.actor,
    payload: input.payload,
  }
  const parsed = ActSchema.safeParse(raw)
  if (parsed.success) return { ok: true, act: parsed.data }
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const path = issue.path[0] === 'payload' ? issue.path.slice(1) : issue.path
    const key = path.length ? path.join('.') : '_form'
    errors[key] ??= issue.message
  }
  return fail(`请检查填写的内容：${Object.values(errors).join('；')}`, errors)
}

/**
 * Load the active certified officers named by `ids` (≥2, distinct). Inside a transaction over
 * `officers`.
 */
async function resolveOfficers(
  db: AppDB,
  ids: readonly string[],
): Promise<{ ok: true; officers: CaseOfficer[] } | Failure> {
  const unique = [...new Set(ids)]
  const found = await db.officers.bulkGet(unique)
  const officers: CaseOfficer[] = []
  for (const o of found) {
    if (o && o.active && o.certificateNo.trim() !== '') {
      officers.push({ officerId: o.id, name: o.name, certificateNo: o.certificateNo })
    }
  }
  if (officers.length < 2 || officers.length !== unique.length) {
    const msg =
      officers.length !== unique.length
        ? '所选办案人员中有人已离岗或未登记执法证号，请重新选择'
        : '请选择至少两名持有执法证件的在岗办案人员（行政处罚法第四十二条）'
    return fail(msg, { officerIds: msg })
  }
  return { ok: true, officers }
}

/** Validate the form part that needs no database. */
function validateCaseInput(
  input: CreateCaseInput,
  today: string,
):
  | {
      ok: true
      value: Pick<CaseFacts, 'party' | 'cause' | 'source' | 'sourceDate' | 'violationIds'>
    }
  | Failure {
  const parsed = CaseFactsSchema.pick({
    party: true,
    cause: true,
    source: true,
    sourceDate: true,
    violationIds: true,
  }).safeParse(input)
  const errors = parsed.success ? {} : zodErrors(parsed.error)
  const party = input.party as Partial<Record<string, string>> | undefined
  const idNo =
    party?.kind === 'soleTrader'
      ? ['party.operatorIdNo', party.operatorIdNo]
      : party?.kind === 'naturalPerson' && party.idType === 'residentId'
        ? ['party.idNo', party.idNo]
        : undefined
  if (idNo && typeof idNo[1] === 'string' && !errors[idNo[0] as string]) {
    const r = validateResidentId(idNo[1], today)
    if (!r.ok) errors[idNo[0] as string] = r.message
  }
  if (typeof input.sourceDate === 'string' && input.sourceDate > today && !errors.sourceDate) {
    errors.sourceDate = '案件来源日期不能晚于今天，请核对'
  }
  if (!parsed.success || Object.keys(errors).length) {
    return fail(`请检查填写的内容：${Object.values(errors).join('；')}`, errors)
  }
  return { ok: true, value: parsed.data }
}

/** Repository for cases and their acts. */
export function casesRepo(db: AppDB) {
  const caseTables = [
    db.cases,
    db.acts,
    db.followUps,
    db.parties,
    db.counters,
    db.officers,
    db.officeProfile,
    db.meta,
    db.audit,
    db.statDigests,
  ]

  /** Inside a transaction: store `act`, recompute the case, reconcile follow-ups. */
  async function writeAct(
    ctx: WriteContext,
    rec: CaseRecord,
    acts: ActRecord[],
    act: Act,
    today: string,
    settings: RuleSettings,
  ): Promise<{ act: ActRecord; case: CaseRecord }> {
    const stored: ActRecord = {
      ...act,
      caseId: rec.id,
      seq: (acts.at(-1)?.seq ?? 0) + 1,
    } as ActRecord
    await db.acts.add(stored)
    await appendAudit(db, ctx, {
      action: 'create',
      entity: 'acts',
      entityId: stored.id,
      before: null,
      after: stored,
    })
    const all = [...acts, stored].map(actOf)
    const next = { ...withSummary(rec, all, today, settings), updatedAt: ctx.now }
    await db.cases.put(next)
    // The statistics digest changes with the acts (docs/domain/statistics.md).
    await putCaseDigest(db, next, [...acts, stored], settings)
    const diff = changedFields(rec, next, ['updatedAt', 'searchTokens'])
    await appendAudit(db, ctx, {
      action: 'update',
      entity: 'cases',
      entityId: rec.id,
      before: diff.before,
      after: diff.after,
    })
    await reconcileFollowUps(db, ctx, next, all, settings)
    return { act: stored, case: next }
  }

  async function append(
    ctx: WriteContext,
    caseId: string,
    input: ActInput,
    today: string,
  ): Promise<AppendActResult> {
    const built = buildAct(ctx, input)
    if (!built.ok) return built
    const { act } = built
    if (act.occurredOn > today) {
      return fail('日期不能晚于今天；尚未发生的事项请在发生后再录入', {
        occurredOn: '日期不能晚于今天',
      })
    }
    return db.transaction('rw', caseTables, async () => {
      const rec = await db.cases.get(caseId)
      if (!rec) return notFound
      const acts = await actsOfCase(db, caseId)
      const settings = await readRuleSettings(db)
      // The register lets checkAct refuse a reviewer/approver without the role (signers.ts).
      const register = (await db.officers.toArray()).map(({ id, name, roles, active }) => ({
        id,
        name,
        roles,
        active,
      }))
      const check = checkAct(
        { party: rec.partySnapshot, officers: rec.officers, acts: acts.map(actOf) },
        act,
        settings,
        undefined,
        register,
      )
      if (!check.ok) return fail(check.message)
      const written = await writeAct(ctx, rec, acts, act, today, settings)
      return { ok: true as const, ...written }
    })
  }

  return {
    /**
     * Register a case: validate, resolve ≥2 officers, reuse or create the party, take the next
     * case number of the registration year, store the case (and the optional first act) — one
     * transaction. Field errors: `party.<field>`, cause, source, sourceDate, officerIds, and the
     * first act's payload fields.
     */
    async createCase(ctx: WriteContext, input: CreateCaseInput): Promise<CreateCaseResult> {
      const today = input.today ?? legalDateOf(ctx.now)
      const valid = validateCaseInput(input, today)
      if (!valid.ok) return valid
      const { party, cause, source, sourceDate, violationIds } = valid.value
      const first: ActInput | undefined =
        input.firstAct === 'clueRegistered'
          ? {
              type: 'clueRegistered',
              occurredOn: sourceDate,
              payload: { source, summary: cause, realNameReporter: false },
            }
          : input.firstAct
      let firstAct: Act | undefined
      if (first) {
        const built = buildAct(ctx, first)
        if (!built.ok) return built
        firstAct = built.act
        if (firstAct.occurredOn > today) {
          return fail('日期不能晚于今天', { occurredOn: '日期不能晚于今天' })
        }
      }
      return db.transaction('rw', caseTables, async () => {
        const officers = await resolveOfficers(db, input.officerIds)
        if (!officers.ok) return officers
        const profile = await db.officeProfile.get(officeProfileId)
        if (!profile) return fail('请先在“设置—机关档案”中填写文号机关代字，再登记案件')
        const settings = await readRuleSettings(db)
        if (firstAct) {
          const check = checkAct(
            { party, officers: officers.officers, acts: [] },
            firstAct,
            settings,
          )
          if (!check.ok) return fail(check.message)
        }
        const resolved = await resolvePartyForCase(db, ctx, party, {
          reuseId: input.reusePartyId,
          update: input.updateParty,
        })
        if ('error' in resolved) return fail(resolved.error, { party: resolved.error })
        const year = Number(today.slice(0, 4))
        const taken = await takeCounter(db, caseNoCounterKey(year), await numberRange(db, 'caseNo'))
        if (!taken.ok) return fail(taken.message)
        const n = taken.first
        const base = blankCaseRecord({
          id: ctx.newId(),
          caseNo: formatCaseNo(profile.docCode, year, n),
          caseNoKey: caseNoSortKey(year, n),
          year,
          registeredOn: today,
          partyId: resolved.record.id,
          partySnapshot: party,
          partyName: party.name,
          cause,
          ...(violationIds?.length ? { violationIds: [...new Set(violationIds)] } : {}),
          source,
          sourceDate,
          officers: officers.officers,
          officerIds: officers.officers.map((o) => o.officerId),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        const rec = withSummary(base, [], today, settings)
        await db.cases.add(rec)
        await putCaseDigest(db, rec, [], settings)
        await appendAudit(db, ctx, {
          action: 'create',
          entity: 'cases',
          entityId: rec.id,
          before: null,
          after: auditView(rec),
        })
        if (!firstAct) {
          return {
            ok: true as const,
            case: rec,
            party: resolved.record,
            partyReused: resolved.reused,
          }
        }
        const w = await writeAct(ctx, rec, [], firstAct, today, settings)
        return {
          ok: true as const,
          case: w.case,
          party: resolved.record,
          partyReused: resolved.reused,
          act: w.act,
        }
      })
    },

    /** The case, all its acts in entry order (voided ones included) and its facts. */
    async getCase(id: string): Promise<CaseBundle | undefined> {
      return db.transaction('r', [db.cases, db.acts], async () => {
        const record = await db.cases.get(id)
        if (!record) return undefined
        const acts = await actsOfCase(db, id)
        return { record, acts, facts: factsOf(record, acts) }
      })
    },

    /** A page of the case list and its total; see {@link listCases} for indexes and complexity. */
    listCases(q: CaseListQuery) {
      return listCases(db, q)
    },

    /** A page of the case list without waiting for an unknown total (see {@link listCaseRows}). */
    listCaseRows(q: CaseListQuery) {
      return listCaseRows(db, q)
    },

    /** The number of cases matching the filters of `q` (cached until the cases change). */
    countCases(q: CaseListQuery) {
      return countCases(db, q)
    },

    /** The party's other cases, newest first (for the 首违 judgement: same violation within 2 years). */
    async earlierCasesOfParty(partyId: string, excludeCaseId?: string): Promise<CaseRecord[]> {
      const rows = await db.cases.where('partyId').equals(partyId).toArray()
      return rows
        .filter((r) => r.id !== excludeCaseId)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    },

    /**
     * Record one act: schema (field errors by payload field), not after today, the lifecycle
     * gate and payload rules of checkAct (its Chinese reason is the message); then the case
     * summary and follow-ups — one transaction.
     */
    appendAct(ctx: WriteContext, caseId: string, act: ActInput, today: string) {
      return append(ctx, caseId, act, today)
    },

    /**
     * Void (作废, or 撤销 with kind 'revoked') the act `actId`: appends an 撤销/作废 act dated
     * `today`; the voided act stays in the list. Only the last effective act can be voided.
     */
    voidAct(
      ctx: WriteContext,
      caseId: string,
      actId: string,
      reason: string,
      opts: { today?: string; kind?: 'voided' | 'revoked' } = {},
    ): Promise<AppendActResult> {
      const today = opts.today ?? legalDateOf(ctx.now)
      return append(
        ctx,
        caseId,
        {
          type: 'actVoided',
          occurredOn: today,
          payload: { targetActId: actId, kind: opts.kind ?? 'voided', reason },
        },
        today,
      )
    },

    /**
     * Replace the case's officers (≥2 active, certified). Earlier acts keep the officers they
     * name; the summary is recomputed.
     */
    async setOfficers(
      ctx: WriteContext,
      caseId: string,
      officerIds: string[],
      today: string,
    ): Promise<{ ok: true; case: CaseRecord } | Failure> {
      return db.transaction('rw', caseTables, async () => {
        const rec = await db.cases.get(caseId)
        if (!rec) return notFound
        const officers = await resolveOfficers(db, officerIds)
        if (!officers.ok) return officers
        const records = await actsOfCase(db, caseId)
        const acts = records.map(actOf)
        const settings = await readRuleSettings(db)
        const next = withSummary(
          {
            ...rec,
            officers: officers.officers,
            officerIds: officers.officers.map((o) => o.officerId),
            updatedAt: ctx.now,
          },
          acts,
          today,
          settings,
        )
        await db.cases.put(next)
        await putCaseDigest(db, next, records, settings)
        const diff = changedFields(rec, next, ['updatedAt', 'searchTokens'])
        await appendAudit(db, ctx, {
          action: 'setOfficers',
          entity: 'cases',
          entityId: caseId,
          before: diff.before,
          after: diff.after,
        })
        return { ok: true as const, case: next }
      })
    },

    /** Audit entries of one record, in chain order. */
    async auditFor(entity: string, entityId: string): Promise<AuditEntry[]> {
      const rows = await db.audit.where('[entity+entityId]').equals([entity, entityId]).toArray()
      return rows.sort((a, b) => a.seq - b.seq)
    },

    /** Audit entries of a case, its acts and its follow-ups, in chain order. */
    async auditForCase(caseId: string): Promise<AuditEntry[]> {
      return db.transaction('r', [db.acts, db.followUps, db.audit], async () => {
        const acts = await actsOfCase(db, caseId)
        const followUps = await db.followUps.where('caseId').equals(caseId).primaryKeys()
        const keys: [string, string][] = [
          ['cases', caseId],
          ...acts.map((a): [string, string] => ['acts', a.id]),
          ...followUps.map((id): [string, string] => ['followUps', id as string]),
        ]
        const rows = await db.audit.where('[entity+entityId]').anyOf(keys).toArray()
        return rows.sort((a, b) => a.seq - b.seq)
      })
    },
  }
}
