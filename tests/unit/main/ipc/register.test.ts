import { describe, expect, it, vi } from 'vitest'
import { contract, requestChannels } from '@shared/ipc/contract'
import { isTrustedSender, registerIpc, wrapHandler } from '../../../../electron/main/ipc/register'
import type { Handlers } from '../../../../electron/main/ipc/types'

vi.mock('electron', () => ({}))

const mainFrame = (url: string) => ({ url, parent: null })
const event = (frame: { url: string; parent: unknown } | null) => ({ senderFrame: frame }) as never

const ok = { ok: true } as const

function allHandlers(): Handlers {
  return {
    'app:getInfo': async () => ({
      name: 'CaseDesk',
      version: '0.1.0',
      host: 'electron',
      platform: 'linux',
    }),
    'documents:savePdf': async () => ({ ok: true, value: { path: '/x.pdf' } }),
    'documents:printPdf': async () => ok,
    'documents:openPdf': async () => ok,
    'files:pickAndRead': async () => ({ ok: false, code: 'canceled', message: '已取消。' }),
    'files:saveAs': async () => ({ ok: true, value: { path: null } }),
    'backup:list': async () => ({
      ok: true,
      value: { folder: '/b', officeFolder: null, officeError: null, files: [] },
    }),
    'backup:chooseFolder': async () => ({ ok: false, code: 'canceled', message: '已取消。' }),
    'backup:clearFolder': async () => ok,
    'backup:finishExit': async () => ok,
    'backup:open': async () => ({ ok: true, value: { id: 'w1' } }),
    'backup:append': async () => ok,
    'backup:finish': async () => ({ ok: false, code: 'io', message: '磁盘空间不足' }),
    'backup:abort': async () => ok,
    'backup:pickRead': async () => ({ ok: false, code: 'canceled', message: '已取消。' }),
    'backup:openListed': async () => ({ ok: false, code: 'invalid', message: '不是备份' }),
    'backup:readChunk': async () => ({ ok: false, code: 'invalid', message: '已关闭' }),
    'backup:closeRead': async () => ok,
    'fonts:readSystem': async () => ({
      ok: true,
      value: { fileName: 'simfang.ttf', bytes: null },
    }),
    'sync:configure': async () => ({ ok: true, value: { remembered: false } }),
    'sync:forget': async () => ok,
    'sync:request': async () => ({
      ok: true,
      value: { status: 200, contentType: 'application/json', body: '{}' },
    }),
  }
}

describe('isTrustedSender', () => {
  it.each([
    ['our main frame', mainFrame('app://casedesk/index.html'), null, true],
    ['our main frame on a route', mainFrame('app://casedesk/cases/1'), null, true],
    ['a foreign host on our scheme', mainFrame('app://evil/index.html'), null, false],
    ['a web page', mainFrame('https://example.com/'), null, false],
    ['a file:// page', mainFrame('file:///tmp/x.html'), null, false],
    ['an iframe of ours', { url: 'app://casedesk/index.html', parent: {} }, null, false],
    ['a destroyed frame', null, null, false],
    ['the dev server in dev', mainFrame('http://localhost:5173/'), 'http://localhost:5173', true],
    ['the dev server when not in dev', mainFrame('http://localhost:5173/'), null, false],
    ['another port in dev', mainFrame('http://localhost:5174/'), 'http://localhost:5173', false],
  ])('%s → %s', (_what, frame, devOrigin, trusted) => {
    expect(isTrustedSender({ senderFrame: frame as never }, devOrigin)).toBe(trusted)
  })
})

describe('wrapHandler', () => {
  const bytes = new Uint8Array([37, 80, 68, 70])

  it('rejects a foreign sender frame before parsing or calling the handler', async () => {
    const handler = vi.fn(async () => ok)
    const wrapped = wrapHandler('documents:printPdf', handler, null)
    await expect(
      wrapped(event(mainFrame('https://evil.example/')), { bytes, title: 't' }),
    ).rejects.toThrow(/refused/)
    await expect(
      wrapped(event({ url: 'app://casedesk/', parent: {} }), { bytes, title: 't' }),
    ).rejects.toThrow(/refused/)
    expect(handler).not.toHaveBeenCalled()
  })

  it.each([
    ['no input', undefined],
    ['bytes as a plain array', { bytes: [1, 2, 3], title: 't' }],
    ['an empty title', { bytes, title: '  ' }],
    ['an extra field (a path!)', { bytes, title: 't', path: '/etc/passwd' }],
    ['a string', 'hello'],
  ])('rejects bad input: %s', async (_what, input) => {
    const handler = vi.fn(async () => ok)
    const wrapped = wrapHandler('documents:printPdf', handler, null)
    await expect(wrapped(event(mainFrame('app://casedesk/index.html')), input)).rejects.toThrow(
      /invalid input/,
    )
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes parsed input to the handler and returns its parsed output', async () => {
    const handler = vi.fn(async () => ok)
    const wrapped = wrapHandler('documents:printPdf', handler, null)
    await expect(
      wrapped(event(mainFrame('app://casedesk/index.html')), { bytes, title: ' 通知书 ' }),
    ).resolves.toEqual(ok)
    expect(handler).toHaveBeenCalledWith({ bytes, title: '通知书' })
  })

  it('rejects a handler output that breaks the contract (a bug in main)', async () => {
    const wrapped = wrapHandler('documents:printPdf', (async () => ({ ok: 'yes' })) as never, null)
    await expect(
      wrapped(event(mainFrame('app://casedesk/index.html')), { bytes, title: 't' }),
    ).rejects.toThrow(/invalid output/)
  })
})

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    const handle = vi.fn()
    registerIpc({ handle }, allHandlers(), null)
    expect(handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual(
      Object.keys(contract).sort(),
    )
    expect(Object.values(requestChannels).sort()).toEqual(Object.keys(contract).sort())
  })

  it('refuses to start with a missing handler or one outside the contract', () => {
    const missing = allHandlers() as Partial<Handlers>
    delete missing['files:saveAs']
    expect(() => registerIpc({ handle: vi.fn() }, missing as Handlers, null)).toThrow(
      /files:saveAs/,
    )
    const extra = { ...allHandlers(), 'shell:exec': async () => ok } as Handlers
    expect(() => registerIpc({ handle: vi.fn() }, extra, null)).toThrow(/shell:exec/)
  })

  it('app:getInfo takes no input', async () => {
    const handle = vi.fn()
    registerIpc({ handle }, allHandlers(), null)
    const [, listener] = handle.mock.calls.find(([c]) => c === 'app:getInfo') as [
      string,
      (e: never, i: unknown) => Promise<unknown>,
    ]
    await expect(listener(event(mainFrame('app://casedesk/')), undefined)).resolves.toMatchObject({
      host: 'electron',
    })
    await expect(listener(event(mainFrame('app://casedesk/')), { x: 1 })).rejects.toThrow(
      /invalid input/,
    )
  })
})
