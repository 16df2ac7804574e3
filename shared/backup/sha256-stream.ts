/**
 * Incremental SHA-256 (FIPS 180-4) for backup files: the body is fed in slices, so a backup is
 * hashed without holding it in memory at once. shared/crypto/sha256.ts is one-shot; this one
 * keeps the state between `update` calls. Pure: no host globals.
 */

import { sha256Compress } from '../crypto/sha256'

/** A running SHA-256: feed bytes with `update`, read the hex digest once with `digestHex`. */
export interface Sha256Stream {
  update(bytes: Uint8Array): void
  /** Finish and return the lowercase hex digest; the stream cannot be updated afterwards. */
  digestHex(): string
  /** Bytes fed so far. */
  readonly length: number
}

/**
 * Start an incremental SHA-256.
 * @example const s = createSha256(); s.update(a); s.update(b); s.digestHex()
 */
export function createSha256(): Sha256Stream {
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ])
  const w = new Uint32Array(64)
  const block = new Uint8Array(64)
  let blockLength = 0
  let total = 0
  let finished = false

  function compress(data: Uint8Array, offset: number): void {
    sha256Compress(h, w, data, offset)
  }

  return {
    get length() {
      return total
    },
    update(bytes) {
      if (finished) throw new Error('sha256 stream already finished')
      total += bytes.length
      let i = 0
      if (blockLength > 0) {
        const take = Math.min(64 - blockLength, bytes.length)
        block.set(bytes.subarray(0, take), blockLength)
        blockLength += take
        i = take
        if (blockLength < 64) return
        compress(block, 0)
        blockLength = 0
      }
      for (; i + 64 <= bytes.length; i += 64) compress(bytes, i)
      if (i < bytes.length) {
        block.set(bytes.subarray(i), 0)
        blockLength = bytes.length - i
      }
    },
    digestHex() {
      if (finished) throw new Error('sha256 stream already finished')
      finished = true
      const bitLength = total * 8
      const tail = new Uint8Array(blockLength + 9 > 64 ? 128 : 64)
      tail.set(block.subarray(0, blockLength))
      tail[blockLength] = 0x80
      const view = new DataView(tail.buffer)
      view.setUint32(tail.length - 8, Math.floor(bitLength / 0x100000000))
      view.setUint32(tail.length - 4, bitLength >>> 0)
      for (let off = 0; off < tail.length; off += 64) compress(tail, off)
      let hex = ''
      for (const word of h) hex += word.toString(16).padStart(8, '0')
      return hex
    },
  }
}
