/**
 * An office server for the sync tests: express-pouchdb in FULL mode (the mode that runs
 * validate_doc_update, /work docs: docs/sync.md "Testing") over in-memory PouchDB, listening on
 * 127.0.0.1 port 0, started and stopped by each test file. Nothing global, nothing left running.
 */
import http, { type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PouchDB from 'pouchdb-core'
import memoryAdapter from 'pouchdb-adapter-memory'
import httpAdapter from 'pouchdb-adapter-http'
import replication from 'pouchdb-replication'
import mapreduce from 'pouchdb-mapreduce'
import { designDocument } from '@shared/sync/design-doc'
import type { PouchDatabase, PouchStatic } from '@renderer/sync/pouch-types'

// express-pouchdb has no type declarations; its default export makes a request handler.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const expressPouchDB = require('express-pouchdb') as (
  P: PouchStatic,
  opts: { mode: 'fullCouchDB'; inMemoryConfig: boolean; logPath: string },
) => RequestListener

/** PouchDB for Node with the memory, http and replication plugins. */
export const NodePouch: PouchStatic = PouchDB.plugin(memoryAdapter)
  .plugin(httpAdapter)
  .plugin(replication)
  .plugin(mapreduce)

let uniq = 0

/** A fresh in-memory local database (one "PC"). */
export function memoryPouch(name: string): PouchDatabase {
  uniq += 1
  return new NodePouch(`${name}-${uniq}-${Math.random().toString(36).slice(2)}`, {
    adapter: 'memory',
  })
}

export const ADMIN = { username: 'root', password: 'root-pw' }

export interface OfficeServer {
  url: string
  /** URL of an office database. */
  dbUrl(office: string): string
  /** A remote handle on an office database, as `user` (or as the admin). */
  remote(office: string, user?: { username: string; password: string }): PouchDatabase
  /** Create the office database, its members (_security) and install the design document. */
  createOffice(office: string, members: string[]): Promise<void>
  /** Create a CouchDB user: name = officer id, roles = office roles. */
  createUser(name: string, password: string, roles: string[]): Promise<void>
  stop(): Promise<void>
}

function basic(u: { username: string; password: string }): string {
  return 'Basic ' + Buffer.from(`${u.username}:${u.password}`).toString('base64')
}

/** Start a server; the admin party is ended at once (admin = {@link ADMIN}). */
export async function startOfficeServer(): Promise<OfficeServer> {
  const dir = mkdtempSync(join(tmpdir(), 'casedesk-sync-'))
  const ServerPouch = NodePouch.defaults({ adapter: 'memory', prefix: `srv${++uniq}-` })
  const app = expressPouchDB(ServerPouch, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: join(dir, 'log.txt'),
  })
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const admin = async (path: string, method: string, body?: unknown) => {
    const r = await fetch(url + path, {
      method,
      headers: { Authorization: basic(ADMIN), 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`)
    return r.json() as Promise<unknown>
  }
  // Admin party until the first admin exists: this request needs (and may send) no credentials.
  const first = await fetch(`${url}/_config/admins/${ADMIN.username}`, {
    method: 'PUT',
    body: JSON.stringify(ADMIN.password),
  })
  if (!first.ok) throw new Error(`admin setup: ${first.status} ${await first.text()}`)
  return {
    url,
    dbUrl: (office) => `${url}/${office}`,
    remote: (office, user = ADMIN) =>
      new NodePouch(`${url}/${office}`, { auth: user, skip_setup: true }),
    async createOffice(office, members) {
      await admin(`/${office}`, 'PUT')
      await admin(`/${office}/_security`, 'PUT', {
        admins: { names: [], roles: [] },
        members: { names: members, roles: [] },
      })
      await admin(`/${office}/_design/casedesk`, 'PUT', designDocument())
    },
    async createUser(name, password, roles) {
      await admin(`/_users/org.couchdb.user:${encodeURIComponent(name)}`, 'PUT', {
        name,
        password,
        roles,
        type: 'user',
      })
    },
    async stop() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
