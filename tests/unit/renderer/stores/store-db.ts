import 'fake-indexeddb/auto'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { officersRepo } from '@renderer/db/repositories/officers'
import type { AppDB } from '@renderer/db/app-db'
import { contactInput, officerInput, profileInput, testContext } from '../db/helpers'

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
  await officeProfileRepo(db).save({ profile: profileInput, contact: contactInput }, ctx)
  const officerIds: string[] = []
  for (let i = 1; i <= 4; i++) {
    const r = await officersRepo(db).create(
      officerInput(i, i === 4 ? { roles: ['legalReviewer'] } : {}),
      ctx,
    )
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    officerIds.push(r.officer.id)
  }
  return { db, ctx, officerIds }
}

/** A storage failure as IndexedDB reports a full disk. */
export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}
