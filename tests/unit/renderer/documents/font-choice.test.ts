// 文书字体 (prefer the PC's 仿宋/黑体 on Windows, bundled fonts as the fallback; §5:
// reprints render with the set the document was issued with). Fake host, fake renderers, and
// tiny fonts built here (head + hhea + name) so metrics and identity really come from bytes.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Dexie } from 'dexie'
import {
  BUNDLED_FONT_SET,
  LEGACY_BUNDLED_FONT_SETS,
  type FontSet,
} from '@shared/documents/fonts/font-set'
import type { HostApi, HostResult, SystemFontFile } from '@renderer/bridge/host-api'
import { verifyAuditChain } from '@renderer/db/audit'
import type { DocumentRecord } from '@renderer/db/documents-records'
import { documentFontsRepo, readDocumentFontChoice } from '@renderer/db/repositories/document-fonts'
import { createFontChoice, type FontBytes } from '@renderer/documents/font-choice'
import { renderIssued, type DocumentRenderer } from '@renderer/services/documents-issue'
import { freshDb, testContext } from '../db/helpers'

/** A minimal sfnt: head (unitsPerEm, revision, checksum), hhea (ascent/descent), name (ID 6). */
function tinyFont(name: string, m: { upm: number; asc: number; desc: number; rev?: number }) {
  const nameBytes = 18 + 2 * name.length
  const out = new Uint8Array(12 + 16 * 3 + 56 + 36 + nameBytes)
  const v = new DataView(out.buffer)
  v.setUint32(0, 0x00010000)
  v.setUint16(4, 3)
  const tables: [string, number][] = [
    ['head', 60],
    ['hhea', 116],
    ['name', 152],
  ]
  tables.forEach(([tag, at], i) => {
    for (let k = 0; k < 4; k += 1) v.setUint8(12 + 16 * i + k, tag.charCodeAt(k))
    v.setUint32(12 + 16 * i + 8, at)
  })
  v.setUint32(60, 0x00010000)
  v.setInt32(64, Math.round((m.rev ?? 5.01) * 65536))
  v.setUint32(68, 0x12345678 ^ m.upm ^ (m.rev ?? 0))
  v.setUint32(72, 0x5f0f3cf5)
  v.setUint16(78, m.upm)
  v.setInt16(120, m.asc)
  v.setInt16(122, m.desc)
  v.setUint16(154, 1)
  v.setUint16(156, 18)
  v.setUint16(158, 3)
  v.setUint16(160, 1)
  v.setUint16(162, 0x409)
  v.setUint16(164, 6)
  v.setUint16(166, 2 * name.length)
  v.setUint16(168, 0)
  for (let k = 0; k < name.length; k += 1) v.setUint16(170 + 2 * k, name.charCodeAt(k))
  return out
}

const FANGSONG = tinyFont('FangSong', { upm: 256, asc: 220, desc: -36 })
const HEITI = tinyFont('SimHei', { upm: 256, asc: 221, desc: -35 })
const XBS = tinyFont('FZXBSJW--GB1-0', { upm: 1000, asc: 880, desc: -120 })

type Installed = Record<string, Uint8Array | 'io'>

function fakeHost(installed: Installed | 'unsupported') {
  const readSystemFont = vi.fn(async (fileName: string): Promise<HostResult<SystemFontFile>> => {
    if (installed === 'unsupported') {
      return { ok: false, code: 'unsupported', message: '只有 Windows 桌面版才能使用本机字体。' }
    }
    const file = installed[fileName]
    if (file === 'io') return { ok: false, code: 'io', message: '没有权限读取“simfang.ttf”。' }
    return { ok: true, value: { fileName, bytes: file ?? null } }
  })
  return { readSystemFont } satisfies Pick<HostApi, 'readSystemFont'>
}

interface FakeRenderer extends DocumentRenderer {
  source: FontBytes | null
}

function fakeRenderer(fontSet: FontSet, source: FontBytes | null): FakeRenderer {
  return {
    fontSet,
    source,
    render: vi.fn(async () => new TextEncoder().encode(`%PDF ${fontSet.id}`)),
    findUnprintable: vi.fn(async () => []),
  }
}

