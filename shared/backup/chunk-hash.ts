/**
 * The 'sha256-chunks' body digest of backup format 2: the body is cut into fixed-size chunks
 * (the last one shorter), each chunk is hashed with SHA-256, and the body digest is the SHA-256
 * of the concatenated 32-byte chunk digests. Chunks can be hashed in parallel by the host's
 * native SHA-256 (crypto.subtle in the renderer) while the body is written or read; this module
 * holds the pure parts so that writer, reader and tests agree on the definition.
 */
import { sha256, sha256Hex } from '../crypto/sha256'

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/**
 * The body digest from the chunk digests, in chunk order.
 * @param digests - 32-byte SHA-256 digests of the chunks (an empty body has none)
 * @returns lowercase hex SHA-256 of their concatenation
 */
export function combineChunkDigests(digests: readonly Uint8Array[]): string {
  const all = new Uint8Array(digests.length * 32)
  digests.forEach((d, i) => {
    if (d.length !== 32) throw new Error('chunk digest must be 32 bytes')
    all.set(d, i * 32)
  })
  return sha256Hex(all)
}

/**
 * Reference implementation (pure JS, synchronous): the 'sha256-chunks' digest of a whole body.
 * Used by tests and where no native SHA-256 exists; the renderer hashes chunks natively.
 * @param body - the body bytes
 * @param chunkBytes - chunk size recorded in the manifest
 */
export function sha256ChunksHex(body: Uint8Array, chunkBytes: number): string {
  const digests: Uint8Array[] = []
  for (let offset = 0; offset < body.length; offset += chunkBytes) {
    digests.push(sha256(body.subarray(offset, Math.min(body.length, offset + chunkBytes))))
  }
  return combineChunkDigests(digests)
}
