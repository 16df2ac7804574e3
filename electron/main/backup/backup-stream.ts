/**
 * Backups written and read in pieces (docs/data-safety.md, "Backups"). The renderer produces a
 * backup of any size; it crosses IPC as chunks, never as one array, so there is no size cap.
 *
 * Writing: `open` creates `<final name>.<id>.part` beside the final file (exclusive create),
 * `append` writes each chunk in order, `finish` flushes it to disk (fsync), closes it and renames
 * it over the final name (atomic on one volume), then copies it to the office folder the same
 * way and rotates both folders. `abort` closes and removes the partial file. A crash or a closed
 * window between chunks leaves only a `.part` file, which is not a backup name (listing, reading
 * and rotation ignore it) and is removed the next time a backup is opened; every earlier backup
 * is untouched.
 *
 * Reading: a file the user picked in the native dialog, or a listed backup by name, gets a random
 * token; the renderer reads it by token, offset and length. The renderer never sends a path.
 */
import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { backupFileName, stampOfBackupName } from '@shared/backup'
import { ioFailure, type HostFailure } from '../services/file-io'
import { copyToOfficeAndRotate, type BackupFolders, type WriteBackupResult } from './backup-folders'

/** At most this many backups are written at once (one per window is the normal case). */
const maxOpenWrites = 4
/** At most this many read tokens are kept (the oldest is forgotten first). */
const maxReadTokens = 64
const partSuffix = '.part'

interface OpenWrite {
  handle: FileHandle
  temp: string
  name: string
  bytes: number
}

export interface BackupStreams {
  /** Start a backup file named from `stamp` in the local backups folder. */
  open(
    kind: 'full' | 'increment',
    stamp: string,
  ): Promise<{ ok: true; value: { id: string } } | HostFailure>
  /** Append the next chunk. */
  append(id: string, bytes: Uint8Array): Promise<{ ok: true } | HostFailure>
  /** fsync, atomic rename, office copy, rotation. */
  finish(id: string): Promise<WriteBackupResult>
  /** Close and remove the partial file (unknown ids are ignored). */
  abort(id: string): Promise<{ ok: true }>
  /** A token for reading `path` (chosen by a dialog or resolved from a listed name). */
  tokenFor(path: string): Promise<{ ok: true; value: ReadToken } | HostFailure>
  /** Read `length` bytes at `offset` of the token's file (fewer at its end). */
  read(
    token: string,
    offset: number,
    length: number,
  ): Promise<{ ok: true; value: { bytes: Uint8Array } } | HostFailure>
  /** Forget a read token. */
  close(token: string): void
}

interface ReadToken {
  token: string
  name: string
  bytes: number
}

const unknownStream: HostFailure = {
  ok: false,
  code: 'invalid',
  message: '备份写入已中断（程序可能已重新载入）。请重新开始备份。',
}

/** Remove `.part` files left in `folder` by an interrupted backup, except those in `active`. */
async function removeStalePartials(folder: string, active: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!name.endsWith(partSuffix) || active.has(join(folder, name))) continue
    const base = name.slice(0, -partSuffix.length).replace(/\.[^.]+$/, '')
    if (stampOfBackupName(base) !== null) await rm(join(folder, name), { force: true })
  }
}

/** fsync a directory so the rename itself is durable (not possible on Windows: ignored). */
async function syncDir(dir: string): Promise<void> {
  try {
    const h = await open(dir, 'r')
    try {
      await h.sync()
    } finally {
      await h.close()
    }
  } catch {
    // Windows cannot open a directory; NTFS journals the rename.
  }
}

/** Copy `source` to `target` through a temp file and a rename (never a half-written copy). */
async function copyAtomic(source: string, target: string): Promise<void> {
  const temp = `${target}.${randomUUID()}${partSuffix}`
  try {
    await copyFile(source, temp)
    const h = await open(temp, 'r+')
    try {
      await h.sync()
    } finally {
      await h.close()
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}

/** The streams of one app (one per main process). */
export function createBackupStreams(
  folders: BackupFolders,
  newId: () => string = randomUUID,
): BackupStreams {
  const writes = new Map<string, OpenWrite>()
  const reads = new Map<string, { path: string; name: string }>()

  async function closeQuietly(w: OpenWrite): Promise<void> {
    await w.handle.close().catch(() => undefined)
  }

  return {
    async open(kind, stamp) {
      if (writes.size >= maxOpenWrites) {
        return { ok: false, code: 'io', message: '正在进行的备份过多，请等当前备份完成后再试。' }
      }
      const name = backupFileName(stamp, kind)
      const id = newId()
      const temp = join(folders.local, `${name}.${id}${partSuffix}`)
      try {
        await mkdir(folders.local, { recursive: true })
        await removeStalePartials(folders.local, new Set([...writes.values()].map((w) => w.temp)))
        const handle = await open(temp, 'wx')
        writes.set(id, { handle, temp, name, bytes: 0 })
        return { ok: true, value: { id } }
      } catch (error) {
        return ioFailure(error, 'write', join(folders.local, name))
      }
    },

    async append(id, bytes) {
      const w = writes.get(id)
      if (!w) return unknownStream
      try {
        for (let at = 0; at < bytes.length;) {
          const { bytesWritten } = await w.handle.write(bytes, at, bytes.length - at)
          at += bytesWritten
        }
        w.bytes += bytes.length
        return { ok: true }
      } catch (error) {
        writes.delete(id)
        await closeQuietly(w)
        await rm(w.temp, { force: true }).catch(() => undefined)
        return ioFailure(error, 'write', join(folders.local, w.name))
      }
    },

    async finish(id) {
      const w = writes.get(id)
      if (!w) return unknownStream
      writes.delete(id)
      const path = join(folders.local, w.name)
      try {
        await w.handle.sync()
        await w.handle.close()
        await rename(w.temp, path)
        await syncDir(folders.local)
      } catch (error) {
        await closeQuietly(w)
        await rm(w.temp, { force: true }).catch(() => undefined)
        return ioFailure(error, 'write', path)
      }
      const after = await copyToOfficeAndRotate(folders, w.name, (target) =>
        copyAtomic(path, target),
      )
      return { ok: true, value: { name: w.name, path, ...after } }
    },

    async abort(id) {
      const w = writes.get(id)
      if (w) {
        writes.delete(id)
        await closeQuietly(w)
        await rm(w.temp, { force: true }).catch(() => undefined)
      }
      return { ok: true }
    },

    async tokenFor(path) {
      try {
        const info = await stat(path)
        if (!info.isFile()) return ioFailure({ code: 'EISDIR' }, 'read', path)
        const token = newId()
        reads.set(token, { path, name: basename(path) })
        while (reads.size > maxReadTokens) reads.delete(reads.keys().next().value!)
        return { ok: true, value: { token, name: basename(path), bytes: info.size } }
      } catch (error) {
        return ioFailure(error, 'read', path)
      }
    },

    async read(token, offset, length) {
      const r = reads.get(token)
      if (!r) {
        return { ok: false, code: 'invalid', message: '备份文件已关闭，请重新选择备份文件。' }
      }
      try {
        const h = await open(r.path, 'r')
        try {
          const bytes = new Uint8Array(length)
          let got = 0
          while (got < length) {
            const { bytesRead } = await h.read(bytes, got, length - got, offset + got)
            if (bytesRead === 0) break
            got += bytesRead
          }
          return { ok: true, value: { bytes: got === length ? bytes : bytes.slice(0, got) } }
        } finally {
          await h.close()
        }
      } catch (error) {
        return ioFailure(error, 'read', r.path)
      }
    },

    close(token) {
      reads.delete(token)
    },
  }
}
