/**
 * 当事人. A party is found again by its identity key (USCC / ID number) and reused by every later
 * case; a case keeps its own snapshot of the party as entered, so editing the party record never
 * rewrites an earlier case. Details that differ are only written to the party record when the
 * user asked for it (`updateParty`).
 */
import type { Party } from '@shared/domain/case'
import {
  nameContains,
  partyIdentityKey,
  partySearchTokens,
  searchQuery,
} from '@shared/domain/case/search'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { PartyRecord } from '../cases-records'
import type { WriteContext } from '../records'

/** The Party fields of a record (without id, key, tokens, timestamps). */
export function partyOf(rec: PartyRecord): Party {
  const { id: _id, identityKey: _k, searchTokens: _t, createdAt: _c, updatedAt: _u, ...party } = rec
  return party as Party
}

/** Names of the fields where `entered` differs from the stored party (for the reuse prompt). */
function partyDifferences(stored: Party, entered: Party): string[] {
  const a = stored as Record<string, unknown>
  const b = entered as Record<string, unknown>
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].filter((k) => (a[k] ?? '') !== (b[k] ?? '')).sort()
}

/** Find by identity key. Usable inside a transaction over `parties`. */
async function findPartyByKey(db: AppDB, key: string): Promise<PartyRecord | undefined> {
  return db.parties.where('identityKey').equals(key).first()
}

/**
 * Inside a transaction over `parties` and `audit`: reuse the party with the same identity (or
 * `reuseId`), updating it only when `update` is set; otherwise create it.
 */
export async function resolvePartyForCase(
  db: AppDB,
  ctx: WriteContext,
  party: Party,
  opts: { reuseId?: string; update?: boolean },
): Promise<{ record: PartyRecord; reused: boolean } | { error: string }> {
  const identityKey = partyIdentityKey(party)
  let found: PartyRecord | undefined
  if (opts.reuseId) {
    found = await db.parties.get(opts.reuseId)
    if (!found) return { error: '所选的已有当事人不存在，可能已在其他窗口修改，请重新选择' }
    if (found.kind !== party.kind) {
      return { error: '所选的已有当事人与填写的当事人类型不同，请重新选择或清除选择后再保存' }
    }
  } else {
    found = await findPartyByKey(db, identityKey)
  }
  if (found) {
    if (!opts.update || partyDifferences(partyOf(found), party).length === 0) {
      return { record: found, reused: true }
    }
    const after: PartyRecord = {
      ...party,
      id: found.id,
      identityKey,
      searchTokens: partySearchTokens(party),
      createdAt: found.createdAt,
      updatedAt: ctx.now,
    }
    await db.parties.put(after)
    await appendAudit(db, ctx, {
      action: 'update',
      entity: 'parties',
      entityId: found.id,
      before: partyOf(found),
      after: partyOf(after),
    })
    return { record: after, reused: true }
  }
  const record: PartyRecord = {
    ...party,
    id: ctx.newId(),
    identityKey,
    searchTokens: partySearchTokens(party),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await db.parties.add(record)
  await appendAudit(db, ctx, {
    action: 'create',
    entity: 'parties',
    entityId: record.id,
    before: null,
    after: partyOf(record),
  })
  return { record, reused: false }
}

/** Repository for parties. */
export function partiesRepo(db: AppDB) {
  return {
    get(id: string): Promise<PartyRecord | undefined> {
      return db.parties.get(id)
    },

    /** The stored party with the same identity (USCC / ID number) as `party`, if any. */
    findByIdentity(party: Party): Promise<PartyRecord | undefined> {
      return findPartyByKey(db, partyIdentityKey(party))
    },

    /**
     * Parties whose name contains `text` (Chinese substring) or whose USCC / ID number equals it,
     * by name; at most `limit`. Looks up the search-token index, then confirms the substring.
     */
    async searchParties(text: string, limit = 20): Promise<PartyRecord[]> {
      const q = searchQuery(text)
      if (!q.exact) return []
      const exact = await db.parties.where('searchTokens').equals(q.exact).toArray()
      let ids: Set<string> | undefined
      for (const gram of q.grams) {
        const keys = new Set(
          (await db.parties.where('searchTokens').equals(gram).primaryKeys()) as string[],
        )
        ids = ids ? new Set([...ids].filter((k) => keys.has(k))) : keys
        if (ids.size === 0) break
      }
      const byName = ids ? await db.parties.bulkGet([...ids].slice(0, limit * 5)) : []
      const out = new Map<string, PartyRecord>()
      for (const p of [...exact, ...byName]) {
        if (!p) continue
        if (exact.includes(p) || nameContains(p.name, text)) out.set(p.id, p)
      }
      return [...out.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id))
        .slice(0, limit)
    },
  }
}
