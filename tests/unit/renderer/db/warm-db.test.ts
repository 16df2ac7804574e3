// renderer/public/warm-db.js, the boot script that opens the database while the bundle
// loads, so the browser has read it from disk by the time the app opens it.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { AppDB, appDbName } from '@renderer/db/app-db'
import source from '../../../../renderer/public/warm-db.js?raw'
import { freshDb } from './helpers'

/** Run the script as the page does, for the database `name`. */
const runFor = (name: string) =>
  new Function(source.replace(`})('${appDbName}')`, `})(${JSON.stringify(name)})`))()
const settle = () => new Promise((r) => setTimeout(r, 50))

describe('warm-db boot script', () => {
  it('opens the app database (same name as appDbName)', () => {
    expect(source).toContain(`})('${appDbName}')`)
  })

  it('never creates a database that does not exist', async () => {
    const name = `warm-missing-${Math.random().toString(36).slice(2)}`
    runFor(name)
    await settle()
    expect(await Dexie.exists(name)).toBe(false)
  })

  it('leaves an existing database as it was and does not block the app opening it', async () => {
    const db = freshDb()
    await db.open()
    const version = db.verno
    db.close()
    runFor(db.name)
    await db.open()
    expect(db.verno).toBe(version)
    expect(db.tables.length).toBeGreaterThan(0)
    await db.delete()
  })

  it('warms the database the pointer names (after a restore), creating nothing', async () => {
    const base = `warm-ptr-${Math.random().toString(36).slice(2)}`
    const target = new AppDB(`${base}-data-1`)
    await target.open()
    const version = target.verno
    target.close()
    const pointer = new Dexie(`${base}-active`)
    pointer.version(0.1).stores({ pointer: '' })
    await pointer.open()
    await pointer.table('pointer').put({ name: target.name, since: 'x' }, 'active')
    pointer.close()
    const opened: string[] = []
    const realOpen = indexedDB.open.bind(indexedDB)
    indexedDB.open = ((n: string, v?: number) => {
      opened.push(n)
      return realOpen(n, v)
    }) as typeof indexedDB.open
    try {
      runFor(base)
      await settle()
    } finally {
      indexedDB.open = realOpen
    }
    expect(opened).toEqual([`${base}-active`, target.name])
    expect(await Dexie.exists(base)).toBe(false)
    await target.open()
    expect(target.verno).toBe(version)
    await target.delete()
    await pointer.delete()
  })
})
