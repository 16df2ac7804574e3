import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@shared/crypto/sha256'
import {
  backupFileName,
  checkBody,
  createSha256,
  manifestLine,
  parseManifestLine,
  stampOfBackupName,
} from '@shared/backup'
import { manifest } from '../../../fixtures/backup-records'

describe('incremental SHA-256', () => {
  const vectors: [string, string][] = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ]
  it.each(vectors)('FIPS 180-4 test vector %j', (text, hex) => {
    const s = createSha256()
    s.update(new TextEncoder().encode(text))
    expect(s.digestHex()).toBe(hex)
  })

  it('equals the one-shot hash for any slicing (lengths around block edges, 生僻字 𠮷 and emoji)', () => {
    const text = '备份𠮷😀'.repeat(97) + 'x'.repeat(130)
    const bytes = new TextEncoder().encode(text)
    for (const step of [1, 3, 55, 56, 63, 64, 65, 127, 1000, bytes.length]) {
      const s = createSha256()
      for (let i = 0; i < bytes.length; i += step) s.update(bytes.subarray(i, i + step))
      expect(s.length).toBe(bytes.length)
      expect(s.digestHex()).toBe(sha256Hex(bytes))
    }
  })
})

describe('manifest line', () => {
  it('round-trips a manifest', () => {
    const m = manifest()
    const line = manifestLine(m)
    expect(line.endsWith('\n')).toBe(true)
    expect(parseManifestLine(line.trim())).toEqual({ ok: true, manifest: m })
  })

  const cases: [string, string, RegExp][] = [
    ['garbage text', 'hello world', /不是 CaseDesk 备份文件/],
    ['JSON of another program', '{"formatName":"dexie"}', /不是 CaseDesk 备份文件/],
    ['a JSON array', '[1,2]', /不是 CaseDesk 备份文件/],
    [
      'a newer format version',
      JSON.stringify({ ...manifest(), formatVersion: 99 }),
      /更新版本的 CaseDesk/,
    ],
    [
      'counts that do not add up',
      JSON.stringify({ ...manifest(), totalRecords: 6 }),
      /记录数与说明不一致/,
    ],
    [
      'a malformed checksum',
      JSON.stringify({ ...manifest(), body: { ...manifest().body, sha256: 'xyz' } }),
      /说明信息不完整或已被修改/,
    ],
    [
      'a negative count',
      JSON.stringify({ ...manifest(), tables: { cases: -1 }, totalRecords: -1 }),
      /说明信息不完整/,
    ],
  ]
  it.each(cases)('refuses %s with a Chinese message', (_, line, message) => {
    const r = parseManifestLine(line)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(message)
  })
})

describe('checkBody', () => {
  const m = manifest()
  it.each([
    ['matching', { bytes: 10, sha256: 'a'.repeat(64) }, null],
    ['truncated', { bytes: 7, sha256: 'a'.repeat(64) }, /不完整（缺少 3 字节）/],
    ['longer', { bytes: 11, sha256: 'a'.repeat(64) }, /更长/],
    ['wrong checksum', { bytes: 10, sha256: 'b'.repeat(64) }, /校验失败/],
  ] as const)('%s body', (_, measured, expected) => {
    const r = checkBody(m, measured)
    if (expected === null) expect(r).toBeNull()
    else expect(r).toMatch(expected)
  })
})

describe('file names', () => {
  it('names full backups by local stamp and reads the stamp back', () => {
    const name = backupFileName('20260301-080000')
    expect(name).toBe('CaseDesk-备份-20260301-080000.casedesk')
    expect(stampOfBackupName(name)).toBe('20260301-080000')
    expect(stampOfBackupName('CaseDesk-备份-2026-bad.casedesk')).toBeNull()
    expect(stampOfBackupName('notes.txt')).toBeNull()
  })

  it('names case packages with the case number, without path characters', () => {
    expect(backupFileName('20260301-080000', 'case', '鄂汉阳市监案〔2026〕1号/../x')).toBe(
      'CaseDesk-案件-鄂汉阳市监案〔2026〕1号..x-20260301-080000.casedesk',
    )
  })
})
