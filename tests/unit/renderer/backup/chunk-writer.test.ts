// @vitest-environment happy-dom
// the chunked body writer encodes straight into fixed-size chunks; characters of 1–4
// UTF-8 bytes cut at any chunk boundary give exactly TextEncoder's bytes and the reference
// 'sha256-chunks' digest.
import { describe, expect, it } from 'vitest'
import { sha256ChunksHex } from '@shared/backup'
import { createChunkWriter } from '@renderer/backup/chunk-writer'

const texts = [
  'a'.repeat(40),
  'é中𠮷😀'.repeat(9),
  '\ud800 lone surrogate 中',
  '{"t":"x"}\n'.repeat(5),
]

describe('chunk writer', () => {
  it.each([1, 2, 3, 5, 7, 16, 4096])('chunks of %i bytes: same bytes and digest', async (size) => {
    const writer = createChunkWriter(size)
    for (const t of texts) writer.write(t)
    const out = await writer.finish()
    const expected = new TextEncoder().encode(texts.join(''))
    const got = new Uint8Array(await new Blob(out.parts).arrayBuffer())
    expect(got).toEqual(expected)
    expect(out.bytes).toBe(expected.length)
    expect(out.parts.slice(0, -1).every((p) => p.size === size)).toBe(true)
    expect(out.sha256).toBe(sha256ChunksHex(expected, size))
  })
})
