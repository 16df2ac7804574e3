/**
 * Settings commands: office profile + contact versions, officers, finishing the first-run setup.
 * Thin: rules live in shared/domain/settings, writes in the repositories.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { db } from '@renderer/db/db'
import { metaRepo } from '@renderer/db/repositories/meta'
import { officeProfileRepo, type SaveOfficeResult } from '@renderer/db/repositories/office-profile'
import {
  officersRepo,
  type OfficerWriteResult,
  type PinChange,
} from '@renderer/db/repositories/officers'
import { writeContext } from '@renderer/services/write-context'
import { guardResult, guardWrite } from '@renderer/db/write-guard'
import type { FieldErrors } from '@shared/domain/settings'
import { useLiveQuery } from '@renderer/composables/use-live-query'
import type { ContactVersion } from '@shared/domain/settings'
import { useAppStore } from './app'

export const useSettingsStore = defineStore('settings', () => {
  /** A write is running (buttons show a spinner and refuse double submits). */
  const saving = ref(false)

  async function guarded<T>(fn: () => Promise<T>): Promise<T> {
    saving.value = true
    try {
      return await fn()
    } finally {
      saving.value = false
    }
  }

  /**
   * A write whose refusals are field errors: a storage failure (full disk, read-only database)
   * comes back as the form-level error (key ''), shown above the form, which stays filled.
   */
  async function guardedFields<T extends { ok: boolean }>(
    fn: () => Promise<T>,
  ): Promise<T | { ok: false; errors: FieldErrors }> {
    const r = await guarded(() => guardWrite(fn))
    return r.ok ? r.value : { ok: false, errors: { '': r.message } }
  }

  function saveOffice(profile: unknown, contact: unknown): Promise<SaveOfficeResult> {
    return guardedFields(() => officeProfileRepo(db).save({ profile, contact }, writeContext()))
  }

  /** The office profile as stored (undefined before the first-run setup). */
  function readOfficeProfile() {
    return officeProfileRepo(db).get()
  }

  /** The office profile and its contact versions (newest first), for the profile form. */
  async function readOfficeWithContacts() {
    const repo = officeProfileRepo(db)
    const [profile, versions] = await Promise.all([repo.get(), repo.listContactVersions()])
    return { profile, versions }
  }

  /**
   * The contact versions (newest first), kept current while the calling component lives (call
   * it in `setup`: the live query ends with the component's scope).
   */
  function liveContactVersions() {
    return useLiveQuery(() => officeProfileRepo(db).listContactVersions(), [] as ContactVersion[])
  }

  /** The office's 文书代字 (kind → code; docs/domain/numbering.md). */
  function saveFormCodes(codes: Record<string, string>) {
    return guardedFields(() => officeProfileRepo(db).saveFormCodes(codes, writeContext()))
  }

  /** `pin` optionally sets a PIN in the same write (docs/architecture/session.md). */
  function createOfficer(input: unknown, pin?: PinChange): Promise<OfficerWriteResult> {
    return guardedFields(() => officersRepo(db).create(input, writeContext(), pin))
  }

  /** `pin` optionally sets or removes the PIN in the same write. */
  function updateOfficer(id: string, input: unknown, pin?: PinChange): Promise<OfficerWriteResult> {
    return guardedFields(() => officersRepo(db).update(id, input, writeContext(), pin))
  }

  function setOfficerActive(id: string, active: boolean): Promise<OfficerWriteResult> {
    return guardedFields(() => officersRepo(db).setActive(id, active, writeContext()))
  }

  /** How far the data goes towards a finished first-run setup. */
  function setupStatus() {
    return metaRepo(db).setupStatus()
  }

  async function completeSetup(): Promise<{ ok: true } | { ok: false; message: string }> {
    const ctx = writeContext()
    const result = await guarded(() => guardResult(() => metaRepo(db).completeSetup(ctx)))
    if (result.ok) {
      useAppStore().markSetupDone((await metaRepo(db).setupCompletedAt()) ?? ctx.now)
    }
    return result
  }

  return {
    saving,
    saveOffice,
    readOfficeProfile,
    readOfficeWithContacts,
    liveContactVersions,
    saveFormCodes,
    createOfficer,
    updateOfficer,
    setOfficerActive,
    setupStatus,
    completeSetup,
  }
})
