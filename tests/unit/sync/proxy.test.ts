/**
 * The desktop build's request path (docs/sync.md "Connection"): PouchDB in the renderer hands each
 * request to Electron main (`sync:request`), which adds the officer's login and reaches the office
 * server. Here the whole path runs in one process — the sync engine, `proxyFetch`, the contract's
 * input check, main's handlers with Node's fetch — against express-pouchdb in full mode, so the
 * server rules (validate_doc_update) answer through the proxy exactly as they would directly.
 */
import 'fake-indexeddb/auto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { contract } from '@shared/ipc/contract'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { createSyncEngine } from '@renderer/sync/engine'
import { openRemoteWith, type RemoteVia } from '@renderer/sync/remote'
import type { SyncSlot } from '@shared/ipc/sync-proxy'
import { createSyncHandlers, type SecretBox } from '../../../electron/main/ipc/sync'
import { officeDb, orgParty } from '../renderer/db/case-helpers'
import { freshDb, testContext } from '../renderer/db/helpers'
import { memoryPouch, NodePouch, startOfficeServer, type OfficeServer } from './server'

let server: OfficeServer
beforeAll(async () => {
  server = await startOfficeServer()
})
afterAll(async () => {
  await server?.stop()
})

/** A reversible stand-in for safeStorage (the real one needs the OS keychain). */
const secrets: SecretBox = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
}

/** Main's handlers behind the contract's input check, as `registerIpc` runs them. */
function mainProcess(file: string) {
  const handlers = createSyncHandlers({ file, secrets, fetch, timeoutMs: 30_000 })
  return {
    configure: (input: unknown) =>
      handlers['sync:configure'](contract['sync:configure'].input.parse(input)),
    request: (input: unknown) =>
      handlers['sync:request'](contract['sync:request'].input.parse(input)),
  }
}

it('two PCs share a case through main; a remembered login survives a restart', async () => {
  const setup = await officeDb()
  const [headId, handlerId] = setup.officerIds as [string, string]
  await server.createUser(headId, 'pw-a', ['head', 'handler'])
  await server.createUser(handlerId, 'pw-b', ['handler'])
  await server.createOffice('office-proxy', [headId, handlerId])
  const dir = mkdtempSync(join(tmpdir(), 'casedesk-sync-conn-'))

  // PC A's main process: the officer logs in with "remember".
  const mainA = mainProcess(join(dir, 'a.json'))
  const configured = await mainA.configure({
    slot: 'officer',
    serverUrl: server.url,
    database: 'office-proxy',
    username: headId,
    password: 'pw-a',
    remember: true,
  })
  expect(configured).toEqual({ ok: true, value: { remembered: true } })
  expect(readFileSync(join(dir, 'a.json'), 'utf8')).not.toContain('pw-a')

  const via = (main: ReturnType<typeof mainProcess>, slot: SyncSlot): RemoteVia => ({
    transport: (input) => main.request({ ...input, slot }),
  })
  const remoteA = openRemoteWith(NodePouch, server.url, 'office-proxy', via(mainA, 'officer'))
  const engineA = createSyncEngine({
    db: setup.db,
    local: memoryPouch('proxy-a'),
    identity: { writer: headId, pc: 'pc-a' },
    context: () => ({ ...setup.ctx, actor: 'sync' }),
  })
  const created = await casesRepo(setup.db).createCase(setup.ctx, {
    party: orgParty(),
    cause: '销售过期食品',
    source: 'inspection',
    sourceDate: '2026-02-20',
    officerIds: [handlerId, setup.officerIds[2]!],
    firstAct: 'clueRegistered',
    today: '2026-03-01',
  })
  if (!created.ok) throw new Error(created.message)
  expect((await engineA.syncOnce(remoteA)).refused).toEqual([])

  // PC B's main process starts later and was given its officer's login the same way.
  const mainB = mainProcess(join(dir, 'b.json'))
  await mainB.configure({
    slot: 'officer',
    serverUrl: server.url,
    database: 'office-proxy',
    username: handlerId,
    password: 'pw-b',
    remember: true,
  })
  const dbB = freshDb()
  const ctxB = testContext('2026-03-01T09:00:00.000Z')
  await openDatabase(dbB, '0.1.0', ctxB)
  const engineB = createSyncEngine({
    db: dbB,
    local: memoryPouch('proxy-b'),
    identity: { writer: handlerId, pc: 'pc-b' },
    context: () => ({ ...ctxB, actor: 'sync' }),
  })
  await engineB.firstPull(
    openRemoteWith(NodePouch, server.url, 'office-proxy', via(mainB, 'officer')),
  )
  const onB = await casesRepo(dbB).getCase(created.case.id)
  expect(onB?.record.cause).toBe('销售过期食品')
  expect(onB?.acts.map((a) => a.type)).toEqual(['clueRegistered'])

  // PC A restarts: a new main process reads the remembered login; no password is typed again.
  const restarted = mainProcess(join(dir, 'a.json'))
  const info = await restarted.request({
    slot: 'officer',
    method: 'GET',
    path: '/office-proxy',
    query: '',
    contentType: null,
    accept: 'application/json',
    body: null,
  })
  expect(info.ok && info.value.status).toBe(200)
})

