/**
 * 执法人员. Officers are never deleted (they appear on issued documents); they are set inactive.
 * The duplicate-certificate check runs inside the write transaction, so two windows cannot
 * register the same number.
 */
import {
  normalizeCertificateNo,
  validateOfficer,
  type FieldErrors,
  type Officer,
} from '@shared/domain/settings'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { WriteContext } from '../records'

export type OfficerWriteResult = { ok: true; officer: Officer } | { ok: false; errors: FieldErrors }

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
    /** All officers by name (an office has tens, not thousands). */
    list(): Promise<Officer[]> {
      return db.officers.orderBy('name').toArray()
    },

    get(id: string): Promise<Officer | undefined> {
      return db.officers.get(id)
    },

    async create(input: unknown, ctx: WriteContext): Promise<OfficerWriteResult> {
      return db.transaction('rw', [db.officers, db.audit], async () => {
        const clashes = await db.officers
          .where('certificateNo')
          .equals(certificateOf(input))
          .toArray()
        const valid = validateOfficer(input, clashes)
        if (!valid.ok) return valid
        const officer: Officer = {
          ...valid.value,
          id: ctx.newId(),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        }
        await db.officers.add(officer)
        await appendAudit(db, ctx, {
          action: 'create',
          entity: 'officers',
          entityId: officer.id,
          before: null,
          after: officer,
        })
        return { ok: true, officer }
      })
    },

    async update(id: string, input: unknown, ctx: WriteContext): Promise<OfficerWriteResult> {
      return db.transaction('rw', [db.officers, db.audit], async () => {
        const before = await db.officers.get(id)
        if (!before) return notFound
        const clashes = await db.officers
          .where('certificateNo')
          .equals(certificateOf(input))
          .toArray()
        const valid = validateOfficer(input, clashes, id)
        if (!valid.ok) return valid
        const officer: Officer = { ...before, ...valid.value, updatedAt: ctx.now }
        await db.officers.put(officer)
        await appendAudit(db, ctx, {
          action: 'update',
          entity: 'officers',
          entityId: id,
          before,
          after: officer,
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
          before,
          after: officer,
        })
        return { ok: true, officer }
      })
    },
  }
}
