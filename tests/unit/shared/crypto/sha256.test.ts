import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex, utf8Encode } from '@shared/crypto/sha256'

describe('sha256Hex — FIPS 180-4 / NIST CSHS test vectors', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('%j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected)
  })

  it('one million "a" (NIST long message)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    )
  })

  it.each([55, 56, 63, 64, 65, 119, 120, 128])(
    'padding boundary: %i bytes matches node:crypto',
    (length) => {
      const input = 'x'.repeat(length)
      expect(sha256Hex(input)).toBe(createHash('sha256').update(input).digest('hex'))
    },
  )

  it.each(['鄂汉阳市监处罚〔2026〕12号', '𠮷野家', 'mixed ascii 和中文 ✓'])(
    'UTF-8 text %j matches node:crypto',
    (input) => {
      expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'))
    },
  )

  it('utf8Encode matches Buffer for BMP, astral and lone surrogates', () => {
    for (const s of ['a中', '𠮷', '\ud800x', 'x\udc00']) {
      expect([...utf8Encode(s)]).toEqual([...Buffer.from(s, 'utf8')])
    }
  })

  it('hashes raw bytes', () => {
    const bytes = Uint8Array.from([0, 1, 2, 255])
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})
