/**
 * The body of a format-2 full backup ('casedesk-jsonl'): UTF-8 lines, each one batch of rows of
 * one table as plain JSON, `{"t":"<table>","r":[row, row, …]}`. JSON escapes every newline
 * inside strings and UTF-8 never uses the byte 0x0A inside a multi-byte character, so a line
 * ends exactly at each 0x0A byte: the body can be split into lines on raw bytes, chunk by chunk,
 * without decoding the whole file. Rows are Dexie records (strings, numbers, booleans, arrays,
 * plain objects — the record schemas allow nothing else), so plain JSON keeps them exactly.
 */

/** One decoded line: a batch of rows of one table (increments: and keys deleted from it). */
export interface RowBatch {
  table: string
  rows: unknown[]
  /** Increments only (`"d"`): primary keys of records deleted since the base file. */
  deleted?: string[]
}

/**
 * The text of one body line (with its trailing '\n').
 * @param table - table name
 * @param rows - the rows, as read from the database
 */
export function jsonlLine(table: string, rows: readonly unknown[]): string {
  return `{"t":${JSON.stringify(table)},"r":${JSON.stringify(rows)}}\n`
}

/**
 * The text of one increment line listing deleted primary keys of `table` (`"r"` is empty).
 * @param table - table name
 * @param keys - primary keys (strings) of the deleted records
 */
export function jsonlDeletedLine(table: string, keys: readonly string[]): string {
  return `{"t":${JSON.stringify(table)},"r":[],"d":${JSON.stringify(keys)}}\n`
}

/**
 * Parse one body line (without its '\n'). Never throws.
 * @returns the batch, or a Chinese message saying the content is damaged
 */
export function parseJsonlLine(
  text: string,
): { ok: true; batch: RowBatch } | { ok: false; message: string } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, message: '备份内容不是有效的数据行，文件可能已损坏。' }
  }
  const obj = raw as { t?: unknown; r?: unknown; d?: unknown } | null
  if (
    obj === null ||
    typeof obj !== 'object' ||
    typeof obj.t !== 'string' ||
    !/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(obj.t) ||
    !Array.isArray(obj.r)
  ) {
    return { ok: false, message: '备份内容的数据行格式不正确，文件可能已损坏。' }
  }
  if (obj.d !== undefined) {
    if (!Array.isArray(obj.d) || !obj.d.every((k) => typeof k === 'string' && k.length <= 200)) {
      return { ok: false, message: '备份内容的数据行格式不正确，文件可能已损坏。' }
    }
    return { ok: true, batch: { table: obj.t, rows: obj.r, deleted: obj.d as string[] } }
  }
  return { ok: true, batch: { table: obj.t, rows: obj.r } }
}

/** Splits a byte stream into lines at 0x0A, across chunk boundaries. */
export interface LineSplitter {
  /** Feed the next chunk; returns the lines completed by it (bytes without the '\n'). */
  push(chunk: Uint8Array): Uint8Array[]
  /** Bytes after the last '\n' (a body must end with '\n', so non-empty means truncated). */
  rest(): Uint8Array
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * Start splitting a body into lines.
 * @example const s = createLineSplitter(); for (const c of chunks) for (const l of s.push(c)) …
 */
export function createLineSplitter(): LineSplitter {
  let pending: Uint8Array[] = []
  return {
    push(chunk) {
      const lines: Uint8Array[] = []
      let start = 0
      for (;;) {
        const nl = chunk.indexOf(0x0a, start)
        if (nl < 0) break
        pending.push(chunk.subarray(start, nl))
        lines.push(concat(pending))
        pending = []
        start = nl + 1
      }
      if (start < chunk.length) pending.push(chunk.subarray(start))
      return lines
    },
    rest() {
      return concat(pending.length ? pending : [new Uint8Array(0)])
    },
  }
}
