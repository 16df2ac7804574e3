import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_FILE_BYTES } from '@shared/ipc/contract'
import { createAppInfoHandlers } from '../../../../electron/main/ipc/app-info'
import {
  createDocumentsHandlers,
  type DocumentsDeps,
} from '../../../../electron/main/ipc/documents'
import { createFilesHandlers } from '../../../../electron/main/ipc/files'
import type { NativeDialogs } from '../../../../electron/main/services/dialogs'

vi.mock('electron', () => ({}))

let dir: string
const pdf = new TextEncoder().encode('%PDF-1.7 test')

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-ipc-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function dialogs(savePath: string | null, openPath: string | null = null) {
  return {
    chooseSavePath: vi.fn(async () => savePath),
    chooseOpenPath: vi.fn(async () => openPath),
  } satisfies NativeDialogs
}

function documents(overrides: Partial<DocumentsDeps> = {}) {
  let n = 0
  const deps: DocumentsDeps = {
    dialogs: dialogs(null),
    defaultDir: () => join(dir, 'Documents'),
    tempRoot: join(dir, 'tmp'),
    newId: () => `id-${++n}`,
    openPath: vi.fn(async () => ''),
    showPrintWindow: vi.fn(async () => undefined),
    ...overrides,
  }
  return { deps, handlers: createDocumentsHandlers(deps) }
}

describe('documents:savePdf', () => {
  it('writes the bytes where the dialog says, suggesting a sanitised name in Documents', async () => {
    const target = join(dir, '通知书.pdf')
    const d = dialogs(target)
    const { handlers } = documents({ dialogs: d })
    const result = await handlers['documents:savePdf']({
      bytes: pdf,
      suggestedName: '../责令改正/通知书',
    })
    expect(result).toEqual({ ok: true, value: { path: target } })
    expect(await readFile(target)).toEqual(Buffer.from(pdf))
    expect(d.chooseSavePath).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join(dir, 'Documents', '_责令改正_通知书.pdf'),
      }),
    )
    expect(await readdir(dir)).toEqual(['通知书.pdf']) // no leftover .part file
  })

  it('returns canceled when the dialog is closed', async () => {
    const { handlers } = documents({ dialogs: dialogs(null) })
    expect(await handlers['documents:savePdf']({ bytes: pdf, suggestedName: 'a' })).toMatchObject({
      ok: false,
      code: 'canceled',
    })
  })

  it('returns an io failure with a Chinese hint when the folder is gone', async () => {
    const { handlers } = documents({ dialogs: dialogs(join(dir, 'missing', 'a.pdf')) })
    const result = await handlers['documents:savePdf']({ bytes: pdf, suggestedName: 'a' })
    expect(result).toMatchObject({ ok: false, code: 'io' })
    expect(!result.ok && result.message).toMatch(/找不到“a\.pdf”或其所在文件夹/)
  })
})

describe('documents:openPdf / printPdf', () => {
  it('openPdf writes into userData/tmp/<id>/ and opens it with the OS', async () => {
    const { deps, handlers } = documents()
    expect(await handlers['documents:openPdf']({ bytes: pdf, suggestedName: '决定书' })).toEqual({
      ok: true,
    })
    const file = join(dir, 'tmp', 'id-1', '决定书.pdf')
    expect(deps.openPath).toHaveBeenCalledWith(file)
    expect(await readFile(file)).toEqual(Buffer.from(pdf))
  })

  it('openPdf keeps a traversal name inside the temp root', async () => {
    const { deps, handlers } = documents()
    await handlers['documents:openPdf']({ bytes: pdf, suggestedName: '../../../etc/x' })
    const [[file]] = vi.mocked(deps.openPath).mock.calls as [[string]]
    expect(file.startsWith(join(dir, 'tmp', 'id-1') + sep)).toBe(true)
  })

  it('openPdf reports when the OS has no viewer', async () => {
    const { handlers } = documents({ openPath: async () => 'No application is associated' })
    const result = await handlers['documents:openPdf']({ bytes: pdf, suggestedName: 'a' })
    expect(result).toMatchObject({ ok: false, code: 'unsupported' })
    expect(!result.ok && result.message).toMatch(/PDF 阅读器/)
  })

  it('printPdf writes a temp PDF and shows it in the print window', async () => {
    const { deps, handlers } = documents()
    expect(await handlers['documents:printPdf']({ bytes: pdf, title: '送达回证' })).toEqual({
      ok: true,
    })
    expect(deps.showPrintWindow).toHaveBeenCalledWith(
      join(dir, 'tmp', 'id-1', '送达回证.pdf'),
      '送达回证',
    )
  })

  it('printPdf reports a viewer that failed to load', async () => {
    const { handlers } = documents({
      showPrintWindow: async () => Promise.reject(new Error('ERR_FAILED')),
    })
    expect(await handlers['documents:printPdf']({ bytes: pdf, title: 't' })).toMatchObject({
      ok: false,
      code: 'unsupported',
    })
  })

  it('printPdf reports a temp folder that cannot be created', async () => {
    await writeFile(join(dir, 'tmp'), 'a file where the folder should be')
    const { handlers } = documents()
    expect(await handlers['documents:printPdf']({ bytes: pdf, title: 't' })).toMatchObject({
      ok: false,
      code: 'io',
    })
  })
})

