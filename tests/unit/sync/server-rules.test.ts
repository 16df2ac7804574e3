/**
 * The design document on a real (in-process) server: express-pouchdb in full mode runs the same
 * validate_doc_update CouchDB would (docs/sync.md "Server rules", "Testing").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOfficeServer, memoryPouch, type OfficeServer } from './server'

let server: OfficeServer
const handler = { username: 'o-handler', password: 'pw-h' }
const reviewer = { username: 'o-reviewer', password: 'pw-r' }
const outsider = { username: 'o-other-office', password: 'pw-o' }

const actDoc = (id: string, type: string, writer: string, summary = '检查发现') => ({
  _id: `act:${id}`,
  kind: 'act',
  writer,
  pc: 'pc1',
  caseId: 'c1',
  act: {
    id,
    type,
    occurredOn: '2026-03-01',
    recordedAt: '2026-03-01T08:00:00.000Z',
    recordedBy: `officer:${writer}`,
    payload: { summary },
  },
})

beforeAll(async () => {
  server = await startOfficeServer()
  await server.createUser(handler.username, handler.password, ['handler'])
  await server.createUser(reviewer.username, reviewer.password, ['legalReviewer'])
  await server.createUser(outsider.username, outsider.password, ['handler'])
  await server.createOffice('office-hanyang', [handler.username, reviewer.username])
  await server.createOffice('office-other', [outsider.username])
})
afterAll(async () => {
  await server?.stop()
})

describe('server rules on express-pouchdb (full mode)', () => {
  it('refuses an edited act, written directly or replicated, and keeps the server copy', async () => {
    const remote = server.remote('office-hanyang', handler)
    const first = await remote.put(actDoc('a1', 'clueRegistered', handler.username))
    await expect(
      remote.put({ ...actDoc('a1', 'clueRegistered', handler.username, '改过'), _rev: first.rev }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/程序行为不能修改/) })

    // A PC that changed its copy and replicates: the write fails, the refusal is reported.
    const pc = memoryPouch('pc')
    await pc.replicate.from(remote)
    const local = await pc.get('act:a1')
    await pc.put({ ...local, act: { ...(local.act as object), payload: { summary: '改过' } } })
    const denied: unknown[] = []
    const result = await pc.replicate.to(remote).on('denied', (e) => denied.push(e))
    expect(result.doc_write_failures).toBe(1)
    expect(denied).toHaveLength(1)
    const onServer = await remote.get('act:a1')
    expect((onServer.act as { payload: { summary: string } }).payload.summary).toBe('检查发现')
    await pc.destroy()
  })

  it('refuses a 法制审核 opinion from a handler and accepts it from a legal reviewer', async () => {
    const asHandler = server.remote('office-hanyang', handler)
    await expect(
      asHandler.put(actDoc('a2', 'caseReviewed', handler.username)),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/法制审核人员/) })
    const asReviewer = server.remote('office-hanyang', reviewer)
    await expect(
      asReviewer.put(actDoc('a2', 'caseReviewed', reviewer.username)),
    ).resolves.toMatchObject({ ok: true })
  })

  it('refuses a document that names another officer as its writer', async () => {
    const remote = server.remote('office-hanyang', handler)
    await expect(
      remote.put(actDoc('a3', 'clueRegistered', reviewer.username)),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/写入人/) })
  })

  it('keeps another office out: no read without membership', async () => {
    const intruder = server.remote('office-hanyang', outsider)
    // CouchDB answers 403 for an authenticated non-member, express-pouchdb 401; either way no rows.
    const err = (await intruder.allDocs({ limit: 1 }).then(
      () => ({ status: 200 }),
      (e: { status: number }) => e,
    )) as { status: number }
    expect([401, 403]).toContain(err.status)
    const anonymous = await fetch(server.dbUrl('office-hanyang') + '/_all_docs')
    expect(anonymous.status).toBe(401)
  })
})
