/**
 * The sync engine (renderer/src/sync, docs/sync.md "Design") between two PCs — two Dexie
 * databases on fake-indexeddb, each with its own in-memory PouchDB — and one office server
 * (express-pouchdb in full mode with the design document), all in this process.
 */
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit, recordsOfAuditEntry, verifyAuditChain } from '@renderer/db/audit'
import { createFullBackup, createIncrementBackup } from '@renderer/backup/export'
import { ensureInstallationId } from '@renderer/backup/installation'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { resolvePartyForCase } from '@renderer/db/repositories/parties'
import { CONFLICT_HOLDER_ID, assignmentOf, defaultRuleSettings } from '@shared/domain/case'
import type { ViolationEntry } from '@shared/discretion/types'
import { officeViolationsRepo } from '@renderer/db/repositories/office-violations'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { applyPendingCases, applyPulledBatch, readSyncState } from '@renderer/sync/apply'
import { designDocument } from '@shared/sync/design-doc'
import { verifyChains } from '@renderer/sync/chains'
import { createSyncEngine, type SyncEngine } from '@renderer/sync/engine'
import type { PouchDatabase } from '@renderer/sync/pouch-types'
import { acts } from '../renderer/db/case-acts'
import { officeDb, orgParty } from '../renderer/db/case-helpers'
import { contactInput, freshDb, testContext } from '../renderer/db/helpers'
import { memoryPouch, startOfficeServer, type OfficeServer } from './server'

let server: OfficeServer
afterAll(async () => {
  await server?.stop()
})
beforeAll(async () => {
  server = await startOfficeServer()
})

let officeNo = 0

interface Pc {
  db: AppDB
  ctx: ReturnType<typeof testContext>
  local: PouchDatabase
  engine: SyncEngine
  remote: PouchDatabase
}

/**
 * An office: PC A (a 负责人 who set up the office: profile, four officers) and PC B (a handler,
 * fresh database), both with CouchDB users named by their officer ids, and the server database.
 */
async function office(): Promise<{ a: Pc; b: Pc; officerIds: string[]; name: string }> {
  const name = `office-${++officeNo}`
  const setup = await officeDb()
  const { officerIds } = setup
  const headId = officerIds[0]!
  const handlerId = officerIds[1]!
  await server.createUser(headId, 'pw-a', ['head', 'handler'])
  await server.createUser(handlerId, 'pw-b', ['handler'])
  await server.createOffice(name, [headId, handlerId])
  const pc = (
    db: AppDB,
    ctx: ReturnType<typeof testContext>,
    writer: string,
    pw: string,
    id: string,
  ): Pc => {
    const local = memoryPouch(id)
    return {
      db,
      ctx,
      local,
      remote: server.remote(name, { username: writer, password: pw }),
      engine: createSyncEngine({
        db,
        local,
        identity: { writer, pc: id },
        context: () => ({ ...ctx, actor: 'sync' }),
        batchSize: 25,
      }),
    }
  }
  const a = pc(setup.db, setup.ctx, headId, 'pw-a', 'pc-a')
  const dbB = freshDb()
  const ctxB = testContext('2026-03-01T09:00:00.000Z')
  await openDatabase(dbB, '0.1.0', ctxB)
  const b = pc(dbB, ctxB, handlerId, 'pw-b', 'pc-b')
  return { a, b, officerIds, name }
}

async function newCase(pc: Pc, officerIds: string[]) {
  const r = await casesRepo(pc.db).createCase(pc.ctx, {
    party: orgParty(),
    cause: '销售过期食品',
    source: 'inspection',
    sourceDate: '2026-02-20',
    officerIds: [officerIds[1]!, officerIds[2]!],
    firstAct: 'clueRegistered',
    today: '2026-03-01',
  })
  if (!r.ok) throw new Error(r.message)
  return r.case
}

/** Record 立案 on `caseId` as PC `pc`, a tick after its last write. */
async function fileCase(pc: Pc, caseId: string) {
  pc.ctx.tick()
  const r = await casesRepo(pc.db).appendAct(pc.ctx, caseId, acts.filed('2026-02-25'), '2026-03-01')
  if (!r.ok) throw new Error(r.message)
  return r
}

async function chainOk(db: AppDB) {
  return verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok
}

