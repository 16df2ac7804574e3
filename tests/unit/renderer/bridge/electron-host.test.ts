// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '@shared/ipc/contract'
import pkg from '../../../../package.json'
import { createElectronHost, detectElectronHost } from '@renderer/bridge/electron-host'

const requested: ((p: { reason: 'exit' }) => void)[] = []

function fakeApi() {
  const ok = async () => ({ ok: true }) as const
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
    writeBackup: vi.fn(async () => ({
      ok: true as const,
      value: { name: 'n', path: '/b/n', officePath: null, officeError: null, removed: 0 },
    })),
    listBackups: vi.fn(async () => ({
      ok: true as const,
      value: { folder: '/b', officeFolder: null, officeError: null, files: [] },
    })),
    readBackup: vi.fn(async () => ({
      ok: true as const,
      value: { name: 'n', bytes: new Uint8Array([1]) },
    })),
    chooseBackupFolder: vi.fn(async () => ({
      ok: true as const,
      value: { officeFolder: '/share' },
    })),
    clearBackupFolder: vi.fn(ok),
    finishExitBackup: vi.fn(ok),
    readSystemFont: vi.fn(async () => ({
      ok: true as const,
      value: { fileName: 'simfang.ttf', bytes: new Uint8Array([0, 1, 0, 0]) },
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
    const bytes = new Uint8Array([1])
    expect(host.backupTarget).toBe('disk')
    await host.writeBackup(bytes, '20260301-080000', 'exit')
    expect(api.writeBackup).toHaveBeenCalledWith({
      bytes,
      stamp: '20260301-080000',
      reason: 'exit',
    })
    await host.readBackup('office', 'n')
    expect(api.readBackup).toHaveBeenCalledWith({ location: 'office', name: 'n' })
    await host.listBackups()
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
