/**
 * HostApi under Electron, through the preload's `window.api` (docs/architecture/overview.md §6). The ONLY module that
 * touches `window.api` (ESLint enforces it); everything else calls `host` from ./api.ts.
 */
import { MAX_BACKUP_CHUNK_BYTES, type Api } from '@shared/ipc/contract'
import { isSystemFontFileName } from '@shared/ipc/system-fonts'
import type { BackupBlob, HostApi, HostResult, WrittenBackup } from './host-api'

/** Size of the chunks a backup crosses IPC in (well under MAX_BACKUP_CHUNK_BYTES). */
const backupChunkBytes = Math.min(8 * 1024 * 1024, MAX_BACKUP_CHUNK_BYTES)

interface ChunkOptions {
  chunkBytes: number
}

/** Write `file` through backup:open → append → finish; abort on any failure. */
async function storeInChunks(
  api: Api,
  { chunkBytes }: ChunkOptions,
  file: Blob,
  kind: 'full' | 'increment',
  stamp: string,
  reason: Parameters<Api['openBackupWrite']>[0]['reason'],
  onProgress?: (done: number, total: number) => void,
): Promise<HostResult<WrittenBackup>> {
  const opened = await api.openBackupWrite({ kind, stamp, reason })
  if (!opened.ok) return opened
  const { id } = opened.value
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      const part = file.slice(offset, Math.min(file.size, offset + chunkBytes))
      const bytes = new Uint8Array(await part.arrayBuffer())
      const appended = await api.appendBackupWrite({ id, bytes })
      if (!appended.ok) {
        await api.abortBackupWrite({ id })
        return appended
      }
      onProgress?.(Math.min(file.size, offset + chunkBytes), file.size)
    }
    return await api.finishBackupWrite({ id })
  } catch (error) {
    await api.abortBackupWrite({ id }).catch(() => undefined)
    throw error
  }
}

/** Read a backup opened in main (by token) into a Blob, chunk by chunk, then close it. */
async function readToken(
  api: Api,
  { chunkBytes }: ChunkOptions,
  file: { token: string; name: string; bytes: number },
): Promise<HostResult<BackupBlob>> {
  const parts: Blob[] = []
  try {
    for (let offset = 0; offset < file.bytes; offset += chunkBytes) {
      const length = Math.min(chunkBytes, file.bytes - offset)
      const r = await api.readBackupChunk({ token: file.token, offset, length })
      if (!r.ok) return r
      // Each chunk becomes a Blob at once: Chromium keeps large blobs out of the page's memory.
      parts.push(new Blob([r.value.bytes as Uint8Array<ArrayBuffer>]))
      if (r.value.bytes.length < length) break
    }
  } finally {
    await api.closeBackupRead({ token: file.token }).catch(() => undefined)
  }
  return { ok: true, value: { name: file.name, blob: new Blob(parts) } }
}

/** HostApi over an `Api` object (exported for tests, which pass a fake). */
export function createElectronHost(
  api: Api,
  chunks: ChunkOptions = { chunkBytes: backupChunkBytes },
): HostApi {
  return {
    kind: 'electron',
    getAppInfo: () => api.getAppInfo(),
    savePdf: (bytes, suggestedName) => api.savePdf({ bytes, suggestedName }),
    printPdf: (bytes, title) => api.printPdf({ bytes, title }),
    openPdf: (bytes, suggestedName) => api.openPdf({ bytes, suggestedName }),
    pickFile: (title, filters) => api.pickAndReadFile({ title, filters }),
    saveFile: (bytes, suggestedName, filters) => api.saveFileAs({ bytes, suggestedName, filters }),
    backupTarget: 'disk',
    storeBackup: (file, kind, stamp, reason, onProgress) =>
      storeInChunks(api, chunks, file, kind, stamp, reason, onProgress),
    pickBackupFiles: async (title) => {
      const picked = await api.pickBackupFiles({ title })
      if (!picked.ok) return picked
      const out: BackupBlob[] = []
      for (const file of picked.value.files) {
        const r = await readToken(api, chunks, file)
        if (!r.ok) return r
        out.push(r.value)
      }
      return { ok: true, value: out }
    },
    openListedBackup: async (location, name) => {
      const opened = await api.openListedBackup({ location, name })
      if (!opened.ok) return opened
      return readToken(api, chunks, opened.value)
    },
    listBackups: () => api.listBackups(),
    chooseBackupFolder: () => api.chooseBackupFolder(),
    clearBackupFolder: () => api.clearBackupFolder(),
    onExitBackup: (backup) =>
      api.onBackupRequested(() => {
        // Always report back, also after a failure, so main can close the window.
        backup().then(
          () => void api.finishExitBackup({ ok: true }),
          () => void api.finishExitBackup({ ok: false }),
        )
      }),
    readSystemFont: async (fileName) =>
      // Checked here too: main rejects (throws) a name outside the allowlist.
      isSystemFontFileName(fileName)
        ? api.readSystemFont({ fileName })
        : { ok: false, code: 'invalid', message: `“${fileName}”不是可读取的系统字体文件。` },
    canSync: true,
    configureSync: (input) => api.configureSync(input),
    forgetSync: () => api.forgetSync({}),
    syncRequest: (input) => api.syncRequest(input),
  }
}

/** The Electron host when the preload exposed `window.api`, else null (browser mode). */
export function detectElectronHost(): HostApi | null {
  if (typeof window === 'undefined' || window.api === undefined) return null
  return createElectronHost(window.api)
}
