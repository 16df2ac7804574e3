/**
 * Which IndexedDB database holds the office's data (restore speed).
 *
 * A restore builds the restored data in a NEW database while the live one is left alone, and then
 * switches to it by writing that database's name here: one small, durable write. The live data is
 * therefore never cleared or rewritten in place, the restored rows are written once (in small
 * transactions, while they are checked), and a restore that fails, is cancelled or is interrupted
 * leaves a spare database that the next start removes — never a half-restored one.
 *
 * The name lives in its own tiny database (`casedesk-active`, store `pointer`), read before the
 * app opens its data. No name stored means the original database `casedesk` (every installation
 * before the first restore). Switching and removing spare databases happen under one Web Lock, and
 * a database being built for a restore holds its own lock until it is committed or discarded (a
 * closed or crashed page releases it), so one window never removes what another is building.
 * The pointer and the data databases share the origin's storage (in Chromium one LevelDB per
 * origin), which browsers clear or evict as a whole: the pointer is not lost on its own.
 */
import { appDbName } from './app-db'
import { idbRequest } from './idb-request'

/** Database holding the name of the active data database. */
export const pointerDbName = `${appDbName}-active`
/** Prefix of the databases a restore builds (`casedesk-data-…`). */
const dataDbPrefix = `${appDbName}-data-`
/** The staging database of earlier versions (removed when found). */
const legacyStagingDbName = `${appDbName}-restore-staging`

const pointerStore = 'pointer'
const pointerKey = 'active'
const switchLockName = `${appDbName}:database-switch`
const stagingLockPrefix = `${appDbName}:staging:`

interface PointerRecord {
  name: string
  /** ISO time of the switch. */
  since: string
}

/**
 * Open the pointer database. With `create` false a missing database is not created (the upgrade
 * is aborted) and null is returned.
 */
function openPointer(create: boolean): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(pointerDbName, 1)
    let aborted = false
    req.onupgradeneeded = () => {
      if (!create) {
        aborted = true
        req.transaction?.abort()
        return
      }
      req.result.createObjectStore(pointerStore)
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = (event) => {
      if (aborted) {
        event.preventDefault()
        resolve(null)
      } else reject(req.error ?? new Error('无法打开数据库指针'))
    }
    req.onblocked = () => reject(new Error('数据库指针被其他窗口占用'))
  })
}

/** The name of the database that holds the data (`casedesk` until the first restore). */
export async function readActiveDatabaseName(): Promise<string> {
  const pointer = await openPointer(false)
  if (!pointer) return appDbName
  try {
    const rec = (await idbRequest(
      pointer.transaction(pointerStore).objectStore(pointerStore).get(pointerKey),
    )) as PointerRecord | undefined
    return typeof rec?.name === 'string' && rec.name ? rec.name : appDbName
  } finally {
    pointer.close()
  }
}

/** Make `name` the active database (durably committed before this resolves). */
export async function writeActiveDatabaseName(name: string, since: string): Promise<void> {
  const pointer = (await openPointer(true))!
  try {
    const tx = pointer.transaction(pointerStore, 'readwrite', { durability: 'strict' })
    const rec: PointerRecord = { name, since }
    tx.objectStore(pointerStore).put(rec, pointerKey)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error ?? new Error('写入数据库指针失败'))
      tx.onabort = () => reject(tx.error ?? new Error('写入数据库指针被中止'))
    })
  } finally {
    pointer.close()
  }
}

type Locks = {
  request<T>(name: string, cb: () => Promise<T>): Promise<T>
  query(): Promise<{ held?: { name?: string }[] }>
}

/** Web Locks where the host has them (Chromium and Electron do; the Node tests do not). */
function locks(): Locks | null {
  const nav = (globalThis as { navigator?: { locks?: Locks } }).navigator
  return nav?.locks ?? null
}

/** Run `fn` while no other window switches databases or removes spare ones. */
export function withDatabaseSwitchLock<T>(fn: () => Promise<T>): Promise<T> {
  const l = locks()
  return l ? l.request(switchLockName, fn) : fn()
}

/**
 * Mark `name` as being built for a restore, so no window removes it as a spare database. Take it
 * before the database is created.
 * @returns release (call when the database is committed or discarded)
 */
export async function holdStagingLock(name: string): Promise<() => void> {
  const l = locks()
  if (!l) return () => undefined
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await new Promise<void>((granted) => {
    void l
      .request(stagingLockPrefix + name, () => {
        granted()
        return held
      })
      .catch(() => granted())
  })
  return () => release()
}

/** A new, unused name for a database a restore builds. */
export function newDataDatabaseName(now: string, randomPart: string): string {
  const stamp = now.replace(/\D/g, '').slice(0, 14)
  return `${dataDbPrefix}${stamp}-${randomPart.replace(/[^a-z0-9]/gi, '').slice(0, 8)}`
}

/** True for databases this app creates for data (the original, restored and staging ones). */
export function isDataDatabaseName(name: string): boolean {
  return name === appDbName || name === legacyStagingDbName || name.startsWith(dataDbPrefix)
}

/**
 * Delete data databases that are neither active nor being built for a restore: left over from a
 * restore that was cancelled or interrupted, or the database a restore replaced when its removal
 * did not finish. Never touches the active one; does nothing where the browser cannot list
 * databases.
 * @returns the names deleted
 */
export function removeSpareDatabases(): Promise<string[]> {
  return withDatabaseSwitchLock(async () => {
    if (typeof indexedDB.databases !== 'function') return []
    const active = await readActiveDatabaseName()
    const held = new Set(
      ((await locks()?.query())?.held ?? [])
        .map((h) => h.name ?? '')
        .filter((n) => n.startsWith(stagingLockPrefix))
        .map((n) => n.slice(stagingLockPrefix.length)),
    )
    const spare = (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .filter((n) => isDataDatabaseName(n) && n !== active && !held.has(n))
    const deleted: string[] = []
    for (const name of spare) {
      try {
        await idbRequest(indexedDB.deleteDatabase(name))
        deleted.push(name)
      } catch {
        // Still open somewhere or locked by the system: tried again at the next start.
      }
    }
    return deleted
  })
}
