// @vitest-environment happy-dom
// The violations store over a real (fake-indexeddb) database: the catalogue in use is the built-in
// entries merged with the office's; an import with a bad row saves nothing; a good one replaces the
// office's entries (an office entry with a built-in id restates it); export and clear
// (docs/domain/violations.md).
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { BUILTIN_VIOLATIONS } from '@shared/discretion/catalogue'
import type { ViolationEntry } from '@shared/discretion/types'
import { entriesToRows, rowsToEntries } from '@shared/discretion/xlsx-rows'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { readViolationsWorkbook, writeViolationsWorkbook } from '@renderer/services/violations-xlsx'
import { useViolationsStore } from '@renderer/stores/violations'
import { testContext } from '../db/helpers'

const host = vi.hoisted(() => ({
  saved: [] as { bytes: Uint8Array; name: string }[],
  nextPick: null as { name: string; bytes: Uint8Array } | null,
}))
vi.mock('@renderer/bridge/api', () => ({
  host: {
    saveFile: async (bytes: Uint8Array, name: string) => {
      host.saved.push({ bytes, name })
      return { ok: true, value: { path: null } }
    },
    pickFile: async () =>
      host.nextPick
        ? { ok: true, value: host.nextPick }
        : { ok: false, code: 'canceled', message: '' },
  },
}))

const builtin = BUILTIN_VIOLATIONS[0]!
/** The office narrows the first built-in entry and adds one of its own (广告法 第五十七条). */
const restated: ViolationEntry = { ...builtin, source: '某市裁量基准（2024）' }
const added: ViolationEntry = {
  id: '本局-广告-001',
  name: '发布禁止发布的广告',
  field: '广告',
  violates: [{ law: '广告法', article: 9 }],
  basis: { law: '广告法', article: 57 },
  penalties: ['fine'],
  fine: { kind: 'fixed', minFen: 20_000_000, maxFen: 100_000_000 },
  correctionMandatory: true,
  firstOffenceMayBeExempt: false,
  source: '某市裁量基准（2024）',
  basisText: '……处二十万元以上一百万元以下的罚款……',
}

beforeAll(async () => {
  useDatabase(`violations-test-${Math.random().toString(36).slice(2)}`)
  await openDatabase(db, '0.1.0', testContext())
}, 60_000)
afterAll(async () => {
  await db.delete()
})
beforeEach(() => {
  setActivePinia(createPinia())
  host.saved.length = 0
  host.nextPick = null
})

describe('useViolationsStore', () => {
  it('before any import the catalogue in use is the built-in one', async () => {
    const store = useViolationsStore()
    await store.load()
    expect(store.entries).toEqual([...BUILTIN_VIOLATIONS])
    expect(store.officeEntries).toEqual([])
    expect(store.byId(builtin.id)).toBe(builtin)
    expect(store.byId('nope')).toBeUndefined()
  })

  it('a sheet with a bad row shows its errors and saves nothing', async () => {
    const store = useViolationsStore()
    await store.load()
    const rows = entriesToRows([added])
    rows[1]![rows[0]!.indexOf('最低罚款（元）')] = '2000000'
    const p = store.importRows(rows, 'bad.xlsx')
    expect(p.entries).toEqual([])
    expect(p.errors).toEqual([
      { row: 2, column: '最低罚款（元）', message: '最低罚款不能高于最高罚款' },
    ])
    expect(await store.confirmImport()).toMatchObject({ ok: false })
    expect(await db.meta.get('officeViolations')).toBeUndefined()
  })

  it('a good workbook replaces the office entries; a built-in id is restated', async () => {
    const store = useViolationsStore()
    await store.load()
    host.nextPick = { name: '本局.xlsx', bytes: await writeViolationsWorkbook([restated, added]) }
    expect(await store.pickImport()).toEqual({ ok: true })
    expect(store.preview).toMatchObject({ fileName: '本局.xlsx', errors: [], replacesBuiltin: 1 })
    expect(await store.confirmImport()).toEqual({ ok: true, count: 2 })
    expect(store.preview).toBeNull()
    expect(store.officeSource).toBe('本局.xlsx')
    expect(store.entries).toHaveLength(BUILTIN_VIOLATIONS.length + 1)
    expect(store.byId(builtin.id)?.source).toBe('某市裁量基准（2024）')
    expect(store.byId(added.id)).toEqual(added)
    expect(store.isOffice(added.id)).toBe(true)
    expect(store.isOffice(BUILTIN_VIOLATIONS[1]!.id)).toBe(false)

    // A fresh store (another window) reads the same from the database.
    setActivePinia(createPinia())
    const again = useViolationsStore()
    await again.load()
    expect(again.officeEntries).toEqual(JSON.parse(JSON.stringify([restated, added])))
  })

  it('exports the office entries as a workbook that imports back unchanged', async () => {
    const store = useViolationsStore()
    await store.load()
    expect(await store.exportWorkbook('office')).toEqual({ ok: true, count: 2 })
    const [file] = host.saved
    expect(file!.name).toMatch(/^本机关裁量基准-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const read = await readViolationsWorkbook(file!.name, file!.bytes)
    if (!read.ok) throw new Error(read.message)
    expect(rowsToEntries(read.rows)).toEqual({ entries: store.officeEntries })
  })

  it('a file that is not .xlsx is refused in Chinese and nothing is previewed', async () => {
    const store = useViolationsStore()
    host.nextPick = { name: 'list.csv', bytes: new TextEncoder().encode('编号\n') }
    const r = await store.pickImport()
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/不是 Excel 工作簿/) })
    expect(store.preview).toBeNull()
  })

  it('clearing returns to the built-in catalogue', async () => {
    const store = useViolationsStore()
    await store.load()
    expect(await store.clearOffice()).toEqual({ ok: true, removed: 2 })
    expect(store.officeEntries).toEqual([])
    expect(store.entries).toEqual([...BUILTIN_VIOLATIONS])
    expect(await store.exportWorkbook('office')).toMatchObject({ ok: false })
  })
})
