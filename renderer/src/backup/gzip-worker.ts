/**
 * Web Worker of ./gzip.ts `createGzipSink`: compresses a backup body with the native
 * CompressionStream off the page's main thread while the page is still reading and serialising
 * the records (docs/data-safety.md, "Speed"). Messages in: `{ chunk }` or `{ blob }` (a piece of
 * the body, in order; acknowledged with `{ ack }` once compressed) and `{ finish: true }` (answered with
 * `{ parts, bytes }`: the compressed bytes as Blob parts). Any failure answers `{ error }`.
 */
interface Message {
  chunk?: Uint8Array
  /** A piece that waited in the page as a Blob (the page had more in flight than it sends). */
  blob?: Blob
  finish?: boolean
}
/** The part of the worker's global scope used here (the renderer's types are the page's). */
interface WorkerScope {
  postMessage(message: unknown): void
  onmessage: ((e: MessageEvent<Message>) => void) | null
}
const scope = self as unknown as WorkerScope

const partBytes = 4 * 1024 * 1024
const cs = new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>
const writer = cs.writable.getWriter()
const parts: Blob[] = []
let pending: Uint8Array[] = []
let pendingBytes = 0
let bytes = 0

const collected = (async () => {
  const reader = cs.readable.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    pending.push(value)
    pendingBytes += value.length
    bytes += value.length
    if (pendingBytes >= partBytes) {
      parts.push(new Blob(pending as Uint8Array<ArrayBuffer>[]))
      pending = []
      pendingBytes = 0
    }
  }
  if (pendingBytes > 0) parts.push(new Blob(pending as Uint8Array<ArrayBuffer>[]))
})()

const fail = (err: unknown) =>
  scope.postMessage({ error: err instanceof Error ? err.message : String(err) })
collected.catch(fail)

// Messages are handled strictly in order (a Blob's bytes are awaited before the next piece).
let queue: Promise<void> = Promise.resolve()
scope.onmessage = (e) => {
  const { chunk, blob, finish } = e.data
  queue = queue.then(async () => {
    if (chunk || blob) {
      const bytes = chunk ?? new Uint8Array(await blob!.arrayBuffer())
      await writer.write(bytes)
      scope.postMessage({ ack: bytes.length })
    } else if (finish) {
      await writer.close()
      await collected
      scope.postMessage({ parts, bytes })
    }
  })
  queue.catch(fail)
}
