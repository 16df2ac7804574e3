/**
 * Continuous sync (docs/sync.md "Data flow"): two PCs with live replication share a new case and
 * an act within seconds, and an act recorded during a server outage arrives once the server is
 * back, without anyone restarting anything.
 */
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { createSyncEngine, type SyncStatus } from '@renderer/sync/engine'
import { acts } from '../renderer/db/case-acts'
import { officeDb, orgParty } from '../renderer/db/case-helpers'
import { freshDb, testContext } from '../renderer/db/helpers'
import { memoryPouch, startOfficeServer, type OfficeServer } from './server'

let server: OfficeServer
beforeAll(async () => {
  server = await startOfficeServer()
})
afterAll(async () => {
  await server?.stop()
})

/** Wait until `check` holds (polling), or fail after `ms`. */
async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for sync')
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** PC A (the office, set up) and a fresh PC B of office database `name`, each with its engine. */
async function twoPcs(name: string) {
  const a = await officeDb()
  const [headId, handlerId] = a.officerIds as [string, string]
  await server.createUser(headId, 'pw-a', ['head', 'handler'])
  await server.createUser(handlerId, 'pw-b', ['handler'])
  await server.createOffice(name, [headId, handlerId])
  const dbB = freshDb()
  const ctxB = testContext('2026-03-01T09:00:00.000Z')
  await openDatabase(dbB, '0.1.0', ctxB)
  const engine = (db: typeof dbB, ctx: typeof ctxB, writer: string, pc: string) =>
    createSyncEngine({
      db,
      local: memoryPouch(`${name}-${pc}`),
      identity: { writer, pc },
      context: () => ({ ...ctx, actor: 'sync' }),
    })
  return {
    a,
    dbB,
    handlerId,
    engineA: engine(a.db, a.ctx, headId, 'pc-a'),
    engineB: engine(dbB, ctxB, handlerId, 'pc-b'),
    remoteA: server.remote(name, { username: headId, password: 'pw-a' }),
    remoteB: server.remote(name, { username: handlerId, password: 'pw-b' }),
  }
}

/** A new case on PC A; its id once PC B holds its first act. */
async function caseSeenOnB(pcs: Awaited<ReturnType<typeof twoPcs>>): Promise<string> {
  const { a, dbB, handlerId } = pcs
  const created = await casesRepo(a.db).createCase(a.ctx, {
    party: orgParty(),
    cause: '销售过期食品',
    source: 'inspection',
    sourceDate: '2026-02-20',
    officerIds: [handlerId, a.officerIds[2]!],
    firstAct: 'clueRegistered',
    today: '2026-03-01',
  })
  if (!created.ok) throw new Error(created.message)
  const caseId = created.case.id
  await until(async () => (await dbB.acts.where('caseId').equals(caseId).count()) === 1)
  return caseId
}

/** Record 立案 on PC A. */
async function fileOnA(pcs: Awaited<ReturnType<typeof twoPcs>>, caseId: string) {
  pcs.a.ctx.tick()
  const r = await casesRepo(pcs.a.db).appendAct(
    pcs.a.ctx,
    caseId,
    acts.filed('2026-02-25'),
    '2026-03-01',
  )
  if (!r.ok) throw new Error(r.message)
  return r.act
}

it('live sync shares changes and resumes after a server outage', async () => {
  const pcs = await twoPcs('office-live')
  const { dbB, engineA, engineB } = pcs
  const statusesA: SyncStatus[] = []
  let appliedOnB = 0
  const timing = { exportEveryMs: 50, maxBackOffMs: 200 }
  engineA.start(pcs.remoteA, (s) => statusesA.push(s), timing)
  engineB.start(pcs.remoteB, undefined, {
    ...timing,
    onApplied: (n) => {
      appliedOnB += n
    },
  })
  try {
    const caseId = await caseSeenOnB(pcs)

    // The server goes away; A records an act meanwhile.
    await server.pause()
    await fileOnA(pcs, caseId)
    await new Promise((r) => setTimeout(r, 300))
    expect(await dbB.acts.where('caseId').equals(caseId).count()).toBe(1)

    // Back: the live replication reconnects by itself and B gets the act.
    await server.resume()
    await until(async () => (await dbB.acts.where('caseId').equals(caseId).count()) === 2)
    expect((await casesRepo(dbB).getCase(caseId))?.record.stage).toBe('investigation')
    expect(statusesA.length).toBeGreaterThan(0)
    expect(appliedOnB).toBeGreaterThan(0)
  } finally {
    await engineA.stop()
    await engineB.stop()
  }
})

it('a local write is exported as soon as it is committed, not at the next export interval', async () => {
  const pcs = await twoPcs('office-live-soon')
  const { dbB, engineA, engineB } = pcs
  // The fallback interval is far beyond the wait below: only the write itself can start the export.
  const timing = { exportEveryMs: 600_000, maxBackOffMs: 200 }
  engineA.start(pcs.remoteA, undefined, timing)
  engineB.start(pcs.remoteB, undefined, timing)
  try {
    const caseId = await caseSeenOnB(pcs)
    const filed = await fileOnA(pcs, caseId)
    await until(async () => (await dbB.acts.get(filed.id)) !== undefined)
    await until(
      async () => (await casesRepo(dbB).getCase(caseId))?.record.stage === 'investigation',
    )
  } finally {
    await engineA.stop()
    await engineB.stop()
  }
})
