// @vitest-environment happy-dom
// case transfer — export one case, import on another PC, detect an existing copy and
// never overwrite newer local data silently.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { applyCaseImport, exportCase, readCasePackage } from '@renderer/backup/case-transfer'
import type { AppDB } from '@renderer/db/app-db'
import { freshDb, testContext } from '../db/helpers'
import { actRecord, uuid } from '../../../fixtures/backup-records'
import { seedAll } from './seed'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
async function db(): Promise<AppDB> {
  const d = freshDb()
  opened.push(d)
  await d.open()
  return d
}

const caseId = uuid(200_003)
const opts = { appVersion: '0.1.0', now: '2026-03-05T10:00:00.000Z' }

describe('case transfer', () => {
  it('exports one case with its party, acts and follow-ups and imports it on another PC', async () => {
    const a = await db()
    await seedAll(a, 20)
    const exported = await exportCase(a, caseId, opts)
    if (!exported.ok) throw new Error(exported.message)
    expect(exported.manifest.tables).toMatchObject({ cases: 1, parties: 1, acts: 2, followUps: 0 })
    expect(exported.fileName).toMatch(
      /^CaseDesk-案件-鄂汉阳市监案〔2026〕4号-\d{8}-\d{6}\.casedesk$/,
    )

    const b = await db()
    const read = await readCasePackage(b, exported.blob)
    if (!read.ok) throw new Error(read.message)
    expect(read.pkg.diff.verdict).toBe('new')
    expect(await applyCaseImport(b, read.pkg, 'addMissing', testContext())).toEqual({ written: 4 })
    expect(await b.table('cases').get(caseId)).toEqual(await a.table('cases').get(caseId))
    expect(await b.audit.count()).toBe(4)

    const again = await readCasePackage(b, exported.blob)
    expect(again.ok && again.pkg.diff.verdict).toBe('identical')
  })

  it('a newer local copy is shown as such; addMissing keeps local records unchanged', async () => {
    const a = await db()
    await seedAll(a, 5)
    const exported = await exportCase(a, caseId, opts)
    if (!exported.ok) throw new Error(exported.message)
    const b = await db()
    await seedAll(b, 5)
    const newer = { updatedAt: '2026-04-01T00:00:00.000Z', cause: '本机修改后的案由' }
    await b.table('cases').update(caseId, newer)
    await b.table('acts').add(actRecord(777, caseId, { seq: 3 }))
    const read = await readCasePackage(b, exported.blob)
    if (!read.ok) throw new Error(read.message)
    expect(read.pkg.diff.verdict).toBe('localNewer')
    expect(read.pkg.diff.summary).toMatch(/本机数据较新/)
    expect(await applyCaseImport(b, read.pkg, 'addMissing', testContext())).toEqual({ written: 0 })
    expect(await b.table('cases').get(caseId)).toMatchObject(newer)
    expect(await applyCaseImport(b, read.pkg, 'preferIncoming', testContext())).toEqual({
      written: 1,
    })
    expect(await b.table('cases').get(caseId)).toMatchObject({ cause: '涉嫌销售过期食品案' })
    expect(await b.table('acts').get(uuid(777))).toBeDefined()
    const audit = await b.audit.toArray()
    expect(audit[0]).toMatchObject({ action: 'importCase', before: { cause: '本机修改后的案由' } })
  })

  it('refuses a full backup, a case number used by another case, and tampered packages', async () => {
    const a = await db()
    await seedAll(a, 5)
    const exported = await exportCase(a, caseId, opts)
    if (!exported.ok) throw new Error(exported.message)
    const b = await db()
    await seedAll(b, 5)
    await b.table('cases').update(caseId, { caseNo: 'X' })
    await b.table('cases').update(uuid(200_000), { caseNo: '鄂汉阳市监案〔2026〕4号' })
    const clash = await readCasePackage(b, exported.blob)
    expect(clash.ok ? '' : clash.message).toMatch(/另一个案件使用编号/)
    const cut = await readCasePackage(b, exported.blob.slice(0, exported.blob.size - 5))
    expect(cut.ok ? '' : cut.message).toMatch(/不完整/)
  })

  it("refuses a package whose party is another case's party with other content, leaving both cases unchanged", async () => {
    const a = await db()
    await seedAll(a, 5)
    // The exporting PC's case uses the id of the party another case here uses, with other content.
    await a.table('cases').update(caseId, { partyId: uuid(100_001) })
    await a.table('parties').update(uuid(100_001), { name: '冒名商贸有限公司' })
    const exported = await exportCase(a, caseId, opts)
    if (!exported.ok) throw new Error(exported.message)
    const b = await db()
    await seedAll(b, 5)
    const before = await b.table('parties').get(uuid(100_001))
    const read = await readCasePackage(b, exported.blob)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.message).toMatch(/改动本机其他案件或当事人/)
    expect(read.problems.map((p) => p.message).join()).toMatch(
      /“冒名商贸有限公司.*”与本机当事人“测试商贸有限公司1.*”编号相同但内容不同.*鄂汉阳市监案〔2026〕2号/,
    )
    expect(await b.table('parties').get(uuid(100_001))).toEqual(before)
  })

  it('refuses a package carrying an act id of another case (the act stays in its case)', async () => {
    const a = await db()
    await seedAll(a, 5)
    // act 300_002 belongs to case 200_001 on both PCs; the exporting PC moved it into this case.
    await a.table('acts').update(uuid(300_002), { caseId })
    const exported = await exportCase(a, caseId, opts)
    if (!exported.ok) throw new Error(exported.message)
    const b = await db()
    await seedAll(b, 5)
    const read = await readCasePackage(b, exported.blob)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problems.map((p) => p.message).join()).toMatch(
      /本机已有编号相同的办案环节记录.*属于案件“鄂汉阳市监案〔2026〕2号”/,
    )
    expect(await b.table('acts').get(uuid(300_002))).toMatchObject({ caseId: uuid(200_001) })
    expect(
      await b
        .table('acts')
        .where('[caseId+seq]')
        .between([uuid(200_001), 0], [uuid(200_001), 99])
        .count(),
    ).toBe(2)
  })

  it('refuses a package whose manifest counts differ from its body', async () => {
    const a = await db()
    await seedAll(a, 5)
    const exported = await exportCase(a, caseId, opts)
    if (!exported.ok) throw new Error(exported.message)
    const text = await exported.blob.text()
    const nl = text.indexOf('\n')
    const m = JSON.parse(text.slice(0, nl)) as {
      tables: Record<string, number>
      totalRecords: number
    }
    m.tables.acts = 1
    m.totalRecords -= 1
    const forged = new Blob([JSON.stringify(m) + '\n', text.slice(nl + 1)])
    const b = await db()
    const read = await readCasePackage(b, forged)
    expect(read.ok ? '' : read.message).toMatch(/移交包说明办案环节 1 条，实际有 2 条/)
    expect(await b.table('cases').count()).toBe(0)
  })
})
