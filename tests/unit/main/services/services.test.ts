import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { applyUserDataOverride, tempRootOf } from '../../../../electron/main/app-paths'
import { devServerOrigin, isAppUrl } from '../../../../electron/main/origin'
import { electronDialogs } from '../../../../electron/main/services/dialogs'
import { ioFailure, readFileLimited } from '../../../../electron/main/services/file-io'
import { sanitizeFileName } from '../../../../electron/main/services/file-name'
import {
  cleanTempRoot,
  removeTempFile,
  writeTempFile,
} from '../../../../electron/main/services/temp-files'

vi.mock('electron', () => ({}))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-svc-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('sanitizeFileName', () => {
  it.each([
    ['责令改正通知书', 'pdf', '责令改正通知书.pdf'],
    ['责令改正通知书.PDF', 'pdf', '责令改正通知书.PDF'],
    ['a/b\\c:d*e?f"g<h>i|j', 'pdf', 'a_b_c_d_e_f_g_h_i_j.pdf'],
    ['../../etc/passwd', undefined, '_.._etc_passwd'],
    ['   ', 'pdf', '未命名.pdf'],
    ['...', undefined, '未命名'],
    ['CON', 'pdf', '_CON.pdf'],
    ['lpt1.txt', undefined, '_lpt1.txt'],
    ['tab\there\u0000', undefined, 'tab_here_'],
  ])('%j → %j', (input, ext, expected) => {
    expect(sanitizeFileName(input, ext)).toBe(expected)
  })

  it('caps long CJK names at 200 UTF-8 bytes and keeps the extension', () => {
    const name = sanitizeFileName('案'.repeat(300), 'pdf')
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200)
    expect(name.endsWith('.pdf')).toBe(true)
  })
})

describe('temp files', () => {
  it('writes into its own folder and removes that folder again', async () => {
    const root = join(dir, 'tmp')
    const file = await writeTempFile(root, '通知书', 'pdf', new Uint8Array([1]), () => 'abc')
    expect(file).toBe(join(root, 'abc', '通知书.pdf'))
    await removeTempFile(root, file)
    expect(await readdir(root)).toEqual([])
  })

  it('refuses an id that would escape the root', async () => {
    await expect(
      writeTempFile(join(dir, 'tmp'), 'x', 'pdf', new Uint8Array(), () => '../../out'),
    ).rejects.toThrow(/escapes/)
  })

  it('cleanTempRoot removes only entries older than the limit', async () => {
    const root = join(dir, 'tmp')
    await mkdir(join(root, 'old'), { recursive: true })
    await mkdir(join(root, 'new'), { recursive: true })
    const now = Date.now()
    const twoDaysAgo = new Date(now - 2 * 86_400_000)
    await utimes(join(root, 'old'), twoDaysAgo, twoDaysAgo)
    expect(await cleanTempRoot(root, now, 86_400_000)).toBe(1)
    expect(await readdir(root)).toEqual(['new'])
    expect(await cleanTempRoot(join(dir, 'absent'), now, 1)).toBe(0)
  })
})

describe('file-io', () => {
  it('readFileLimited reads small files and refuses big ones', async () => {
    const file = join(dir, 'a.bin')
    await writeFile(file, Buffer.from([1, 2, 3]))
    expect(await readFileLimited(file, 3)).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) })
    expect(await readFileLimited(file, 2)).toMatchObject({ ok: false, code: 'invalid' })
    expect(await readFileLimited(dir)).toMatchObject({ ok: false, code: 'io' })
  })

  it.each([
    ['EACCES', /没有权限/],
    ['EBUSY', /占用/],
    ['ENOSPC', /磁盘空间不足/],
    ['EWHATEVER', /保存“x\.pdf”失败（EWHATEVER）/],
  ])('ioFailure(%s) says what to do', (code, message) => {
    expect(ioFailure({ code }, 'write', '/a/x.pdf')).toMatchObject({
      ok: false,
      code: 'io',
      message: expect.stringMatching(message),
    })
  })
})

describe('electronDialogs', () => {
  const parent = { isDestroyed: () => false } as unknown as BrowserWindow

  it('save: modal to the parent, overwrite confirmation, null on cancel', async () => {
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/chosen.pdf' })),
      showOpenDialog: vi.fn(),
    }
    const d = electronDialogs(dialog as never, () => parent)
    expect(await d.chooseSavePath({ title: 't', defaultPath: '/d/a.pdf', filters: [] })).toBe(
      '/chosen.pdf',
    )
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        defaultPath: '/d/a.pdf',
        properties: expect.arrayContaining(['showOverwriteConfirmation']),
      }),
    )
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await d.chooseSavePath({ title: 't', defaultPath: '/d/a.pdf', filters: [] })).toBeNull()
  })

  it('open: one file, without a parent when the window is gone', async () => {
    const dialog = {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/a.xlsx'] })),
    }
    const d = electronDialogs(dialog as never, () => null)
    expect(await d.chooseOpenPath({ title: 't', filters: [] })).toBe('/a.xlsx')
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile'] }),
    )
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await d.chooseOpenPath({ title: 't', filters: [] })).toBeNull()
  })
})

describe('userData override and origins', () => {
  it('CASEDESK_USER_DATA sets userData (relative paths resolve from cwd)', () => {
    const paths: Record<string, string> = { userData: '/home/u/.config/CaseDesk' }
    const app = {
      setPath: (k: string, v: string) => void (paths[k] = v),
      getPath: (k: string) => paths[k] ?? '',
    }
    expect(applyUserDataOverride(app as never, undefined, '/cwd')).toBe('/home/u/.config/CaseDesk')
    expect(applyUserDataOverride(app as never, 'profiles/test', '/cwd')).toBe(
      join('/cwd', 'profiles/test'),
    )
    expect(applyUserDataOverride(app as never, '/tmp/p', '/cwd')).toBe('/tmp/p')
    expect(tempRootOf('/tmp/p')).toBe(join('/tmp/p', 'tmp'))
  })

  it.each([
    ['http://localhost:5173', false, 'http://localhost:5173'],
    ['http://localhost:5173', true, null],
    [undefined, false, null],
    ['file:///x', false, null],
    ['::', false, null],
  ])('devServerOrigin(%s, packaged=%s) = %s', (url, packaged, origin) => {
    expect(devServerOrigin(url, packaged)).toBe(origin)
  })

  it('isAppUrl accepts only app://casedesk (no credentials) and the dev origin', () => {
    expect(isAppUrl('app://casedesk/x', null)).toBe(true)
    expect(isAppUrl('app://u:p@casedesk/x', null)).toBe(false)
    expect(isAppUrl('app://casedesk.evil/x', null)).toBe(false)
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
  })
})
