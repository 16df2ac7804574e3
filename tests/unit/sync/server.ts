/**
 * An office server for the sync tests: express-pouchdb in FULL mode (the mode that runs
 * validate_doc_update; docs/sync.md "Testing") over in-memory PouchDB, listening on
 * 127.0.0.1 port 0, started and stopped by each test file. Nothing global, nothing left running.
 */
import http, { type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import PouchDB from 'pouchdb-core'
import memoryAdapter from 'pouchdb-adapter-memory'
import httpAdapter from 'pouchdb-adapter-http'
import replication from 'pouchdb-replication'
import mapreduce from 'pouchdb-mapreduce'
import { designDocument } from '@shared/sync/design-doc'
import type { PouchDatabase, PouchStatic } from '@renderer/sync/pouch-types'

const require = createRequire(import.meta.url)

/**
 * express-pouchdb 4.2.0 validates through pouchdb-validation 4.2.0, whose `validate` replaces a
 * written revision's `_revisions` with the stored document's. For a replicated update
 * (`new_edits: false`) that turns the new revision back into the stored one, so the update is
 * dropped while the replicator counts it as written — real CouchDB keeps the revision's own
 * history. The test server loads pouchdb-validation with that one line fixed: the history is
 * only filled in when the revision brings none.
 */
function loadFixedValidation(): void {
  const from = dirname(require.resolve('express-pouchdb'))
  const file = require.resolve('pouchdb-validation', { paths: [from] })
  const source = readFileSync(file, 'utf8')
  const line = 'newDoc._revisions = (oldDoc || {})._revisions;'
  if (!source.includes(line)) {
    throw new Error('pouchdb-validation changed: review the fix in tests/unit/sync/server.ts')
  }
  const fixed = source.replace(line, `if (!newDoc._revisions) { ${line} }`)
  const internals = Module as unknown as {
    _nodeModulePaths(dir: string): string[]
    new (id: string): {
      filename: string
      paths: string[]
      loaded: boolean
      _compile(code: string, file: string): void
    }
  }
  const m = new internals(file)
  m.filename = file
  m.paths = internals._nodeModulePaths(dirname(file))
  m._compile(fixed, file)
  m.loaded = true
  require.cache[file] = m as unknown as NodeJS.Module
}
loadFixedValidation()

// express-pouchdb has no type declarations; its default export makes a request handler.
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
  /** A server outage: stop listening (data kept) until {@link OfficeServer.resume}. */
  pause(): Promise<void>
  /** Listen again on the same port. */
  resume(): Promise<void>
  stop(): Promise<void>
}

function basic(u: { username: string; password: string }): string {
  return 'Basic ' + Buffer.from(`${u.username}:${u.password}`).toString('base64')
}

/**
 * Answer browsers of `origin` (CORS), as the office CouchDB is set up to answer the app
 * (docs/sync.md "Operations"): the renderer runs on another origin than the server.
 */
function withCors(app: RequestListener, origin: string): RequestListener {
  return (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin')
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE')
    if (req.method === 'OPTIONS') {
      res.writeHead(204)
      res.end()
      return
    }
    app(req, res)
  }
}

/**
 * Start a server; the admin party is ended at once (admin = {@link ADMIN}).
 * @param opts.corsOrigin - answer browsers of this origin (browser tests)
 */
export async function startOfficeServer(opts: { corsOrigin?: string } = {}): Promise<OfficeServer> {
  const dir = mkdtempSync(join(tmpdir(), 'casedesk-sync-'))
  const ServerPouch = NodePouch.defaults({ adapter: 'memory', prefix: `srv${++uniq}-` })
  const app = expressPouchDB(ServerPouch, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: join(dir, 'log.txt'),
  })
  const server = http.createServer(opts.corsOrigin ? withCors(app, opts.corsOrigin) : app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
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
    async pause() {
      await close()
    },
    async resume() {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    },
    async stop() {
      if (server.listening) await close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
