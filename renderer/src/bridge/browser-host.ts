/**
 * HostApi in a plain browser (docs/architecture/overview.md §6): downloads instead of save dialogs, a hidden iframe for
 * printing, a new tab for viewing, a hidden file input for picking. Used by `npm run web`, the
 * e2e suite, and anyone running the web build.
 */
import { MAX_FILE_BYTES, fileTooLargeMessage } from '@shared/ipc/contract'
import { acceptAttribute, matchesFilters, wrongTypeMessage } from '@shared/ipc/file-filters'
import { backupFileName } from '@shared/backup/format'
import {
  SYNC_PROXY_PATH,
  SYNC_PROXY_SESSION_HEADER,
  syncProxyOfferSchema,
  type SyncRequestInput,
  type SyncResponse,
} from '@shared/ipc/sync-proxy'
import type { BackupBlob, HostApi, HostResult, PickedFile } from './host-api'

interface BrowserHostInfo {
  name: string
  version: string
}

/** How long blob URLs stay valid after a download/new tab started (they are tiny handles). */
const revokeAfterMs = 60_000
/** Give up on a print frame whose PDF never loads. */
const printLoadTimeoutMs = 20_000

const canceled = { ok: false, code: 'canceled', message: '已取消。' } as const

function pdfBlob(bytes: Uint8Array): Blob {
  // Blob needs ArrayBuffer-backed views; copy only in the rare SharedArrayBuffer case.
  const view = bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes)
  return new Blob([view as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs)
}

function withExtension(name: string, extension: string | undefined): string {
  const trimmed = name.trim() || '未命名'
  if (!extension || trimmed.toLowerCase().endsWith(`.${extension.toLowerCase()}`)) return trimmed
  return `${trimmed}.${extension}`
}

let printFrame: { frame: HTMLIFrameElement; url: string } | null = null

function removePrintFrame(): void {
  if (!printFrame) return
  printFrame.frame.remove()
  URL.revokeObjectURL(printFrame.url)
  printFrame = null
}

function printInFrame(bytes: Uint8Array, title: string): Promise<HostResult> {
  // The previous frame stays until the next print: its print dialog may still be open.
  removePrintFrame()
  const url = URL.createObjectURL(pdfBlob(bytes))
  const frame = document.createElement('iframe')
  frame.title = title
  frame.setAttribute('aria-hidden', 'true')
  // Not display:none — Chromium does not load a PDF into an undisplayed frame.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;opacity:0;'
  printFrame = { frame, url }
  return new Promise((resolve) => {
    const unsupported: HostResult = {
      ok: false,
      code: 'unsupported',
      message: '浏览器无法打印此 PDF。请改用“打开 PDF”在新标签页中打印，或先保存 PDF 再打印。',
    }
    const timer = setTimeout(() => resolve(unsupported), printLoadTimeoutMs)
    frame.addEventListener('load', () => {
      clearTimeout(timer)
      try {
        frame.contentWindow?.focus()
        frame.contentWindow?.print()
        resolve({ ok: true })
      } catch {
        resolve(unsupported)
      }
    })
    frame.src = url
    document.body.append(frame)
  })
}

function pickWithInput(title: string, filters: Parameters<HostApi['pickFile']>[1]) {
  return new Promise<HostResult<PickedFile>>((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = acceptAttribute(filters)
    input.title = title
    input.style.display = 'none'
    let settled = false
    const finish = (result: HostResult<PickedFile>) => {
      if (settled) return
      settled = true
      input.remove()
      resolve(result)
    }
    input.addEventListener('cancel', () => finish(canceled))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return finish(canceled)
      if (!matchesFilters(file.name, filters)) {
        return finish({ ok: false, code: 'invalid', message: wrongTypeMessage(file.name, filters) })
      }
      if (file.size > MAX_FILE_BYTES) {
        return finish({ ok: false, code: 'invalid', message: fileTooLargeMessage(file.size) })
      }
      file.arrayBuffer().then(
        (buffer) => finish({ ok: true, value: { name: file.name, bytes: new Uint8Array(buffer) } }),
        () =>
          finish({
            ok: false,
            code: 'io',
            message: `读取“${file.name}”失败。文件可能已被移动或正被其他程序占用，请重新选择。`,
          }),
      )
    })
    document.body.append(input)
    input.click()
  })
}

/** Pick several files with a hidden input; the Files are returned as they are (no size cap). */
function pickBlobs(title: string): Promise<HostResult<BackupBlob[]>> {
  const filters = [{ name: 'CaseDesk 备份', extensions: ['casedesk'] }]
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    input.accept = acceptAttribute(filters)
    input.title = title
    input.style.display = 'none'
    let settled = false
    const finish = (result: HostResult<BackupBlob[]>) => {
      if (settled) return
      settled = true
      input.remove()
      resolve(result)
    }
    input.addEventListener('cancel', () => finish(canceled))
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])]
      if (files.length === 0) return finish(canceled)
      const wrong = files.find((f) => !matchesFilters(f.name, filters))
      if (wrong) {
        return finish({
          ok: false,
          code: 'invalid',
          message: wrongTypeMessage(wrong.name, filters),
        })
      }
      finish({ ok: true, value: files.map((f) => ({ name: f.name, blob: f })) })
    })
    document.body.append(input)
    input.click()
  })
}

const noDisk = {
  ok: false,
  code: 'unsupported',
  message:
    '浏览器版不能直接读写备份文件夹。请用“立即备份”下载备份文件，并妥善保存到其他磁盘或U盘。',
} as const