describe('office sync between two PCs', () => {
  it('a fresh PC pulls the office, and two PCs appending to one case at once converge', async () => {
    const { a, b, officerIds } = await office()
    const c = await newCase(a, officerIds)
    a.ctx.tick()
    const filed = await casesRepo(a.db).appendAct(
      a.ctx,
      c.id,
      acts.filed('2026-02-25'),
      '2026-03-01',
    )
    expect(filed.ok).toBe(true)

    const ra = await a.engine.syncOnce(a.remote)
    expect(ra.refused).toEqual([])
    const rb = await b.engine.syncOnce(b.remote)
    expect(rb.refused).toEqual([])
    // B now has the office: officers, profile, the case with its acts and derived summary.
    expect(await b.db.officers.count()).toBe(4)
    expect((await b.db.officeProfile.get('office'))?.docCode).toBe('鄂汉阳市监')
    const onB = await casesRepo(b.db).getCase(c.id)
    expect(onB?.acts.map((x) => x.type)).toEqual(['clueRegistered', 'caseFiled'])
    expect(onB?.record.stage).toBe('investigation')
    expect(onB?.record.caseNo).toBe(c.caseNo)

    // Both PCs record an act on the same case while apart.
    a.ctx.tick()
    const fromA = await casesRepo(a.db).appendAct(
      a.ctx,
      c.id,
      acts.education('2026-03-01'),
      '2026-03-01',
    )
    expect(fromA.ok).toBe(true)
    b.ctx.tick()
    const fromB = await casesRepo(b.db).appendAct(
      b.ctx,
      c.id,
      {
        type: 'administrativeGuidance',
        occurredOn: '2026-03-01',
        payload: { method: 'onSite', content: '指导建立进货查验记录' },
      },
      '2026-03-01',
    )
    expect(fromB.ok).toBe(true)
    // Recorded but not uploaded: the badge shows N 条待上传.
    expect((await a.engine.status(a.remote)).pending).toBeGreaterThan(0)

    expect((await a.engine.syncOnce(a.remote)).refused).toEqual([])
    expect((await b.engine.syncOnce(b.remote)).refused).toEqual([])
    await a.engine.syncOnce(a.remote)

    const caseA = await casesRepo(a.db).getCase(c.id)
    const caseB = await casesRepo(b.db).getCase(c.id)
    const view = (x: typeof caseA) => x?.acts.map((act) => `${act.seq}:${act.type}:${act.id}`)
    expect(view(caseA)).toHaveLength(4)
    expect(view(caseA)).toEqual(view(caseB))
    expect(caseA?.record.stage).toBe(caseB?.record.stage)
    expect(caseA?.record.actCount).toBe(4)
    expect(await chainOk(a.db)).toBe(true)
    expect(await chainOk(b.db)).toBe(true)
    // Each PC's chain is on the server, under its own PC id.
    const chains = await a.remote.allDocs({ startkey: 'audit:', endkey: 'audit:\uffff' })
    const pcs = new Set(chains.rows.map((r) => r.id.split(':')[1]))
    expect(pcs).toEqual(new Set(['pc-a', 'pc-b']))

    // Every PC's chain is held and checked on each PC; a changed entry is reported by PC.
    const checks = await verifyChains(a.local)
    expect(checks.map((x) => [x.pc, x.ok])).toEqual([
      ['pc-a', true],
      ['pc-b', true],
    ])
    const victim = (
      await a.local.allDocs({
        startkey: 'audit:pc-b:',
        endkey: 'audit:pc-b:\uffff',
        include_docs: true,
      })
    ).rows[2]!.doc!
    const entry = victim.entry as { actor: string }
    await a.local.put({ ...victim, entry: { ...entry, actor: 'someone-else' } })
    const after = await verifyChains(a.local)
    expect(after.find((x) => x.pc === 'pc-b')).toMatchObject({ ok: false, seq: 3, problem: 'hash' })
    expect(after.find((x) => x.pc === 'pc-a')?.ok).toBe(true)
  })

  it('installs and updates the server rules with an administrator login only', async () => {
    const { a, name } = await office()
    const adminRemote = server.remote(name)
    expect(await a.engine.installRules(adminRemote)).toBe('current')
    const installed = await adminRemote.get('_design/casedesk')
    await adminRemote.put({ ...installed, rulesVersion: 0, validate_doc_update: 'function () {}' })
    expect(await a.engine.installRules(adminRemote)).toBe('updated')
    expect((await adminRemote.get('_design/casedesk')).validate_doc_update).toBe(
      designDocument().validate_doc_update,
    )
    // An officer's login cannot change the rules.
    const current = await adminRemote.get('_design/casedesk')
    await adminRemote.put({ ...current, rulesVersion: 0 })
    const refused = (await a.engine.installRules(a.remote).then(
      () => ({ status: 200 }),
      (e: { status: number }) => e,
    )) as { status: number }
    expect([401, 403]).toContain(refused.status)
    expect((await adminRemote.get('_design/casedesk')).rulesVersion).toBe(0)
  })

  it('the same act delivered twice stays one', async () => {
    const { a, b, officerIds } = await office()
    const c = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    const before = await b.db.acts.count()
    const auditBefore = await b.db.audit.count()
    // Re-deliver the whole feed: once through the engine (nothing new), once straight into the
    // batch writer as if the checkpoint had not moved.
    await b.engine.syncOnce(b.remote)
    const feed = await b.local.changes({ since: 0, include_docs: true, conflicts: true })
    const state = await readSyncState(b.db)
    await applyPulledBatch(b.db, { ...b.ctx }, feed.results, state.pulledSeq, feed.last_seq, 1e9)
    expect(await b.db.acts.count()).toBe(before)
    expect((await casesRepo(b.db).getCase(c.id))?.acts).toHaveLength(1)
    // Nothing was written again: no audit entry at all for the re-delivered documents.
    expect(await b.db.audit.count()).toBe(auditBefore)
    // Everything of B is on the server: nothing waits for upload (待上传 0).
    expect((await b.engine.status(b.remote)).pending).toBe(0)
    expect(await chainOk(b.db)).toBe(true)
  })

  it('a PC that pulled the office numbers its next case after the last one of the office', async () => {
    const { a, b, officerIds } = await office()
    const first = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    const onB = await newCase(b, officerIds)
    expect(onB.caseNoKey).toBe(first.caseNoKey + 1)
    const round = await b.engine.syncOnce(b.remote)
    expect(round.refused).toEqual([])
  })

  it('the same case number taken on two PCs apart is refused and shown, never merged', async () => {
    const { a, b, officerIds } = await office()
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    const onA = await newCase(a, officerIds)
    const onB = await newCase(b, officerIds)
    expect(onB.caseNo).toBe(onA.caseNo)
    expect((await a.engine.syncOnce(a.remote)).refused).toEqual([])
    const roundB = await b.engine.syncOnce(b.remote)
    expect(roundB.refused).toHaveLength(1)
    expect(roundB.refused[0]!.message).toMatch(/该编号已被本单位其他电脑使用/)
    await a.engine.syncOnce(a.remote)
    for (const pc of [a, b]) {
      const s = await pc.engine.status()
      expect(s.conflicts.map((c) => c.reason)).toEqual(['caseNo'])
      expect(await pc.db.cases.count()).toBe(1)
    }
  })

  it('contact versions of the same day from two PCs are both kept and shown', async () => {
    const { a, b } = await office()
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    // Both PCs record new contact details effective on the same day while apart.
    const addVersion = async (pc: Pc, phone: string) => {
      pc.ctx.tick()
      const v = {
        ...contactInput,
        contactPhone: phone,
        effectiveFrom: '2026-04-01',
        id: pc.ctx.newId(),
        createdAt: pc.ctx.now,
      }
      await pc.db.transaction('rw', [pc.db.contactVersions, pc.db.audit], async () => {
        await pc.db.contactVersions.add(v)
        await appendAudit(pc.db, pc.ctx, {
          action: 'addVersion',
          entity: 'contactVersions',
          entityId: v.id,
          before: null,
          after: v,
        })
      })
      return v
    }
    const va = await addVersion(a, '027-84850001')
    await a.engine.syncOnce(a.remote)
    const vb = await addVersion(b, '027-84850002')
    // B's login is a handler's: the server keeps the office's contact details to a 负责人.
    const roundB = await b.engine.syncOnce(b.remote)
    expect(roundB.refused).toMatchObject([
      { docId: `contact:${vb.id}`, message: expect.stringMatching(/负责人/) },
    ])
    // B holds both versions: nothing overwritten, the clash listed for a person.
    expect(
      (await b.db.contactVersions.bulkGet([va.id, vb.id])).map((v) => v?.contactPhone),
    ).toEqual(['027-84850001', '027-84850002'])
    const s = await b.engine.status()
    expect(s.conflicts).toMatchObject([{ docId: `contact:${va.id}`, reason: 'contactDate' }])
    await b.engine.dismissConflict(`contact:${va.id}`, '已核对，以本机录入的电话为准')
    expect((await b.engine.status()).conflicts).toEqual([])
    expect(await chainOk(b.db)).toBe(true)
  })

  it('a bulk write with one summary audit entry is exported whole', async () => {
    const { a, b, officerIds } = await office()
    await a.engine.syncOnce(a.remote)
    const c = await newCase(a, officerIds)
    // A bulk import (like demo data or a case package) records one entry for many records.
    const copy = {
      ...c,
      id: '00000000-0000-4000-8000-00000000b001',
      caseNo: '鄂汉阳市监案〔2026〕900号',
      caseNoKey: 2026000900,
    }
    await a.db.transaction('rw', [a.db.cases, a.db.audit], async () => {
      await a.db.cases.add(copy)
      await appendAudit(a.db, a.ctx, {
        action: 'importCase',
        entity: 'cases',
        entityId: 'import:batch-1',
        before: null,
        after: { cases: 1 },
      })
    })
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    expect((await b.db.cases.get(copy.id))?.caseNo).toBe('鄂汉阳市监案〔2026〕900号')
    expect(await b.db.cases.count()).toBe(2)
  })

  it('a pull lists the records new here in its batch entry; an increment after it carries them (docs/sync.md "Audit entries of a pull")', async () => {
    const { a, b, officerIds } = await office()
    const c = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    const pulled = (await b.db.audit.orderBy('seq').toArray()).filter(
      (e) => e.action === 'syncPull',
    )
    // New records have no entry each: the batch entries list them, and the case recomputation
    // lists what it rewrote.
    expect(pulled.length).toBeGreaterThan(0)
    expect(pulled.every((e) => e.entity === 'sync')).toBe(true)
    const listed = pulled.flatMap((e) => recordsOfAuditEntry(e))
    expect(listed).toContainEqual(['cases', c.id])
    const actIds = (await b.db.acts.where('caseId').equals(c.id).toArray()).map((x) => x.id)
    expect(actIds).toHaveLength(1)
    expect(listed).toContainEqual(['acts', actIds[0]])
    expect(await chainOk(b.db)).toBe(true)

    // B backs up; A records an act that B pulls; B's next increment carries that act.
    await ensureInstallationId(b.db, b.ctx)
    const opts = { appVersion: '0.1.0', reason: 'scheduled' as const, gzip: false }
    const full = await createFullBackup(b.db, { ...opts, now: b.ctx.now })
    const filed = await fileCase(a, c.id)
    await a.engine.syncOnce(a.remote)
    b.ctx.tick()
    await b.engine.syncOnce(b.remote)
    expect(await b.db.acts.get(filed.act.id)).toBeDefined()
    const inc = await createIncrementBackup(b.db, {
      ...opts,
      now: b.ctx.now,
      base: {
        name: full.fileName,
        sha256: full.manifest.body.sha256,
        installationId: full.manifest.chain!.installationId,
        toSeq: full.manifest.chain!.toSeq,
        headHash: full.manifest.chain!.headHash,
      },
    })
    if (!inc.ok) throw new Error(inc.needFull)
    const body = await inc.backup.blob.text()
    expect(body).toContain(filed.act.id)
    expect(inc.backup.manifest.tables?.acts ?? 0).toBeGreaterThanOrEqual(1)
  })

  it('a first pull writes the replica to Dexie while it replicates and recomputes each case once, at the end', async () => {
    const { a, b, officerIds } = await office()
    const made: string[] = []
    for (let i = 0; i < 6; i++) {
      const c = await newCase(a, officerIds)
      await fileCase(a, c.id)
      made.push(c.id)
    }
    await a.engine.syncOnce(a.remote)
    // Small batches: the replication reports many batches, each applied while the next arrives.
    const engine = createSyncEngine({
      db: b.db,
      local: b.local,
      identity: { writer: officerIds[1]!, pc: 'pc-b' },
      context: () => ({ ...b.ctx, actor: 'sync' }),
      batchSize: 4,
    })
    const progress: number[] = []
    const r = await engine.firstPull(b.remote, (done) => progress.push(done))
    expect(progress.length).toBeGreaterThan(3)
    expect(r.applied).toBeGreaterThanOrEqual(made.length * 2)
    for (const id of made) {
      const onB = await casesRepo(b.db).getCase(id)
      expect(onB?.acts.map((x) => x.type)).toEqual(['clueRegistered', 'caseFiled'])
      expect(onB?.record.stage).toBe('investigation')
    }
    const recomputed = (await b.db.audit.orderBy('seq').toArray())
      .filter((e) => e.action === 'syncPull' && e.entityId === 'cases')
      .flatMap((e) => (e.after as { records: { cases: string[] } }).records.cases)
    expect([...recomputed].sort()).toEqual([...new Set(recomputed)].sort())
    expect(recomputed).toEqual(expect.arrayContaining(made))
    expect((await readSyncState(b.db)).pendingCases).toBeUndefined()
    expect(await chainOk(b.db)).toBe(true)
  })

  it('a crash between a pulled batch and the recomputation of its cases loses nothing', async () => {
    const { a, b, officerIds } = await office()
    const c = await newCase(a, officerIds)
    await fileCase(a, c.id)
    await a.engine.syncOnce(a.remote)
    // The batch lands; the recomputation of the case fails (its transaction aborts).
    const spy = vi.spyOn(b.db.statDigests, 'bulkPut').mockImplementation(() => {
      throw new Error('power cut')
    })
    await expect(b.engine.syncOnce(b.remote)).rejects.toThrow('power cut')
    spy.mockRestore()
    expect(await b.db.acts.count()).toBe(2)
    expect((await readSyncState(b.db)).pendingCases).toEqual([c.id])
    // Restart: the pending case is recomputed from the stored list.
    expect(await applyPendingCases(b.db, { ...b.ctx, actor: 'sync' }, 1e9)).toBe(0)
    const onB = await casesRepo(b.db).getCase(c.id)
    expect(onB?.record.stage).toBe('investigation')
    expect(onB?.acts.map((x) => x.type)).toEqual(['clueRegistered', 'caseFiled'])
    expect(await b.db.statDigests.get(c.id)).toBeDefined()
    expect((await readSyncState(b.db)).pendingCases).toBeUndefined()
    expect(await chainOk(b.db)).toBe(true)
  })

  it('a change made here after the export is found behind the pull entries written since, and not overwritten', async () => {
    const { a, b, officerIds } = await office()
    const c = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    const setPhone = async (pc: Pc, phone: string) => {
      const party = (await pc.db.parties.get(c.partyId))!
      pc.ctx.tick()
      await pc.db.transaction('rw', [pc.db.parties, pc.db.audit], async () => {
        await pc.db.parties.put({ ...party, phone })
        await appendAudit(pc.db, pc.ctx, {
          action: 'update',
          entity: 'parties',
          entityId: party.id,
          before: { phone: party.phone },
          after: { phone },
        })
      })
    }
    // B changes the party (not exported yet) …
    await setPhone(b, '027-11111111')
    const changedAt = (await b.db.audit.orderBy('seq').last())!.seq
    // … then pulls a new case of A without exporting: the pull's entries lie above B's change.
    a.ctx.tick()
    await casesRepo(a.db).appendAct(a.ctx, c.id, acts.filed('2026-02-25'), '2026-03-01')
    await a.engine.syncOnce(a.remote)
    await b.local.replicate.from(b.remote)
    await b.engine.pullIntoDexie()
    const ranges = (await readSyncState(b.db)).pullRanges ?? []
    expect(ranges.length).toBeGreaterThan(0)
    expect(ranges.at(-1)![0]).toBeGreaterThan(changedAt)
    // A changes the same party; B pulls it, still without exporting first.
    await setPhone(a, '027-22222222')
    await a.engine.syncOnce(a.remote)
    await b.local.replicate.from(b.remote)
    await b.engine.pullIntoDexie()
    // B's change was found among the entries after its export and exported before the batch
    // was applied: it is not overwritten.
    expect((await b.db.parties.get(c.partyId))?.phone).toBe('027-11111111')
    expect(await chainOk(b.db)).toBe(true)
  })

  it('a crash between pull and the Dexie write loses nothing', async () => {
    const { a, b, officerIds } = await office()
    const c = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    // The documents reach B's PouchDB, then the Dexie write fails half-way (the transaction
    // aborts: nothing of the batch and no checkpoint is stored).
    const spy = vi.spyOn(b.db.acts, 'bulkAdd').mockImplementationOnce(() => {
      throw new Error('power cut')
    })
    await expect(b.engine.syncOnce(b.remote)).rejects.toThrow('power cut')
    spy.mockRestore()
    expect(await b.db.cases.count()).toBe(0)
    expect(await b.db.acts.count()).toBe(0)
    expect((await readSyncState(b.db)).pulledSeq).toBe(0)
    // Restart: a new engine over the same stores picks the batch up again.
    const restarted = createSyncEngine({
      db: b.db,
      local: b.local,
      identity: { writer: officerIds[1]!, pc: 'pc-b' },
      context: () => ({ ...b.ctx, actor: 'sync' }),
    })
    await restarted.pullIntoDexie()
    expect((await casesRepo(b.db).getCase(c.id))?.acts.map((x) => x.type)).toEqual([
      'clueRegistered',
    ])
    expect(await b.db.officers.count()).toBe(4)
    expect(await chainOk(b.db)).toBe(true)
  })

  it('an edited act is refused by the server and the refusal is reported', async () => {
    const { a, officerIds, name } = await office()
    const c = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    const [act] = await a.db.acts.where('[caseId+seq]').equals([c.id, 1]).toArray()
    // A faulty write changes the stored act (with an audit entry, as every write has).
    await a.db.transaction('rw', [a.db.acts, a.db.audit], async () => {
      await a.db.acts.update(act!.id, { occurredOn: '2026-02-21' })
      await appendAudit(a.db, a.ctx, {
        action: 'update',
        entity: 'acts',
        entityId: act!.id,
        before: { occurredOn: act!.occurredOn },
        after: { occurredOn: '2026-02-21' },
      })
    })
    const round = await a.engine.syncOnce(a.remote)
    expect(round.refused).toHaveLength(1)
    expect(round.refused[0]).toMatchObject({
      docId: `act:${act!.id}`,
      message: expect.stringMatching(/程序行为不能修改/),
    })
    expect((await a.engine.status()).refusals).toHaveLength(1)
    const onServer = await server.remote(name).get(`act:${act!.id}`)
    expect((onServer.act as { occurredOn: string }).occurredOn).toBe(act!.occurredOn)
  })

  it('a conflicting party version is shown, not overwritten, until a person decides', async () => {
    const { a, b, officerIds } = await office()
    const c = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    // Both PCs change the party's phone while apart.
    const edit = async (pc: Pc, phone: string) => {
      pc.ctx.tick()
      await pc.db.transaction('rw', [pc.db.parties, pc.db.audit], async () => {
        const r = await resolvePartyForCase(pc.db, pc.ctx, orgParty({ phone }), {
          reuseId: c.partyId,
          update: true,
        })
        expect('record' in r).toBe(true)
      })
    }
    await edit(a, '13807100011')
    await edit(b, '13807100022')
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    await a.engine.syncOnce(a.remote)

    for (const pc of [a, b]) {
      const s = await pc.engine.status()
      expect(s.conflicts).toHaveLength(1)
      expect(s.conflicts[0]).toMatchObject({ docId: `party:${c.partyId}`, reason: 'revisions' })
      expect(s.conflicts[0]!.revs).toHaveLength(2)
    }
    // Neither PC's own version was overwritten.
    expect((await a.db.parties.get(c.partyId))?.phone).toBe('13807100011')
    expect((await b.db.parties.get(c.partyId))?.phone).toBe('13807100022')

    // A person on PC A decides for B's version; both PCs converge on it.
    const versions = await a.engine.conflictVersions(`party:${c.partyId}`)
    const bVersion = versions.find((v) => (v.record as { phone: string }).phone === '13807100022')!
    await a.engine.resolveConflict(`party:${c.partyId}`, bVersion._rev!)
    expect((await a.db.parties.get(c.partyId))?.phone).toBe('13807100022')
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    expect((await b.db.parties.get(c.partyId))?.phone).toBe('13807100022')
    expect((await a.engine.status()).conflicts).toEqual([])
    expect((await b.engine.status()).conflicts).toEqual([])
    expect(await chainOk(a.db)).toBe(true)
    expect(await chainOk(b.db)).toBe(true)
  })
})