function setup(installed: Installed | 'unsupported') {
  const host = fakeHost(installed)
  const defaultRenderer = fakeRenderer(BUNDLED_FONT_SET, null)
  const onActive = vi.fn()
  const choice = createFontChoice<FakeRenderer>({
    host,
    defaultRenderer,
    createRenderer: (set, source) => fakeRenderer(set, source),
    onActive,
  })
  return { host, defaultRenderer, onActive, choice }
}

describe('apply: the PC’s fonts when chosen and all readable, else the bundled set and why', () => {
  it('仿宋 + 黑体 (no 小标宋): body 仿宋, title and bold 黑体, metrics read from the files', async () => {
    const { choice, onActive, host } = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI })
    const status = await choice.apply('system')
    expect(status.fallback).toBeNull()
    expect(status.active.id).toMatch(/^windows-fangsong-hei@[0-9a-f]{12}$/)
    expect(status.active.faces.body.normal).toEqual({
      file: 'simfang.ttf',
      metrics: { unitsPerEm: 256, ascent: 220, descent: -36 },
    })
    expect(status.active.faces.title.normal.file).toBe('simhei.ttf')
    expect(status.active.faces.body.bold.file).toBe('simhei.ttf')
    expect(onActive).toHaveBeenLastCalledWith(choice.active())
    expect(choice.active().fontSet).toBe(status.active)
    expect(host.readSystemFont.mock.calls.map(([name]) => name).sort()).toEqual([
      'fzxbsjw.ttf',
      'simfang.ttf',
      'simhei.ttf',
    ])
    // The renderer reads the bytes the host returned.
    expect(await choice.active().source?.('simfang.ttf')).toBe(FANGSONG)
  })

  it('with 方正小标宋 installed the title uses it', async () => {
    const { choice } = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI, 'fzxbsjw.ttf': XBS })
    const status = await choice.apply('system')
    expect(status.active.id).toMatch(/^windows-fangsong-xbs@/)
    expect(status.active.faces.title.normal).toEqual({
      file: 'fzxbsjw.ttf',
      metrics: { unitsPerEm: 1000, ascent: 880, descent: -120 },
    })
  })

  it('a damaged 小标宋 file alone → 仿宋/黑体 with 黑体 titles', async () => {
    const { choice } = setup({
      'simfang.ttf': FANGSONG,
      'simhei.ttf': HEITI,
      'fzxbsjw.ttf': XBS.slice(0, 70),
    })
    const status = await choice.apply('system')
    expect(status.fallback).toBeNull()
    expect(status.active.id).toMatch(/^windows-fangsong-hei@/)
  })

  it.each([
    ['simhei.ttf missing', { 'simfang.ttf': FANGSONG }, /本机未安装 simhei\.ttf（黑体）/],
    ['nothing installed', {}, /本机未安装 simfang\.ttf（仿宋）；本机未安装 simhei\.ttf（黑体）/],
    [
      'simfang.ttf unreadable',
      { 'simfang.ttf': 'io' as const, 'simhei.ttf': HEITI },
      /simfang\.ttf（仿宋）：没有权限读取/,
    ],
    [
      'simhei.ttf damaged',
      { 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI.slice(0, 70) },
      /simhei\.ttf 无法使用：字体文件不完整或已损坏.*（黑体）/,
    ],
  ])('%s → bundled set, the card names the file and what to do', async (_l, installed, why) => {
    const { choice, defaultRenderer, onActive } = setup(installed)
    const status = await choice.apply('system')
    expect(status.choice).toBe('system')
    expect(status.active).toBe(BUNDLED_FONT_SET)
    expect(status.systemSupported).toBe(true)
    expect(status.fallback).toMatch(/^已改用内置思源字体/)
    expect(status.fallback).toMatch(why)
    expect(status.fallback).toMatch(/C:\\Windows\\Fonts/)
    expect(choice.active()).toBe(defaultRenderer)
    expect(onActive).toHaveBeenLastCalledWith(defaultRenderer)
  })

  it('an unsupported host (browser, not Windows) → bundled set, systemSupported false', async () => {
    const { choice } = setup('unsupported')
    const status = await choice.apply('system')
    expect(status).toMatchObject({ choice: 'system', active: BUNDLED_FONT_SET })
    expect(status.systemSupported).toBe(false)
    expect(status.fallback).toBe('只有 Windows 桌面版才能使用本机字体。')
  })

  it('bundled needs no system fonts', async () => {
    const { choice, host, defaultRenderer } = setup('unsupported')
    expect(await choice.apply('bundled')).toMatchObject({ choice: 'bundled', fallback: null })
    expect(choice.active()).toBe(defaultRenderer)
    expect(host.readSystemFont).not.toHaveBeenCalled()
  })

  it('reads the files once after a success; retries after a failure (font installed later)', async () => {
    const installed: Installed = { 'simfang.ttf': FANGSONG }
    const { choice, host } = setup(installed)
    expect((await choice.apply('system')).fallback).not.toBeNull()
    installed['simhei.ttf'] = HEITI
    expect((await choice.apply('system')).fallback).toBeNull()
    await choice.apply('bundled')
    await choice.apply('system')
    expect(host.readSystemFont).toHaveBeenCalledTimes(6)
  })
})