describe('files:pickAndRead', () => {
  const filters = [{ name: 'Excel 文件', extensions: ['xlsx'] }]

  it('reads the chosen file', async () => {
    const file = join(dir, '台账.XLSX')
    await writeFile(file, 'PK')
    const handlers = createFilesHandlers({ dialogs: dialogs(null, file), defaultDir: () => dir })
    expect(await handlers['files:pickAndRead']({ title: '导入', filters })).toEqual({
      ok: true,
      value: { name: '台账.XLSX', bytes: new Uint8Array(Buffer.from('PK')) },
    })
  })

  it('refuses a file of the wrong type with a Chinese message', async () => {
    const file = join(dir, 'a.txt')
    await writeFile(file, 'x')
    const handlers = createFilesHandlers({ dialogs: dialogs(null, file), defaultDir: () => dir })
    const result = await handlers['files:pickAndRead']({ title: '导入', filters })
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: '“a.txt”的文件类型不符合要求。请选择Excel 文件（.xlsx）。',
    })
  })

  it('refuses a file over 200 MB without reading it', async () => {
    const file = join(dir, 'big.xlsx')
    await writeFile(file, '')
    await truncate(file, MAX_FILE_BYTES + 1) // sparse: costs no disk space
    const handlers = createFilesHandlers({ dialogs: dialogs(null, file), defaultDir: () => dir })
    const result = await handlers['files:pickAndRead']({ title: '导入', filters })
    expect(result).toMatchObject({ ok: false, code: 'invalid' })
    expect(!result.ok && result.message).toMatch(/不能超过 200 MB/)
  })

  it('canceled when the dialog is closed', async () => {
    const handlers = createFilesHandlers({ dialogs: dialogs(null, null), defaultDir: () => dir })
    expect(await handlers['files:pickAndRead']({ title: '导入', filters })).toMatchObject({
      code: 'canceled',
    })
  })
})

describe('files:saveAs', () => {
  it('writes bytes and suggests the first filter extension', async () => {
    const target = join(dir, 'backup.json')
    const d = dialogs(target)
    const handlers = createFilesHandlers({ dialogs: d, defaultDir: () => dir })
    const bytes = new TextEncoder().encode('{"v":1}')
    const filters = [{ name: '备份文件', extensions: ['json'] }]
    expect(
      await handlers['files:saveAs']({ bytes, suggestedName: '备份 2026-11-26', filters }),
    ).toEqual({
      ok: true,
      value: { path: target },
    })
    expect(await readFile(target, 'utf8')).toBe('{"v":1}')
    expect(d.chooseSavePath).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(dir, '备份 2026-11-26.json'), filters }),
    )
  })

  it('overwrites an existing file the user confirmed', async () => {
    const target = join(dir, 'x.json')
    await writeFile(target, 'old')
    const handlers = createFilesHandlers({ dialogs: dialogs(target), defaultDir: () => dir })
    await handlers['files:saveAs']({
      bytes: new Uint8Array([110, 101, 119]),
      suggestedName: 'x',
      filters: [],
    })
    expect(await readFile(target, 'utf8')).toBe('new')
  })
})

describe('app:getInfo', () => {
  it('reports name, version, host and platform', async () => {
    const handlers = createAppInfoHandlers(
      { getName: () => 'CaseDesk', getVersion: () => '0.1.0' },
      'win32',
    )
    expect(await handlers['app:getInfo'](undefined)).toEqual({
      name: 'CaseDesk',
      version: '0.1.0',
      host: 'electron',
      platform: 'win32',
    })
  })
})
