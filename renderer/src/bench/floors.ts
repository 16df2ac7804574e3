/**
 * BENCH-ONLY floors of backup and restore: raw IndexedDB (and the browser's native gzip) with no
 * app code, each tried several ways in the same run; the fastest of each kind is the floor the
 * app's backup and restore are compared with (tests/bench/measure.ts, docs/data-safety.md
 * "Speed").
 *
 * Reading every record (the backup's floor):
 * - `getAll-store`: one getAll() per store (skipped above {@link wholeStoreLimit} records: a
 *   whole store as one array of objects would not fit the page's memory)
 * - `getAll-1000`, `getAll-5000`: getAll in key-range batches through the primary key
 * - `cursor`: one openCursor per store, continue() per record
 * - `parallel-stores`: every store in its own read transaction at the same time, batches of 1000
 * - `workers-2`, `workers-4`: Web Workers each reading a contiguous part of every store's keys
 *   (split at key quantiles), batches of 1000
 * plus `gzip`: the native CompressionStream over the backup's body bytes of the same records
 * (JSON lines as in shared/backup/jsonl-body.ts, built before the timing).
 *
 * Writing every record into a scratch database with the same stores (the restore's floor):
 * - `tx-1000`, `tx-5000`: rows per relaxed-durability transaction, one at a time
 * - `inflight-3`: three 1,000-row transactions of a store in flight at once
 * - `parallel-stores`: one 1,000-row transaction per store in flight at once
 * - `index-after-load`: stores without secondary indexes, `tx-1000`, then the indexes created in
 *   a version upgrade (the time includes building them)
 * Source rows are read before each timed write (reads are not counted).
 *
 * Every method covers the tables a backup carries, and only those: the derived statistics digests
 * (`derivedTables`) are neither backed up nor restored, so no floor reads or writes them.
 */
import { jsonlLine } from '@shared/backup'
import { derivedTables } from '@renderer/backup/export'
import { idbRequest } from '@renderer/db/idb-request'

/** One tried method: total ms, or why it was not run. */
export interface FloorTry {
  method: string
  ms: number | null
  note?: string
}

export interface BackupFloors {
  records: number
  /** Uncompressed body bytes the gzip floor compressed. */
  bodyBytes: number
  gzipBytes: number
  reads: FloorTry[]
  gzip: FloorTry[]
  writes: FloorTry[]
  /** `getAll-1000` again after the write floors (not a floor: shows their after-effect). */
  readAfterWrites?: FloorTry
}

/** Above this many records in one store, `getAll-store` is not tried. */
export const wholeStoreLimit = 200_000

interface StoreLayout {
  name: string
  keyPath: string | string[] | null
  autoIncrement: boolean
  count: number
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[]
}

function openDb(name: string, version?: number, upgrade?: (db: IDBDatabase) => void) {
  const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version)
  if (upgrade) req.onupgradeneeded = () => upgrade(req.result)
  return idbRequest(req)
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}

async function layoutOf(src: IDBDatabase): Promise<StoreLayout[]> {
  const names = Array.from(src.objectStoreNames).filter((n) => !derivedTables.has(n))
  const tx = src.transaction(names)
  const out: StoreLayout[] = []
  for (const n of names) {
    const s = tx.objectStore(n)
    out.push({
      name: n,
      keyPath: s.keyPath,
      autoIncrement: s.autoIncrement,
      count: await idbRequest(s.count()),
      indexes: Array.from(s.indexNames).map((i) => {
        const ix = s.index(i)
        return { name: i, keyPath: ix.keyPath, unique: ix.unique, multiEntry: ix.multiEntry }
      }),
    })
  }
  return out
}

function keyOf(row: unknown, keyPath: string | string[]): IDBValidKey {
  const get = (p: string) =>
    p.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], row)
  return (Array.isArray(keyPath) ? keyPath.map(get) : get(keyPath)) as IDBValidKey
}

interface Batch {
  rows: unknown[]
  keys: IDBValidKey[]
}

