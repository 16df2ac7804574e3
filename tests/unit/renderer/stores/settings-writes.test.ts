// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '@renderer/db/db'
import { useExemptionsStore } from '@renderer/stores/exemptions'
import { useSettingsStore } from '@renderer/stores/settings'
import { officerInput } from '../db/helpers'
import { quotaError, storeDb } from './store-db'

// A full disk during a write keeps the form and says what to do (docs/data-safety.md): the
// settings forms show it as their form-level error, a failed import keeps its preview.

beforeEach(async () => {
  await storeDb()
  setActivePinia(createPinia())
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

function fullDisk(): void {
  vi.spyOn(db, 'transaction').mockImplementation(() => {
    throw quotaError()
  })
}

describe('settings and 免罚清单 writes on a full disk', () => {
  it('adding an officer: the message is the form-level error, nothing is written', async () => {
    const store = useSettingsStore()
    const before = await db.officers.count()
    fullDisk()
    const r = await store.createOfficer(officerInput(9))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.errors['']).toMatch(/^存储空间不足.*表单中/)
    expect(store.saving).toBe(false)
    vi.restoreAllMocks()
    expect(await db.officers.count()).toBe(before)
  })

  it('finishing the setup: refused with the Chinese message', async () => {
    const store = useSettingsStore()
    fullDisk()
    expect(await store.completeSetup()).toEqual({
      ok: false,
      message: expect.stringMatching(/^存储空间不足/),
    })
  })

  it('confirming an import: the preview stays for another try, no result is shown', async () => {
    const store = useExemptionsStore()
    store.preview = {
      fileName: '免罚清单.xlsx',
      rows: [],
      firstRow: 2,
      check: { valid: [], errors: [] } as never,
    }
    fullDisk()
    const r = await store.confirmImport()
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^存储空间不足/) })
    expect(store.preview?.fileName).toBe('免罚清单.xlsx')
    expect(store.result).toBeNull()
  })
})
