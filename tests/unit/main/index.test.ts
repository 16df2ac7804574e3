// Wiring test for electron/main/index.ts with a fake `electron` module: the order of the
// before-ready steps, the window it opens, the IPC channels and the protocol it registers.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { contract } from '@shared/ipc/contract'

const h = vi.hoisted(() => {
  const calls: string[] = []
  const windows: { options: Record<string, unknown>; url?: string }[] = []
  const paths: Record<string, string> = { userData: '/real/profile', documents: '/docs' }
  return { calls, windows, paths, lock: true }
})

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setPath: (key: string, value: string) => {
      h.calls.push(`setPath:${key}`)
      h.paths[key] = value
    },
    getPath: (key: string) => h.paths[key] ?? '',
    enableSandbox: () => h.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => {
      h.calls.push('requestSingleInstanceLock')
      return h.lock
    },
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    quit: () => h.calls.push('quit'),
    getName: () => 'CaseDesk',
    getVersion: () => '0.1.0',
  })
  class BrowserWindow extends Emitter {
    webContents = new Emitter()
    constructor(public options: Record<string, unknown>) {
      super()
      h.windows.push(this as never)
    }
    loadURL(url: string) {
      ;(this as unknown as { url: string }).url = url
      return Promise.resolve()
    }
    show() {}
  }
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string) => h.calls.push(`ipc:${channel}`) },
    protocol: {
      registerSchemesAsPrivileged: () => h.calls.push('registerSchemesAsPrivileged'),
      handle: (scheme: string) => h.calls.push(`protocol.handle:${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => h.calls.push('permissionRequest'),
        setPermissionCheckHandler: () => h.calls.push('permissionCheck'),
      },
    },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: vi.fn(),
      decryptString: vi.fn(),
    },
  }
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('electron/main/index.ts', () => {
  it('sets up everything before ready, then serves, registers IPC and opens a secure window', async () => {
    vi.stubEnv('CASEDESK_USER_DATA', '/tmp/casedesk-test-profile')
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    await import('../../../electron/main/index')
    await new Promise((resolve) => setImmediate(resolve))

    const { calls, windows, paths } = h
    expect(paths.userData).toBe('/tmp/casedesk-test-profile')
    // userData is set before the lock (the lock is keyed on it) and before the scheme/sandbox.
    expect(calls.slice(0, 4)).toEqual([
      'setPath:userData',
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
    ])
    expect(calls).toContain('permissionRequest')
    expect(calls).toContain('permissionCheck')
    expect(calls).toContain('protocol.handle:app')
    expect(calls.filter((c) => c.startsWith('ipc:')).sort()).toEqual(
      Object.keys(contract)
        .map((c) => `ipc:${c}`)
        .sort(),
    )
    expect(windows).toHaveLength(1)
    expect(windows[0]?.url).toBe('app://casedesk/index.html')
    expect(windows[0]?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(String((windows[0]?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]index\.js$/,
    )
  })
})
