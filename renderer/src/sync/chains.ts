/**
 * Every PC's audit chain (docs/sync.md "Per-PC audit chains"). Each PC exports its own
 * hash-chained audit log as `audit:<pc>:<seq>` documents; the local replica therefore holds the
 * chains of all the office's PCs, and each is checked with the same `verifyAuditChain` the PC
 * uses for its own log. A broken link is reported by PC.
 */
import { verifyAuditChain, type ChainCheck } from '@renderer/db/audit'
import type { AuditEntry } from '@renderer/db/records'
import type { PouchDatabase } from './pouch-types'

/** The check of one PC's chain. */
export type PcChainCheck = { pc: string } & ChainCheck

/**
 * Check every PC's chain held in the replica, in PC id order. Entries are read in id order,
 * which is chain order (the seq is zero-padded in the id).
 * @param local - this PC's replica of the office database
 */
export async function verifyChains(local: PouchDatabase): Promise<PcChainCheck[]> {
  const rows = await local.allDocs({
    startkey: 'audit:',
    endkey: 'audit:\uffff',
    include_docs: true,
  })
  const byPc = new Map<string, AuditEntry[]>()
  for (const row of rows.rows) {
    const doc = row.doc
    if (!doc || doc._deleted) continue
    const pc = String(doc.pc)
    let list = byPc.get(pc)
    if (!list) byPc.set(pc, (list = []))
    list.push(doc.entry as AuditEntry)
  }
  return [...byPc.keys()].sort().map((pc) => ({ pc, ...verifyAuditChain(byPc.get(pc)!) }))
}

/** The Chinese line for one PC's check (设置 → 同步 and the 数据安全 page). */
export function describeChainCheck(c: PcChainCheck, pcLabel: string): string {
  if (c.ok) return `${pcLabel}：审计日志 ${c.count} 条，链条完整`
  const what =
    c.problem === 'gap'
      ? '缺少记录（可能尚未同步完成，请同步后再检查）'
      : c.problem === 'link'
        ? '与上一条记录的链接断开'
        : '内容与哈希值不符（记录被改动过）'
  return `${pcLabel}：第 ${c.seq} 条审计记录${what}；请联系管理员核查该电脑的数据`
}
