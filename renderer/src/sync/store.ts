/**
 * The sync store (docs/sync.md): this PC's sync settings, the officer's login, the engine's
 * lifecycle (first full pull with progress, continuous sync, pause/resume) and what the status
 * badge and 设置 → 同步 show. Without settings nothing runs and the app works as before.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { db } from '@renderer/db/db'
import { guardWrite, storageFailureMessage } from '@renderer/db/write-guard'
import { todayIso, writeContext } from '@renderer/services/write-context'
import { useAppStore } from '@renderer/stores/app'
import { useSettingsStore } from '@renderer/stores/settings'
import { DESIGN_DOC_ID, RULES_VERSION } from '@shared/sync/design-doc'
import { CONFLICT_HOLDER_ID } from '@shared/domain/case/assignment'
import type { CaseRecord } from '@renderer/db/cases-records'
import { casesRepo } from '@renderer/db/repositories/cases'
import type { SyncSlot } from '@shared/ipc/sync-proxy'
import { host } from '@renderer/bridge/api'
import { isBrowserHost } from '@renderer/bridge/browser-host'
import { describeChainCheck, verifyChains, type PcChainCheck } from './chains'
import { createSyncEngine, describeSyncError, type SyncEngine, type SyncStatus } from './engine'
import type { PouchDatabase, PouchDoc } from './pouch-types'
import {
  isPlainHttp,
  readSyncSettings,
  saveSyncSettings,
  type SyncSettings,
  type SyncSettingsInput,
} from './settings'

/** How long a remembered login waits before trying an unreachable server again (ms). */
const AUTO_RETRY_MS = 60_000

/** The audit actor of the records the engine writes for pulled documents. */
const SYNC_ACTOR = 'sync'

/** What the badge shows. */
export interface SyncBadge {
  text: string
  type: 'success' | 'warning' | 'info' | 'danger'
  title: string
}

