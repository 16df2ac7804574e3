/**
 * 执法人员. Officers are never deleted (they appear on issued documents); they are set inactive.
 * The duplicate-certificate check runs inside the write transaction, so two windows cannot
 * register the same number.
 */
import {
  makeStoredPin,
  normalizeCertificateNo,
  pinFormatError,
  validateOfficer,
  withoutPin,
  type FieldErrors,
  type Officer,
} from '@shared/domain/settings'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { WriteContext } from '../records'

export type OfficerWriteResult = { ok: true; officer: Officer } | { ok: false; errors: FieldErrors }

/**
 * An officer as lists show it: without the PIN's salt and hash (docs/architecture/session.md),
 * with `hasPin` saying whether one is set.
 */
export type ListedOfficer = Officer & { hasPin: boolean }

/** A change to an officer's PIN made with a create or update: set a new one, or remove it. */
export type PinChange = { set: string } | { clear: true }

/** The record as the audit log keeps it: the PIN hash never enters the log. */
const auditView = (o: Officer | undefined | null) => (o ? withoutPin(o) : null)

/**
 * Apply a PIN change to a record about to be stored; the salt is a fresh id of the write
 * context. Returns field errors (under `pin`) when the new PIN's form is wrong.
 */
function withPin(
  officer: Officer,
  pin: PinChange | undefined,
  ctx: WriteContext,
): { ok: true; officer: Officer } | { ok: false; errors: FieldErrors } {
  if (!pin) return { ok: true, officer }
  if ('clear' in pin) {
    const { pinSalt: _salt, pinHash: _hash, ...rest } = officer
    return { ok: true, officer: rest }
  }
  const problem = pinFormatError(pin.set)
  if (problem) return { ok: false, errors: { pin: problem } }
  return { ok: true, officer: { ...officer, ...makeStoredPin(pin.set, ctx.newId()) } }
}

const notFound: OfficerWriteResult = {
  ok: false,
  errors: { _form: '找不到该执法人员，可能已在其他窗口修改，请刷新后重试' },
}

function certificateOf(input: unknown): string {
  const value = (input as { certificateNo?: unknown } | null)?.certificateNo
  return typeof value === 'string' ? normalizeCertificateNo(value) : ''
}

/** Repository for officers. */
export function officersRepo(db: AppDB) {
  return {
    /** All officers by name (an office has tens, not thousands), without PIN hashes. */
    async list(): Promise<ListedOfficer[]> {
      return (await db.officers.orderBy('name').toArray()).map(withoutPin)
    },

    /** One officer as stored, PIN hash included (for checking a PIN; never for display). */
    get(id: string): Promise<Officer | undefined> {
      return db.officers.get(id)
    },

    /** Register an officer, optionally with a PIN, in one audited write. */
    async create(input: unknown, ctx: WriteContext, pin?: PinChange): Promise<OfficerWriteResult> {
      return db.transaction('rw', [db.officers, db.audit], async () => {
        const clashes = await db.officers
          .where('certificateNo')
          .equals(certificateOf(input))
          .toArray()
        const valid = validateOfficer(input, clashes)
        const pinError = pin && 'set' in pin ? pinFormatError(pin.set) : null
        if (!valid.ok)
          return pinError ? { ok: false, errors: { ...valid.errors, pin: pinError } } : valid
        const pinned = withPin(
          { ...valid.value, id: ctx.newId(), createdAt: ctx.now, updatedAt: ctx.now },
          pin,
          ctx,
        )
        if (!pinned.ok) return pinned
        const officer = pinned.officer
        await db.officers.add(officer)
        await appendAudit(db, ctx, {
          action: 'create',
          entity: 'officers',
          entityId: officer.id,
          before: null,
          after: auditView(officer),
        })
        return { ok: true, officer }
      })
    },

    /** Edit an officer; `pin` sets or removes the PIN in the same audited write. */
    async update(
      id: string,
      input: unknown,
      ctx: WriteContext,
      pin?: PinChange,
    ): Promise<OfficerWriteResult> {
      return db.transaction('rw', [db.officers, db.audit], async () => {
        const before = await db.officers.get(id)
        if (!before) return notFound
        const clashes = await db.officers
          .where('certificateNo')
          .equals(certificateOf(input))
          .toArray()
        const valid = validateOfficer(input, clashes, id)
        const pinError = pin && 'set' in pin ? pinFormatError(pin.set) : null
        if (!valid.ok)
          return pinError ? { ok: false, errors: { ...valid.errors, pin: pinError } } : valid
        const pinned = withPin({ ...before, ...valid.value, updatedAt: ctx.now }, pin, ctx)
        if (!pinned.ok) return pinned
        const officer = pinned.officer
        await db.officers.put(officer)
        await appendAudit(db, ctx, {
          action: 'update',
          entity: 'officers',
          entityId: id,
          before: auditView(before),
          after: auditView(officer),
        })
        return { ok: true, officer }
      })
    },

    async setActive(id: string, active: boolean, ctx: WriteContext): Promise<OfficerWriteResult> {
      return db.transaction('rw', [db.officers, db.audit], async () => {
        const before = await db.officers.get(id)
        if (!before) return notFound
        if (before.active === active) return { ok: true, officer: before }
        const officer: Officer = { ...before, active, updatedAt: ctx.now }
        await db.officers.put(officer)
        await appendAudit(db, ctx, {
          action: 'setActive',
          entity: 'officers',
          entityId: id,
          before: auditView(before),
          after: auditView(officer),
        })
        return { ok: true, officer }
      })
    },
  }
}
