// The case list finds a case by a fragment of its number ("3号", "〔2026〕3", "2026〕3号") and by
// the person behind the party (经营者 / 法定代表人), besides the party name; the v4 upgrade gives
// cases stored under v3 these tokens.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { AppDB } from '@renderer/db/app-db'
import type { CaseRecord } from '@renderer/db/cases-records'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { confirmed, denseMatch } from '@renderer/db/repositories/case-filter-keys'
import v001 from '@renderer/db/versions/v001-initial'
import v002 from '@renderer/db/versions/v002-cases'
import v003 from '@renderer/db/versions/v003-documents'
import type { Party } from '@shared/domain/case'
import { officeDb, orgParty, personParty, soleTraderParty, uscc, residentId } from './case-helpers'
import { testContext } from './helpers'

const today = '2026-04-01'
let db: AppDB
let cases: CaseRecord[]

/** 14 cases of 2026: serials 1–14; serial 3 is the sole trader 王强, 13 a company of 张伟. */
function partyOf(serial: number): Party {
  if (serial === 3) return soleTraderParty()
  if (serial === 13) return orgParty()
  if (serial % 2 === 0) {
    return orgParty({
      name: `武汉市汉阳区第${serial}食品有限公司`,
      uscc: uscc(`91420105MA4K${String(serial).padStart(4, '0')}Y`),
      legalRepresentative: `刘${'一二三四五六七八九十'[serial % 10]}明`,
    })
  }
  return personParty({
    name: `赵${'一二三四五六七八九十'[serial % 10]}`,
    idNo: residentId(`420105198503${String(serial).padStart(2, '0')}003`),
  })
}

beforeAll(async () => {
  const o = await officeDb()
  db = o.db
  for (let serial = 1; serial <= 14; serial++) {
    o.ctx.tick()
    const r = await casesRepo(db).createCase(o.ctx, {
      party: partyOf(serial),
      cause: '涉嫌销售过期食品案',
      source: 'inspection',
      sourceDate: '2026-03-30',
      officerIds: o.officerIds.slice(0, 2),
      today,
    })
    if (!r.ok) throw new Error(JSON.stringify(r))
  }
  cases = await db.cases.toArray()
}, 120_000)
afterAll(async () => {
  await db.delete()
})

const serialOf = (r: CaseRecord) => r.caseNoKey % 1_000_000

async function found(text: string): Promise<number[]> {
  const page = await casesRepo(db).listCases({ page: 1, pageSize: 50, text, today })
  const serials = page.rows.map(serialOf).sort((a, b) => a - b)
  expect(page.total, `total of ${text}`).toBe(serials.length)
  return serials
}

describe('case list search (案号片段, 经营者, 法定代表人)', () => {
  it('the cases are numbered 1–14 of 2026 in the office format', () => {
    const no3 = cases.find((r) => serialOf(r) === 3)!
    expect(no3.caseNo).toMatch(/^.+案〔2026〕3号$/)
  })

  it.each<[string, string, number[]]>([
    ['3号', 'serial ending in 3 (substring: 13号 too)', [3, 13]],
    ['13号', 'serial 13', [13]],
    ['〔2026〕3', 'year and serial starting with 3', [3]],
    ['〔2026〕1', 'serials starting with 1', [1, 10, 11, 12, 13, 14]],
    ['2026〕3号', 'exactly serial 3', [3]],
    ['〕14号', 'any year, serial 14', [14]],
    ['[2026]3号', 'square brackets for 〔〕', [3]],
    ['（2026）3号', 'parentheses for 〔〕', [3]],
    ['〔2025〕3', 'another year', []],
    ['王强', 'the 经营者 of a 个体工商户', [3]],
    ['张伟', 'the 法定代表人 of a company', [13]],
    ['刘', 'one character of several legal representatives', [2, 4, 6, 8, 10, 12, 14]],
    ['老王烟酒', 'the party name still', [3]],
    ['鑫源商贸', 'the party name still', [13]],
  ])('%s: %s', async (text, _why, serials) => {
    expect(await found(text)).toEqual(serials)
  })

  it('the office prefix of a number is checked against the stored number', async () => {
    const no3 = cases.find((r) => serialOf(r) === 3)!.caseNo
    const tail = no3.slice(no3.indexOf('〔') - 2) // e.g. 监案〔2026〕3号
    expect(await found(tail)).toEqual([3])
    expect(await found(`错${tail.slice(1)}`)).toEqual([])
  })
})

describe('schema v4: tokens of cases stored under v3', () => {
  it('recomputes the search tokens so old cases are found by number fragment and operator', async () => {
    const name = `v3-${Math.random().toString(36).slice(2)}`
    const old = new Dexie(name)
    old.version(1).stores(v001.stores)
    old.version(2).stores(v002.stores)
    old.version(3).stores(v003.stores)
    await old.open()
    const rec = cases.find((r) => serialOf(r) === 3)!
    // The v3 tokens: party name grams, identity numbers, the full and short number only.
    await old.table('cases').put({ ...rec, searchTokens: ['老王', rec.caseNo, '2026-3'] })
    old.close()

    const upgraded = new AppDB(name)
    await openDatabase(upgraded, '0.1.0', testContext('2026-04-02T00:00:00.000Z'))
    const after = (await upgraded.cases.get(rec.id))!
    expect(after.searchTokens).toEqual(
      expect.arrayContaining(['王强', '3号', '2026-3', rec.caseNo]),
    )
    expect(after.searchTokens.sort()).toEqual([...rec.searchTokens].sort())
    const byOperator = await casesRepo(upgraded).listCases({
      page: 1,
      pageSize: 5,
      text: '王强',
      today,
    })
    expect(byOperator.rows.map((r) => r.id)).toEqual([rec.id])
    upgraded.close()
    await Dexie.delete(name)
  })
})

describe('the substring test of the dense scan and of unconfirmed ids', () => {
  // "3号" matches about one case in ten: above DENSE_GRAM it is found by scanning the sort index
  // and testing each record with denseMatch; gram candidates are tested with confirmed.
  it.each<[string, number, boolean]>([
    ['3号', 3, true],
    ['3号', 13, true],
    ['3号', 4, false],
    ['王强', 3, true],
    ['张伟', 13, true],
    ['张伟', 3, false],
    ['老王烟酒', 3, true],
  ])('%s on case %i → %s', (needle, serial, match) => {
    const r = cases.find((c) => serialOf(c) === serial)!
    expect(denseMatch({ dense: true, others: null, exact: new Set(), needle }, r)).toBe(match)
    expect(confirmed({ keys: new Set([r.id]), unconfirmed: new Set([r.id]), needle }, r)).toBe(
      match,
    )
  })
})
