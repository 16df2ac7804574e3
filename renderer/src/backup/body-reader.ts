/**
 * Reading a format-2 backup body ('casedesk-jsonl', shared/backup/jsonl-body.ts) chunk by chunk:
 * each chunk is read from the Blob (the next one is read ahead), optionally checked against the
 * chunk digest measured when the file was checked, split into lines on raw bytes, decoded and
 * parsed, and handed over as batches of rows. The whole body is never held in memory.
 */
import { createLineSplitter, parseJsonlLine, toHex, type RowBatch } from '@shared/backup'
import { digestBytes, readBytes } from './blob-io'

/** A damaged body; `message` is Chinese and says what to do. */
export class BodyError extends Error {
  override name = 'BodyError'
}

export interface BodyReadOptions {
  chunkBytes: number
  /** Hex digest of each chunk as measured before: a chunk that now differs stops the read. */
  expect?: readonly string[]
  /** Wraps every wait for the file (Dexie.waitFor keeps a transaction alive meanwhile). */
  wrap?: <T>(p: Promise<T>) => Promise<T>
  onChunk?: (doneBytes: number, totalBytes: number) => void
}

/**
 * Read every batch of a body in file order.
 * @param handle - called once per line; may return a promise (awaited before the next line)
 * @throws BodyError when the body is not valid lines of batches or a chunk changed
 */
export async function readBodyBatches(
  body: Blob,
  opts: BodyReadOptions,
  handle: (batch: RowBatch) => void | Promise<void>,
): Promise<void> {
  const { chunkBytes, expect } = opts
  const wrap = opts.wrap ?? (<T>(p: Promise<T>) => p)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const splitter = createLineSplitter()
  const read = (index: number): Promise<Uint8Array> | null => {
    const start = index * chunkBytes
    if (start >= body.size) return null
    const p = (async () => {
      const bytes = await readBytes(body, start, Math.min(body.size, start + chunkBytes))
      if (expect && toHex(await digestBytes(bytes)) !== expect[index]) {
        throw new BodyError(
          '备份文件在检查之后发生了变化。现有数据未做任何修改，请重新选择备份文件。',
        )
      }
      return bytes
    })()
    // A read-ahead that is never awaited (an earlier line failed) must not be an unhandled error.
    p.catch(() => undefined)
    return p
  }
  let next = read(0)
  for (let index = 0; next; index++) {
    const bytes = await wrap(next)
    next = read(index + 1)
    for (const line of splitter.push(bytes)) {
      let text: string
      try {
        text = decoder.decode(line)
      } catch {
        throw new BodyError('备份内容不是有效的 UTF-8 文本，文件可能已损坏。')
      }
      const parsed = parseJsonlLine(text)
      if (!parsed.ok) throw new BodyError(parsed.message)
      await handle(parsed.batch)
    }
    opts.onChunk?.(Math.min(body.size, (index + 1) * chunkBytes), body.size)
  }
  if (splitter.rest().length > 0) throw new BodyError('备份内容在一行数据的中间结束，文件不完整。')
}