/** One batch of `store` after `after` (exclusive) up to `upper` (exclusive), in its own transaction. */
async function readBatch(
  src: IDBDatabase,
  t: StoreLayout,
  after: IDBValidKey | undefined,
  size: number,
  upper?: IDBValidKey,
): Promise<Batch> {
  const range =
    after === undefined
      ? upper === undefined
        ? null
        : IDBKeyRange.upperBound(upper, true)
      : upper === undefined
        ? IDBKeyRange.lowerBound(after, true)
        : IDBKeyRange.bound(after, upper, true, true)
  const store = src.transaction(t.name).objectStore(t.name)
  if (t.keyPath !== null) {
    const rows = await idbRequest(store.getAll(range, size))
    return { rows, keys: rows.map((r) => keyOf(r, t.keyPath!)) }
  }
  const [rows, keys] = await Promise.all([
    idbRequest(store.getAll(range, size)),
    idbRequest(store.getAllKeys(range, size)),
  ])
  return { rows, keys }
}

/** Every batch of every store, in order (for the write floors and the gzip bytes). */
async function* batchesOf(src: IDBDatabase, layout: StoreLayout[], size: number) {
  for (const t of layout) {
    let after: IDBValidKey | undefined
    for (;;) {
      const b = await readBatch(src, t, after, size)
      if (b.rows.length === 0) break
      yield { store: t, ...b }
      if (b.rows.length < size) break
      after = b.keys[b.keys.length - 1]
    }
  }
}

// ---- reads ----

async function readBatches(src: IDBDatabase, layout: StoreLayout[], size: number) {
  let n = 0
  for (const t of layout) {
    let after: IDBValidKey | undefined
    for (;;) {
      const b = await readBatch(src, t, after, size)
      n += b.rows.length
      if (b.rows.length < size) break
      after = b.keys[b.keys.length - 1]
    }
  }
  return n
}

async function readWholeStores(src: IDBDatabase, layout: StoreLayout[]) {
  let n = 0
  for (const t of layout) {
    n += (await idbRequest(src.transaction(t.name).objectStore(t.name).getAll())).length
  }
  return n
}

async function readCursors(src: IDBDatabase, layout: StoreLayout[]) {
  let n = 0
  for (const t of layout) {
    await new Promise<void>((resolve, reject) => {
      const req = src.transaction(t.name).objectStore(t.name).openCursor()
      req.onsuccess = () => {
        const c = req.result
        if (!c) return resolve()
        void c.value
        n++
        c.continue()
      }
      req.onerror = () => reject(req.error ?? new Error('cursor failed'))
    })
  }
  return n
}

async function readParallelStores(src: IDBDatabase, layout: StoreLayout[]) {
  const counts = await Promise.all(
    layout.map(async (t) => {
      let n = 0
      let after: IDBValidKey | undefined
      for (;;) {
        const b = await readBatch(src, t, after, 1000)
        n += b.rows.length
        if (b.rows.length < 1000) return n
        after = b.keys[b.keys.length - 1]
      }
    }),
  )
  return counts.reduce((a, b) => a + b, 0)
}

/** The key at each of `parts - 1` quantiles of `t` (split points for the workers). */
async function splitKeys(src: IDBDatabase, t: StoreLayout, parts: number) {
  const out: IDBValidKey[] = []
  for (let i = 1; i < parts; i++) {
    const at = Math.floor((t.count * i) / parts)
    if (at === 0 || at >= t.count) continue
    const key = await new Promise<IDBValidKey | undefined>((resolve, reject) => {
      const req = src.transaction(t.name).objectStore(t.name).openKeyCursor()
      let moved = false
      req.onsuccess = () => {
        const c = req.result
        if (!c) return resolve(undefined)
        if (!moved) {
          moved = true
          c.advance(at)
        } else resolve(c.primaryKey)
      }
      req.onerror = () => reject(req.error ?? new Error('cursor failed'))
    })
    if (key !== undefined) out.push(key)
  }
  return out
}

/** The worker of `workers-N` (plain JS: it runs from a Blob URL, outside the bundle). */
const workerSource = `
const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error) })
let db = null
self.onmessage = async (e) => {
  const m = e.data
  try {
    if (m.open) { db = await req(indexedDB.open(m.open)); self.postMessage({ ready: true }); return }
    let n = 0
    for (const p of m.parts) {
      let lower = p.lower, lowerOpen = false
      for (;;) {
        const range = lower === undefined
          ? (p.upper === undefined ? null : IDBKeyRange.upperBound(p.upper, true))
          : (p.upper === undefined ? IDBKeyRange.lowerBound(lower, lowerOpen) : IDBKeyRange.bound(lower, p.upper, lowerOpen, true))
        const store = db.transaction(p.store).objectStore(p.store)
        const [rows, keys] = await Promise.all([req(store.getAll(range, 1000)), req(store.getAllKeys(range, 1000))])
        n += rows.length
        if (rows.length < 1000) break
        lower = keys[keys.length - 1]; lowerOpen = true
      }
    }
    db.close()
    self.postMessage({ records: n })
  } catch (err) { self.postMessage({ error: String(err) }) }
}`