describe('rendererFor: reprints use the set the document was issued with', () => {
  it('the bundled set and the current system set are found by id (same renderer each time)', async () => {
    const { choice, defaultRenderer } = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI })
    expect(await choice.rendererFor(BUNDLED_FONT_SET.id)).toEqual({
      ok: true,
      renderer: defaultRenderer,
    })
    const system = (await choice.apply('system')).active
    await choice.apply('bundled')
    const r = await choice.rendererFor(system.id)
    expect(r.ok && r.renderer.fontSet).toBe(system)
    const again = await choice.rendererFor(system.id)
    expect(again.ok && r.ok && again.renderer).toBe(r.ok && r.renderer)
  })

  it('a document issued with the bundled set of an earlier version (bundled-noto) reprints from the full files', async () => {
    const host = fakeHost({})
    const defaultRenderer = fakeRenderer(BUNDLED_FONT_SET, null)
    const choice = createFontChoice<FakeRenderer>({
      host,
      defaultRenderer,
      createRenderer: (set, source) => fakeRenderer(set, source),
      legacy: { sets: LEGACY_BUNDLED_FONT_SETS, createRenderer: (set) => fakeRenderer(set, null) },
    })
    const r = await choice.rendererFor('bundled-noto')
    expect(r.ok && r.renderer.fontSet).toMatchObject({
      id: 'bundled-noto',
      commonSubset: undefined,
    })
    expect(r.ok && r.renderer.fontSet.faces).toEqual(BUNDLED_FONT_SET.faces)
    const again = await choice.rendererFor('bundled-noto')
    expect(again.ok && r.ok && again.renderer).toBe(r.ok && r.renderer)
    expect(await choice.rendererFor('bundled-noto@other')).toMatchObject({ ok: false })
  })

  it('a system set is rebuilt from this PC’s files when the choice is bundled (new session)', async () => {
    const first = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI, 'fzxbsjw.ttf': XBS })
    const issuedWith = (await first.choice.apply('system')).active.id
    const later = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI, 'fzxbsjw.ttf': XBS })
    const r = await later.choice.rendererFor(issuedWith)
    expect(r.ok && r.renderer.fontSet.id).toBe(issuedWith)
    expect(later.choice.active()).toBe(later.defaultRenderer) // the choice is unchanged
  })

  it('a document issued without 小标宋 is reprinted without it after 小标宋 was installed', async () => {
    const before = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI })
    const issuedWith = (await before.choice.apply('system')).active.id
    const after = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI, 'fzxbsjw.ttf': XBS })
    expect((await after.choice.apply('system')).active.id).toMatch(/-xbs@/)
    const r = await after.choice.rendererFor(issuedWith)
    expect(r.ok && r.renderer.fontSet.id).toBe(issuedWith)
  })

  it.each([
    [
      'other versions of the files',
      {
        'simfang.ttf': tinyFont('FangSong', { upm: 256, asc: 220, desc: -36, rev: 6 }),
        'simhei.ttf': HEITI,
      },
      /本机字体文件的版本与出具时不同/,
    ],
    ['a file missing', { 'simfang.ttf': FANGSONG }, /本机未安装 simhei/],
    ['not Windows', 'unsupported' as const, /只有 Windows 桌面版/],
  ] as const)(
    'unavailable here (%s) → a message, not a false hash mismatch',
    async (_l, installed, why) => {
      const issuing = setup({ 'simfang.ttf': FANGSONG, 'simhei.ttf': HEITI })
      const issuedWith = (await issuing.choice.apply('system')).active.id
      const here = setup(installed)
      const r = await here.choice.rendererFor(issuedWith)
      expect(r.ok).toBe(false)
      expect(!r.ok && r.message).toMatch(why)
      expect(!r.ok && r.message).toMatch(/在这台电脑上不可用.*请在出具该文书的电脑上重印/)
    },
  )

  it.each([
    ['some-future-set', /此文书出具时使用的是字体（some-future-set），在本版本中不可用/],
    ['bundled-noto', /其他版本软件的内置字体（bundled-noto），与本版本的内置字体（.+）不同/],
  ])('a set id this version does not have is refused: %s', async (id, why) => {
    const { choice } = setup({})
    const r = await choice.rendererFor(id)
    expect(!r.ok && r.message).toMatch(why)
    expect(!r.ok && r.message).toMatch(/请使用出具时的软件版本重印/)
    if (id.startsWith('bundled-')) expect(!r.ok && r.message).toContain(BUNDLED_FONT_SET.id)
  })

  it('renderIssued refuses a renderer with another set instead of reporting a mismatch', async () => {
    const renderer = fakeRenderer(BUNDLED_FONT_SET, null)
    const doc = {
      kind: 'correctionOrder',
      sha256: 'a'.repeat(64),
      snapshot: { input: {}, ctx: { fontSetId: 'windows-fangsong-hei@0123456789ab' } },
    } as unknown as DocumentRecord
    const r = await renderIssued(doc, renderer)
    expect(r).toMatchObject({ ok: false })
    expect(!r.ok && r.message).toMatch(/windows-fangsong-hei@0123456789ab.*无法重印出与原件一致/)
    expect(renderer.render).not.toHaveBeenCalled()
  })
})

