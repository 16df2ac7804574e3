// Quota and other storage errors become a clear message; the caller keeps its form
// (docs/data-safety.md).
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Dexie } from 'dexie'
import { classifyWriteError, guardResult, guardWrite } from '@renderer/db/write-guard'
import { officersRepo } from '@renderer/db/repositories/officers'
import type { AppDB } from '@renderer/db/app-db'
import { freshDb, officerInput, testContext } from './helpers'

const opened: AppDB[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  for (const db of opened.splice(0)) await db.delete()
})

describe('guardWrite', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [new Dexie.AbortError('aborted', new DOMException('quota', 'QuotaExceededError')), 'quota'],
    [new Dexie.ReadOnlyError('ro'), 'readOnly'],
    [new Dexie.DatabaseClosedError('closed'), 'readOnly'],
    [new Dexie.AbortError('aborted'), 'aborted'],
    [new TypeError('bug'), 'unknown'],
  ])('classifies %s', (err, kind) => {
    expect(classifyWriteError(err)).toBe(kind)
  })

  it('a quota error in a real write returns the message, writes nothing, keeps the input', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const db = freshDb()
    opened.push(db)
    await db.open()
    const input = officerInput(1)
    const copy = structuredClone(input)
    db.officers.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const r = await guardWrite(() => officersRepo(db).create(input, testContext()))
    expect(r).toEqual({
      ok: false,
      kind: 'quota',
      message: expect.stringMatching(/存储空间不足.*表单/),
    })
    expect(input).toEqual(copy)
    expect(await db.officers.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })

  it('passes results through', async () => {
    expect(await guardWrite(async () => 42)).toEqual({ ok: true, value: 42 })
  })

  it('guardResult: a refusal passes through; a full disk during an act becomes its Chinese refusal', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const refused = { ok: false as const, message: '尚未立案' }
    expect(await guardResult(async () => refused)).toBe(refused)
    const r = await guardResult<{ ok: true }>(async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/存储空间不足/) })
  })
})
