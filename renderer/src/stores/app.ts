/**
 * App lifecycle: host info, opening the database behind the version guard, first-run state.
 * UI-only flags (dialogs) live in ./ui.ts.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { host } from '@renderer/bridge/api'
import type { AppInfo } from '@renderer/bridge/host-api'
import { readActiveDatabaseName, removeSpareDatabases } from '@renderer/db/active'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { metaRepo } from '@renderer/db/repositories/meta'
import { checkDigestCount, foldDigestsIfMany, onDigestUpgrade } from '@renderer/db/stat-digests'
import { writeContext } from '@renderer/services/write-context'
import { useHolidaysStore } from './holidays'

type BootPhase = 'loading' | 'open' | 'blocked' | 'error'

export const useAppStore = defineStore('app', () => {
  const phase = ref<BootPhase>('loading')
  const message = ref('')
  const detail = ref('')
  /** What the start-up screen says while a schema upgrade runs ('' otherwise). */
  const upgrading = ref('')
  const info = shallowRef<AppInfo | null>(null)
  const schemaVersion = ref<number | null>(null)
  const setupCompletedAt = ref<string | null>(null)
  let booting: Promise<void> | null = null

  const setupDone = computed(() => setupCompletedAt.value !== null)
  const productLabel = computed(() =>
    info.value ? `${info.value.name} ${info.value.version}` : 'CaseDesk',
  )

  async function run(): Promise<void> {
    try {
      const [appInfo, active] = await Promise.all([host.getAppInfo(), readActiveDatabaseName()])
      info.value = appInfo
      useDatabase(active)
      // An upgrade that builds the statistics digests of many cases says how far it is.
      onDigestUpgrade((done, total) => {
        upgrading.value = `正在升级本机数据库（生成统计数据，仅需一次）：${done}/${total} 件…`
      })
      const result = await openDatabase(db, appInfo.version, writeContext()).finally(() => {
        onDigestUpgrade(null)
        upgrading.value = ''
      })
      if (result.state === 'open') {
        // A database left by a cancelled or interrupted restore (or one a restore replaced) is
        // removed once the app is idle; a failure is harmless and retried at the next start.
        setTimeout(() => void removeSpareDatabases().catch(() => undefined), 5000)
        // Whether every case has its statistics digest, asked once while the app is idle so the
        // first 统计分析 of the session need not count; then the digests written since their
        // blocks were built are folded in when many (renderer/src/db/stat-digests.ts).
        setTimeout(
          () =>
            void checkDigestCount(db)
              .then(() => foldDigestsIfMany(db))
              .catch(() => undefined),
          8000,
        )
        schemaVersion.value = result.schemaVersion
        setupCompletedAt.value = await metaRepo(db).setupCompletedAt()
        // The office's holiday years join the calendar before any deadline is computed.
        await useHolidaysStore().load()
        phase.value = 'open'
      } else if (result.state === 'blocked') {
        message.value = result.message
        phase.value = 'blocked'
      } else {
        message.value = result.message
        detail.value = result.detail
        phase.value = 'error'
      }
    } catch (err) {
      message.value = '程序启动失败，请重新打开 CaseDesk；如仍失败，请联系管理员。'
      detail.value = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
      phase.value = 'error'
    }
  }

  /** Start once; later calls return the same promise (the router guard awaits it). */
  function boot(): Promise<void> {
    booting ??= run()
    return booting
  }

  function markSetupDone(at: string): void {
    setupCompletedAt.value = at
  }

  return {
    phase,
    message,
    detail,
    upgrading,
    info,
    schemaVersion,
    setupCompletedAt,
    setupDone,
    productLabel,
    boot,
    markSetupDone,
  }
})
