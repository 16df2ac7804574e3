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

it('live sync shares changes and resumes after a server outage', async () => {
  const a = await officeDb()
  const [headId, handlerId] = a.officerIds as [string, string]
  await server.createUser(headId, 'pw-a', ['head', 'handler'])
  await server.createUser(handlerId, 'pw-b', ['handler'])
  await server.createOffice('office-live', [headId, handlerId])
  const dbB = freshDb()
  const ctxB = testContext('2026-03-01T09:00:00.000Z')
  await openDatabase(dbB, '0.1.0', ctxB)

  const engineA = createSyncEngine({
    db: a.db,
    local: memoryPouch('live-a'),
    identity: { writer: headId, pc: 'pc-a' },
    context: () => ({ ...a.ctx, actor: 'sync' }),
  })
  const engineB = createSyncEngine({
    db: dbB,
    local: memoryPouch('live-b'),
    identity: { writer: handlerId, pc: 'pc-b' },
    context: () => ({ ...ctxB, actor: 'sync' }),
  })
  const statusesA: SyncStatus[] = []
  let appliedOnB = 0
  const timing = { exportEveryMs: 50, maxBackOffMs: 200 }
  engineA.start(
    server.remote('office-live', { username: headId, password: 'pw-a' }),
    (s) => statusesA.push(s),
    timing,
  )
  engineB.start(
    server.remote('office-live', { username: handlerId, password: 'pw-b' }),
    undefined,
    {
      ...timing,
      onApplied: (n) => {
        appliedOnB += n
      },
    },
  )
  try {
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

    // The server goes away; A records an act meanwhile.
    await server.pause()
    a.ctx.tick()
    const filed = await casesRepo(a.db).appendAct(
      a.ctx,
      caseId,
      acts.filed('2026-02-25'),
      '2026-03-01',
    )
    expect(filed.ok).toBe(true)
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
  const a = await officeDb()
  const [headId, handlerId] = a.officerIds as [string, string]
  await server.createUser(headId, 'pw-a', ['head', 'handler'])
  await server.createUser(handlerId, 'pw-b', ['handler'])
  await server.createOffice('office-live-soon', [headId, handlerId])
  const dbB = freshDb()
  const ctxB = testContext('2026-03-01T09:00:00.000Z')
  await openDatabase(dbB, '0.1.0', ctxB)
  const engine = (db: typeof dbB, ctx: typeof ctxB, writer: string, pc: string) =>
    createSyncEngine({
      db,
      local: memoryPouch(`soon-${pc}`),
      identity: { writer, pc },
      context: () => ({ ...ctx, actor: 'sync' }),
    })
  const engineA = engine(a.db, a.ctx, headId, 'pc-a')
  const engineB = engine(dbB, ctxB, handlerId, 'pc-b')
  // The fallback interval is far beyond the wait below: only the write itself can start the export.
  const timing = { exportEveryMs: 600_000, maxBackOffMs: 200 }
  engineA.start(
    server.remote('office-live-soon', { username: headId, password: 'pw-a' }),
    undefined,
    timing,
  )
  engineB.start(
    server.remote('office-live-soon', { username: handlerId, password: 'pw-b' }),
    undefined,
    timing,
  )
  try {
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
    a.ctx.tick()
    const filed = await casesRepo(a.db).appendAct(
      a.ctx,
      caseId,
      acts.filed('2026-02-25'),
      '2026-03-01',
    )
    if (!filed.ok) throw new Error(filed.message)
    await until(async () => (await dbB.acts.get(filed.act.id)) !== undefined)
    await until(
      async () => (await casesRepo(dbB).getCase(caseId))?.record.stage === 'investigation',
    )
  } finally {
    await engineA.stop()
    await engineB.stop()
  }
})
