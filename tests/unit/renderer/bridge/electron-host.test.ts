// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '@shared/ipc/contract'
import pkg from '../../../../package.json'
import { createElectronHost, detectElectronHost } from '@renderer/bridge/electron-host'

const requested: ((p: { reason: 'exit' }) => void)[] = []

/** What the fake main received through backup:append, and the file it serves for reading. */
const stream = { appended: [] as Uint8Array[], failAppendAt: -1, file: new Uint8Array(0) }

function fakeApi() {
  const ok = async () => ({ ok: true }) as const
  const written = { name: 'n', path: '/b/n', officePath: null, officeError: null, removed: 0 }
  return {
    getAppInfo: vi.fn(async () => ({
      name: 'CaseDesk',
      version: '0.1.0',
      host: 'electron' as const,
      platform: 'win32',
    })),
    savePdf: vi.fn(async () => ({ ok: true as const, value: { path: 'C:\\a.pdf' } })),
    printPdf: vi.fn(ok),
    openPdf: vi.fn(ok),
    pickAndReadFile: vi.fn(async () => ({
      ok: false as const,
      code: 'canceled' as const,
      message: '已取消。',
    })),
    saveFileAs: vi.fn(async () => ({ ok: true as const, value: { path: null } })),
    listBackups: vi.fn(async () => ({
      ok: true as const,
      value: { folder: '/b', officeFolder: null, officeError: null, files: [] },
    })),
    chooseBackupFolder: vi.fn(async () => ({
      ok: true as const,
      value: { officeFolder: '/share' },
    })),
    clearBackupFolder: vi.fn(ok),
    openBackupWrite: vi.fn(async () => ({ ok: true as const, value: { id: 'w1' } })),
    appendBackupWrite: vi.fn(async ({ bytes }: { id: string; bytes: Uint8Array }) => {
      if (stream.appended.length === stream.failAppendAt) {
        return { ok: false as const, code: 'io' as const, message: '磁盘空间不足' }
      }
      stream.appended.push(bytes)
      return { ok: true as const }
    }),
    finishBackupWrite: vi.fn(async () => ({ ok: true as const, value: written })),
    abortBackupWrite: vi.fn(ok),
    pickBackupFiles: vi.fn(async () => ({
      ok: true as const,
      value: { files: [{ token: 't1', name: 'a.casedesk', bytes: stream.file.length }] },
    })),
    openListedBackup: vi.fn(async () => ({
      ok: true as const,
      value: { token: 't2', name: 'b.casedesk', bytes: stream.file.length },
    })),
    readBackupChunk: vi.fn(
      async ({ offset, length }: { token: string; offset: number; length: number }) => ({
        ok: true as const,
        value: { bytes: stream.file.slice(offset, offset + length) },
      }),
    ),
    closeBackupRead: vi.fn(ok),
    finishExitBackup: vi.fn(ok),
    readSystemFont: vi.fn(async () => ({
      ok: true as const,
      value: { fileName: 'simfang.ttf', bytes: new Uint8Array([0, 1, 0, 0]) },
    })),
    configureSync: vi.fn(async () => ({ ok: true as const, value: { remembered: true } })),
    forgetSync: vi.fn(ok),
    syncRequest: vi.fn(async () => ({
      ok: true as const,
      value: { status: 200, contentType: 'application/json', body: '{"ok":true}' },
    })),
    onBackupRequested: vi.fn((cb: (p: { reason: 'exit' }) => void) => {
      requested.push(cb)
      return () => undefined
    }),
  } satisfies Api
}

afterEach(() => {
  delete (window as { api?: Api }).api
})

