/**
 * BENCH-ONLY: the office sync's timings (tests/bench/sync.ts, docs/sync.md): the app's own engine,
 * reaching the office server through this page's host (the web server's same-origin proxy, as in
 * the browser build), and raw PouchDB replication of the same documents as the floor.
 */
import { host } from '@renderer/bridge/api'
import { isBrowserHost } from '@renderer/bridge/browser-host'
import { db } from '@renderer/db/db'
import { casesRepo } from '@renderer/db/repositories/cases'
import { createSyncEngine, type SyncEngine } from '@renderer/sync/engine'
import { openLocalReplica, openRemote } from '@renderer/sync/pouch'
import type { PouchDatabase } from '@renderer/sync/pouch-types'
import type { Timed } from './ops'

interface Login {
  serverUrl: string
  officeDb: string
  username: string
  password: string
}

let engine: SyncEngine | null = null
let remote: PouchDatabase | null = null

const ctx = () => ({
  actor: 'bench',
  now: new Date().toISOString(),
  newId: () => crypto.randomUUID(),
})

async function remoteAs(login: Login): Promise<PouchDatabase> {
  if (isBrowserHost(host) && !(await host.detectSync())) {
    throw new Error('基准服务器没有提供同步代理')
  }
  const c = await host.configureSync({
    slot: 'officer',
    serverUrl: login.serverUrl,
    database: login.officeDb,
    username: login.username,
    password: login.password,
    remember: false,
  })
  if (!c.ok) throw new Error(c.message)
  return openRemote(login.serverUrl, login.officeDb, {
    transport: (input) => host.syncRequest({ ...input, slot: 'officer' }),
  })
}

/**
 * This PC's first connection as the app makes it (firstPull: export every table, pull, apply),
 * then, with `push`, one full round that uploads what it exported.
 */
export async function syncConnect(login: Login, pc: string, push: boolean): Promise<Timed> {
  remote = await remoteAs(login)
  engine = createSyncEngine({
    db,
    local: openLocalReplica(login.officeDb),
    identity: { writer: login.username, pc },
    context: () => ({ ...ctx(), actor: 'sync' }),
  })
  const t = performance.now()
  const pulled = await engine.firstPull(remote)
  const pullMs = performance.now() - t
  const round = push ? await engine.syncOnce(remote) : null
  const ms = performance.now() - t
  return {
    ms,
    info: {
      pullMs: Math.round(pullMs),
      pulled: pulled.pulled,
      applied: pulled.applied,
      pushed: round?.pushed ?? 0,
      refused: round?.refused.length ?? 0,
      cases: await db.cases.count(),
      acts: await db.acts.count(),
    },
  }
}

/** Raw PouchDB replication of the office database into an empty local database (the floor). */
export async function syncRawPull(login: Login): Promise<Timed> {
  const r = await remoteAs(login)
  const local = openLocalReplica(`raw-${login.officeDb}`)
  const t = performance.now()
  const result = await local.replicate.from(r, { batch_size: 200 })
  const ms = performance.now() - t
  return { ms, info: { docs: result.docs_written } }
}

/** Continuous sync with the app's timing (export on each committed write, live replication). */
export function syncStart(): void {
  if (!engine || !remote) throw new Error('请先运行 syncConnect')
  engine.start(remote)
}

/** A case on which the steady-state acts are recorded (registered today, as a clue). */
export async function syncNewCase(officerIds: string[]): Promise<string> {
  const today = new Date().toISOString().slice(0, 10)
  const created = await casesRepo(db).createCase(ctx(), {
    party: {
      kind: 'organisation',
      name: '武汉市汉阳区基准同步测试有限公司',
      uscc: '91420105MA4K2XQ373',
      legalRepresentative: '张伟',
      address: '武汉市汉阳区龙阳大道 88 号',
      phone: '13807100001',
    },
    cause: '同步基准',
    source: 'inspection',
    sourceDate: today,
    officerIds,
    firstAct: 'clueRegistered',
    today,
  })
  if (!created.ok) throw new Error(created.message)
  return created.case.id
}

/** Record one act (说服教育) on `caseId`; returns its id and the wall-clock time it was written. */
export async function syncAddAct(caseId: string): Promise<{ actId: string; at: number }> {
  const today = new Date().toISOString().slice(0, 10)
  const at = Date.now()
  const r = await casesRepo(db).appendAct(
    ctx(),
    caseId,
    {
      type: 'educationGiven',
      occurredOn: today,
      payload: { method: 'onSite', content: '同步基准' },
    },
    today,
  )
  if (!r.ok) throw new Error(r.message)
  return { actId: r.act.id, at }
}

/** Wait until `id` is in this PC's Dexie (pulled); the wall-clock time it was seen. */
export async function syncSeen(
  table: 'acts' | 'cases',
  id: string,
  timeoutMs: number,
): Promise<number> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await db[table].get(id)) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${timeoutMs} ms 内没有收到 ${id}`)
}

/** Officers of this PC's register (the harness gives them server accounts). */
export async function syncOfficers(): Promise<{ id: string; roles: string[] }[]> {
  return (await db.officers.toArray()).map((o) => ({ id: o.id, roles: [...o.roles] }))
}

/** This PC's sync status (phase, 待上传, the last error), for the harness's failure message. */
export async function syncState(): Promise<string> {
  if (!engine) return 'not connected'
  const s = await engine.status(remote ?? undefined)
  return JSON.stringify({
    phase: s.phase,
    pending: s.pending,
    error: s.error,
    refused: s.refusals.length,
    conflicts: s.conflicts.length,
  })
}