describe('assignment across PCs (docs/sync.md "Assignment")', () => {
  const handover = (holderId: string, name: string, supersedes: string[] = []) => ({
    type: 'caseHandover' as const,
    occurredOn: '2026-03-01',
    payload: { holder: name, holderId, reason: '工作安排', supersedes },
  })
  const as = (pc: Pc, officerId: string) => ({ ...pc.ctx, actor: `officer:${officerId}` })
  const heldBy = async (pc: Pc, caseId: string) => {
    const bundle = await casesRepo(pc.db).getCase(caseId)
    return assignmentOf(bundle?.facts.acts ?? [])
  }

  it('two PCs assign one case while apart: both keep both records and show a conflict until a person decides', async () => {
    const { a, b, officerIds } = await office()
    const [head, li, wang] = officerIds as [string, string, string]
    const c = await newCase(a, officerIds)
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)

    // Apart: PC A gives the case to 李, PC B to 王.
    a.ctx.tick()
    const ra = await casesRepo(a.db).appendAct(as(a, head), c.id, handover(li, '李'), '2026-03-01')
    expect(ra.ok, !ra.ok ? ra.message : '').toBe(true)
    b.ctx.tick()
    const rb = await casesRepo(b.db).appendAct(
      as(b, wang),
      c.id,
      handover(wang, '王'),
      '2026-03-01',
    )
    expect(rb.ok, !rb.ok ? rb.message : '').toBe(true)

    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    await a.engine.syncOnce(a.remote)
    for (const pc of [a, b]) {
      const held = await heldBy(pc, c.id)
      expect(held.status).toBe('conflict')
      // The sync status and the case list find it through the case's list token.
      const listed = await casesRepo(pc.db).listCases({
        page: 1,
        pageSize: 10,
        holderId: CONFLICT_HOLDER_ID,
        today: '2026-03-01',
      })
      expect(listed.rows.map((r) => r.id)).toEqual([c.id])
      // Nobody writes the case until the conflict is decided, and the refusal says so.
      const refused = await casesRepo(pc.db).appendAct(
        as(pc, li),
        c.id,
        acts.filed('2026-03-01'),
        '2026-03-01',
      )
      expect(!refused.ok && refused.message).toContain('确定由谁办理')
    }

    // 王 (one of the two officers) decides on PC B: the record replaces both.
    const heads = (await heldBy(b, c.id)) as Extract<
      Awaited<ReturnType<typeof heldBy>>,
      { status: 'conflict' }
    >
    b.ctx.tick()
    const decided = await casesRepo(b.db).appendAct(
      as(b, wang),
      c.id,
      handover(
        li,
        '李',
        heads.heads.map((h) => h.id),
      ),
      '2026-03-01',
    )
    expect(decided.ok, !decided.ok ? decided.message : '').toBe(true)
    await b.engine.syncOnce(b.remote)
    await a.engine.syncOnce(a.remote)
    for (const pc of [a, b]) {
      expect(await heldBy(pc, c.id)).toMatchObject({ status: 'held', holderId: li })
      const listed = await casesRepo(pc.db).listCases({
        page: 1,
        pageSize: 10,
        holderId: CONFLICT_HOLDER_ID,
        today: '2026-03-01',
      })
      expect(listed.rows).toEqual([])
      const mine = await casesRepo(pc.db).listCases({
        page: 1,
        pageSize: 10,
        holderId: li,
        today: '2026-03-01',
      })
      expect(mine.rows.map((r) => r.id)).toEqual([c.id])
    }

    // The holder writes on PC A; on PC B 王 no longer can.
    a.ctx.tick()
    const filed = await casesRepo(a.db).appendAct(
      as(a, li),
      c.id,
      acts.filed('2026-03-01'),
      '2026-03-01',
    )
    expect(filed.ok, !filed.ok ? filed.message : '').toBe(true)
    const notHolder = await casesRepo(b.db).appendAct(
      as(b, wang),
      c.id,
      acts.filed('2026-03-01'),
      '2026-03-01',
    )
    expect(!notHolder.ok && notHolder.message).toContain('本案由李办理')
    expect(await chainOk(a.db)).toBe(true)
    expect(await chainOk(b.db)).toBe(true)
  })
})

