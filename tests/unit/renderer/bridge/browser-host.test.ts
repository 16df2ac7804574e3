// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBrowserHost } from '@renderer/bridge/browser-host'

const host = createBrowserHost({ name: 'CaseDesk', version: '0.1.0' })
const pdf = new TextEncoder().encode('%PDF-1.7')

let clicked: HTMLAnchorElement[]
let blobs: Map<string, Blob>

beforeEach(() => {
  clicked = []
  blobs = new Map()
  let n = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:app/${++n}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this)
  })
})

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('browser host', () => {
  it('readSystemFont is unsupported (no throw) and says what to use instead', async () => {
    const r = await host.readSystemFont('simfang.ttf')
    expect(r).toMatchObject({ ok: false, code: 'unsupported' })
    expect(!r.ok && r.message).toMatch(/Windows 桌面版/)
  })

  it('getAppInfo reports the build-time name and version', async () => {
    expect(await host.getAppInfo()).toMatchObject({
      name: 'CaseDesk',
      version: '0.1.0',
      host: 'browser',
    })
    expect(host.kind).toBe('browser')
  })

  it('savePdf downloads a PDF blob under the suggested name', async () => {
    expect(await host.savePdf(pdf, '责令改正通知书')).toEqual({ ok: true, value: { path: null } })
    expect(clicked).toHaveLength(1)
    const link = clicked[0]!
    expect(link.download).toBe('责令改正通知书.pdf')
    const blob = blobs.get(link.getAttribute('href') ?? '')!
    expect(blob.type).toBe('application/pdf')
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(pdf)
    expect(document.querySelector('a')).toBeNull() // the link is removed again
  })

  it('saveFile adds the first filter extension only when missing', async () => {
    await host.saveFile(new Uint8Array([1]), '备份', [{ name: '备份', extensions: ['json'] }])
    await host.saveFile(new Uint8Array([1]), '备份.JSON', [{ name: '备份', extensions: ['json'] }])
    expect(clicked.map((a) => a.download)).toEqual(['备份.json', '备份.JSON'])
  })

  it('openPdf opens a new tab, or downloads when pop-ups are blocked', async () => {
    const tab = { opener: {} }
    const open = vi.spyOn(window, 'open').mockReturnValueOnce(tab as unknown as Window)
    expect(await host.openPdf(pdf, '决定书')).toEqual({ ok: true })
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^blob:/), '_blank')
    expect(tab.opener).toBeNull()
    expect(clicked).toHaveLength(0)
    open.mockReturnValueOnce(null)
    expect(await host.openPdf(pdf, '决定书')).toEqual({ ok: true })
    expect(clicked.map((a) => a.download)).toEqual(['决定书.pdf'])
  })

  it('printPdf loads the PDF in a hidden frame and prints it once loaded', async () => {
    const pending = host.printPdf(pdf, '送达回证')
    const frame = document.querySelector('iframe')!
    expect(frame.src).toMatch(/^blob:/)
    expect(frame.style.display).not.toBe('none')
    const print = vi.fn()
    Object.defineProperty(frame, 'contentWindow', { value: { print, focus: vi.fn() } })
    frame.dispatchEvent(new Event('load'))
    expect(await pending).toEqual({ ok: true })
    expect(print).toHaveBeenCalledOnce()
    // The next print replaces the previous frame.
    void host.printPdf(pdf, '第二份')
    expect(document.querySelectorAll('iframe')).toHaveLength(1)
  })

  it('printPdf reports unsupported when print() throws', async () => {
    const pending = host.printPdf(pdf, 'x')
    const frame = document.querySelector('iframe')!
    Object.defineProperty(frame, 'contentWindow', {
      value: {
        focus: vi.fn(),
        print: () => {
          throw new Error('blocked')
        },
      },
    })
    frame.dispatchEvent(new Event('load'))
    expect(await pending).toMatchObject({ ok: false, code: 'unsupported' })
  })
})

describe('browser host: pickFile', () => {
  function pick(filters = [{ name: 'Excel 文件', extensions: ['xlsx'] }]) {
    const clickSpy = vi
      .spyOn(HTMLInputElement.prototype, 'click')
      .mockImplementation(() => undefined)
    const pending = host.pickFile('导入台账', filters)
    const input = document.querySelector('input[type=file]') as HTMLInputElement
    expect(clickSpy).toHaveBeenCalled()
    return { pending, input }
  }

  function choose(input: HTMLInputElement, file: File) {
    Object.defineProperty(input, 'files', { value: [file] })
    input.dispatchEvent(new Event('change'))
  }

  it('sets accept from the filters and returns the chosen bytes', async () => {
    const { pending, input } = pick()
    expect(input.accept).toBe('.xlsx')
    choose(input, new File([new Uint8Array([80, 75])], '台账.xlsx'))
    expect(await pending).toEqual({
      ok: true,
      value: { name: '台账.xlsx', bytes: new Uint8Array([80, 75]) },
    })
    expect(document.querySelector('input')).toBeNull()
  })

  it('resolves canceled on the cancel event', async () => {
    const { pending, input } = pick()
    input.dispatchEvent(new Event('cancel'))
    expect(await pending).toMatchObject({ ok: false, code: 'canceled' })
  })

  it('refuses a file of another type', async () => {
    const { pending, input } = pick()
    choose(input, new File(['x'], 'a.txt'))
    expect(await pending).toEqual({
      ok: false,
      code: 'invalid',
      message: '“a.txt”的文件类型不符合要求。请选择Excel 文件（.xlsx）。',
    })
  })

  it('refuses a file over 200 MB without reading it', async () => {
    const { pending, input } = pick()
    const big = new File(['x'], 'big.xlsx')
    Object.defineProperty(big, 'size', { value: 200 * 1024 * 1024 + 1 })
    const read = vi.spyOn(big, 'arrayBuffer')
    choose(input, big)
    expect(await pending).toMatchObject({
      ok: false,
      code: 'invalid',
      message: expect.stringContaining('200 MB'),
    })
    expect(read).not.toHaveBeenCalled()
  })
})
