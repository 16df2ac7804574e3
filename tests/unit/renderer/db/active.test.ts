// the pointer to the database that holds the data (a restore builds a new database and
// switches to it). Reading it never creates anything; a switch is read back by the next start.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import {
  isDataDatabaseName,
  newDataDatabaseName,
  pointerDbName,
  readActiveDatabaseName,
  writeActiveDatabaseName,
} from '@renderer/db/active'
import { appDbName } from '@renderer/db/app-db'

afterEach(async () => {
  await Dexie.delete(pointerDbName)
})

describe('active database pointer', () => {
  it('without a pointer the data is in the original database, and nothing is created', async () => {
    expect(await readActiveDatabaseName()).toBe(appDbName)
    expect(await Dexie.exists(pointerDbName)).toBe(false)
  })

  it('a switch is read back (as by the next start)', async () => {
    await writeActiveDatabaseName('casedesk-data-20260305100000-ab12cd34', '2026-03-05T10:00:00Z')
    expect(await readActiveDatabaseName()).toBe('casedesk-data-20260305100000-ab12cd34')
    await writeActiveDatabaseName('casedesk-data-20260306100000-ef56ab78', '2026-03-06T10:00:00Z')
    expect(await readActiveDatabaseName()).toBe('casedesk-data-20260306100000-ef56ab78')
  })

  it.each([
    ['2026-03-05T10:00:00.000Z', 'ab12-cd34-ef', 'casedesk-data-20260305100000-ab12cd34'],
    ['2026-12-31T23:59:59.999Z', 'Z9/..x', 'casedesk-data-20261231235959-Z9x'],
  ])('names a new database from the time and a random part (%s)', (now, random, name) => {
    expect(newDataDatabaseName(now, random)).toBe(name)
    expect(isDataDatabaseName(name)).toBe(true)
  })

  it.each([
    ['casedesk', true],
    ['casedesk-restore-staging', true],
    ['casedesk-data-x', true],
    ['casedesk-active', false],
    ['casedesk-bench-floor', false],
    ['other', false],
  ])('%s is a data database: %s', (name, yes) => {
    expect(isDataDatabaseName(name)).toBe(yes)
  })
})
