// Backup format 2: JSON-lines body and chunk-hash digest — pure parts.
import { describe, expect, it } from 'vitest'
import {
  combineChunkDigests,
  createLineSplitter,
  createSha256,
  jsonlLine,
  parseJsonlLine,
  parseManifestLine,
  sha256ChunksHex,
} from '@shared/backup'
import { sha256, sha256Hex } from '@shared/crypto/sha256'
import { manifest } from '../../../fixtures/backup-records'

const enc = (s: string) => new TextEncoder().encode(s)
const dec = (b: Uint8Array) => new TextDecoder().decode(b)

describe('jsonl body lines', () => {
  it('a line round-trips rows with newlines, emoji and 生僻字 inside strings', () => {
    const rows = [
      { id: 'a', text: '第一行\n第二行 𠮷😀 "引号" <b>' },
      { id: 'b', n: -1.5, ok: true },
    ]
    const line = jsonlLine('cases', rows)
    expect(line.endsWith('\n')).toBe(true)
    expect(line.slice(0, -1)).not.toContain('\n')
    expect(parseJsonlLine(line.slice(0, -1))).toEqual({ ok: true, batch: { table: 'cases', rows } })
  })

  it.each([
    ['not JSON', '{"t":"cases","r":[', /不是有效的数据行/],
    ['no table', '{"r":[]}', /格式不正确/],
    ['rows not an array', '{"t":"cases","r":{}}', /格式不正确/],
    ['a table name that is not a name', '{"t":"../x","r":[]}', /格式不正确/],
    ['an array instead of an object', '[1,2]', /格式不正确/],
  ])('refuses %s with a Chinese message', (_, text, message) => {
    const r = parseJsonlLine(text)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })

  it('the splitter finds every line whatever the chunk size, including multi-byte cuts', () => {
    const text = jsonlLine('a', [{ s: '𠮷😀'.repeat(50) }]) + jsonlLine('b', [{ s: 'x' }]) + '\n'
    const bytes = enc(text)
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const s = createLineSplitter()
      const lines: string[] = []
      for (let i = 0; i < bytes.length; i += size) {
        for (const l of s.push(bytes.subarray(i, i + size))) lines.push(dec(l))
      }
      expect(lines).toEqual(text.split('\n').slice(0, -1))
      expect(s.rest().length).toBe(0)
    }
  })

  it('bytes after the last newline are left over (a truncated body)', () => {
    const s = createLineSplitter()
    expect(s.push(enc('{"t":"a","r":[]}\n{"t":"b"'))).toHaveLength(1)
    expect(dec(s.rest())).toBe('{"t":"b"')
  })
})

describe('sha256-chunks digest', () => {
  it('is SHA-256 of the concatenated chunk digests (last chunk shorter)', () => {
    const body = enc('a'.repeat(150_000))
    const parts = [body.subarray(0, 65_536), body.subarray(65_536, 131_072), body.subarray(131_072)]
    const joined = new Uint8Array(96)
    parts.forEach((p, i) => joined.set(sha256(p), i * 32))
    expect(sha256ChunksHex(body, 65_536)).toBe(sha256Hex(joined))
    expect(combineChunkDigests(parts.map((p) => sha256(p)))).toBe(sha256Hex(joined))
  })

  it('one changed byte changes the digest; an empty body has the digest of nothing', () => {
    const body = enc('b'.repeat(70_000))
    const a = sha256ChunksHex(body, 65_536)
    body[69_999] = 0x63
    expect(sha256ChunksHex(body, 65_536)).not.toBe(a)
    expect(sha256ChunksHex(new Uint8Array(0), 65_536)).toBe(sha256Hex(new Uint8Array(0)))
  })
})

describe('manifest format 2', () => {
  const digest = 'c'.repeat(64)
  it('a format-1 manifest is read as format 3 with a whole-body hash', () => {
    const r = parseManifestLine(JSON.stringify({ ...manifest(), formatVersion: 1 }))
    expect(r.ok && r.manifest.formatVersion).toBe(3)
    expect(r.ok && r.manifest.body.hash).toBeUndefined()
  })

  it('chunk hashes need a chunk size, and a chunk size needs chunk hashes', () => {
    const body = { encoding: 'casedesk-jsonl', bytes: 10, sha256: digest }
    const line = (b: object) => JSON.stringify({ ...manifest(), body: b })
    expect(parseManifestLine(line({ ...body, hash: 'sha256-chunks', chunkBytes: 65536 })).ok).toBe(
      true,
    )
    expect(parseManifestLine(line({ ...body, hash: 'sha256-chunks' })).ok).toBe(false)
    expect(parseManifestLine(line({ ...body, chunkBytes: 65536 })).ok).toBe(false)
    expect(parseManifestLine(line({ ...body, hash: 'sha256-chunks', chunkBytes: 10 })).ok).toBe(
      false,
    )
  })

  it('the streaming hasher still agrees with the one-shot one (format-1 bodies)', () => {
    const h = createSha256()
    h.update(enc('abc'))
    expect(h.digestHex()).toBe(sha256Hex('abc'))
  })
})
