/**
 * Reading backup files piecewise: the manifest line, and the body in 1 MB slices for hashing,
 * so a large backup is never held in memory twice.
 */
import {
  MAX_MANIFEST_BYTES,
  checkBody,
  createSha256,
  parseManifestLine,
  type BackupManifest,
} from '@shared/backup'

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

export type OpenedBackup =
  { ok: true; manifest: BackupManifest; body: Blob } | { ok: false; message: string }

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
  const measured = await hashBlob(body, onProgress)
  const problem = checkBody(parsed.manifest, measured)
  if (problem) return { ok: false, message: problem }
  return { ok: true, manifest: parsed.manifest, body }
}

/** 'YYYYMMDD-HHmmss' of an ISO timestamp in this computer's local time (for file names). */
export function localStamp(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}
