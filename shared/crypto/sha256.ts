/**
 * A small synchronous SHA-256 (FIPS 180-4).
 *
 * Why not `crypto.subtle.digest`? It returns a Promise that is not an IndexedDB request, and
 * awaiting it inside a Dexie transaction commits the transaction early (PrematureCommitError).
 * The audit log must read the previous entry and write the chained hash in the same
 * transaction, so the hash has to be computed synchronously. Inputs are small JSON strings.
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

/**
 * Encode a string as UTF-8 bytes (lone surrogates become U+FFFD, as TextEncoder does).
 * Written out so that shared/ depends on no host global.
 */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else {
        code = 0xfffd
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      code = 0xfffd
    }
    if (code < 0x80) out.push(code)
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f))
    else if (code < 0x10000)
      out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
    else
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      )
  }
  return Uint8Array.from(out)
}

/**
 * SHA-256 digest of a string (hashed as UTF-8) or of raw bytes.
 * @returns the 32-byte digest.
 */
export function sha256(input: string | Uint8Array): Uint8Array {
  const data = typeof input === 'string' ? utf8Encode(input) : input
  const bitLength = data.length * 8
  const paddedLength = Math.ceil((data.length + 9) / 64) * 64
  const block = new Uint8Array(paddedLength)
  block.set(data)
  block[data.length] = 0x80
  const view = new DataView(block.buffer)
  // Message length in bits as a 64-bit big-endian integer (split: JS bit ops are 32-bit).
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 0x100000000))
  view.setUint32(paddedLength - 4, bitLength >>> 0)

  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ])
  const w = new Uint32Array(64)
  for (let offset = 0; offset < paddedLength; offset += 64) sha256Compress(h, w, block, offset)
  const out = new Uint8Array(32)
  const outView = new DataView(out.buffer)
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!)
  return out
}

/**
 * SHA-256 as a lowercase hex string (64 characters).
 */
export function sha256Hex(input: string | Uint8Array): string {
  let hex = ''
  for (const byte of sha256(input)) hex += byte.toString(16).padStart(2, '0')
  return hex
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n))
}

/**
 * One SHA-256 compression round (FIPS 180-4 §6.2.2) over the 64-byte block of `data` at
 * `offset`, updating the state `h` in place; `w` is a 64-word scratch schedule. Shared by the
 * one-shot hash here and the incremental one in shared/backup/sha256-stream.ts.
 */
export function sha256Compress(
  h: Uint32Array,
  w: Uint32Array,
  data: Uint8Array,
  offset: number,
): void {
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
