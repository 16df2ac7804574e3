/**
 * gzip for backup format 3 (docs/data-safety.md, "Backups"): bodies are compressed and
 * decompressed with the browser's native CompressionStream / DecompressionStream, piece by piece,
 * so neither side ever holds a whole body in memory; results are Blob parts (Chromium keeps large
 * blobs on disk, not in the page's memory).
 */

/** Size of the Blob parts the compressed / decompressed bytes are collected into. */
const partBytes = 4 * 1024 * 1024

/** Collects bytes into Blob parts of about {@link partBytes}. */
function createPartCollector() {
  const parts: Blob[] = []
  let pending: Uint8Array[] = []
  let pendingBytes = 0
  const flush = () => {
    if (pendingBytes === 0) return
    parts.push(new Blob(pending as Uint8Array<ArrayBuffer>[]))
    pending = []
    pendingBytes = 0
  }
  return {
    push(bytes: Uint8Array) {
      pending.push(bytes)
      pendingBytes += bytes.length
      if (pendingBytes >= partBytes) flush()
    },
    finish(): Blob[] {
      flush()
      return parts
    },
  }
}

/**
 * gzip the concatenation of `parts`.
 * @returns the compressed bytes as Blob parts and their total length
 */
export async function gzipParts(parts: readonly Blob[]): Promise<{ parts: Blob[]; bytes: number }> {
  const stream = new Blob(parts as Blob[])
    .stream()
    .pipeThrough(
      new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
    )
  const out = createPartCollector()
  let bytes = 0
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    out.push(value)
    bytes += value.length
  }
  return { parts: out.finish(), bytes }
}

/** A gzip body that cannot be decompressed or is longer than its manifest says. */
export class GzipError extends Error {
  override name = 'GzipError'
}

/**
 * Decompress a gzip blob, handing the result over in pieces of exactly `chunkBytes` (the last
 * one shorter) — the chunks of the 'sha256-chunks' digest (shared/backup/chunk-hash.ts).
 * @param maxBytes - stop with a GzipError once more than this many bytes come out (the
 *   manifest's body length: a file that expands further is not what it claims to be)
 * @param onChunk - called for each chunk in order; may return a promise (awaited)
 * @returns the number of decompressed bytes
 * @throws GzipError when the data is not gzip, is truncated or expands beyond `maxBytes`
 */
export async function gunzipChunks(
  blob: Blob,
  chunkBytes: number,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<number> {
  const stream = blob
    .stream()
    .pipeThrough(
      new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
    )
  const reader = stream.getReader()
  let buf = new Uint8Array(chunkBytes)
  let used = 0
  let total = 0
  let finished = false
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>
      try {
        result = await reader.read()
      } catch {
        throw new GzipError(
          '备份文件的压缩数据无法解开（文件不完整或已损坏），可能在复制或下载时被中断。请改用完整的备份文件。',
        )
      }
      if (result.done) break
      const value = result.value
      total += value.length
      if (total > maxBytes) {
        throw new GzipError('备份文件比记录的长度更长，可能已被修改或拼接。请改用原始备份文件。')
      }
      for (let at = 0; at < value.length;) {
        const take = Math.min(chunkBytes - used, value.length - at)
        buf.set(value.subarray(at, at + take), used)
        used += take
        at += take
        if (used === chunkBytes) {
          await onChunk(buf)
          buf = new Uint8Array(chunkBytes)
          used = 0
        }
      }
    }
    if (used > 0) await onChunk(buf.slice(0, used))
    finished = true
    return total
  } finally {
    // Stop decompressing what is left after a failure (a bomb would otherwise keep expanding).
    if (!finished) await reader.cancel().catch(() => undefined)
  }
}
