// Issue 7: renderer/public/warm-db.js, the boot script that opens the database while the bundle
// loads, so the browser has read it from disk by the time the app opens it.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { appDbName } from '@renderer/db/app-db'
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
})
