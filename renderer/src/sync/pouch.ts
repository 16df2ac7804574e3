/**
 * The renderer's PouchDB (docs/sync.md "Engine"): pouchdb-core with the `indexeddb`
 * adapter (faster than `idb` in the measurements of docs/sync.md "Engine"), the http adapter for the office
 * server and replication. Its database lives next to Dexie's in the same browser profile.
 */
import PouchDB from 'pouchdb-core'
import indexeddbAdapter from 'pouchdb-adapter-indexeddb'
import httpAdapter from 'pouchdb-adapter-http'
import replication from 'pouchdb-replication'
import type { PouchDatabase, PouchStatic } from './pouch-types'
import { openRemoteWith, type RemoteVia } from './remote'

const BrowserPouch: PouchStatic = PouchDB.plugin(indexeddbAdapter)
  .plugin(httpAdapter)
  .plugin(replication)

/** The local replica's database name for an office database. */
function localReplicaName(officeDb: string): string {
  return `casedesk-sync-${officeDb}`
}

/**
 * Open this PC's replica of one office database (created on first use).
 * @param officeDb - the office database name on the server
 */
export function openLocalReplica(officeDb: string): PouchDatabase {
  return new BrowserPouch(localReplicaName(officeDb), { adapter: 'indexeddb' })
}

/**
 * A handle on the office database on the server, through `via` (remote.ts `openRemoteWith`).
 * @param serverUrl - e.g. https://casedesk.office.local:6984
 * @param officeDb - the office database name
 */
export function openRemote(serverUrl: string, officeDb: string, via: RemoteVia): PouchDatabase {
  return openRemoteWith(BrowserPouch, serverUrl, officeDb, via)
}
