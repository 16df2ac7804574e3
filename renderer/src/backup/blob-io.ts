/**
 * Reading backup files piecewise: the manifest line, and the body in slices for hashing, so a
 * large backup is never held in memory twice. Format-2 bodies are hashed per chunk with the
 * native SHA-256; format-1 bodies with the streaming pure-JS one.
 */
import {
  MAX_MANIFEST_BYTES,
  checkBody,
  combineChunkDigests,
  createSha256,
  parseManifestLine,
  toHex,
  type BackupManifest,
} from '@shared/backup'
import { sha256 } from '@shared/crypto/sha256'
import { GzipError, gunzipChunks } from './gzip'

/** Slice size for hashing. */
export const sliceBytes = 1024 * 1024

/** Bytes of `blob` from `start` to `end`. */
export async function readBytes(blob: Blob, start = 0, end = blob.size): Promise<Uint8Array> {
  const part = blob.slice(start, end)
  if (typeof part.arrayBuffer === 'function') return new Uint8Array(await part.arrayBuffer())
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsArrayBuffer(part)
  })
}

/** SHA-256 (hex) and length of a blob, read in slices. */
export async function hashBlob(
  blob: Blob,
  onProgress?: (done: number, total: number) => void,
): Promise<{ bytes: number; sha256: string }> {
  const hasher = createSha256()
  for (let offset = 0; offset < blob.size; offset += sliceBytes) {
    hasher.update(await readBytes(blob, offset, Math.min(blob.size, offset + sliceBytes)))
    onProgress?.(Math.min(blob.size, offset + sliceBytes), blob.size)
  }
  return { bytes: hasher.length, sha256: hasher.digestHex() }
}

/**
 * SHA-256 of `bytes`: native (crypto.subtle, runs off the main thread) where available, else
 * the pure-JS one. The bytes are copied when the call is made, so the caller may reuse them.
 */
export async function digestBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle
  if (subtle)
    return new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  return sha256(bytes)
}

/**
 * The 'sha256-chunks' digest of a blob (shared/backup/chunk-hash.ts), reading a few chunks
 * ahead so reading and native hashing overlap.
 * @returns length, body digest and the hex digest of every chunk (checked again on commit)
 */
export async function hashBlobChunks(
  blob: Blob,
  chunkBytes: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ bytes: number; sha256: string; chunks: string[] }> {
  const digests: Uint8Array[] = []
  const inFlight: Promise<Uint8Array>[] = []
  let done = 0
  const settle = async () => {
    digests.push(await inFlight.shift()!)
    done = Math.min(blob.size, digests.length * chunkBytes)
    onProgress?.(done, blob.size)
  }
  for (let offset = 0; offset < blob.size; offset += chunkBytes) {
    const bytes = await readBytes(blob, offset, Math.min(blob.size, offset + chunkBytes))
    inFlight.push(digestBytes(bytes))
    if (inFlight.length >= 4) await settle()
  }
  while (inFlight.length > 0) await settle()
  return { bytes: blob.size, sha256: combineChunkDigests(digests), chunks: digests.map(toHex) }
}

export type OpenedBackup =
  | {
      ok: true
      manifest: BackupManifest
      body: Blob
      /** Hex digests of the body's chunks ('sha256-chunks' bodies only, else []). */
      chunks: string[]
    }
  | { ok: false; message: string }

/**
 * Read and check a backup file: manifest line, body length and SHA-256. Nothing is written.
 * @param file - the picked file's bytes as a Blob
 */
export async function openBackupFile(
  file: Blob,
  onProgress?: (done: number, total: number) => void,
): Promise<OpenedBackup> {
  if (file.size === 0) return { ok: false, message: '所选文件是空文件，不是 CaseDesk 备份。' }
  const head = await readBytes(file, 0, Math.min(file.size, MAX_MANIFEST_BYTES))
  const newline = head.indexOf(0x0a)
  if (newline < 0) {
    return {
      ok: false,
      message: '所选文件不是 CaseDesk 备份文件（或已损坏）。请选择扩展名为 .casedesk 的备份文件。',
    }
  }
  const line = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, newline))
  const parsed = parseManifestLine(line)
  if (!parsed.ok) return parsed
  const body = file.slice(newline + 1)
  const { manifest } = parsed
  if (manifest.body.compression === 'gzip') return openGzipBody(manifest, body, onProgress)
  // A wrong length is reported before reading the whole body.
  const early = checkBody(manifest, { bytes: body.size, sha256: manifest.body.sha256 })
  if (early) return { ok: false, message: early }
  const chunkBytes = manifest.body.hash === 'sha256-chunks' ? manifest.body.chunkBytes : undefined
  const measured = chunkBytes
    ? await hashBlobChunks(body, chunkBytes, onProgress)
    : { ...(await hashBlob(body, onProgress)), chunks: [] }
  const problem = checkBody(manifest, measured)
  if (problem) return { ok: false, message: problem }
  return { ok: true, manifest, body, chunks: measured.chunks }
}

/** The manifest of a backup file, or null when it is not one (reads only the first line). */
export async function readManifest(file: Blob): Promise<BackupManifest | null> {
  const head = await readBytes(file, 0, Math.min(file.size, MAX_MANIFEST_BYTES))
  const newline = head.indexOf(0x0a)
  if (newline < 0) return null
  const parsed = parseManifestLine(new TextDecoder().decode(head.subarray(0, newline)))
  return parsed.ok ? parsed.manifest : null
}

/**
 * Format 3: decompress the body chunk by chunk (DecompressionStream), hashing each chunk of the
 * uncompressed body as it comes out and keeping it as a Blob part, so the rest of the restore
 * reads the uncompressed body exactly as it reads a format-2 one.
 */
async function openGzipBody(
  manifest: BackupManifest,
  compressed: Blob,
  onProgress?: (done: number, total: number) => void,
): Promise<OpenedBackup> {
  const chunkBytes = manifest.body.hash === 'sha256-chunks' ? manifest.body.chunkBytes : undefined
  const hasher = chunkBytes ? null : createSha256()
  const digests: Promise<Uint8Array>[] = []
  const parts: Blob[] = []
  let done = 0
  try {
    await gunzipChunks(compressed, chunkBytes ?? sliceBytes, manifest.body.bytes, async (chunk) => {
      if (hasher) hasher.update(chunk)
      else digests.push(digestBytes(chunk))
      parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]))
      done += chunk.length
      onProgress?.(done, manifest.body.bytes)
      // Keep only a few digests in flight (each holds a copy of its chunk).
      if (digests.length % 4 === 0) await digests[digests.length - 1]
    })
  } catch (err) {
    if (err instanceof GzipError) return { ok: false, message: err.message }
    throw err
  }
  const measured = hasher
    ? { bytes: hasher.length, sha256: hasher.digestHex() }
    : { bytes: done, sha256: combineChunkDigests(await Promise.all(digests)) }
  const problem = checkBody(manifest, measured)
  if (problem) return { ok: false, message: problem }
  const chunks = hasher ? [] : (await Promise.all(digests)).map(toHex)
  return { ok: true, manifest, body: new Blob(parts), chunks }
}

/** 'YYYYMMDD-HHmmss' of an ISO timestamp in this computer's local time (for file names). */
export function localStamp(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}
