/**
 * 机关档案: the single profile record plus its contact versions. Saving writes the changed
 * profile and, when the contact details changed, a new contact version — one transaction,
 * with an audit entry per record written. A contact version is never overwritten.
 */
import {
  formCodeSchema,
  officeProfileId,
  sameContactDetails,
  sortContactVersions,
  validateContactDetails,
  validateOfficeProfile,
  type ContactVersion,
  type FieldErrors,
  type OfficeProfile,
} from '@shared/domain/settings'
import { formCodeClashes } from '@shared/documents/doc-codes'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import { canonicalJson } from '@shared/backup/canonical'
import type { WriteContext } from '../records'

export type SaveOfficeResult =
  | {
      ok: true
      profileChanged: boolean
      /** The version written, or null when the contact details were unchanged. */
      newContactVersion: ContactVersion | null
    }
  | { ok: false; errors: FieldErrors }

/** Repository for the office profile and its contact versions. */
export function officeProfileRepo(db: AppDB) {
  return {
    get(): Promise<OfficeProfile | undefined> {
      return db.officeProfile.get(officeProfileId)
    },

    /** All contact versions, newest first (an office has a handful). */
    async listContactVersions(): Promise<ContactVersion[]> {
      return sortContactVersions(await db.contactVersions.toArray())
    },

    /**
     * Saves the office's 文书代字 (kind → code; a kind left out uses its default) in one
     * transaction with its audit entry. Refused with field errors keyed by kind, or when the office
     * profile does not exist yet.
     */
    async saveFormCodes(
      codes: Record<string, string>,
      ctx: WriteContext,
    ): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
      const errors: FieldErrors = {}
      const clean: Record<string, string> = {}
      for (const [kind, raw] of Object.entries(codes)) {
        const r = formCodeSchema.safeParse(raw)
        if (r.success) clean[kind] = r.data
        else errors[kind] = r.error.issues[0]?.message ?? '文书代字无效'
      }
      if (Object.keys(errors).length) return { ok: false, errors }
      return db.transaction('rw', [db.officeProfile, db.audit], async () => {
        const before = await db.officeProfile.get(officeProfileId)
        if (!before)
          return { ok: false as const, errors: { '': '请先在机关档案中填写并保存本局信息' } }
        // Each numbered kind keeps its own 文号 series (docs/domain/numbering.md).
        const clashes = formCodeClashes(before.docCode, clean) as FieldErrors
        if (Object.keys(clashes).length) return { ok: false as const, errors: clashes }
        if (canonicalJson(before.formCodes ?? {}) === canonicalJson(clean))
          return { ok: true as const }
        const after: OfficeProfile = { ...before, formCodes: clean, updatedAt: ctx.now }
        await db.officeProfile.put(after)
        await appendAudit(db, ctx, {
          action: 'update',
          entity: 'officeProfile',
          entityId: officeProfileId,
          before,
          after,
        })
        return { ok: true as const }
      })
    },

    /**
     * Validate and save. `profile` is the stable part, `contact` the contact details with
     * their effective date. Field errors of both parts come back together.
     */
    async save(
      input: { profile: unknown; contact: unknown },
      ctx: WriteContext,
    ): Promise<SaveOfficeResult> {
      const profile = validateOfficeProfile(input.profile)
      const contact = validateContactDetails(input.contact)
      if (!profile.ok || !contact.ok) {
        return {
          ok: false,
          errors: { ...(profile.ok ? {} : profile.errors), ...(contact.ok ? {} : contact.errors) },
        }
      }
      return db.transaction('rw', [db.officeProfile, db.contactVersions, db.audit], async () => {
        const before = await db.officeProfile.get(officeProfileId)
        let profileChanged = false
        const {
          id: _id,
          createdAt: _c,
          updatedAt: _u,
          ...beforeFields
        } = before ?? ({} as OfficeProfile)
        // The 文书代字 are saved on their own card: a profile form without them keeps them.
        const value =
          profile.value.formCodes === undefined && before?.formCodes
            ? { ...profile.value, formCodes: before.formCodes }
            : profile.value
        if (!before || canonicalJson(beforeFields) !== canonicalJson(value)) {
          const after: OfficeProfile = {
            ...value,
            id: officeProfileId,
            createdAt: before?.createdAt ?? ctx.now,
            updatedAt: ctx.now,
          }
          await db.officeProfile.put(after)
          await appendAudit(db, ctx, {
            action: before ? 'update' : 'create',
            entity: 'officeProfile',
            entityId: officeProfileId,
            before: before ?? null,
            after,
          })
          profileChanged = true
        }

        const newest = sortContactVersions(await db.contactVersions.toArray())[0]
        let newContactVersion: ContactVersion | null = null
        if (!newest || !sameContactDetails(newest, contact.value)) {
          newContactVersion = { ...contact.value, id: ctx.newId(), createdAt: ctx.now }
          await db.contactVersions.add(newContactVersion)
          await appendAudit(db, ctx, {
            action: 'addVersion',
            entity: 'contactVersions',
            entityId: newContactVersion.id,
            before: newest ?? null,
            after: newContactVersion,
          })
        }
        return { ok: true, profileChanged, newContactVersion }
      })
    },
  }
}
