/** Bookkeeping records: first-run setup completion. */
import { officeProfileId, setupStatus, type SetupStatus } from '@shared/domain/settings'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import { getMeta, putMeta } from '../meta'
import type { SetupMeta, WriteContext } from '../records'

type CompleteSetupResult = { ok: true } | { ok: false; message: string }

/** Repository for the `meta` table. */
export function metaRepo(db: AppDB) {
  async function readStatus(): Promise<SetupStatus> {
    const [profile, contacts, officers] = await Promise.all([
      db.officeProfile.get(officeProfileId),
      db.contactVersions.toArray(),
      db.officers.toArray(),
    ])
    return setupStatus(profile, contacts, officers)
  }

  return {
    /** When setup was finished, or null while the guided setup is still due. */
    async setupCompletedAt(): Promise<string | null> {
      const rec = await getMeta(db, 'setup')
      return rec?.completedAt ?? null
    },

    /** How far the data goes towards a finished setup. */
    setupStatus: readStatus,

    /** Mark the setup done — only when the profile and two active 办案人员 exist. */
    async completeSetup(ctx: WriteContext): Promise<CompleteSetupResult> {
      return db.transaction(
        'rw',
        [db.meta, db.audit, db.officeProfile, db.contactVersions, db.officers],
        async () => {
          const status = await readStatus()
          if (!status.profileComplete) return { ok: false, message: '请先填写并保存机关档案' }
          if (!status.officersComplete) {
            return {
              ok: false,
              message: '请至少登记两名在岗的办案人员（办理案件须有两名以上执法人员）',
            }
          }
          const before = await getMeta(db, 'setup')
          if (before) return { ok: true }
          const rec: SetupMeta = { key: 'setup', completedAt: ctx.now }
          await putMeta(db, 'setup', rec)
          await appendAudit(db, ctx, {
            action: 'create',
            entity: 'meta',
            entityId: 'setup',
            before: null,
            after: rec,
          })
          return { ok: true }
        },
      )
    },
  }
}
