// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api } from '@shared/ipc/contract'
import pkg from '../../../../package.json'
import { createElectronHost, detectElectronHost } from '@renderer/bridge/electron-host'

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
