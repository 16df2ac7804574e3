// docs/data-safety.md "Increments": the chain of a full backup and its increments is ordered by
// its links and refused, naming the file, when one is missing; rotation keeps the increments of
// the full backups it keeps.
import { describe, expect, it } from 'vitest'
import {
  backupFileName,
  planRestoreChain,
  planRotation,
  type BackupManifest,
  type ChainFile,
} from '@shared/backup'
import { manifest } from '../../../fixtures/backup-records'

const hash = (c: string) => c.repeat(64)

function full(name: string, digest: string, toSeq: number): ChainFile {
  const m: BackupManifest = {
    ...manifest(),
    body: { ...manifest().body, sha256: digest },
    chain: { installationId: 'pc-1', fromSeq: 0, toSeq, headHash: hash('0') },
  }
  return { name, manifest: m }
}

function inc(
  name: string,
  digest: string,
  base: ChainFile,
  toSeq: number,
  installationId = 'pc-1',
): ChainFile {
  const m: BackupManifest = {
    ...manifest(),
    kind: 'increment',
    body: { ...manifest().body, sha256: digest },
    chain: {
      installationId,
      fromSeq: base.manifest.chain!.toSeq,
      toSeq,
      headHash: hash('0'),
      base: { name: base.name, sha256: base.manifest.body.sha256 },
      totals: {},
      wholeTables: [],
    },
  }
  return { name, manifest: m }
}

const f = full('F.casedesk', hash('a'), 10)
const i1 = inc('I1.casedesk', hash('b'), f, 15)
const i2 = inc('I2.casedesk', hash('c'), i1, 20)

describe('planRestoreChain', () => {
  it('orders a full backup and its increments by their links, whatever the pick order', () => {
    const r = planRestoreChain([i2, f, i1])
    expect(r.ok && r.files.map((x) => x.name)).toEqual(['F.casedesk', 'I1.casedesk', 'I2.casedesk'])
  })

  it.each<[string, ChainFile[], RegExp, string | null]>([
    ['the middle increment missing', [f, i2], /缺少备份文件“I1.casedesk”/, 'I1.casedesk'],
    ['the full backup missing', [i1, i2], /缺少备份文件“F.casedesk”/, 'F.casedesk'],
    ['two full backups', [f, full('G.casedesk', hash('d'), 3)], /一次只能恢复一个完整备份/, null],
    [
      'an increment whose base digest differs',
      [f, inc('X.casedesk', hash('e'), full('F.casedesk', hash('9'), 10), 12)],
      /校验值.*不一致/,
      null,
    ],
    [
      'an increment of another installation',
      [f, inc('Y.casedesk', hash('e'), f, 12, 'pc-2')],
      /不衔接/,
      null,
    ],
    [
      'two increments on the same base (a fork)',
      [f, i1, inc('Z.casedesk', hash('e'), f, 12)],
      /不是同一条备份链/,
      null,
    ],
  ])('refuses %s', (_, files, message, missing) => {
    const r = planRestoreChain(files)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toMatch(message)
      expect(r.missing).toBe(missing)
    }
  })
})

describe('planRotation with increments', () => {
  it('keeps the increments of kept full backups and removes those of removed ones', () => {
    const names: string[] = []
    // 40 days: a full backup every Monday, an increment every other day.
    for (let d = 0; d < 40; d++) {
      const day = new Date(Date.UTC(2026, 2, 2 + d)) // 2026-03-02 is a Monday
      const stamp = `${day.toISOString().slice(0, 10).replace(/-/g, '')}-080000`
      names.push(backupFileName(stamp, d % 7 === 0 ? 'full' : 'increment'))
    }
    const plan = planRotation(names, { daily: 2, weekly: 2 })
    const keptFulls = plan.keep.filter((n) => !n.includes('-incr'))
    expect(keptFulls).toHaveLength(2)
    expect(plan.remove.some((n) => n.includes('-incr'))).toBe(true)
    // Every kept increment has its full backup kept; every increment after a kept full is kept.
    const oldestFull = keptFulls[keptFulls.length - 1]!
    for (const n of names.filter((x) => x.includes('-incr'))) {
      expect(plan.keep.includes(n)).toBe(n > oldestFull)
    }
    expect(plan.keep[0]).toBe(names[names.length - 1])
  })
})