const dbs: Dexie[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('the 文书字体 setting (meta “documentFonts”)', () => {
  it('defaults to bundled; a save is one transaction with its audit entry', async () => {
    const db = freshDb()
    dbs.push(db)
    const ctx = testContext()
    expect(await readDocumentFontChoice(db)).toBe('bundled')
    expect(await documentFontsRepo(db).save(ctx, 'system')).toEqual({ ok: true, choice: 'system' })
    ctx.tick()
    await documentFontsRepo(db).save(ctx, 'bundled')
    ctx.tick()
    await documentFontsRepo(db).save(ctx, 'system')
    expect(await documentFontsRepo(db).get()).toBe('system')
    const audit = await db.audit.orderBy('seq').toArray()
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ['create', 'documentFonts'],
      ['update', 'documentFonts'],
      ['update', 'documentFonts'],
    ])
    expect(audit[1]?.before).toMatchObject({ choice: 'system' })
    expect(audit[1]?.after).toMatchObject({
      choice: 'bundled',
      updatedAt: '2026-03-01T08:00:01.000Z',
    })
    expect(verifyAuditChain(audit).ok).toBe(true)
  })

  it('refuses an unknown choice without writing; an unreadable record reads as bundled', async () => {
    const db = freshDb()
    dbs.push(db)
    const r = await documentFontsRepo(db).save(testContext(), 'arial')
    expect(r).toEqual({ ok: false, message: '文书字体选项无效，请重新选择。' })
    expect(await db.audit.count()).toBe(0)
    await db.meta.put({ key: 'documentFonts', choice: 'comic' } as never)
    expect(await readDocumentFontChoice(db)).toBe('bundled')
  })
})
