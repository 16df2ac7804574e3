// fonts:readSystem (prefer the installed 仿宋/黑体): allowlisted names only, looked up in
// ONE folder (%WINDIR%\Fonts, or CASEDESK_FONTS_DIR in tests), regular files up to 64 MB.
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_SYSTEM_FONT_BYTES } from '@shared/ipc/system-fonts'
import { contract } from '@shared/ipc/contract'
import { createFontsHandlers, systemFontsDir } from '../../../../electron/main/ipc/fonts'
import { wrapHandler } from '../../../../electron/main/ipc/register'

vi.mock('electron', () => ({}))

let root: string
let fonts: string
const fangsong = new Uint8Array([0, 1, 0, 0, 0x46, 0x53])

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'casedesk-fonts-'))
  fonts = join(root, 'Fonts')
  await mkdir(fonts)
  await writeFile(join(fonts, 'SIMFANG.TTF'), fangsong)
  await writeFile(join(root, 'secret.ttf'), new Uint8Array([9]))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const read = (fileName: string, env: Record<string, string>, platform = 'linux') =>
  createFontsHandlers({ platform, env })['fonts:readSystem']({ fileName })

describe('systemFontsDir', () => {
  it.each([
    ['win32', { WINDIR: 'C:\\Windows' }, join('C:\\Windows', 'Fonts')],
    ['win32', { SystemRoot: 'D:\\WIN' }, join('D:\\WIN', 'Fonts')],
    ['win32', { WINDIR: 'C:\\Windows', SystemRoot: 'D:\\WIN' }, join('C:\\Windows', 'Fonts')],
    ['win32', {}, null],
    ['linux', { WINDIR: 'C:\\Windows' }, null],
    ['darwin', {}, null],
    ['linux', { CASEDESK_FONTS_DIR: '/tmp/f' }, '/tmp/f'],
    ['win32', { CASEDESK_FONTS_DIR: ' ', WINDIR: 'C:\\Windows' }, join('C:\\Windows', 'Fonts')],
  ])('%s %j → %s', (platform, env, dir) => {
    expect(systemFontsDir({ platform, env })).toBe(dir)
  })
})

describe('fonts:readSystem', () => {
  it('reads an allowlisted file from the font folder, matching the name case-insensitively', async () => {
    const r = await read('simfang.ttf', { CASEDESK_FONTS_DIR: fonts })
    expect(r).toEqual({ ok: true, value: { fileName: 'simfang.ttf', bytes: fangsong } })
  })

  it('reads from %WINDIR%\\Fonts on Windows', async () => {
    const r = await read('SimFang.TTF', { WINDIR: root }, 'win32')
    expect(r).toMatchObject({ ok: true, value: { fileName: 'simfang.ttf' } })
  })

  it('finds a font installed for this user only (%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts)', async () => {
    const local = join(root, 'Local')
    await mkdir(join(local, 'Microsoft', 'Windows', 'Fonts'), { recursive: true })
    await writeFile(join(local, 'Microsoft', 'Windows', 'Fonts', 'FZXBSJW.TTF'), fangsong)
    const r = await read('fzxbsjw.ttf', { WINDIR: root, LOCALAPPDATA: local }, 'win32')
    expect(r).toEqual({ ok: true, value: { fileName: 'fzxbsjw.ttf', bytes: fangsong } })
    // No per-user folder at all is not an error: the font is simply not installed.
    const none = await read('fzxbsjw.ttf', { WINDIR: root, LOCALAPPDATA: join(root, 'x') }, 'win32')
    expect(none).toEqual({ ok: true, value: { fileName: 'fzxbsjw.ttf', bytes: null } })
  })

  it('returns bytes: null for an allowlisted font that is not installed', async () => {
    expect(await read('fzxbsjw.ttf', { CASEDESK_FONTS_DIR: fonts })).toEqual({
      ok: true,
      value: { fileName: 'fzxbsjw.ttf', bytes: null },
    })
  })

  it('is unsupported anywhere but Windows (no override)', async () => {
    const r = await read('simfang.ttf', { WINDIR: root }, 'linux')
    expect(r).toMatchObject({ ok: false, code: 'unsupported' })
    expect(!r.ok && r.message).toMatch(/Windows/)
  })

  it.each([
    '../secret.ttf',
    '..\\secret.ttf',
    'secret.ttf',
    'arial.ttf',
    '/tmp/Fonts/SIMFANG.TTF',
    'C:\\Windows\\Fonts\\simfang.ttf',
    'Fonts/simfang.ttf',
    '',
  ])('refuses %j: not exactly an allowlisted file name', async (fileName) => {
    expect(await read(fileName, { CASEDESK_FONTS_DIR: fonts })).toMatchObject({
      ok: false,
      code: 'invalid',
    })
  })

  it('the wrapped channel rejects a non-allowlisted name before the handler runs', async () => {
    const handler = vi.fn(async () => ({
      ok: true as const,
      value: { fileName: 'x', bytes: null },
    }))
    const wrapped = wrapHandler('fonts:readSystem', handler, null)
    const event = { senderFrame: { url: 'app://casedesk/index.html', parent: null } } as never
    await expect(wrapped(event, { fileName: '../secret.ttf' })).rejects.toThrow(/invalid input/)
    await expect(wrapped(event, { fileName: 'simfang.ttf' })).resolves.toMatchObject({ ok: true })
    expect(handler).toHaveBeenCalledTimes(1)
    expect(contract['fonts:readSystem'].input.safeParse({ fileName: 'simhei.ttf' }).success).toBe(
      true,
    )
  })

  it('refuses a symlink or a folder with the allowlisted name', async () => {
    await symlink(join(root, 'secret.ttf'), join(fonts, 'simhei.ttf'))
    await mkdir(join(fonts, 'simkai.ttf'))
    for (const name of ['simhei.ttf', 'simkai.ttf']) {
      const r = await read(name, { CASEDESK_FONTS_DIR: fonts })
      expect(r).toMatchObject({ ok: false, code: 'io' })
      expect(!r.ok && r.message).toMatch(/不是普通文件/)
    }
  })

  it('refuses a file over 64 MB (sparse file, nothing read)', async () => {
    const big = join(fonts, 'simsun.ttc')
    await writeFile(big, '')
    await truncate(big, MAX_SYSTEM_FONT_BYTES + 1)
    const r = await read('simsun.ttc', { CASEDESK_FONTS_DIR: fonts })
    expect(r).toMatchObject({ ok: false, code: 'io' })
    expect(!r.ok && r.message).toMatch(/过大/)
  })

  it('reports a missing font folder as an io failure with a Chinese message', async () => {
    const r = await read('simfang.ttf', { CASEDESK_FONTS_DIR: join(root, 'nope') })
    expect(r).toMatchObject({ ok: false, code: 'io' })
    expect(!r.ok && r.message).toMatch(/找不到/)
  })
})
