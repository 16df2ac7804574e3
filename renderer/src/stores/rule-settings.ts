/**
 * 期限与裁量 settings: load the office's RuleSettings and save them through the audited
 * repository (renderer/src/db/repositories/rule-settings.ts). Thin: the rules and their defaults
 * live in shared/domain/case/settings.ts (docs/domain/deadlines.md).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { defaultRuleSettings, type RuleSettings } from '@shared/domain/case'
import { db } from '@renderer/db/db'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import type { Failure } from '@renderer/db/repositories/write-util'
import { writeContext } from '@renderer/services/write-context'
import { guardResult } from '@renderer/db/write-guard'

export const useRuleSettingsStore = defineStore('rule-settings', () => {
  /** The saved settings (the defaults until loaded). */
  const settings = shallowRef<RuleSettings>(defaultRuleSettings)
  const loaded = ref(false)
  const loadError = ref('')
  /** A save is running (the button shows a spinner and refuses double submits). */
  const saving = ref(false)

  async function load(): Promise<void> {
    loadError.value = ''
    try {
      settings.value = await settingsRepo(db).getRuleSettings()
      loaded.value = true
    } catch (err) {
      loadError.value = err instanceof Error ? err.message : String(err)
    }
  }

  /** Validate and save (audited); on success the store holds what was stored. */
  async function save(input: unknown): Promise<{ ok: true; settings: RuleSettings } | Failure> {
    if (saving.value) return { ok: false, message: '正在保存，请稍候' }
    saving.value = true
    try {
      const result = await guardResult(() =>
        settingsRepo(db).saveRuleSettings(writeContext(), input),
      )
      if (result.ok) settings.value = result.settings
      return result
    } finally {
      saving.value = false
    }
  }

  return { settings, loaded, loadError, saving, load, save }
})