/** A web server without the sync proxy (a plain static server, docs/sync.md "Connection"). */
const noSync = {
  ok: false,
  code: 'unsupported',
  message:
    '这个浏览器版服务不提供同步：请用 npm run web 启动浏览器版，或使用 Windows 桌面版；在电脑之间传递案件也可用“设置 → 数据安全”中的案件包。',
} as const

/** How long the start-up check for the sync proxy may take (the server is this PC). */
const syncProbeTimeoutMs = 2_000

/**
 * The web server's same-origin sync proxy (scripts/web-sync-proxy.ts, docs/sync.md "Connection"):
 * `GET /_casedesk/sync` tells whether it is offered; each request names this tab's session, so the
 * server holds this tab's logins apart from other tabs'. Nothing is stored in the browser.
 */
function createSyncProxyClient(fetchFn: typeof fetch) {
  let session: string | null = null
  const unreachable = {
    ok: false,
    code: 'io',
    message:
      '无法连接本机的浏览器版服务（同步代理），请确认 npm run web 仍在运行；恢复后将自动继续同步。',
  } as const

  async function post<T = void>(
    what: 'configure' | 'forget' | 'request',
    input: unknown,
  ): Promise<HostResult<T>> {
    if (session === null) return noSync
    try {
      const r = await fetchFn(`${SYNC_PROXY_PATH}/${what}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SYNC_PROXY_SESSION_HEADER]: session },
        body: JSON.stringify(input),
        cache: 'no-store',
      })
      if (!(r.headers.get('content-type') ?? '').startsWith('application/json')) return unreachable
      return (await r.json()) as HostResult<T>
    } catch {
      return unreachable
    }
  }

  return {
    get offered() {
      return session !== null
    },
    /** Ask the server this page came from whether it offers the proxy (once, at start-up). */
    async detect(): Promise<boolean> {
      if (session !== null) return true
      if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return false
      try {
        const r = await fetchFn(SYNC_PROXY_PATH, {
          headers: { accept: 'application/json' },
          cache: 'no-store',
          signal: AbortSignal.timeout(syncProbeTimeoutMs),
        })
        const json = r.ok && (r.headers.get('content-type') ?? '').startsWith('application/json')
        if (!json || !syncProxyOfferSchema.safeParse(await r.json()).success) return false
        session = crypto.randomUUID()
        return true
      } catch {
        return false
      }
    },
    post,
  }
}

/** The browser host, with the start-up check for the web server's sync proxy. */
export interface BrowserHost extends HostApi {
  readonly kind: 'browser'
  /** Whether the web server offers the sync proxy; afterwards `canSync` says the same. */
  detectSync(): Promise<boolean>
}

/** Whether `host` is the browser host (which detects its sync proxy at start-up). */
export function isBrowserHost(host: HostApi): host is BrowserHost {
  return host.kind === 'browser' && 'detectSync' in host
}

/**
 * A HostApi for the browser. `info` comes from build-time defines (see ./build-info.ts); `fetchFn`
 * reaches the web server the page came from (a fake in tests).
 */
export function createBrowserHost(
  info: BrowserHostInfo,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): BrowserHost {
  const sync = createSyncProxyClient(fetchFn)
  return {
    kind: 'browser',
    async getAppInfo() {
      return {
        name: info.name,
        version: info.version,
        host: 'browser',
        platform: navigator.platform || 'web',
      }
    },
    async savePdf(bytes, suggestedName) {
      download(pdfBlob(bytes), withExtension(suggestedName, 'pdf'))
      return { ok: true, value: { path: null } }
    },
    printPdf: (bytes, title) => printInFrame(bytes, title),
    async openPdf(bytes, suggestedName) {
      const blob = pdfBlob(bytes)
      const url = URL.createObjectURL(blob)
      const tab = window.open(url, '_blank')
      if (tab === null) {
        // Pop-up blocked: fall back to a download so the user still gets the document.
        URL.revokeObjectURL(url)
        download(blob, withExtension(suggestedName, 'pdf'))
        return { ok: true }
      }
      tab.opener = null
      setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs)
      return { ok: true }
    },
    pickFile: (title, filters) => pickWithInput(title, filters),
    async saveFile(bytes, suggestedName, filters) {
      const view = bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes)
      const extension = filters[0]?.extensions.find((e) => e !== '*')
      download(new Blob([view as Uint8Array<ArrayBuffer>]), withExtension(suggestedName, extension))
      return { ok: true, value: { path: null } }
    },
    backupTarget: 'download',
    async storeBackup(file, kind, stamp, _reason, onProgress) {
      // The Blob is made of the backup's chunks (never one array), so its size is not capped.
      const name = backupFileName(stamp, kind)
      download(file, name)
      onProgress?.(file.size, file.size)
      return {
        ok: true,
        value: { name, path: null, officePath: null, officeError: null, removed: 0 },
      }
    },
    pickBackupFiles: (title) => pickBlobs(title),
    openListedBackup: async () => noDisk,
    listBackups: async () => noDisk,
    chooseBackupFolder: async () => noDisk,
    clearBackupFolder: async () => noDisk,
    onExitBackup: () => () => undefined,
    readSystemFont: async () => ({
      ok: false,
      code: 'unsupported',
      message:
        '浏览器版不能读取本机字体文件，文书使用内置思源字体。需要仿宋、黑体时，请使用 Windows 桌面版。',
    }),
    get canSync() {
      return sync.offered
    },
    detectSync: () => sync.detect(),
    // Browser mode never stores a login: `remember` is answered with `remembered: false`.
    configureSync: (input) => sync.post<{ remembered: boolean }>('configure', input),
    forgetSync: async () => (sync.offered ? sync.post('forget', {}) : { ok: true }),
    syncRequest: (input: SyncRequestInput) => sync.post<SyncResponse>('request', input),
  }
}
