/**
 * Writing a backup body as fixed-size chunks: text is UTF-8-encoded straight into the current
 * chunk buffer (TextEncoder.encodeInto — no intermediate copy); a full chunk is handed to the
 * native SHA-256 at once (crypto.subtle copies it and hashes off the main thread) and becomes
 * a Blob part — or, for a compressed backup, goes straight on to the gzip sink (./gzip.ts), so
 * compressing overlaps writing. A character whose bytes do not fit at the end of a chunk is split across two
 * chunks, so chunk boundaries depend only on byte positions (shared/backup/chunk-hash.ts).
 */
import { combineChunkDigests } from '@shared/backup'
import { digestBytes } from './blob-io'

export interface ChunkWriter {
  /** Append text (encoded as UTF-8). */
  write(text: string): void
  /**
   * Flush the last chunk and wait for every chunk digest. `parts` are the uncompressed chunks,
   * empty when a sink took them.
   */
  finish(): Promise<{ parts: Blob[]; bytes: number; sha256: string }>
}

/** Where full chunks go instead of Blob parts (./gzip.ts GzipSink: takes ownership). */
export interface ChunkSink {
  push(chunk: Uint8Array): void
}

/** Start a body of `chunkBytes`-sized chunks (handed to `sink` when given). */
export function createChunkWriter(chunkBytes: number, sink?: ChunkSink): ChunkWriter {
  const encoder = new TextEncoder()
  const parts: Blob[] = []
  const digests: Promise<Uint8Array>[] = []
  let buf = new Uint8Array(chunkBytes)
  let used = 0
  let bytes = 0
  const flush = () => {
    if (used === 0) return
    const chunk = used === chunkBytes ? buf : buf.slice(0, used)
    // The digest copies the bytes at once, so the chunk may be handed on right after.
    digests.push(digestBytes(chunk))
    if (sink) sink.push(chunk)
    else parts.push(new Blob([chunk]))
    buf = new Uint8Array(chunkBytes)
    used = 0
  }
  const put = (data: Uint8Array) => {
    for (let at = 0; at < data.length;) {
      const take = Math.min(chunkBytes - used, data.length - at)
      buf.set(data.subarray(at, at + take), used)
      used += take
      at += take
      bytes += take
      if (used === chunkBytes) flush()
    }
  }
  return {
    write(text) {
      let rest = text
      while (rest.length > 0) {
        const { read, written } = encoder.encodeInto(rest, buf.subarray(used))
        used += written
        bytes += written
        rest = read === rest.length ? '' : rest.slice(read)
        if (used === chunkBytes) flush()
        else if (rest.length > 0) {
          // The next character needs more bytes than are left in this chunk: split it.
          const n = (rest.codePointAt(0) ?? 0) > 0xffff ? 2 : 1
          put(encoder.encode(rest.slice(0, n)))
          rest = rest.slice(n)
        }
      }
    },
    async finish() {
      flush()
      return { parts, bytes, sha256: combineChunkDigests(await Promise.all(digests)) }
    },
  }
}
