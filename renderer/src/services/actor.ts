/**
 * Audit actors (`AuditEntry.actor`, `Act.recordedBy`, `DocumentRecord.issuedBy`, print-log
 * `by`): `officer:<uuid>` for an officer of the register, `local-user` for writes made before
 * anyone chose themselves (docs/architecture/session.md).
 */
import { officerIdOfActor } from '@shared/domain/case/assignment'
import { localActor } from './write-context'

const officerPrefix = 'officer:'

/** The actor string of an officer of the register. */
export function officerActor(officerId: string): string {
  return `${officerPrefix}${officerId}`
}

/** The officer id inside an actor string (one definition, shared with the assignment rules). */
export { officerIdOfActor }

/** How to show an actor whose record is unknown. */
const LOCAL_ACTOR_LABEL = '本机用户（未选择人员）'

/**
 * The Chinese label of an actor: the officer's name from the register, 本机用户（未选择人员）
 * for `local-user`, and other system actors as stored.
 * @param names officer id → name (all officers, active or not)
 */
export function describeActor(actor: string, names: ReadonlyMap<string, string>): string {
  if (actor === localActor) return LOCAL_ACTOR_LABEL
  const id = officerIdOfActor(actor)
  if (id === null) return actor
  return names.get(id) ?? `未登记的执法人员（${id.slice(0, 8)}）`
}
