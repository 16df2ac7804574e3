/**
 * Counts of the case list kept OUT of the page path. Counting every case is O(N) in IndexedDB
 * (215–362 ms at 50,000 cases on the office machine), so the list shows its rows first and the
 * total when it is ready; once counted, a total is kept until the `cases` table changes.
 *
 * Invalidation: Dexie fires `storagemutated` after every committed write transaction that touched
 * a table through Dexie — in this window and, via BroadcastChannel, in other windows of the same
 * origin — with the mutated parts named `idb://<db>/<table>/…`. Any part of `cases` drops every
 * cached count of that database (create, update, import, restore, case transfer, demo seeding all
 * write `cases` through Dexie). A count started before a mutation is never cached (generation
 * check), so a count read while a write committed cannot outlive it.
 *
 * The cache belongs to one open connection (`db.backendDB()`): a database deleted and opened
 * again starts empty.
 */
import { Dexie } from 'dexie'
import type { AppDB } from '../app-db'

interface CountCache {
  /** Bumped by every committed mutation of `cases`. */
  gen: number
  /** Cached counts by query signature ('' = every case). */
  counts: Map<string, number>
  /** Counts being computed, by signature (shared by concurrent callers). */
  pending: Map<string, Promise<number>>
}

const caches = new WeakMap<object, CountCache>()
/** Database names whose `cases` mutations are being watched, with the caches to invalidate. */
const watched = new Map<string, Set<CountCache>>()

function watch(name: string, cache: CountCache): void {
  let set = watched.get(name)
  if (!set) {
    set = new Set()
    watched.set(name, set)
    const prefix = `idb://${name}/cases/`
    const caches = set
    Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((k) => k.startsWith(prefix))) return
      for (const c of caches) {
        c.gen++
        c.counts.clear()
        c.pending.clear()
      }
    })
  }
  set.add(cache)
}

async function cacheOf(db: AppDB): Promise<CountCache> {
  if (!db.isOpen()) await db.open()
  const conn = db.backendDB()
  let cache = caches.get(conn)
  if (!cache) {
    cache = { gen: 0, counts: new Map(), pending: new Map() }
    caches.set(conn, cache)
    watch(db.name, cache)
    // A closed connection's cache is no longer reachable through backendDB(); stop invalidating it.
    const closed = cache
    db.on('close', () => watched.get(db.name)?.delete(closed))
  }
  return cache
}

/** The cached count for `signature`, or null when it is not known (never waits). */
export function peekCount(db: AppDB, signature: string): number | null {
  if (!db.isOpen()) return null
  const cache = caches.get(db.backendDB())
  return cache?.counts.get(signature) ?? null
}

/**
 * The count for `signature`: cached, or computed once by `compute` (outside any ambient
 * transaction, so a caller's page transaction never waits for it) and cached unless the `cases`
 * table changed meanwhile.
 */
export async function cachedCount(
  db: AppDB,
  signature: string,
  compute: () => Promise<number>,
): Promise<number> {
  const cache = await cacheOf(db)
  const known = cache.counts.get(signature)
  if (known !== undefined) return known
  const running = cache.pending.get(signature)
  if (running) return running
  const gen = cache.gen
  const p = Dexie.ignoreTransaction(compute).then((n) => {
    if (cache.gen === gen) cache.counts.set(signature, n)
    if (cache.pending.get(signature) === p) cache.pending.delete(signature)
    return n
  })
  cache.pending.set(signature, p)
  p.catch(() => {
    if (cache.pending.get(signature) === p) cache.pending.delete(signature)
  })
  return p
}

/** Every case (the unfiltered list's total), cached as above. */
export function totalCases(db: AppDB): Promise<number> {
  return cachedCount(db, '', () => db.cases.count())
}