describe('office settings across PCs (docs/sync.md "Office settings")', () => {
  /** 食品安全法 第一百二十六条 as an office restates it. */
  const entry = (id: string, name: string): ViolationEntry => ({
    id,
    name,
    field: '食品安全',
    violates: [{ law: '食品安全法', article: 53, paragraph: 2 }],
    basis: { law: '食品安全法', article: 126, paragraph: 1, item: 3 },
    penalties: ['warning', 'fine'],
    fine: { kind: 'fixed', minFen: 500_000, maxFen: 5_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: true,
    source: '某市市场监管局行政处罚裁量基准（2024）',
    basisText: '责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款',
  })

  it('a rule-settings edit on one PC reaches the other, with its audit entry', async () => {
    const { a, b } = await office()
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    a.ctx.tick()
    const saved = await settingsRepo(a.db).saveRuleSettings(a.ctx, {
      ...defaultRuleSettings,
      dueSoonLeadWorkingDays: 5,
    })
    expect(saved.ok).toBe(true)
    expect((await a.engine.syncOnce(a.remote)).refused).toEqual([])
    await b.engine.syncOnce(b.remote)
    expect((await settingsRepo(b.db).getRuleSettings()).dueSoonLeadWorkingDays).toBe(5)
    const entries = await b.db.audit
      .where('[entity+entityId]')
      .equals(['meta', 'ruleSettings'])
      .toArray()
    expect(entries.some((e) => e.action === 'syncPull')).toBe(true)
    expect(await chainOk(b.db)).toBe(true)
  })

  it('a 违法行为库 changed on two PCs while apart keeps both versions until a person decides', async () => {
    const { a, b } = await office()
    await officeViolationsRepo(a.db).replace(a.ctx, [entry('OFF-1', '原条目')], '基准.xlsx')
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    expect((await officeViolationsRepo(b.db).read()).ok).toBe(true)

    a.ctx.tick()
    await officeViolationsRepo(a.db).replace(a.ctx, [entry('OFF-1', 'A 电脑的条目')], 'a.xlsx')
    b.ctx.tick()
    await officeViolationsRepo(b.db).replace(b.ctx, [entry('OFF-1', 'B 电脑的条目')], 'b.xlsx')
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    await a.engine.syncOnce(a.remote)

    const names = async (pc: Pc) => {
      const r = await officeViolationsRepo(pc.db).read()
      return r.ok ? r.entries.map((e) => e.name) : []
    }
    // Neither PC's own version was overwritten, and both see the conflict.
    expect(await names(a)).toEqual(['A 电脑的条目'])
    expect(await names(b)).toEqual(['B 电脑的条目'])
    for (const pc of [a, b]) {
      const s = await pc.engine.status()
      expect(s.conflicts).toContainEqual(
        expect.objectContaining({ docId: 'setting:officeViolations', reason: 'revisions' }),
      )
    }
    // Both versions are there to compare; the person keeps B's.
    const versions = await a.engine.conflictVersions('setting:officeViolations')
    const sources = versions.map((v) => (v.record as { source: string }).source).sort()
    expect(sources).toEqual(['a.xlsx', 'b.xlsx'])
    const bVersion = versions.find((v) => (v.record as { source: string }).source === 'b.xlsx')!
    await a.engine.resolveConflict('setting:officeViolations', bVersion._rev!)
    await a.engine.syncOnce(a.remote)
    await b.engine.syncOnce(b.remote)
    expect(await names(a)).toEqual(['B 电脑的条目'])
    expect(await names(b)).toEqual(['B 电脑的条目'])
    expect((await a.engine.status()).conflicts).toEqual([])
    expect((await b.engine.status()).conflicts).toEqual([])
    expect(await chainOk(a.db)).toBe(true)
    expect(await chainOk(b.db)).toBe(true)
  })
})

describe('server rules updated after a refusal (docs/sync.md "Server rules")', () => {
  it('documents an older rule set refused reach the server once the rules are updated', async () => {
    const { a, name } = await office()
    const adminRemote = server.remote(name)
    // Rules of an earlier CaseDesk: the office settings were an unknown kind then.
    const installed = await adminRemote.get('_design/casedesk')
    await adminRemote.put({
      ...installed,
      rulesVersion: 1,
      validate_doc_update: `function (n, o, u, s) {
        if (n._id.indexOf('setting:') === 0) throw { forbidden: 'unknown kind' };
        (${designDocument().validate_doc_update})(n, o, u, s);
      }`,
    })
    a.ctx.tick()
    await settingsRepo(a.db).saveRuleSettings(a.ctx, {
      ...defaultRuleSettings,
      dueSoonLeadWorkingDays: 4,
    })
    const first = await a.engine.syncOnce(a.remote)
    expect(first.refused.map((r) => r.docId)).toContain('setting:ruleSettings')

    expect(await a.engine.installRules(adminRemote)).toBe('updated')
    expect(await a.engine.repushAll(a.remote)).toEqual([])
    const onServer = await adminRemote.get('setting:ruleSettings')
    expect(
      (onServer.record as { settings: { dueSoonLeadWorkingDays: number } }).settings
        .dueSoonLeadWorkingDays,
    ).toBe(4)
    expect((await a.engine.status()).refusals).toEqual([])
  })
})
