/**
 * The violation catalogue in use (违法行为库): the built-in entries merged with the office's own
 * 裁量基准, which is imported from / exported to .xlsx (docs/domain/violations.md). Screens reach
 * the catalogue only through this store.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { BUILTIN_VIOLATIONS, findViolation, mergeCatalogue } from '@shared/discretion/catalogue'
import type { ViolationEntry } from '@shared/discretion/types'
import { db } from '@renderer/db/db'
import { officeViolationsRepo } from '@renderer/db/repositories/office-violations'
import { writeContext } from '@renderer/services/write-context'

export const useViolationsStore = defineStore('violations', () => {
  /** The office's entries as stored (empty until `load` or when none were imported). */
  const officeEntries = shallowRef<ViolationEntry[]>([])
  /** When and from which file the office's entries were imported. */
  const officeUpdatedAt = ref<string | null>(null)
  const officeSource = ref<string | null>(null)
  /** A Chinese message when the stored entries could not be read. */
  const loadError = ref<string | null>(null)
  const loaded = ref(false)
  const saving = ref(false)

  /** Built-in entries merged with the office's (the office's replace built-ins with the same id). */
  const entries = computed<ViolationEntry[]>(() =>
    mergeCatalogue(BUILTIN_VIOLATIONS, officeEntries.value),
  )
  const officeIds = computed(() => new Set(officeEntries.value.map((e) => e.id)))

  /** Read the office's entries from the database. */
  async function load(): Promise<void> {
    const r = await officeViolationsRepo(db).read()
    if (r.ok) {
      officeEntries.value = r.entries
      officeUpdatedAt.value = r.updatedAt
      officeSource.value = r.source
      loadError.value = null
    } else {
      officeEntries.value = []
      officeUpdatedAt.value = null
      officeSource.value = null
      loadError.value = r.message
    }
    loaded.value = true
  }

  /** The entry in use with `id` (the office's one when it restates a built-in entry). */
  function byId(id: string): ViolationEntry | undefined {
    return findViolation(entries.value, id)
  }

  /** The entry comes from the office's 裁量基准 (not, or not only, the built-in catalogue). */
  function isOffice(id: string): boolean {
    return officeIds.value.has(id)
  }

  /** Remove the office's entries (after the user confirmed). */
  async function clearOffice(): Promise<{ ok: true; removed: number }> {
    saving.value = true
    try {
      const r = await officeViolationsRepo(db).clear(writeContext())
      await load()
      return r
    } finally {
      saving.value = false
    }
  }

  return {
    entries,
    officeEntries,
    officeUpdatedAt,
    officeSource,
    loadError,
    loaded,
    saving,
    load,
    byId,
    isOffice,
    clearOffice,
  }
})
