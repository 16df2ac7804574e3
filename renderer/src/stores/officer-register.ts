/**
 * The officer register as the pages show it (filters, pickers, 我是): one live query for the
 * whole window, so components read officers through this store and never the database
 * (docs/conventions.md, "Layers"). Writes go through the settings store.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { Officer } from '@shared/domain/settings'
import { db } from '@renderer/db/db'
import { officersRepo } from '@renderer/db/repositories/officers'
import { useLiveQuery } from '@renderer/composables/use-live-query'

export const useOfficerRegisterStore = defineStore('officer-register', () => {
  const {
    data: officers,
    loaded,
    error,
  } = useLiveQuery(() => officersRepo(db).list(), [] as Officer[])
  /** Officers in post, in register order. */
  const active = computed(() => officers.value.filter((o) => o.active))
  return { officers, active, loaded, error }
})