async function readWorkers(src: IDBDatabase, layout: StoreLayout[], n: number) {
  const parts: { store: string; lower?: IDBValidKey; upper?: IDBValidKey }[][] = Array.from(
    { length: n },
    () => [],
  )
  for (const t of layout) {
    // Small stores can give the same key at two quantiles: keep each split once.
    const splits = (await splitKeys(src, t, n)).filter(
      (k, i, all) => i === 0 || indexedDB.cmp(all[i - 1]!, k) < 0,
    )
    const bounds = [undefined, ...splits, undefined]
    for (let i = 0; i < bounds.length - 1; i++) {
      parts[i]!.push({ store: t.name, lower: bounds[i], upper: bounds[i + 1] })
    }
  }
  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }))
  const workers = parts.map(() => new Worker(url))
  const ask = (w: Worker, msg: unknown) =>
    new Promise<{ records?: number; error?: string; ready?: boolean }>((resolve) => {
      w.onmessage = (e) => resolve(e.data as { records?: number; error?: string })
      w.postMessage(msg)
    })
  try {
    await Promise.all(workers.map((w) => ask(w, { open: src.name })))
    const t = performance.now()
    const results = await Promise.all(workers.map((w, i) => ask(w, { parts: parts[i] })))
    const ms = performance.now() - t
    const failed = results.find((r) => r.error)
    if (failed) throw new Error(failed.error)
    return { ms, records: results.reduce((a, r) => a + (r.records ?? 0), 0) }
  } finally {
    workers.forEach((w) => w.terminate())
    URL.revokeObjectURL(url)
  }
}

// ---- gzip ----

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader()
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return bytes
    bytes += value.length
  }
}

const gzipWorkerSource = `
self.onmessage = async (e) => {
  const s = e.data.stream().pipeThrough(new CompressionStream('gzip'))
  const r = s.getReader(); let n = 0
  for (;;) { const { done, value } = await r.read(); if (done) break; n += value.length }
  self.postMessage(n)
}`

async function gzipInWorker(body: Blob): Promise<number> {
  const url = URL.createObjectURL(new Blob([gzipWorkerSource], { type: 'text/javascript' }))
  const w = new Worker(url)
  try {
    return await new Promise<number>((resolve, reject) => {
      w.onmessage = (e) => resolve(e.data as number)
      w.onerror = (e) => reject(new Error(e.message))
      w.postMessage(body)
    })
  } finally {
    w.terminate()
    URL.revokeObjectURL(url)
  }
}

// ---- writes ----

const scratchName = 'casedesk-bench-floor'

async function scratch(layout: StoreLayout[], indexes: boolean): Promise<IDBDatabase> {
  await idbRequest(indexedDB.deleteDatabase(scratchName))
  return openDb(scratchName, 1, (db) => {
    for (const t of layout) {
      const store = db.createObjectStore(t.name, {
        keyPath: t.keyPath,
        autoIncrement: t.autoIncrement,
      })
      if (!indexes) continue
      for (const ix of t.indexes) {
        store.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry })
      }
    }
  })
}

function writeBatch(dst: IDBDatabase, t: StoreLayout, b: Batch): Promise<void> {
  const tx = dst.transaction(t.name, 'readwrite', { durability: 'relaxed' })
  const out = tx.objectStore(t.name)
  for (let i = 0; i < b.rows.length; i++) {
    if (t.keyPath === null) out.put(b.rows[i], b.keys[i])
    else out.put(b.rows[i])
  }
  return done(tx)
}

/** Time only the writes: `rounds` yields groups of batches written concurrently. */
async function timedWrites(
  dst: IDBDatabase,
  rounds: AsyncGenerator<{ store: StoreLayout; rows: unknown[]; keys: IDBValidKey[] }[]>,
) {
  let ms = 0
  let n = 0
  for await (const round of rounds) {
    const t = performance.now()
    await Promise.all(round.map((b) => writeBatch(dst, b.store, b)))
    ms += performance.now() - t
    n += round.reduce((a, b) => a + b.rows.length, 0)
  }
  return { ms, records: n }
}

