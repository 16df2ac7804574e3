/**
 * 回访. A follow-up record is created in the transaction that records a decision or the closing
 * of a matter settled by soft measures (`followUpTrigger`; due = the
 * FOLLOW_UP deadline: decision date + the office's follow-up days, rolled to a working day;
 * mandatory for 从轻/减轻/不予处罚), marked done when a 回访 act is recorded after the decision,
 * cancelled when the decision is voided. A visit recorded without a decision (e.g. after 约谈 or
 * 责令改正) gets a record of its own, already done, so the 回访 page shows every visit.
 */
import { activeCalendar, rollToWorkingDayOn } from '@shared/calendar'
import {
  followUpTrigger,
  ruleLength,
  viewCase,
  type Act,
  type RuleSettings,
} from '@shared/domain/case'
import { Dexie } from 'dexie'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { CaseRecord, FollowUpRecord, FollowUpStatus } from '../cases-records'
import type { WriteContext } from '../records'
import { shiftDays } from '@shared/util/date'

/** A follow-up record without id and timestamps. */
type Wanted = Omit<FollowUpRecord, 'id' | 'createdAt' | 'updatedAt'>

/**
 * The follow-up records a case should have, from its effective acts (pure): one for the
 * effective decision (done when a visit on or after the decision date exists), plus one done
 * record for every other visit.
 */
export function wantedFollowUps(
  rec: Pick<CaseRecord, 'id' | 'partyName' | 'caseNo'>,
  acts: readonly Act[],
  settings: RuleSettings,
): Wanted[] {
  const v = viewCase({ acts: [...acts] })
  const wanted: Wanted[] = []
  const visits = v.all('followUpVisit')
  const trigger = followUpTrigger(v)
  const d = trigger?.act
  let used: string | undefined
  if (trigger && d) {
    // The FOLLOW_UP rule: natural days from the decision, rolled to a working day; no pauses,
    // no extensions — computed directly (computeDeadlines costs ~1 ms per case when seeding).
    const dueOn = rollToWorkingDayOn(
      activeCalendar(),
      shiftDays(d.occurredOn, ruleLength('FOLLOW_UP', settings) ?? 0),
    )
    const visit = visits.find((f) => f.occurredOn >= d.occurredOn)
    used = visit?.id
    wanted.push({
      caseId: rec.id,
      partyName: rec.partyName,
      caseNo: rec.caseNo,
      decisionActId: d.id,
      dueOn,
      mandatory: trigger.mandatory,
      status: visit ? 'done' : 'due',
      ...(visit ? { visitActId: visit.id } : {}),
    })
  }
  for (const visit of visits) {
    if (visit.id === used) continue
    wanted.push({
      caseId: rec.id,
      partyName: rec.partyName,
      caseNo: rec.caseNo,
      decisionActId: '',
      dueOn: visit.occurredOn,
      mandatory: false,
      status: 'done',
      visitActId: visit.id,
    })
  }
  return wanted
}

/**
 * Bring the case's follow-up records in line with its effective acts. Call inside a rw
 * transaction over `followUps` and `audit`, after the case's acts changed.
 */
export async function reconcileFollowUps(
  db: AppDB,
  ctx: WriteContext,
  rec: CaseRecord,
  acts: readonly Act[],
  settings: RuleSettings,
): Promise<void> {
  const existing = await db.followUps.where('caseId').equals(rec.id).toArray()
  const wanted = wantedFollowUps(rec, acts, settings)
  const matches = (f: FollowUpRecord, w: Wanted) =>
    w.decisionActId
      ? f.decisionActId === w.decisionActId
      : !f.decisionActId && f.visitActId === w.visitActId
  const seen = new Set<string>()
  for (const w of wanted) {
    const f = existing.find((x) => matches(x, w))
    if (!f) {
      const created: FollowUpRecord = {
        ...w,
        id: ctx.newId(),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      }
      await db.followUps.add(created)
      await appendAudit(db, ctx, {
        action: 'create',
        entity: 'followUps',
        entityId: created.id,
        before: null,
        after: created,
      })
      continue
    }
    seen.add(f.id)
    const { visitActId: _v, ...rest } = f
    const next: FollowUpRecord = { ...rest, ...w, updatedAt: ctx.now }
    if (!w.visitActId) delete next.visitActId
    await writeIfChanged(db, ctx, f, next)
  }
  for (const f of existing) {
    if (seen.has(f.id) || f.status === 'cancelled') continue
    await writeIfChanged(db, ctx, f, { ...f, status: 'cancelled', updatedAt: ctx.now })
  }
}

async function writeIfChanged(
  db: AppDB,
  ctx: WriteContext,
  before: FollowUpRecord,
  after: FollowUpRecord,
): Promise<void> {
  const strip = ({ updatedAt: _u, ...r }: FollowUpRecord) => JSON.stringify(r)
  if (strip(before) === strip(after)) return
  await db.followUps.put(after)
  await appendAudit(db, ctx, {
    action: after.status === 'cancelled' ? 'cancel' : 'update',
    entity: 'followUps',
    entityId: after.id,
    before,
    after,
  })
}

/** Query of the 回访 list. */
interface FollowUpQuery {
  /** Default 'due' (due and overdue visits, earliest first); 'done' lists made visits, newest first. */
  status?: Exclude<FollowUpStatus, 'cancelled'>
  today: string
  /** With status 'due': only visits due on or before today + this many natural days. */
  dueWithinDays?: number
  page: number
  pageSize: number
}

/** Repository for follow-up visits. */
export function followUpsRepo(db: AppDB) {
  return {
    get(id: string): Promise<FollowUpRecord | undefined> {
      return db.followUps.get(id)
    },

    /** Every follow-up record of a case (cancelled ones included), by due date. */
    async forCase(caseId: string): Promise<FollowUpRecord[]> {
      const rows = await db.followUps.where('caseId').equals(caseId).toArray()
      return rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
    },

    /** A page of follow-ups through the [status+dueOn] index; `total` counts the same range. */
    async list(q: FollowUpQuery): Promise<{ rows: FollowUpRecord[]; total: number }> {
      const status = q.status ?? 'due'
      const upper =
        status === 'due' && q.dueWithinDays !== undefined
          ? shiftDays(q.today, q.dueWithinDays)
          : Dexie.maxKey
      const range = () =>
        db.followUps
          .where('[status+dueOn]')
          .between([status, Dexie.minKey], [status, upper], true, true)
      const page = Math.max(1, Math.floor(q.page))
      const size = Math.max(1, Math.floor(q.pageSize))
      const ordered = status === 'done' ? range().reverse() : range()
      const [rows, total] = await Promise.all([
        ordered
          .offset((page - 1) * size)
          .limit(size)
          .toArray(),
        range().count(),
      ])
      return { rows, total }
    },
  }
}
