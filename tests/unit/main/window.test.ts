import { EventEmitter } from 'node:events'
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { printWindowOptions } from '../../../electron/main/services/print-window'
import {
  createMainWindow,
  focusWindow,
  mainWindowOptions,
  secureWebPreferences,
} from '../../../electron/main/window'

vi.mock('electron', () => ({}))

const baseline = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webSecurity: true,
}

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = []
  webContents = new EventEmitter()
  shown = 0
  loaded: string[] = []
  constructor(public options: BrowserWindowConstructorOptions) {
    super()
    FakeWindow.created.push(this)
  }
  show() {
    this.shown += 1
  }
  loadURL(url: string) {
    this.loaded.push(url)
    return Promise.resolve()
  }
}

describe('window options', () => {
  it('main window: sandbox, context isolation, no Node, preload, hidden until ready', () => {
    const options = mainWindowOptions({
      preloadPath: '/out/preload/index.js',
      url: 'app://casedesk/index.html',
      title: 'T',
    })
    expect(options.webPreferences).toMatchObject({ ...baseline, preload: '/out/preload/index.js' })
    expect(options.show).toBe(false)
  })

  it('extra options cannot weaken the baseline (sandbox forced last)', () => {
    const prefs = secureWebPreferences({
      sandbox: false,
      nodeIntegration: true,
      contextIsolation: false,
    })
    expect(prefs).toMatchObject(baseline)
  })

  it('print window: same baseline, PDF viewer plugin, no preload', () => {
    const options = printWindowOptions('责令改正通知书', null)
    expect(options.webPreferences).toMatchObject({ ...baseline, plugins: true })
    expect(options.webPreferences?.preload).toBeUndefined()
    expect(options.title).toContain('责令改正通知书')
  })
})

describe('createMainWindow', () => {
  it('loads the URL and shows the window on ready-to-show', async () => {
    const win = createMainWindow(
      FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      {
        preloadPath: '/p.js',
        url: 'app://casedesk/index.html',
        title: 'CaseDesk',
      },
    ) as unknown as FakeWindow
    expect(win.loaded).toEqual(['app://casedesk/index.html'])
    expect(win.shown).toBe(0)
    win.emit('ready-to-show')
    expect(win.shown).toBe(1)
    expect(win.options.webPreferences).toMatchObject(baseline)
  })

  it('focusWindow restores a minimised window and ignores a destroyed one', () => {
    const win = {
      isDestroyed: () => false,
      isMinimized: () => true,
      isVisible: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    }
    focusWindow(win as unknown as BrowserWindow)
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
    focusWindow({ isDestroyed: () => true } as unknown as BrowserWindow)
    focusWindow(null)
  })
})
