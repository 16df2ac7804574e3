import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { officersRepo } from '@renderer/db/repositories/officers'
import { openDatabase } from '@renderer/db/open'
import type { Party } from '@shared/domain/case'
import { residentIdCheckChar, usccCheckChar } from '@shared/validation'
import { contactInput, freshDb, officerInput, profileInput, testContext } from './helpers'
import type { AppDB } from '@renderer/db/app-db'

/** A valid USCC from 17 characters. */
export const uscc = (first17: string) => first17 + usccCheckChar(first17)
/** A valid resident ID from 17 digits. */
export const residentId = (first17: string) => first17 + residentIdCheckChar(first17)

export const orgParty = (over: Partial<Extract<Party, { kind: 'organisation' }>> = {}): Party => ({
  kind: 'organisation',
  name: '武汉市汉阳区鑫源商贸有限公司',
  uscc: uscc('91420105MA4K0001X'),
  legalRepresentative: '张伟',
  address: '武汉市汉阳区龙阳大道 88 号',
  phone: '13807100001',
  ...over,
})

export const personParty = (
  over: Partial<Extract<Party, { kind: 'naturalPerson' }>> = {},
): Party => ({
  kind: 'naturalPerson',
  name: '李娜',
  idType: 'residentId',
  idNo: residentId('42010519850312002'),
  address: '武汉市汉阳区钟家村 12 号',
  phone: '13907100002',
  ...over,
})

export const soleTraderParty = (
  over: Partial<Extract<Party, { kind: 'soleTrader' }>> = {},
): Party => ({
  kind: 'soleTrader',
  name: '汉阳区老王烟酒店',
  operatorName: '王强',
  operatorIdNo: residentId('42010519790605001'),
  address: '武汉市汉阳区四新大道 6 号',
  phone: '13607100003',
  ...over,
})

/** A fresh, opened DB with office profile and four active certified officers. */
export async function officeDb(): Promise<{
  db: AppDB
  ctx: ReturnType<typeof testContext>
  officerIds: string[]
}> {
  const db = freshDb()
  const ctx = testContext()
  await openDatabase(db, '0.1.0', ctx)
  return { db, ctx, officerIds: await setUpOffice(db, ctx) }
}

/**
 * The office of the tests in an opened database: the profile with its contact, three 办案人员 and
 * one 法制审核人员. Returns the officers' ids in that order.
 */
export async function setUpOffice(
  db: AppDB,
  ctx: ReturnType<typeof testContext>,
): Promise<string[]> {
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
  return officerIds
}
