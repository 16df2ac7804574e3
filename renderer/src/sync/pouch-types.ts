/**
 * The part of the PouchDB 9 API the sync engine uses (PouchDB ships no types). Kept small on
 * purpose: the engine works against any object of this shape, so tests pass an in-memory PouchDB
 * and the app one stored in IndexedDB (./pouch.ts).
 */

/** A stored document as PouchDB returns it. */
export interface PouchDoc {
  _id: string
  _rev?: string
  _deleted?: boolean
  _conflicts?: string[]
  [field: string]: unknown
}

/** Result of one write. */
interface PouchWriteResult {
  ok?: boolean
  id: string
  rev?: string
  error?: string | boolean
  reason?: string
  status?: number
  message?: string
}

/** One row of a changes feed. */
export interface PouchChange {
  id: string
  seq: number | string
  deleted?: boolean
  doc?: PouchDoc
  changes: { rev: string }[]
}

/** What a one-shot replication reports. */
export interface ReplicationResult {
  ok: boolean
  docs_read: number
  docs_written: number
  doc_write_failures: number
  errors: unknown[]
  last_seq?: number | string
  status?: string
}

/** A denied write during replication (the server's validate_doc_update refused it). */
export interface DeniedWrite {
  id?: string
  name?: string
  status?: number
  message?: string
  reason?: string
  error?: string | boolean
}

/** A running replication: a promise of its result and an event source; `cancel()` stops it. */
export interface Replication extends PromiseLike<ReplicationResult> {
  on(
    event: 'change',
    fn: (
      info: {
        direction?: 'push' | 'pull'
        change?: ReplicationResult
      } & Partial<ReplicationResult>,
    ) => void,
  ): Replication
  on(event: 'paused' | 'active', fn: (err?: unknown) => void): Replication
  on(event: 'denied', fn: (err: DeniedWrite) => void): Replication
  on(event: 'error', fn: (err: unknown) => void): Replication
  on(event: 'complete', fn: (info: unknown) => void): Replication
  cancel(): void
}

/** Options of a replication. */
interface ReplicationOptions {
  live?: boolean
  retry?: boolean
  batch_size?: number
  back_off_function?: (delay: number) => number
  /** Start from this sequence of the source instead of the stored checkpoint. */
  since?: number | string
  /** false: neither read nor write a replication checkpoint. */
  checkpoint?: boolean
}

/** One PouchDB database (local or remote). */
export interface PouchDatabase {
  readonly name: string
  info(): Promise<{ update_seq: number | string; doc_count: number }>
  get(id: string, opts?: { conflicts?: boolean; rev?: string; revs?: boolean }): Promise<PouchDoc>
  put(doc: PouchDoc): Promise<PouchWriteResult>
  bulkDocs(docs: PouchDoc[], opts?: { new_edits?: boolean }): Promise<PouchWriteResult[]>
  allDocs(opts: {
    include_docs?: boolean
    conflicts?: boolean
    startkey?: string
    endkey?: string
    keys?: string[]
    limit?: number
    descending?: boolean
  }): Promise<{
    rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: PouchDoc }[]
  }>
  changes(opts: {
    since: number | string
    include_docs?: boolean
    conflicts?: boolean
    limit?: number
    style?: 'main_only' | 'all_docs'
  }): Promise<{ results: PouchChange[]; last_seq: number | string }>
  replicate: {
    to(target: PouchDatabase | string, opts?: ReplicationOptions): Replication
    from(source: PouchDatabase | string, opts?: ReplicationOptions): Replication
  }
  sync(
    remote: PouchDatabase | string,
    opts?: ReplicationOptions,
  ): Replication & { push: Replication; pull: Replication }
  close(): Promise<void>
  destroy(): Promise<void>
}

/** Options when opening a database. */
interface PouchOptions {
  adapter?: string
  auth?: { username: string; password: string }
  skip_setup?: boolean
  prefix?: string
  fetch?: (url: string | Request, opts: RequestInit) => Promise<Response>
}

/** A PouchDB plugin (an adapter, replication …). */
export type PouchPlugin = unknown

/** The PouchDB constructor with its plugins. */
export interface PouchStatic {
  new (name: string, opts?: PouchOptions): PouchDatabase
  plugin(plugin: PouchPlugin): PouchStatic
  defaults(opts: PouchOptions): PouchStatic
}
