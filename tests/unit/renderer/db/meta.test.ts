import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppDB } from '@renderer/db/app-db'
import { appendAudit } from '@renderer/db/audit'
import { getMeta, MetaDamagedError, parseMeta, putMeta, readMeta } from '@renderer/db/meta'
import { readRuleSettings } from '@renderer/db/repositories/rule-settings'
import { readDocumentFontChoice } from '@renderer/db/repositories/document-fonts'
import { officeViolationsRepo } from '@renderer/db/repositories/office-violations'
import { defaultRuleSettings } from '@shared/domain/case'
import { freshDb, testContext } from './helpers'

// docs/conventions.md "Layers": `meta` is read and written through renderer/src/db/meta.ts only,
// one zod schema per key; a damaged record is reported in Chinese, never passed on.

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
function open(): AppDB {
  const db = freshDb()
  opened.push(db)
  return db
}

/** Write past the accessor on purpose: a record damaged outside the app. */
async function putRaw(db: AppDB, rec: Record<string, unknown>): Promise<void> {
  await db.table('meta').put(rec)
}

const backupSettings = { key: 'backupSettings', warnAfterDays: 3, autoIntervalHours: 24 } as const

describe('typed meta accessor', () => {
  it('no record → undefined; a written record reads back as written', async () => {
    const db = open()
    expect(await getMeta(db, 'backupSettings')).toBeUndefined()
    await putMeta(db, 'backupSettings', backupSettings)
    expect(await getMeta(db, 'backupSettings')).toEqual(backupSettings)
    expect(await readMeta(db, 'backupSettings')).toEqual({ ok: true, value: backupSettings })
  })

  it('a corrupted stored value is reported in Chinese, with what to do — never returned', async () => {
    const db = open()
    await putRaw(db, { key: 'backupSettings', warnAfterDays: '三天', autoIntervalHours: 24 })
    const read = await readMeta(db, 'backupSettings')
    expect(read).toEqual({
      ok: false,
      message:
        '备份设置数据已损坏（“warnAfterDays”格式不符），请在“设置 → 数据安全”中重新保存备份设置。',
    })
    const err = await getMeta(db, 'backupSettings').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MetaDamagedError)
    expect((err as MetaDamagedError).key).toBe('backupSettings')
    expect((err as Error).message).toMatch(/^备份设置数据已损坏/)
  })

  it('a sync state whose conflicts are not a list is damaged (sync does not run on it)', async () => {
    const db = open()
    await putRaw(db, { key: 'sync', pulledSeq: 12, conflicts: 'none', updatedAt: '' })
    await expect(getMeta(db, 'sync')).rejects.toThrow(/^同步状态数据已损坏.*请联系管理员/)
  })

  it('putMeta validates before writing: an invalid record throws and nothing is stored', async () => {
    const db = open()
    await expect(
      putMeta(db, 'backupSettings', { ...backupSettings, autoIntervalHours: -1 }),
    ).rejects.toThrow(/^备份设置未保存/)
    expect(await db.meta.get('backupSettings')).toBeUndefined()
  })

  it('runs inside the caller transaction: a refused write rolls back its audit entry too', async () => {
    const db = open()
    const ctx = testContext()
    await expect(
      db.transaction('rw', [db.meta, db.audit], async () => {
        await appendAudit(db, ctx, {
          action: 'update',
          entity: 'meta',
          entityId: 'backupSettings',
          before: null,
          after: null,
        })
        await putMeta(db, 'backupSettings', { ...backupSettings, warnAfterDays: 0 })
      }),
    ).rejects.toThrow(/备份设置未保存/)
    expect(await db.audit.count()).toBe(0)

    await db.transaction('rw', [db.meta, db.audit], async () => {
      await putMeta(db, 'backupSettings', backupSettings)
      await appendAudit(db, ctx, {
        action: 'update',
        entity: 'meta',
        entityId: 'backupSettings',
        before: null,
        after: backupSettings,
      })
    })
    expect(await db.audit.count()).toBe(1)
    expect(await getMeta(db, 'backupSettings')).toEqual(backupSettings)
  })

  it('a rule-settings record of an earlier version is brought to the current shape when read', async () => {
    const read = parseMeta('ruleSettings', {
      key: 'ruleSettings',
      settings: { dueSoonLeadWorkingDays: 5 },
      updatedAt: '2026-01-05T08:00:00.000Z',
    })
    expect(read.ok && read.value?.settings).toEqual({
      ...defaultRuleSettings,
      dueSoonLeadWorkingDays: 5,
    })
  })

  it('callers with a default fall back on a damaged record (rule settings, document fonts)', async () => {
    const db = open()
    await putRaw(db, { key: 'ruleSettings', settings: { dueSoonLeadWorkingDays: 'x' } })
    await putRaw(db, { key: 'documentFonts', choice: '宋体', updatedAt: '' })
    expect(await readRuleSettings(db)).toEqual(defaultRuleSettings)
    expect(await readDocumentFontChoice(db)).toBe('bundled')
  })

  it('the office 裁量基准 keeps its own wording for a damaged entry', async () => {
    const db = open()
    await putRaw(db, { key: 'officeViolations', entries: [{ id: 1 }], updatedAt: '', source: 'f' })
    const r = await officeViolationsRepo(db).read()
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/^本机关裁量基准数据已损坏（.+），请重新从 Excel 导入。$/)
  })
})
