import { describe, expect, it } from 'vitest'
import { apiMethodNames, eventChannels, requestChannels } from '@shared/ipc/channels'
import { MAX_FILE_BYTES, contract, events, fileTooLargeMessage } from '@shared/ipc/contract'
import {
  acceptAttribute,
  extensionOf,
  matchesFilters,
  wrongTypeMessage,
} from '@shared/ipc/file-filters'

const bytes = new Uint8Array([1, 2, 3])
const pdfFilter = { name: 'PDF 文件', extensions: ['pdf'] }

describe('channel names (docs/conventions.md: <domain>:<verbNoun>)', () => {
  it('every channel is named <domain>:<verbNoun> and has exactly one contract entry', () => {
    for (const channel of Object.values(requestChannels)) {
      expect(channel).toMatch(/^[a-z]+:[a-z]+[A-Za-z]*$/)
    }
    expect(Object.values(requestChannels).sort()).toEqual(Object.keys(contract).sort())
    expect(new Set(Object.values(requestChannels)).size).toBe(
      apiMethodNames().length - Object.keys(eventChannels).length,
    )
    for (const channel of Object.values(eventChannels)) {
      expect(channel).toMatch(/^[a-z]+:[a-z]+[A-Za-z]*$/)
      expect(channel in events).toBe(true)
    }
  })

  it('the api methods are exactly these', () => {
    expect(apiMethodNames()).toEqual([
      'getAppInfo',
      'savePdf',
      'printPdf',
      'openPdf',
      'pickAndReadFile',
      'saveFileAs',
      'openBackupWrite',
      'appendBackupWrite',
      'finishBackupWrite',
      'abortBackupWrite',
      'pickBackupFiles',
      'openListedBackup',
      'readBackupChunk',
      'closeBackupRead',
      'listBackups',
      'chooseBackupFolder',
      'clearBackupFolder',
      'finishExitBackup',
      'readSystemFont',
      'configureSync',
      'forgetSync',
      'syncRequest',
      'onBackupRequested',
    ])
  })
})

describe('input schemas', () => {
  it.each([
    ['app:getInfo', undefined],
    ['documents:savePdf', { bytes, suggestedName: '责令改正通知书' }],
    ['documents:printPdf', { bytes, title: '送达回证' }],
    ['documents:openPdf', { bytes, suggestedName: 'a.pdf' }],
    ['files:pickAndRead', { title: '导入', filters: [pdfFilter] }],
    ['files:pickAndRead', { title: '导入', filters: [] }],
    [
      'files:saveAs',
      { bytes, suggestedName: '备份', filters: [{ name: '全部', extensions: ['*'] }] },
    ],
    ['backup:open', { kind: 'full', stamp: '20260301-080000', reason: 'exit' }],
    ['backup:openListed', { location: 'office', name: 'CaseDesk-备份-20260301-080000.casedesk' }],
    ['backup:finishExit', { ok: true }],
    ['fonts:readSystem', { fileName: 'simfang.ttf' }],
    ['fonts:readSystem', { fileName: 'SIMHEI.TTF' }],
    ['fonts:readSystem', { fileName: 'FZXBSJW.TTF' }],
    [
      'sync:configure',
      {
        slot: 'officer',
        serverUrl: 'https://casedesk.office.local:6984',
        database: 'office-hanyang',
        username: 'o1',
        password: 'pw',
        remember: true,
      },
    ],
    [
      'sync:configure',
      {
        slot: 'admin',
        serverUrl: 'http://10.0.0.5:5984/',
        database: 'a',
        username: 'o1',
        password: null,
        remember: false,
      },
    ],
    ['sync:forget', {}],
    [
      'sync:request',
      {
        slot: 'officer',
        method: 'GET',
        path: '/office-hanyang/_changes',
        query: 'since=0&limit=100',
        contentType: null,
        accept: 'application/json',
        body: null,
      },
    ],
  ] as const)('%s accepts %j', (channel, input) => {
    expect(contract[channel].input.safeParse(input).success).toBe(true)
  })

  it.each([
    ['app:getInfo', {}],
    ['documents:savePdf', { bytes: [1, 2], suggestedName: 'a' }],
    ['documents:savePdf', { bytes: 'JVBERi0=', suggestedName: 'a' }],
    ['documents:savePdf', { bytes, suggestedName: '' }],
    ['documents:savePdf', { bytes, suggestedName: 'x'.repeat(201) }],
    ['documents:savePdf', { bytes, suggestedName: 'a', path: 'C:\\Windows\\x.pdf' }],
    ['documents:printPdf', { bytes }],
    ['files:pickAndRead', { title: '导入', filters: [{ name: 'PDF', extensions: ['.pdf'] }] }],
    ['files:pickAndRead', { title: '导入', filters: [{ name: 'PDF', extensions: [] }] }],
    ['files:pickAndRead', { title: '导入', filters: [pdfFilter], defaultPath: '/etc' }],
    ['files:saveAs', { bytes, suggestedName: 'a' }],
    ['backup:open', { kind: 'full', stamp: '../../x', reason: 'manual' }],
    ['backup:open', { kind: 'full', stamp: '20260301-080000', reason: 'manual', path: '/etc' }],
    ['backup:openListed', { location: 'local', name: '' }],
    ['backup:openListed', { location: 'elsewhere', name: 'a' }],
    ['fonts:readSystem', { fileName: 'arial.ttf' }],
    ['fonts:readSystem', { fileName: '..\\simfang.ttf' }],
    ['fonts:readSystem', { fileName: '../Fonts/simfang.ttf' }],
    ['fonts:readSystem', { fileName: 'C:\\Windows\\Fonts\\simhei.ttf' }],
    ['fonts:readSystem', { fileName: '' }],
    ['fonts:readSystem', { fileName: 'simfang.ttf', dir: 'C:\\' }],
    ['fonts:readSystem', undefined],
    [
      'sync:configure',
      {
        slot: 'officer',
        serverUrl: 'file:///etc/passwd',
        database: 'a',
        username: 'o1',
        password: 'p',
        remember: false,
      },
    ],
    [
      'sync:configure',
      {
        slot: 'officer',
        serverUrl: 'https://u:p@s.local',
        database: 'a',
        username: 'o1',
        password: 'p',
        remember: false,
      },
    ],
    [
      'sync:configure',
      {
        slot: 'officer',
        serverUrl: 'https://s.local',
        database: 'Office',
        username: 'o1',
        password: 'p',
        remember: false,
      },
    ],
    [
      'sync:request',
      {
        slot: 'officer',
        method: 'GET',
        path: 'http://evil/x',
        query: '',
        contentType: null,
        accept: null,
        body: null,
      },
    ],
    [
      'sync:request',
      {
        slot: 'officer',
        method: 'PATCH',
        path: '/a',
        query: '',
        contentType: null,
        accept: null,
        body: null,
      },
    ],
    [
      'sync:request',
      {
        slot: 'officer',
        method: 'GET',
        path: '/a',
        query: '',
        contentType: null,
        accept: null,
        body: null,
        url: 'x',
      },
    ],
    [
      'sync:request',
      {
        slot: 'server',
        method: 'GET',
        path: '/a',
        query: '',
        contentType: null,
        accept: null,
        body: null,
      },
    ],
  ] as const)('%s rejects %j', (channel, input) => {
    expect(contract[channel].input.safeParse(input).success).toBe(false)
  })

  it('rejects bytes over 200 MB (checked on a view, no allocation)', () => {
    const huge = new Uint8Array(new ArrayBuffer(0))
    Object.defineProperty(huge, 'byteLength', { value: MAX_FILE_BYTES + 1 })
    expect(
      contract['documents:savePdf'].input.safeParse({ bytes: huge, suggestedName: 'a' }).success,
    ).toBe(false)
  })
})