async function* grouped(src: IDBDatabase, layout: StoreLayout[], size: number, per: number) {
  let round: { store: StoreLayout; rows: unknown[]; keys: IDBValidKey[] }[] = []
  for await (const b of batchesOf(src, layout, size)) {
    if (round.length > 0 && round[0]!.store !== b.store) {
      yield round
      round = []
    }
    round.push(b)
    if (round.length >= per) {
      yield round
      round = []
    }
  }
  if (round.length > 0) yield round
}

async function* acrossStores(src: IDBDatabase, layout: StoreLayout[]) {
  const its = layout.map((t) => batchesOf(src, [t], 1000))
  let live = its.map((it) => ({ it, done: false }))
  while (live.length > 0) {
    const next = await Promise.all(live.map((l) => l.it.next()))
    const round = []
    for (let i = 0; i < next.length; i++) {
      const r = next[i]!
      if (r.done) live[i]!.done = true
      else round.push(r.value)
    }
    live = live.filter((l) => !l.done)
    if (round.length > 0) yield round
  }
}

async function writeMethod(
  layout: StoreLayout[],
  indexes: boolean,
  body: (dst: IDBDatabase) => Promise<{ ms: number; records: number }>,
) {
  const dst = await scratch(layout, indexes)
  try {
    return await body(dst)
  } finally {
    dst.close()
    await idbRequest(indexedDB.deleteDatabase(scratchName))
  }
}

/** Index-after-load: no secondary indexes while writing, then created in one upgrade. */
async function indexAfterLoad(src: IDBDatabase, layout: StoreLayout[]) {
  const dst = await scratch(layout, false)
  let upgraded: IDBDatabase | null = null
  try {
    const w = await timedWrites(dst, grouped(src, layout, 1000, 1))
    dst.close()
    const t = performance.now()
    upgraded = await openDb(scratchName, 2, () => undefined)
    upgraded.close()
    const req = indexedDB.open(scratchName, 3)
    req.onupgradeneeded = () => {
      const tx = req.transaction!
      for (const t2 of layout) {
        const store = tx.objectStore(t2.name)
        for (const ix of t2.indexes) {
          store.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry })
        }
      }
    }
    upgraded = await idbRequest(req)
    const indexMs = performance.now() - t
    return { ms: w.ms + indexMs, records: w.records, writeMs: w.ms, indexMs }
  } finally {
    dst.close()
    upgraded?.close()
    await idbRequest(indexedDB.deleteDatabase(scratchName))
  }
}

async function attempt(
  method: string,
  expected: number,
  run: () => Promise<{ ms: number; records: number; note?: string }>,
): Promise<FloorTry> {
  try {
    const r = await run()
    if (r.records !== expected) {
      return { method, ms: null, note: `read ${r.records} of ${expected} records` }
    }
    return { method, ms: Math.round(r.ms), ...(r.note ? { note: r.note } : {}) }
  } catch (err) {
    return { method, ms: null, note: err instanceof Error ? err.message : String(err) }
  }
}

const timed = async (run: () => Promise<number>) => {
  const t = performance.now()
  const records = await run()
  return { ms: performance.now() - t, records }
}

/**
 * Every floor method on database `name` (see the module comment).
 * @param writes - run the write floors (each writes every record once): all, none, or the named
 * @param withReads - run the read and gzip floors (false: the write floors only, e.g. after the
 *   backup was timed, so that bulk writes in the same origin do not slow the backup's reads)
 * @param pauseMs - wait this long before each write method (each bulk write in the origin slows
 *   the next one while the deleted data is still being cleared, docs/performance.md)
 */