describe('electron host: backups in chunks', () => {
  const big = () => {
    const bytes = new Uint8Array(2 * 1024 + 5)
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251
    return bytes
  }

  it('stores a backup as fixed-size chunks through open → append → finish', async () => {
    stream.appended = []
    stream.failAppendAt = -1
    const api = fakeApi()
    const bytes = big()
    const r = await createElectronHost(api, { chunkBytes: 1024 }).storeBackup(
      new Blob([bytes]),
      'increment',
      '20260301-080000',
      'scheduled',
    )
    expect(r.ok).toBe(true)
    expect(api.openBackupWrite).toHaveBeenCalledWith({
      kind: 'increment',
      stamp: '20260301-080000',
      reason: 'scheduled',
    })
    expect(stream.appended.map((b) => b.length)).toEqual([1024, 1024, 5])
    expect(new Uint8Array(await new Blob(stream.appended as BlobPart[]).arrayBuffer())).toEqual(
      bytes,
    )
    expect(api.finishBackupWrite).toHaveBeenCalledWith({ id: 'w1' })
    expect(api.abortBackupWrite).not.toHaveBeenCalled()
  })

  it('a failed chunk aborts the backup (main removes the partial file)', async () => {
    stream.appended = []
    stream.failAppendAt = 1
    const api = fakeApi()
    const r = await createElectronHost(api, { chunkBytes: 1024 }).storeBackup(
      new Blob([big()]),
      'full',
      '20260301-080000',
      'manual',
    )
    expect(r).toMatchObject({ ok: false, code: 'io' })
    expect(api.abortBackupWrite).toHaveBeenCalledWith({ id: 'w1' })
    expect(api.finishBackupWrite).not.toHaveBeenCalled()
  })

  it('reads picked and listed backups by token into Blobs, then closes the token', async () => {
    stream.file = big()
    const api = fakeApi()
    const host = createElectronHost(api, { chunkBytes: 1024 })
    const picked = await host.pickBackupFiles('选择')
    expect(picked.ok && picked.value[0]!.name).toBe('a.casedesk')
    if (!picked.ok) throw new Error(picked.message)
    expect(new Uint8Array(await picked.value[0]!.blob.arrayBuffer())).toEqual(stream.file)
    expect(api.readBackupChunk).toHaveBeenCalledTimes(3)
    expect(api.closeBackupRead).toHaveBeenCalledWith({ token: 't1' })
    const listed = await host.openListedBackup('local', 'b.casedesk')
    expect(listed.ok && listed.value.blob.size).toBe(stream.file.length)
    expect(api.closeBackupRead).toHaveBeenCalledWith({ token: 't2' })
  })
})

describe('electron host', () => {
  it('maps every HostApi method onto its window.api method with one input object', async () => {
    const api = fakeApi()
    const host = createElectronHost(api)
    const bytes = new Uint8Array([1])
    const filters = [{ name: 'PDF 文件', extensions: ['pdf'] }]
    expect(host.kind).toBe('electron')
    expect(await host.getAppInfo()).toMatchObject({ host: 'electron' })
    expect(await host.savePdf(bytes, 'a')).toEqual({ ok: true, value: { path: 'C:\\a.pdf' } })
    await host.printPdf(bytes, '标题')
    await host.openPdf(bytes, 'b')
    expect(await host.pickFile('选择', filters)).toMatchObject({ code: 'canceled' })
    await host.saveFile(bytes, 'c', filters)
    expect(api.savePdf).toHaveBeenCalledWith({ bytes, suggestedName: 'a' })
    expect(api.printPdf).toHaveBeenCalledWith({ bytes, title: '标题' })
    expect(api.openPdf).toHaveBeenCalledWith({ bytes, suggestedName: 'b' })
    expect(api.pickAndReadFile).toHaveBeenCalledWith({ title: '选择', filters })
    expect(api.saveFileAs).toHaveBeenCalledWith({ bytes, suggestedName: 'c', filters })
  })

  it('maps the backup methods and reports the on-exit backup back to main', async () => {
    const api = fakeApi()
    const host = createElectronHost(api)
    expect(host.backupTarget).toBe('disk')
    await host.listBackups()
    expect(api.listBackups).toHaveBeenCalled()
    await host.chooseBackupFolder()
    await host.clearBackupFolder()
    const backup = vi.fn(async () => undefined)
    host.onExitBackup(backup)
    requested.at(-1)!({ reason: 'exit' })
    await vi.waitFor(() => expect(api.finishExitBackup).toHaveBeenCalledWith({ ok: true }))
    expect(backup).toHaveBeenCalledOnce()
  })

  it('readSystemFont asks main for allowlisted names only', async () => {
    const api = fakeApi()
    const host = createElectronHost(api)
    expect(await host.readSystemFont('SimFang.ttf')).toMatchObject({
      ok: true,
      value: { fileName: 'simfang.ttf' },
    })
    expect(api.readSystemFont).toHaveBeenCalledWith({ fileName: 'SimFang.ttf' })
    expect(await host.readSystemFont('..\\simfang.ttf')).toMatchObject({
      ok: false,
      code: 'invalid',
    })
    expect(api.readSystemFont).toHaveBeenCalledTimes(1)
  })

  it('detectElectronHost finds window.api only when the preload exposed it', () => {
    expect(detectElectronHost()).toBeNull()
    ;(window as { api?: Api }).api = fakeApi()
    expect(detectElectronHost()?.kind).toBe('electron')
  })

  it('api.ts picks the browser host when there is no preload', async () => {
    vi.resetModules()
    const { host } = await import('@renderer/bridge/api')
    expect(host.kind).toBe('browser')
    // From the build-time defines (vitest.config.ts reads package.json).
    expect(await host.getAppInfo()).toMatchObject({ name: pkg.productName, version: pkg.version })
  })
})