describe('output schemas follow HostResult', () => {
  it.each([
    ['documents:savePdf', { ok: true, value: { path: '/a.pdf' } }, true],
    ['documents:savePdf', { ok: true, value: { path: null } }, true],
    ['documents:savePdf', { ok: false, code: 'canceled', message: '已取消。' }, true],
    ['documents:savePdf', { ok: false, code: 'nope', message: 'x' }, false],
    ['documents:savePdf', { ok: false, code: 'io', message: '' }, false],
    ['documents:printPdf', { ok: true }, true],
    ['files:pickAndRead', { ok: true, value: { name: 'a.xlsx', bytes } }, true],
    ['files:pickAndRead', { ok: true, value: { name: 'a.xlsx', bytes: [1] } }, false],
    [
      'app:getInfo',
      { name: 'CaseDesk', version: '0.1.0', host: 'electron', platform: 'win32' },
      true,
    ],
    ['app:getInfo', { name: 'CaseDesk', version: '0.1.0', host: 'node', platform: 'win32' }, false],
    ['fonts:readSystem', { ok: true, value: { fileName: 'simfang.ttf', bytes } }, true],
    ['fonts:readSystem', { ok: true, value: { fileName: 'fzxbsjw.ttf', bytes: null } }, true],
    ['fonts:readSystem', { ok: true, value: { fileName: 'simfang.ttf', bytes: [1] } }, false],
    ['fonts:readSystem', { ok: true, value: { fileName: 'simfang.ttf' } }, false],
    ['fonts:readSystem', { ok: false, code: 'unsupported', message: '仅限 Windows' }, true],
  ] as const)('%s %j → %s', (channel, output, valid) => {
    expect(contract[channel].output.safeParse(output).success).toBe(valid)
  })
})

describe('file filters', () => {
  it.each([
    ['a.pdf', [pdfFilter], true],
    ['A.PDF', [pdfFilter], true],
    ['a.pdf.exe', [pdfFilter], false],
    ['pdf', [pdfFilter], false],
    ['a.txt', [], true],
    ['a.txt', [{ name: '全部', extensions: ['*'] }], true],
  ])('matchesFilters(%s) = %s', (name, filters, expected) => {
    expect(matchesFilters(name, filters)).toBe(expected)
  })

  it('extension, accept attribute and messages', () => {
    expect(extensionOf('.env')).toBe('')
    expect(extensionOf('台账.XLSX')).toBe('xlsx')
    expect(acceptAttribute([pdfFilter, { name: 'Excel', extensions: ['xlsx', 'XLS'] }])).toBe(
      '.pdf,.xlsx,.xls',
    )
    expect(acceptAttribute([{ name: '全部', extensions: ['*'] }])).toBe('')
    expect(wrongTypeMessage('a.txt', [pdfFilter])).toBe(
      '“a.txt”的文件类型不符合要求。请选择PDF 文件（.pdf）。',
    )
    expect(fileTooLargeMessage(300 * 1024 * 1024)).toBe(
      '文件过大（300.0 MB），单个文件不能超过 200 MB。请压缩或拆分后再试。',
    )
  })
})