export async function measureFloors(
  name: string,
  writes: boolean | readonly string[] = true,
  withReads = true,
  pauseMs = 0,
): Promise<BackupFloors> {
  const wanted = (method: string) =>
    writes === true || (Array.isArray(writes) && writes.includes(method))
  const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs))
  const src = await openDb(name)
  try {
    const layout = await layoutOf(src)
    const total = layout.reduce((a, t) => a + t.count, 0)
    const biggest = Math.max(...layout.map((t) => t.count))
    const reads: FloorTry[] = []
    let gzipBytes = 0
    let bodyBytes = 0
    const gzip: FloorTry[] = []
    if (withReads) {
      reads.push(
        await attempt('getAll-1000', total, () => timed(() => readBatches(src, layout, 1000))),
      )
      reads.push(
        await attempt('getAll-5000', total, () => timed(() => readBatches(src, layout, 5000))),
      )
      reads.push(
        biggest > wholeStoreLimit
          ? { method: 'getAll-store', ms: null, note: `a store has ${biggest} records (memory)` }
          : await attempt('getAll-store', total, () => timed(() => readWholeStores(src, layout))),
      )
      reads.push(await attempt('cursor', total, () => timed(() => readCursors(src, layout))))
      reads.push(
        await attempt('parallel-stores', total, () => timed(() => readParallelStores(src, layout))),
      )
      reads.push(await attempt('workers-2', total, () => readWorkers(src, layout, 2)))
      reads.push(await attempt('workers-4', total, () => readWorkers(src, layout, 4)))

      // The body bytes of the same records (not timed), then gzip of them.
      const parts: Blob[] = []
      let pending: string[] = []
      let pendingLength = 0
      for await (const b of batchesOf(src, layout, 1000)) {
        const line = jsonlLine(b.store.name, b.rows)
        pending.push(line)
        pendingLength += line.length
        if (pendingLength > 8 * 1024 * 1024) {
          parts.push(new Blob(pending))
          pending = []
          pendingLength = 0
        }
      }
      parts.push(new Blob(pending))
      const body = new Blob(parts)
      bodyBytes = body.size
      gzip.push(
        await attempt('gzip-main', body.size, async () => {
          const t = performance.now()
          gzipBytes = await drain(
            body
              .stream()
              .pipeThrough(
                new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
              ),
          )
          return { ms: performance.now() - t, records: body.size }
        }),
      )
      gzip.push(
        await attempt('gzip-worker', body.size, async () => {
          const t = performance.now()
          gzipBytes = await gzipInWorker(body)
          return { ms: performance.now() - t, records: body.size }
        }),
      )
    }

    const w: FloorTry[] = []
    if (writes !== false) {
      const write = (
        method: string,
        rounds: () => AsyncGenerator<
          { store: StoreLayout; rows: unknown[]; keys: IDBValidKey[] }[]
        >,
      ) =>
        !wanted(method)
          ? Promise.resolve<FloorTry>({ method, ms: null, note: 'not run (--write-floors)' })
          : pause().then(() =>
              attempt(method, total, () =>
                writeMethod(layout, true, (dst) => timedWrites(dst, rounds())),
              ),
            )
      w.push(await write('tx-1000', () => grouped(src, layout, 1000, 1)))
      w.push(await write('tx-5000', () => grouped(src, layout, 5000, 1)))
      w.push(await write('inflight-3', () => grouped(src, layout, 1000, 3)))
      w.push(await write('parallel-stores', () => acrossStores(src, layout)))
      w.push(
        !wanted('index-after-load')
          ? { method: 'index-after-load', ms: null, note: 'not run (--write-floors)' }
          : await attempt('index-after-load', total, async () => {
              await pause()
              const r = await indexAfterLoad(src, layout)
              return {
                ...r,
                note: `write ${Math.round(r.writeMs)} + indexes ${Math.round(r.indexMs)}`,
              }
            }),
      )
    }
    // The same read once more after the write floors: IndexedDB keeps every database of an
    // origin in one store, so bulk writes just before a read (as the bench's old floor did,
    // interleaving them) can slow it. Reported, never used as the floor.
    const readAfterWrites = w.some((t) => t.ms !== null)
      ? await attempt('getAll-1000-after-writes', total, () =>
          timed(() => readBatches(src, layout, 1000)),
        )
      : null
    return {
      records: total,
      bodyBytes,
      gzipBytes,
      reads,
      gzip,
      writes: w,
      ...(readAfterWrites ? { readAfterWrites } : {}),
    }
  } finally {
    src.close()
  }
}

/** The fastest of `tries` (null when none ran). */
export function fastest(tries: readonly FloorTry[]): FloorTry | null {
  let best: FloorTry | null = null
  for (const t of tries) if (t.ms !== null && (best === null || t.ms < best.ms!)) best = t
  return best
}
