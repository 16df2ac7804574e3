/** File writes and reads for IPC handlers, with Chinese failure messages. */
import { randomUUID } from 'node:crypto'
import { open, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FILE_BYTES, fileTooLargeMessage } from '@shared/ipc/contract'

export type HostFailure = {
  ok: false
  code: 'canceled' | 'io' | 'invalid' | 'unsupported'
  message: string
}

/** The failure for a closed dialog. */
export const canceled: HostFailure = { ok: false, code: 'canceled', message: '已取消。' }

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
}

/** Map a Node fs error to an `io` failure whose message says what to do. */
export function ioFailure(error: unknown, action: 'write' | 'read', path: string): HostFailure {
  const name = basename(path)
  const verb = action === 'write' ? '保存' : '读取'
  const code = errnoOf(error)
  const hint: Record<string, string> = {
    EACCES: `没有权限${verb}“${name}”。请选择其他文件夹（如“文档”）后重试。`,
    EPERM: `无法${verb}“${name}”：文件可能正被其他程序（如 PDF 阅读器、WPS）打开，或没有权限。请关闭该文件或选择其他位置后重试。`,
    EBUSY: `“${name}”正被其他程序占用。请关闭打开它的程序后重试，或另存为其他文件名。`,
    ENOSPC: `磁盘空间不足，无法${verb}“${name}”。请清理磁盘或选择其他磁盘后重试。`,
    EROFS: `“${name}”所在位置是只读的。请选择其他位置后重试。`,
    ENOENT: `找不到“${name}”或其所在文件夹。请重新选择位置后重试。`,
    EISDIR: `“${name}”是一个文件夹，不是文件。请重新选择。`,
  }
  return {
    ok: false,
    code: 'io',
    message: hint[code] ?? `${verb}“${name}”失败（${code || '未知错误'}）。请重试或选择其他位置。`,
  }
}

/**
 * Write `bytes` to `path` atomically: a temp file beside it, then rename, so a failed write
 * never leaves a half-written document under the user's chosen name.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.${randomUUID()}.part`
  try {
    await writeFile(temp, bytes, { flag: 'wx' })
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}

type ReadResult = { ok: true; bytes: Uint8Array } | HostFailure

/** Read a whole file if it is at most `maxBytes` (default 200 MB). */
export async function readFileLimited(
  path: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<ReadResult> {
  try {
    const info = await stat(path)
    if (!info.isFile()) return ioFailure({ code: 'EISDIR' }, 'read', path)
    if (info.size > maxBytes)
      return { ok: false, code: 'invalid', message: fileTooLargeMessage(info.size) }
    const handle = await open(path, 'r')
    try {
      const bytes = new Uint8Array(info.size)
      let offset = 0
      while (offset < info.size) {
        const { bytesRead } = await handle.read(bytes, offset, info.size - offset, offset)
        if (bytesRead === 0) break
        offset += bytesRead
      }
      return { ok: true, bytes: offset === info.size ? bytes : bytes.slice(0, offset) }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return ioFailure(error, 'read', path)
  }
}
