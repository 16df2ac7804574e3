import 'fake-indexeddb/auto'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import type { AppDB } from '@renderer/db/app-db'
import { testContext } from '../db/helpers'
import { setUpOffice } from '../db/case-helpers'

let counter = 0

/**
 * Points the app's database (the one the stores read, `@renderer/db/db`) at a fresh fake-indexeddb
 * database with an office profile and four officers (the fourth a 法制审核人员), as a real office
 * would have after the first-run setup.
 */
export async function storeDb(): Promise<{
  db: AppDB
  ctx: ReturnType<typeof testContext>
  officerIds: string[]
}> {
  useDatabase(`store-test-${++counter}-${Math.random().toString(36).slice(2)}`)
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  return { db, ctx, officerIds: await setUpOffice(db, ctx) }
}

/** A storage failure as IndexedDB reports a full disk. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}