it('the server rules answer through main: an edited act is refused (403); other databases are out of reach', async () => {
  const setup = await officeDb()
  const [headId, handlerId] = setup.officerIds as [string, string]
  await server.createUser(headId, 'pw-h', ['head', 'handler'])
  await server.createUser(handlerId, 'pw-x', ['handler'])
  await server.createOffice('office-rules', [headId, handlerId])
  const main = mainProcess(join(mkdtempSync(join(tmpdir(), 'casedesk-sync-conn-')), 'c.json'))
  await main.configure({
    slot: 'officer',
    serverUrl: server.url,
    database: 'office-rules',
    username: headId,
    password: 'pw-h',
    remember: false,
  })
  // The administrator's login for installing rules is held apart from the officer's.
  await main.configure({
    slot: 'admin',
    serverUrl: server.url,
    database: 'office-rules',
    username: 'root',
    password: 'root-pw',
    remember: true,
  })
  const engine = createSyncEngine({
    db: setup.db,
    local: memoryPouch('proxy-rules'),
    identity: { writer: headId, pc: 'pc-x' },
    context: () => ({ ...setup.ctx, actor: 'sync' }),
  })
  const created = await casesRepo(setup.db).createCase(setup.ctx, {
    party: orgParty(),
    cause: '未明码标价',
    source: 'complaint',
    sourceDate: '2026-02-21',
    officerIds: [handlerId, setup.officerIds[2]!],
    firstAct: 'clueRegistered',
    today: '2026-03-01',
  })
  if (!created.ok) throw new Error(created.message)
  const remote = openRemoteWith(NodePouch, server.url, 'office-rules', {
    transport: (input) => main.request({ ...input, slot: 'officer' }),
  })
  expect((await engine.syncOnce(remote)).refused).toEqual([])

  // An act document on the server, edited through the proxy with the officer's login: refused.
  const listed = await remote.allDocs({ include_docs: true })
  const act = listed.rows.find((r) => r.id.startsWith('act:'))?.doc
  expect(act).toBeDefined()
  const put = await main.request({
    slot: 'officer',
    method: 'PUT',
    path: `/office-rules/${encodeURIComponent(act!._id)}`,
    query: '',
    contentType: 'application/json',
    accept: 'application/json',
    body: JSON.stringify({ ...act, payload: { summary: '改过的内容' } }),
  })
  expect(put.ok && put.value.status).toBe(403)

  // Nothing outside the office database is reachable through main, not even with a login held.
  for (const path of [
    '/_users/org.couchdb.user%3Aroot',
    '/office-proxy',
    '/office-rules/../_users',
  ]) {
    const outside = await main.request({
      slot: 'admin',
      method: 'GET',
      path,
      query: '',
      contentType: null,
      accept: 'application/json',
      body: null,
    })
    expect(outside, path).toMatchObject({ ok: false, code: 'invalid' })
  }
})
