import { describe, expect, it } from 'vitest'
import { auditHash, genesisHash, verifyAuditChain } from '@renderer/db/audit'
import { canonicalJson } from '@shared/backup/canonical'
import type { AuditEntry } from '@renderer/db/records'

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = []
  let prev = genesisHash
  for (let i = 1; i <= n; i++) {
    const base = {
      id: `id-${i}`,
      seq: i,
      at: `2026-01-01T00:00:0${i}.000Z`,
      actor: 'u',
      action: 'create',
      entity: 'officers',
      entityId: `o${i}`,
      before: null,
      after: { name: `人员${i}` },
      prevHash: prev,
    }
    const entry = { ...base, hash: auditHash(base) }
    out.push(entry)
    prev = entry.hash
  }
  return out
}

describe('audit hash chain (docs/architecture/overview.md §3: a gap or an edit is detectable)', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined, x: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"x":0,"z":1}]},"b":1}',
    )
  })

  it('accepts an intact chain', () => {
    expect(verifyAuditChain(chain(4))).toEqual({ ok: true, count: 4 })
  })

  it.each([
    ['an edited after value', (c: AuditEntry[]) => (c[1]!.after = { name: '篡改' }), 2, 'hash'],
    ['a removed entry', (c: AuditEntry[]) => c.splice(1, 1), 3, 'gap'],
    ['a relinked entry', (c: AuditEntry[]) => (c[2]!.prevHash = genesisHash), 3, 'link'],
  ])('detects %s', (_l, tamper, seq, problem) => {
    const c = chain(4)
    tamper(c)
    expect(verifyAuditChain(c)).toEqual({ ok: false, seq, problem })
  })
})
