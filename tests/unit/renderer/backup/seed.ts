// Seeds every table of the current schema with valid, linked records (no repositories: the
// backup code must not depend on how records were written, only on what they are).
import { auditHash, genesisHash } from '@renderer/db/audit'
import type { AppDB } from '@renderer/db/app-db'
import type { AuditEntry } from '@renderer/db/records'
import { actRecord, caseRecord, officer, partyRecord, uuid } from '../../../fixtures/backup-records'

const T = '2026-03-01T08:00:00.000Z'

/** Audit entries 1..n, correctly chained. */
export function auditChain(n: number, startId = 800_000): AuditEntry[] {
  const out: AuditEntry[] = []
  let prev = genesisHash
  for (let i = 1; i <= n; i++) {
    const base = {
      id: uuid(startId + i),
      seq: i,
      at: T,
      actor: 'seed',
      action: 'create',
      entity: 'cases',
      entityId: uuid(i),
      before: null,
      after: { n: i, text: '生僻字𠮷😀<script>alert(1)</script>' },
      prevHash: prev,
    }
    const entry = { ...base, hash: auditHash(base) }
    out.push(entry)
    prev = entry.hash
  }
  return out
}

/** Seed `cases` cases (each with its party and two acts) plus every other table. */
export async function seedAll(db: AppDB, cases: number): Promise<number> {
  const parties: ReturnType<typeof partyRecord>[] = []
  const caseRows: ReturnType<typeof caseRecord>[] = []
  const acts: ReturnType<typeof actRecord>[] = []
  const followUps: Record<string, unknown>[] = []
  for (let i = 0; i < cases; i++) {
    const p = partyRecord(100_000 + i, { name: `测试商贸有限公司${i}`, searchTokens: [`t${i}`] })
    parties.push(p)
    const c = caseRecord(200_000 + i, p.id, {
      caseNo: `鄂汉阳市监案〔2026〕${i + 1}号`,
      caseNoKey: i,
    })
    caseRows.push(c)
    acts.push(actRecord(300_000 + 2 * i, c.id, { seq: 1 }))
    acts.push(
      actRecord(300_001 + 2 * i, c.id, {
        seq: 2,
        payload: { method: 'phone', content: 'x'.repeat(1 + (i % 50)) },
      }),
    )
    if (i % 10 === 0) {
      followUps.push({
        id: uuid(400_000 + i),
        caseId: c.id,
        partyName: p.name,
        caseNo: c.caseNo,
        decisionActId: acts[acts.length - 1]!.id,
        dueOn: '2026-04-01',
        mandatory: i % 20 === 0,
        status: 'due',
        createdAt: T,
        updatedAt: T,
      })
    }
  }
  const audit = auditChain(Math.min(cases, 2000))
  await db.transaction('rw', db.tables, async () => {
    await db.table('meta').bulkPut([
      { key: 'schema', schemaVersion: db.verno, appVersion: '0.1.0', updatedAt: T },
      { key: 'setup', completedAt: T },
    ])
    await db.officers.bulkAdd([officer as never])
    await db.table('parties').bulkAdd(parties)
    await db.table('cases').bulkAdd(caseRows)
    await db.table('acts').bulkAdd(acts)
    await db.table('followUps').bulkAdd(followUps)
    await db.table('exemptions').bulkAdd([
      {
        id: uuid(500_000),
        code: '1',
        title: '未按规定公示信息',
        category: '首违不罚',
        violation: '未按规定公示',
        legalBasis: '《企业信息公示暂行条例》',
        conditions: '首次违法且及时改正',
        source: '鄂市监法〔2022〕42号',
        active: true,
        createdAt: T,
        updatedAt: T,
      },
    ])
    await db.table('counters').bulkAdd([{ key: 'caseNo:2026', value: cases }])
    await db.audit.bulkAdd(audit)
  })
  return 4 + parties.length + caseRows.length + acts.length + followUps.length + 1 + audit.length
}

/** Every table's records in primary-key order. */
export async function dumpAll(db: AppDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const t of db.tables) out[t.name] = await t.toArray()
  return out
}