export const useSyncStore = defineStore('sync', () => {
  const settings = ref<SyncSettings | null>(null)
  const loaded = ref(false)
  const status = ref<SyncStatus | null>(null)
  const running = ref(false)
  const busy = ref(false)
  const progress = ref<{ done: number; total: number } | null>(null)
  const message = ref('')
  const officerId = ref('')
  /** The officer's password is kept encrypted on this PC for the next start (docs/sync.md). */
  const remembered = ref(false)
  /**
   * The server's rules version as last seen (null: not installed; undefined: not asked yet), so
   * the screen can say when the app's rules are newer and offer to install them.
   */
  const serverRulesVersion = ref<number | null | undefined>(undefined)
  const rulesOutdated = computed(
    () => serverRulesVersion.value !== undefined && (serverRulesVersion.value ?? 0) < RULES_VERSION,
  )
  let autoStartTried = false
  /** The next try of the remembered login when the server could not be reached at start. */
  let autoRetry: ReturnType<typeof setTimeout> | null = null
  /** Whether the host can keep the password for the next start (the browser build's cannot). */
  const canRemember = !isBrowserHost(host)
  const chainChecks = ref<PcChainCheck[]>([])
  /** Grows whenever pulled records land in Dexie: lists showing office data may watch it. */
  const dataVersion = ref(0)
  /**
   * Cases whose 转办/接手 records written on two PCs name different officers (docs/sync.md
   * "Assignment"): decided on the case page by a further 转办/接手, counted in the badge's 冲突 N.
   */
  const assignmentConflicts = shallowRef<CaseRecord[]>([])
  async function refreshAssignmentConflicts(): Promise<void> {
    const page = await casesRepo(db).listCases({
      page: 1,
      pageSize: 50,
      holderId: CONFLICT_HOLDER_ID,
      today: todayIso(),
    })
    assignmentConflicts.value = page.rows
  }
  const timing = {
    onApplied: () => {
      dataVersion.value += 1
      void refreshAssignmentConflicts()
    },
  }
  const engine = shallowRef<SyncEngine | null>(null)
  const remote = shallowRef<PouchDatabase | null>(null)

  const plainHttp = computed(() => (settings.value ? isPlainHttp(settings.value.serverUrl) : false))

  async function load(): Promise<void> {
    settings.value = await readSyncSettings(db)
    officerId.value = settings.value?.lastOfficerId ?? ''
    loaded.value = true
    await autoStart()
  }

  /**
   * At app start: when the host still holds (or remembered) the last officer's login, sync starts
   * without asking (docs/sync.md "Connection"). Without a remembered login nothing happens and
   * 设置 → 同步 asks for the password as before. A server out of reach at start (a PC out in the
   * field) is tried again every minute until it answers or the officer logs in or forgets.
   */
  async function autoStart(): Promise<void> {
    const s = settings.value
    if (autoStartTried || !s?.lastOfficerId || !host.canSync || engine.value) return
    autoStartTried = true
    const held = await host.configureSync({
      slot: 'officer',
      serverUrl: s.serverUrl,
      database: s.officeDb,
      username: s.lastOfficerId,
      password: null,
      remember: true,
    })
    if (!held.ok) return // nothing remembered: the officer logs in on 设置 → 同步
    const r = await connect(s.lastOfficerId, null, true)
    if (r.ok) return
    message.value = `自动登录同步未成功：${r.message}`
    if (r.unreachable) {
      autoRetry = setTimeout(() => {
        autoRetry = null
        autoStartTried = false
        void autoStart()
      }, AUTO_RETRY_MS)
    }
  }

  function cancelAutoRetry(): void {
    if (autoRetry) clearTimeout(autoRetry)
    autoRetry = null
  }

  /** Save server address and database; field errors come back for the form. */
  async function save(
    input: SyncSettingsInput,
  ): Promise<{ ok: true } | { ok: false; message: string; errors?: Record<string, string> }> {
    const r = await guardWrite(() => saveSyncSettings(db, writeContext(), input, officerId.value))
    if (!r.ok) return { ok: false, message: r.message }
    if (!r.value.ok) {
      return { ok: false, message: '请检查填写的内容', errors: r.value.errors }
    }
    settings.value = r.value.settings
    return { ok: true }
  }

  /** PouchDB is loaded only when sync is used (it is not part of the start-up code). */
  const pouch = () => import('./pouch')

  /**
   * The office database as `id`. In the desktop build main makes the requests and holds the
   * login (the officer's apart from the administrator's, docs/sync.md "Connection"); elsewhere
   * (tests against a local server) the login goes with each request.
   */
  async function remoteFor(
    id: string,
    password: string | null,
    slot: SyncSlot = 'officer',
    remember = false,
  ): Promise<PouchDatabase> {
    const s = settings.value
    if (!s) throw new Error('请先填写并保存同步服务器地址')
    const { openRemote } = await pouch()
    if (!host.canSync) {
      if (password === null) throw new Error('请输入同步密码')
      return openRemote(s.serverUrl, s.officeDb, { username: id, password })
    }
    const configured = await host.configureSync({
      slot,
      serverUrl: s.serverUrl,
      database: s.officeDb,
      username: id,
      password,
      // The administrator's password is never kept (docs/sync.md "Connection").
      remember: remember && slot === 'officer',
    })
    if (!configured.ok) throw new Error(configured.message)
    if (slot === 'officer') remembered.value = configured.value.remembered
    return openRemote(s.serverUrl, s.officeDb, {
      transport: (input) => host.syncRequest({ ...input, slot }),
    })
  }

  /** The installed design document (null when none), remembering its version for the screen. */
  async function readRules(r: PouchDatabase): Promise<PouchDoc | null> {
    try {
      const rules = await r.get(DESIGN_DOC_ID)
      serverRulesVersion.value = Number(rules.rulesVersion) || 0
      return rules
    } catch (e) {
      if ((e as { status?: number }).status !== 404) throw e
      serverRulesVersion.value = null
      return null
    }
  }

  /**
   * Test the connection with the officer's login: the database answers, and its server rules
   * are installed and current. Nothing is written.
   */
  async function testConnection(
    id: string,
    password: string,
  ): Promise<{ ok: boolean; message: string }> {
    try {
      const r = await remoteFor(id, password)
      const info = await r.info()
      const rules = await readRules(r)
      if (!rules) {
        return {
          ok: false,
          message:
            '已连接，但服务器上的本单位数据库尚未安装同步规则，请管理员按 docs/sync.md 安装后再同步',
        }
      }
      if (Number(rules.rulesVersion) < RULES_VERSION) {
        return {
          ok: false,
          message: `已连接，但服务器上的同步规则（第 ${String(rules.rulesVersion)} 版）比本机（第 ${RULES_VERSION} 版）旧，请服务器管理员在下方“同步规则”中更新后再同步`,
        }
      }
      return { ok: true, message: `连接成功：本单位数据库共有 ${info.doc_count} 条同步数据` }
    } catch (e) {
      return { ok: false, message: describeSyncError(e) }
    }
  }

  /**
   * Install or update the office database's server rules with a server administrator's login
   * (docs/sync.md "Server rules"). Nothing else is done with that login; it is not kept.
   */
  async function installRules(
    adminName: string,
    adminPassword: string,
  ): Promise<{ ok: boolean; message: string }> {
    const s = settings.value
    if (!s) return { ok: false, message: '请先填写并保存同步服务器地址' }
    try {
      const admin = await remoteFor(adminName, adminPassword, 'admin')
      const e = createSyncEngine({
        db,
        local: (await pouch()).openLocalReplica(s.officeDb),
        identity: { writer: adminName, pc: s.pcId },
        context: () => ({ ...writeContext(), actor: SYNC_ACTOR }),
      })
      const r = await e.installRules(admin)
      serverRulesVersion.value = RULES_VERSION
      // Documents the older rules refused (kinds they did not know) go to the server again.
      const still =
        r !== 'current' && engine.value && remote.value
          ? await engine.value.repushAll(remote.value)
          : []
      if (still.length) {
        return {
          ok: true,
          message: `同步规则已更新；仍有 ${still.length} 条数据被服务器拒绝，请在“同步状态”中查看原因`,
        }
      }
      const text = {
        installed: '已在本单位数据库安装同步规则',
        updated: '已将本单位数据库的同步规则更新到本版本',
        current: '本单位数据库的同步规则已是最新，无需更新',
      }[r]
      return { ok: true, message: text }
    } catch (e) {
      const status = (e as { status?: number }).status
      if (status === 401 || status === 403) {
        return {
          ok: false,
          message: '安装同步规则需要服务器管理员账号，请由管理员输入其账号和密码',
        }
      }
      return { ok: false, message: describeSyncError(e) }
    }
  }

  function onStatus(s: SyncStatus): void {
    status.value = s
    // A 转办/接手 recorded here may have decided a conflict: re-read them with each status.
    void refreshAssignmentConflicts().catch(() => undefined)
  }

  /**
   * Log in and start syncing: the first time a full pull with progress, then continuous sync.
   * The password stays in memory for this session, and with `remember` the host also keeps it
   * encrypted for the next start (docs/sync.md "Connection"). `password: null` uses the login the
   * host holds (the remembered one at start-up).
   */
  async function connect(
    id: string,
    password: string | null,
    remember = false,
  ): Promise<{ ok: boolean; message: string; unreachable?: boolean }> {
    const s = settings.value
    if (!s) return { ok: false, message: '请先填写并保存同步服务器地址' }
    cancelAutoRetry()
    busy.value = true
    message.value = ''
    try {
      await stop()
      const r = await remoteFor(id, password, 'officer', remember)
      await r.info()
      // An older (or missing) rule set is shown on 设置 → 同步; syncing goes on meanwhile.
      await readRules(r).catch(() => null)
      const e = createSyncEngine({
        db,
        local: (await pouch()).openLocalReplica(s.officeDb),
        identity: { writer: id, pc: s.pcId },
        context: () => ({ ...writeContext(), actor: SYNC_ACTOR }),
      })
      engine.value = e
      remote.value = r
      officerId.value = id
      if (s.lastOfficerId !== id) {
        await save({
          serverUrl: s.serverUrl,
          officeDb: s.officeDb,
          caseNoRange: s.caseNoRange,
          docNoRange: s.docNoRange,
        })
      }
      progress.value = { done: 0, total: 0 }
      await e.firstPull(r, (done, total) => {
        progress.value = { done, total }
      })
      progress.value = null
      // A new PC joining its office: the pulled profile and officers complete the first-run setup.
      let joined = ''
      if (!useAppStore().setupDone) {
        const done = await useSettingsStore().completeSetup()
        joined = done.ok
          ? '，已从服务器取得本单位的机关档案和执法人员，可以开始办案'
          : `；服务器上的数据还不足以完成首次设置：${done.message}`
      }
      e.start(r, onStatus, timing)
      running.value = true
      status.value = await e.status(r)
      await refreshAssignmentConflicts()
      return { ok: true, message: `已登录，开始同步${joined}` }
    } catch (err) {
      progress.value = null
      message.value = describeSyncError(err)
      // No HTTP status: the server did not answer (network, server down), not a refusal.
      const unreachable = typeof (err as { status?: unknown } | null)?.status !== 'number'
      return { ok: false, message: message.value, unreachable }
    } finally {
      busy.value = false
    }
  }

  /**
   * 忘记登录: stop syncing and have the host drop the officer's (and administrator's) login and
   * the remembered password; the next start asks again. Local data is untouched.
   */
  async function forget(): Promise<{ ok: boolean; message: string }> {
    cancelAutoRetry()
    await stop()
    engine.value = null
    remote.value = null
    status.value = null
    remembered.value = false
    if (host.canSync) {
      const r = await host.forgetSync()
      if (!r.ok) return { ok: false, message: r.message }
    }
    return { ok: true, message: '已忘记本机保存的同步登录；本机数据不受影响，下次同步时请重新登录' }
  }

  /** Pause continuous sync (local work goes on). */
  async function stop(): Promise<void> {
    if (engine.value) await engine.value.stop()
    running.value = false
  }

  /** Resume after a pause. */
  function resume(): void {
    if (!engine.value || !remote.value) return
    engine.value.start(remote.value, onStatus, timing)
    running.value = true
  }

  async function refresh(): Promise<void> {
    if (engine.value) status.value = await engine.value.status(remote.value ?? undefined)
    await refreshAssignmentConflicts()
  }

  /** The versions of a conflicted document (current winner first). */
  function conflictVersions(docId: string): Promise<PouchDoc[]> {
    if (!engine.value) throw new Error('请先登录同步')
    return engine.value.conflictVersions(docId)
  }

  /** A person's decision on a conflict. */
  async function resolve(
    docId: string,
    keepRev: string,
  ): Promise<{ ok: boolean; message: string }> {
    if (!engine.value) return { ok: false, message: '请先登录同步' }
    try {
      await engine.value.resolveConflict(docId, keepRev)
      await refresh()
      return { ok: true, message: '已保留所选版本，其他电脑同步后将一致' }
    } catch (e) {
      return {
        ok: false,
        message: storageFailureMessage(e) ?? `处理冲突失败：${(e as Error).message}`,
      }
    }
  }

  /** A person took a conflict without revisions off the list, with a note (audited). */
  async function dismiss(docId: string, note: string): Promise<{ ok: boolean; message: string }> {
    if (!engine.value) return { ok: false, message: '请先登录同步' }
    try {
      await engine.value.dismissConflict(docId, note)
      await refresh()
      return { ok: true, message: '已记录核对结果' }
    } catch (e) {
      return {
        ok: false,
        message: storageFailureMessage(e) ?? `记录核对结果失败：${(e as Error).message}`,
      }
    }
  }

  /** Check every PC's audit chain held in the replica. */
  async function checkChains(): Promise<string[]> {
    const s = settings.value
    if (!s) return []
    chainChecks.value = await verifyChains((await pouch()).openLocalReplica(s.officeDb))
    return chainChecks.value.map((c) =>
      describeChainCheck(c, c.pc === s.pcId ? '本机' : `电脑 ${c.pc.slice(0, 8)}`),
    )
  }

  /** The status badge (null: this PC does not sync). */
  const badge = computed<SyncBadge | null>(() => {
    if (!settings.value) return null
    const s = status.value
    if (!engine.value) {
      return { text: '同步未登录', type: 'info', title: '在“设置—同步”中登录后开始同步' }
    }
    if (!s) return { text: '同步中', type: 'info', title: '正在与服务器同步' }
    const conflicts = s.conflicts.length + assignmentConflicts.value.length
    if (conflicts) {
      return {
        text: `冲突 ${conflicts}`,
        type: 'danger',
        title: '两台电脑修改了同一记录或分别转办了同一案件，请在“设置—同步”中查看并决定',
      }
    }
    if (s.refusals.length) {
      return {
        text: `被拒绝 ${s.refusals.length}`,
        type: 'danger',
        title: '服务器拒绝了部分修改，请在“设置—同步”中查看原因',
      }
    }
    if (!running.value)
      return { text: '同步已暂停', type: 'info', title: '在“设置—同步”中继续同步' }
    if (s.phase === 'offline' || s.phase === 'error') {
      return { text: '离线', type: 'info', title: s.error || '无法连接同步服务器，恢复后自动同步' }
    }
    if (s.pending > 0) {
      return { text: `${s.pending} 条待上传`, type: 'warning', title: '本机修改尚未上传到服务器' }
    }
    return { text: '已同步', type: 'success', title: '本机与服务器一致' }
  })

  return {
    settings,
    loaded,
    status,
    running,
    busy,
    progress,
    message,
    officerId,
    remembered,
    canRemember,
    serverRulesVersion,
    rulesOutdated,
    chainChecks,
    dataVersion,
    assignmentConflicts,
    plainHttp,
    badge,
    load,
    save,
    testConnection,
    installRules,
    connect,
    forget,
    stop,
    resume,
    refresh,
    conflictVersions,
    resolve,
    dismiss,
    checkChains,
  }
})
