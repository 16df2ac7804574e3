// Who writes a case (docs/sync.md "Assignment"): the 转办/接手 records of a case say which officer
// holds it; on every other PC the case is read-only for that officer's colleagues, so two officers
// never write the same case while their PCs are apart. The records are acts (immutable, synced like
// every act), so every PC that holds the same acts derives the same holder. Two records that
// replace the same earlier one (two PCs assigned the case while apart) are a conflict that a
// person decides with a further 转办/接手 replacing both; nothing here picks a winner.
import { type Act, type ActOf } from './acts'
import { signerIdsOf, type RegisterOfficer } from './signers'

/** The actor string of an officer of the register (`Act.recordedBy`, audit `actor`). */
const OFFICER_ACTOR_PREFIX = 'officer:'

/**
 * The officer id inside an actor string (`officer:<id>`), or null for any other actor
 * (`local-user` before anyone chose themselves, demo data, system writers).
 */
export function officerIdOfActor(actor: string): string | null {
  return actor.startsWith(OFFICER_ACTOR_PREFIX)
    ? actor.slice(OFFICER_ACTOR_PREFIX.length) || null
    : null
}

/** A 转办/接手 record. */
export type HandoverAct = ActOf<'caseHandover'>

/** Who holds a case, as every PC with the same acts derives it. */
export type Assignment =
  /** No 转办/接手 yet: the case is not locked (cases from before assignment existed). */
  | { status: 'unassigned' }
  /** One officer holds the case: `heads` are the current records (all naming that officer). */
  | { status: 'held'; holderId: string; holder: string; heads: HandoverAct[] }
  /** Records written apart name different officers: a person decides (docs/sync.md). */
  | { status: 'conflict'; heads: HandoverAct[] }

function isHandover(a: Act): a is HandoverAct {
  return a.type === 'caseHandover'
}

/** The 转办/接手 records in the order every PC sees them: when recorded, then id. */
export function handoversOf(acts: readonly Act[]): HandoverAct[] {
  return acts
    .filter(isHandover)
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id))
}

/**
 * The case's holder: the 转办/接手 records no later record replaces are its heads. One head (or
 * several naming the same officer) → held; heads naming different officers → conflict.
 * @param acts - every stored act of the case (voided ones too; a 转办/接手 cannot be voided)
 */
export function assignmentOf(acts: readonly Act[]): Assignment {
  const all = handoversOf(acts)
  if (all.length === 0) return { status: 'unassigned' }
  const replaced = new Set(all.flatMap((h) => h.payload.supersedes ?? []))
  const heads = all.filter((h) => !replaced.has(h.id))
  const holders = new Set(heads.map((h) => h.payload.holderId ?? h.payload.holder))
  const last = heads.at(-1)
  if (holders.size === 1 && last) {
    return {
      status: 'held',
      holderId: last.payload.holderId ?? '',
      holder: last.payload.holder,
      heads,
    }
  }
  return { status: 'conflict', heads }
}

/** Whether `officerId` holds the case (or is one of the officers of a conflict). */
export function isHolder(a: Assignment, officerId: string | null): boolean {
  if (!officerId || a.status === 'unassigned') return false
  if (a.status === 'held') return a.holderId === officerId
  return a.heads.some((h) => h.payload.holderId === officerId)
}

/** The names of the officers an assignment names (one when held, several in a conflict). */
export function holderNames(a: Assignment): string[] {
  if (a.status === 'unassigned') return []
  if (a.status === 'held') return [a.holder]
  return [...new Set(a.heads.map((h) => h.payload.holder))]
}

/** The refusal when a case is in an assignment conflict. */
export function conflictMessage(a: Extract<Assignment, { status: 'conflict' }>): string {
  return `本案在两台电脑上分别转办给了${holderNames(a).join('、')}（同步后发现冲突）：请负责人或其中一位接手人员在案件页“转办/接手”中确定由谁办理，确定前本案不能录入`
}

/**
 * Why `writerId` may not record acts on the case, or '' when they may: an unassigned case is open
 * to every officer, a held one to its holder only, a conflict to nobody until it is decided.
 * @param a - the case's assignment ({@link assignmentOf})
 * @param writerId - the officer at the keyboard (null: nobody chose themselves)
 */
export function lockReason(a: Assignment, writerId: string | null): string {
  if (a.status === 'unassigned') return ''
  if (a.status === 'conflict') return conflictMessage(a)
  if (writerId === a.holderId) return ''
  if (!writerId) return `本案由${a.holder}办理，请先在右上角选择本人后再录入`
  return `本案由${a.holder}办理，本机只能查看；如需由您办理，请${a.holder}或负责人在案件页“转办/接手”中转给您`
}

/**
 * Whether `writerId` (with `roles`) may record a 转办/接手 on the case: a 负责人 always, the holder
 * (or one of the officers of a conflict), anyone while the case is unassigned.
 */
