/**
 * The office's rule settings (RuleSettings of shared/domain/case/settings.ts), stored in `meta`
 * under key 'ruleSettings'. Missing → the documented defaults. A record saved by an earlier
 * version (without periodOverrides / discretionBands, or with the former followUpDueDays) is
 * brought to the current shape by migrateRuleSettings. Saving is validated and audited.
 */
import { defaultRuleSettings, RuleSettingsSchema, type RuleSettings } from '@shared/domain/case'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { RuleSettingsMeta } from '../cases-records'
import { readMeta, putMeta } from '../meta'
import type { WriteContext } from '../records'
import { fail, zodErrors, type Failure } from './write-util'

/** Read the settings (defaults when none were saved). Usable inside a transaction over `meta`. */
export async function readRuleSettings(db: AppDB): Promise<RuleSettings> {
  // A damaged record reads as the defaults (the settings page shows them, saving replaces it).
  const rec = await readMeta(db, 'ruleSettings')
  return rec.ok && rec.value ? rec.value.settings : { ...defaultRuleSettings }
}

/** Repository for the rule settings. */
export function settingsRepo(db: AppDB) {
  return {
    getRuleSettings(): Promise<RuleSettings> {
      return readRuleSettings(db)
    },

    /** Validate and save; field errors keyed by setting name. */
    async saveRuleSettings(
      ctx: WriteContext,
      input: unknown,
    ): Promise<{ ok: true; settings: RuleSettings } | Failure> {
      const parsed = RuleSettingsSchema.safeParse(input)
      if (!parsed.success) {
        const errors = zodErrors(parsed.error)
        return fail(`规则设置有误：${Object.values(errors).join('；')}`, errors)
      }
      return db.transaction('rw', [db.meta, db.audit], async () => {
        const read = await readMeta(db, 'ruleSettings')
        // A damaged record is replaced; its audit entry says so.
        const before = read.ok ? read.value : { damaged: read.message }
        const after: RuleSettingsMeta = {
          key: 'ruleSettings',
          settings: parsed.data,
          updatedAt: ctx.now,
        }
        await putMeta(db, 'ruleSettings', after)
        await appendAudit(db, ctx, {
          action: before ? 'update' : 'create',
          entity: 'meta',
          entityId: 'ruleSettings',
          before: before ?? null,
          after,
        })
        return { ok: true as const, settings: parsed.data }
      })
    },
  }
}
