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
 * Compresses a body while it is being written: each chunk is handed over as soon as it is full,
 * so compressing overlaps reading and serialising the records. `push` takes ownership of the
 * chunk and never waits (the backup's read transaction must not wait on anything but the
 * database): at most {@link maxQueued} chunks are in the compressor's hands, later ones wait as
 * Blobs (which Chromium keeps on disk when large) until it catches up.
 */
export interface GzipSink {
  push(chunk: Uint8Array): void
  finish(): Promise<{ parts: Blob[]; bytes: number }>
  /** Stop compressing (the backup failed before `finish`). */
  abort(): void
}

/** Chunks in the compressor's hands at once. */
const maxQueued = 4

/**
 * A gzip sink in a Web Worker (./gzip-worker.ts: off the main thread), or on the main thread
 * where workers are not available (the output is gzip of the same bytes either way).
 */
export function createGzipSink(): GzipSink {
  if (typeof Worker === 'undefined') return mainThreadSink()
  const worker = new Worker(new URL('./gzip-worker.ts', import.meta.url), { type: 'module' })
  let queued = 0
  const waiting: Blob[] = []
  let finishing = false
  let failure: Error | null = null
  let finished: ((r: { parts: Blob[]; bytes: number }) => void) | null = null
  let failed: ((err: Error) => void) | null = null
  const stop = (err: Error) => {
    failure ??= err
    worker.terminate()
    waiting.length = 0
    failed?.(failure)
  }
  const pump = () => {
    while (queued < maxQueued && waiting.length > 0) {
      queued += 1
      worker.postMessage({ blob: waiting.shift() })
    }
    if (finishing && waiting.length === 0) {
      finishing = false
      worker.postMessage({ finish: true })
    }
  }
  worker.onmessage = (
    e: MessageEvent<{ ack?: number; parts?: Blob[]; bytes?: number; error?: string }>,
  ) => {
    const m = e.data
    if (m.error !== undefined) stop(new Error(`备份压缩失败（${m.error}）`))
    else if (m.ack !== undefined) {
      queued -= 1
      pump()
    } else if (m.parts) {
      worker.terminate()
      finished?.({ parts: m.parts, bytes: m.bytes ?? 0 })
    }
  }
  worker.onerror = (e) => stop(new Error(`备份压缩无法启动（${e.message || '后台线程出错'}）`))
  return {
    push(chunk) {
      if (failure) return
      if (queued < maxQueued && waiting.length === 0) {
        queued += 1
        worker.postMessage({ chunk }, [chunk.buffer])
      } else waiting.push(new Blob([chunk as Uint8Array<ArrayBuffer>]))
    },
    finish() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure)
        finished = resolve
        failed = reject
        finishing = true
        pump()
      })
    },
    abort: () => stop(new Error('备份已中止')),
  }
}

/** The same on the main thread (CompressionStream fed piece by piece). */
function mainThreadSink(): GzipSink {
  const cs = new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>
  const writer = cs.writable.getWriter()
  const out = createPartCollector()
  let bytes = 0
  const collected = (async () => {
    const reader = cs.readable.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      out.push(value)
      bytes += value.length
    }
  })()
  collected.catch(() => undefined)
  let failed: unknown = null
  return {
    push(chunk) {
      writer.write(chunk).catch((err: unknown) => (failed ??= err))
    },
    async finish() {
      if (failed) throw failed
      await writer.close()
      await collected
      return { parts: out.finish(), bytes }
    },
    abort: () => void writer.abort().catch(() => undefined),
  }
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