export function mayHandOver(
  a: Assignment,
  writerId: string | null,
  roles: readonly string[],
): boolean {
  if (!writerId) return false
  return a.status === 'unassigned' || roles.includes('head') || isHolder(a, writerId)
}

/**
 * Why `writerId` may not record `act` on the case, in Chinese (empty: allowed).
 * - A 转办/接手 is recorded by a 负责人 or by the officer who holds the case (in a conflict: one
 *   of the officers named); an unassigned case may be taken by any officer. It must replace every
 *   current record (`supersedes`), name an active officer of the register, and that officer must
 *   not already hold the case alone.
 * - Every other act is recorded only by the holder (an unassigned case by anyone), except that
 *   the officer an act names as its signer records it on a held case: a 法制审核 opinion by its
 *   审核人员, an approval or a 集体讨论 by the 负责人 named (./signers.ts `signedActTypes`).
 * @param acts - the case's stored acts
 * @param act - the act to record (its `recordedBy` is the writer)
 * @param register - the officer register (ids, names, roles, active)
 */
export function assignmentReasons(
  acts: readonly Act[],
  act: Act,
  register: readonly RegisterOfficer[],
): string[] {
  const a = assignmentOf(acts)
  const writerId = officerIdOfActor(act.recordedBy)
  const writer = register.find((o) => o.id === writerId)
  const head = writer?.roles.includes('head') ?? false
  if (act.type !== 'caseHandover') {
    const lock = lockReason(a, writerId)
    // The person an act names as its signer records their own part on a held case: the
    // 法制审核人员 their opinion, a 负责人 an approval or a 集体讨论 (signerReasons checks the role).
    if (lock && a.status === 'held' && writerId && signerIdsOf(act).includes(writerId)) return []
    return lock ? [lock] : []
  }
  const r: string[] = []
  if (!writerId) return ['转办/接手须由负责人或本案接手人员本人录入，请先在右上角选择本人']
  if (!mayHandOver(a, writerId, head ? ['head'] : [])) {
    r.push(
      `转办/接手只能由负责人或本案当前的办理人员（${holderNames(a).join('、')}）录入，请联系其中一位办理`,
    )
  }
  const target = register.find((o) => o.id === act.payload.holderId)
  if (!act.payload.holderId || !target) r.push('请从执法人员名单中选择接手人员')
  else if (!target.active) r.push(`${target.name}已停用，请选择在职的执法人员`)
  else if (a.status === 'held' && a.holderId === target.id) r.push(`本案已由${target.name}办理`)
  const heads = a.status === 'unassigned' ? [] : a.heads.map((h) => h.id)
  const supersedes = new Set(act.payload.supersedes ?? [])
  const known = new Set(handoversOf(acts).map((h) => h.id))
  if (heads.some((id) => !supersedes.has(id)) || [...supersedes].some((id) => !known.has(id))) {
    r.push('本案的转办记录已有变化（可能刚从其他电脑同步），请刷新案件页后重新转办')
  }
  return r
}

/** Prefix of the case-list token that names the holder (`holder:<officer id>`). */
const HOLDER_TOKEN_PREFIX = 'holder:'
/**
 * The holder id the list uses for the cases in an assignment conflict (`holder:?`): the case list
 * and the sync status find them through the same token (docs/sync.md "Assignment").
 */
export const CONFLICT_HOLDER_ID = '?'
/** The token of a case in an assignment conflict. */
const HOLDER_CONFLICT_TOKEN = `${HOLDER_TOKEN_PREFIX}${CONFLICT_HOLDER_ID}`

/**
 * The case-list token of the officer who holds a case: the list finds "my" cases through the
 * same multi-entry index as its text search, so no new index is needed (docs/sync.md
 * "Assignment"). Search grams are one or two characters, so a typed search never meets it.
 * @param officerId - the holder's register id
 */
export function holderToken(officerId: string): string {
  return `${HOLDER_TOKEN_PREFIX}${officerId}`
}

/** The tokens an assignment adds to the case's list tokens: its holder, or the conflict mark. */
export function assignmentTokens(a: Assignment): string[] {
  if (a.status === 'held' && a.holderId) return [holderToken(a.holderId)]
  if (a.status === 'conflict') return [HOLDER_CONFLICT_TOKEN]
  return []
}

/** The holder a case's list tokens name: an officer id, 'conflict', or null (unassigned). */
export function holderOfTokens(tokens: readonly string[]): string | 'conflict' | null {
  for (const t of tokens) {
    if (t === HOLDER_CONFLICT_TOKEN) return 'conflict'
    if (t.startsWith(HOLDER_TOKEN_PREFIX)) return t.slice(HOLDER_TOKEN_PREFIX.length)
  }
  return null
}
