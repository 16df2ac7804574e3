/**
 * Incremental SHA-256 (FIPS 180-4) for backup files: the body is fed in slices, so a backup is
 * hashed without holding it in memory at once. shared/crypto/sha256.ts is one-shot; this one
 * keeps the state between `update` calls. Pure: no host globals.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

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
    for (let t = 0; t < 16; t++) {
      const i = offset + t * 4
      w[t] = ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0
    }
    for (let t = 16; t < 64; t++) {
      const w15 = w[t - 15]!
      const w2 = w[t - 2]!
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3)
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10)
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) >>> 0
    }
    let a = h[0]!
    let b = h[1]!
    let c = h[2]!
    let d = h[3]!
    let e = h[4]!
    let f = h[5]!
    let g = h[6]!
    let hh = h[7]!
    for (let t = 0; t < 64; t++) {
      const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
      const ch = (e & f) ^ (~e & g)
      const temp1 = (hh + s1 + ch + K[t]! + w[t]!) >>> 0
      const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
      const maj = (a & b) ^ (a & c) ^ (b & c)
      const temp2 = (s0 + maj) >>> 0
      hh = g
      g = f
      f = e
      e = (d + temp1) >>> 0
      d = c
      c = b
      b = a
      a = (temp1 + temp2) >>> 0
    }
    h[0] = (h[0]! + a) >>> 0
    h[1] = (h[1]! + b) >>> 0
    h[2] = (h[2]! + c) >>> 0
    h[3] = (h[3]! + d) >>> 0
    h[4] = (h[4]! + e) >>> 0
    h[5] = (h[5]! + f) >>> 0
    h[6] = (h[6]! + g) >>> 0
    h[7] = (h[7]! + hh) >>> 0
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

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n))
}
