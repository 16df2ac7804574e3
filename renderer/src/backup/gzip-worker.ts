/**
 * Web Worker of ./gzip.ts `createGzipSink`: compresses a backup body with the native
 * CompressionStream off the page's main thread while the page is still reading and serialising
 * the records (docs/data-safety.md, "Speed"). Messages in: `{ chunk }` (a piece of the body, in
 * order; acknowledged with `{ ack }` once compressed) and `{ finish: true }` (answered with
 * `{ parts, bytes }`: the compressed bytes as Blob parts). Any failure answers `{ error }`.
 */
interface Message {
  chunk?: Uint8Array
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

scope.onmessage = (e) => {
  const { chunk, finish } = e.data
  if (chunk) {
    writer.write(chunk).then(() => scope.postMessage({ ack: chunk.length }), fail)
  } else if (finish) {
    writer
      .close()
      .then(() => collected)
      .then(() => scope.postMessage({ parts, bytes }), fail)
  }
}
