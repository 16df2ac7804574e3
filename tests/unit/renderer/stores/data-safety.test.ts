// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createFullBackup } from '@renderer/backup/export'
import { db } from '@renderer/db/db'
import { casesRepo } from '@renderer/db/repositories/cases'
import { defaultBackupSettings, useDataSafetyStore } from '@renderer/stores/data-safety'
import { orgParty } from '../db/case-helpers'
import { testContext } from '../db/helpers'
import { quotaError, storeDb } from './store-db'

// 设置 → 数据安全 (docs/data-safety.md): the backup policy and status the page shows, what a
// restore and a case transfer refuse, and what they write.

let officerIds: string[] = []
beforeEach(async () => {
  officerIds = (await storeDb()).officerIds
  setActivePinia(createPinia())
})
afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

const day = 24 * 3600_000

describe('data-safety store: backup policy and status', () => {
  it('with nothing recorded: the default policy, and a backup is shown as overdue', async () => {
    const store = useDataSafetyStore()
    await store.load()
    expect(store.settings).toEqual(defaultBackupSettings)
    expect(store.status).toBeNull()
    expect(store.overdue).toBe(true)
  })

  it('a backup recorded within the warning period is not overdue; an older one is', async () => {
    const status = {
      key: 'backupStatus',
      at: new Date(Date.now() - 1 * day).toISOString(),
      name: 'casedesk-backup.json',
      reason: 'manual',
      records: 10,
      sha256: 'a'.repeat(64),
    }
    await db.table('meta').put(status)
    const store = useDataSafetyStore()
    await store.load()
    expect(store.overdue).toBe(false)
    await db.table('meta').put({ ...status, at: new Date(Date.now() - 4 * day).toISOString() })
    await store.load()
    expect(store.overdue).toBe(true) // default warnAfterDays: 3
  })

  it('saving the policy writes it with its audit entry, and it is what the next start reads', async () => {
    const store = useDataSafetyStore()
    await store.load()
    const auditBefore = await db.audit.count()
    expect(await store.saveSettings({ warnAfterDays: 7, autoIntervalHours: 12 })).toBeNull()
    const last = await db.audit.orderBy('seq').last()
    expect(await db.audit.count()).toBe(auditBefore + 1)
    expect(last).toMatchObject({
      action: 'update',
      entity: 'meta',
      entityId: 'backupSettings',
      before: null,
      after: { key: 'backupSettings', warnAfterDays: 7, autoIntervalHours: 12 },
    })
    setActivePinia(createPinia())
    const next = useDataSafetyStore()
    await next.load()
    expect(next.settings).toMatchObject({ warnAfterDays: 7, autoIntervalHours: 12 })
  })

  it('a damaged stored policy is not used: the defaults apply until it is saved again', async () => {
    await db.table('meta').put({ key: 'backupSettings', warnAfterDays: 'never' })
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const store = useDataSafetyStore()
    await store.load()
    expect(store.settings).toEqual(defaultBackupSettings)
  })

  it('a full disk while saving the policy: the Chinese message, the shown policy unchanged', async () => {
    const store = useDataSafetyStore()
    await store.load()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw quotaError()
    })
    const message = await store.saveSettings({ warnAfterDays: 7, autoIntervalHours: 12 })
    expect(message).toMatch(/^存储空间不足/)
    expect(store.settings).toEqual(defaultBackupSettings)
  })
})

describe('data-safety store: restore', () => {
  it('refuses to restore before a backup was chosen and checked', async () => {
    const store = useDataSafetyStore()
    expect(await store.confirmRestore(false)).toEqual({
      ok: false,
      message: '请先选择并检查备份文件。',
    })
  })

  it('a file that is not a backup is refused with a Chinese reason; nothing is staged', async () => {
    const store = useDataSafetyStore()
    await store.stageFile(new Blob(['not a backup']), 'notes.txt')
    expect(store.staged).toBeNull()
    expect(store.restoreError?.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('a checked backup replaces the data: what was added after it is gone, its cases are back', async () => {
    const ctx = testContext('2026-03-02T08:00:00.000Z')
    const first = await casesRepo(db).createCase(ctx, {
      party: orgParty(),
      cause: '涉嫌未按规定公示食品经营许可证案',
      source: 'inspection',
      sourceDate: '2026-03-02',
      officerIds: officerIds.slice(0, 2),
      firstAct: 'clueRegistered',
      today: '2026-03-02',
    })
    expect(first.ok).toBe(true)
    const backup = await createFullBackup(db, {
      appVersion: '0.1.0',
      reason: 'manual',
      now: '2026-03-05T10:00:00.000Z',
      gzip: false,
    })
    await casesRepo(db).createCase(ctx, {
      party: orgParty({ name: '武汉市汉阳区后来商贸有限公司' }),
      cause: '涉嫌销售过期食品案',
      source: 'inspection',
      sourceDate: '2026-03-06',
      officerIds: officerIds.slice(0, 2),
      firstAct: 'clueRegistered',
      today: '2026-03-06',
    })
    expect(await db.cases.count()).toBe(2)

    const store = useDataSafetyStore()
    await store.stageFile(backup.blob, 'backup.json')
    expect(store.restoreError).toBeNull()
    expect(store.staged).not.toBeNull()
    const r = await store.confirmRestore(false)
    expect(r).toMatchObject({ ok: true, message: expect.stringMatching(/^恢复完成/) })
    // The store pointed the app's database at the restored one.
    await db.open()
    expect((await db.cases.toArray()).map((c) => c.cause)).toEqual([
      '涉嫌未按规定公示食品经营许可证案',
    ])
  })
})

describe('data-safety store: case transfer', () => {
  it('refuses to export a case number that does not exist, naming it', async () => {
    const store = useDataSafetyStore()
    expect(await store.exportCaseByNo(' 鄂汉阳市监案〔2026〕99号 ')).toEqual({
      ok: false,
      message: '找不到案件编号为“ 鄂汉阳市监案〔2026〕99号 ”的案件，请核对后重试。',
    })
  })

  it('refuses to import before a case package was chosen', async () => {
    const store = useDataSafetyStore()
    expect(await store.applyCasePackage({ partyConflicts: {} } as never)).toEqual({
      ok: false,
      message: '请先选择案件移交包。',
    })
  })
})
