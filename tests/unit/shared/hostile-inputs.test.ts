// the catalogue of hostile inputs. Each row is refused with a clear Chinese message,
// or — for text that is merely unusual — kept exactly as entered (rendering as text is enforced
// by the vue/no-v-html lint rule; the restore tests prove such text round-trips unchanged).
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT_VERSION,
  canonicalJson,
  checkBody,
  checkRecord,
  createSha256,
  parseGuardedJson,
  parseManifestLine,
  tableLabel,
} from '@shared/backup'
import { sha256Hex } from '@shared/crypto/sha256'
import { officerInputSchema } from '@shared/domain/settings/schemas'
import { actRecord, caseRecord, manifest, officer, partyRecord, uuid } from '../../fixtures/backup-records'

type Outcome = { rejected: RegExp } | 'kept'

const long = '长'.repeat(10_000)
const html = '<script>alert("x")</script><img src=x onerror=alert(1)>'
const rare = '𠮷堃淼喆珺玥镕赟犇昇㙟😀👨‍👩‍👧'

/** [name, what is checked → null when accepted / message when refused, expected outcome] */
const catalogue: [string, () => string | null, Outcome][] = [
  // ---- backup files ----
  [
    'backup: garbage text instead of a manifest',
    () => msg(parseManifestLine('%PDF-1.7 garbage')),
    { rejected: /不是 CaseDesk 备份文件/ },
  ],
  [
    'backup: empty manifest line',
    () => msg(parseManifestLine('')),
    { rejected: /不是 CaseDesk 备份文件/ },
  ],
  [
    'backup: huge line of one character',
    () => msg(parseManifestLine('{'.repeat(100_000))),
    { rejected: /不是 CaseDesk 备份文件/ },
  ],
  [
    'backup: manifest from a newer format',
    () =>
      msg(
        parseManifestLine(
          JSON.stringify({ ...manifest(), formatVersion: BACKUP_FORMAT_VERSION + 1 }),
        ),
      ),
    { rejected: /更新版本的 CaseDesk/ },
  ],
  [
    'backup: truncated body',
    () => checkBody(manifest(), { bytes: 3, sha256: 'a'.repeat(64) }),
    { rejected: /不完整/ },
  ],
  [
    'backup: wrong checksum',
    () => checkBody(manifest(), { bytes: 10, sha256: 'f'.repeat(64) }),
    { rejected: /SHA-256 不一致/ },
  ],
  [
    'backup: counts edited in the manifest',
    () => msg(parseManifestLine(JSON.stringify({ ...manifest(), tables: { cases: 9, acts: 3 } }))),
    { rejected: /记录数与说明不一致/ },
  ],
  // ---- records (restore and case import) ----
  [
    'record: party with a bad USCC check digit',
    () => rec('parties', partyRecord(1, { uscc: '91110000600037341M' })),
    { rejected: /统一社会信用代码/ },
  ],
  [
    'record: sole trader with a bad resident ID',
    () =>
      rec(
        'parties',
        partyRecord(1, {
          kind: 'soleTrader',
          operatorName: '李四',
          operatorIdNo: '440524188001010015',
        }),
      ),
    { rejected: /身份证/ },
  ],
  [
    'record: natural person with an impossible birth date in the ID',
    () =>
      rec(
        'parties',
        partyRecord(1, { kind: 'naturalPerson', idType: 'residentId', idNo: '440524188002300014' }),
      ),
    { rejected: /.+/ },
  ],
  [
    'record: created after it was last updated (dates in the wrong order)',
    () => rec('parties', partyRecord(1, { createdAt: '2026-05-01T00:00:00.000Z' })),
    { rejected: /创建时间晚于修改时间/ },
  ],
  [
    'record: 2026-02-30 as a legal date',
    () => rec('cases', caseRecord(2, uuid(1), { sourceDate: '2026-02-30' })),
    { rejected: /有效日期/ },
  ],
  [
    'record: negative fine in 分',
    () =>
      rec(
        'acts',
        actRecord(3, uuid(2), { type: 'paymentMade', payload: { kind: 'fine', amountFen: -100 } }),
      ),
    { rejected: /不能为负数/ },
  ],
  [
    'record: fractional 分',
    () =>
      rec(
        'acts',
        actRecord(3, uuid(2), { type: 'paymentMade', payload: { kind: 'fine', amountFen: 100.5 } }),
      ),
    { rejected: /整数/ },
  ],
  [
    'record: act of an unknown type',
    () => rec('acts', actRecord(3, uuid(2), { type: 'deleteEverything' })),
    { rejected: /.+/ },
  ],
  [
    'record: id that is not a UUID',
    () => rec('cases', caseRecord(2, uuid(1), { id: '1; DROP TABLE cases' })),
    { rejected: /UUID/ },
  ],
  [
    'record: missing primary key',
    () => rec('cases', { ...caseRecord(2, uuid(1)), id: undefined }),
    { rejected: /缺少主键/ },
  ],
  [
    'record: a string instead of an object',
    () => rec('cases', 'hello'),
    { rejected: /不是有效的数据对象/ },
  ],
  [
    'form: officer name of 10,000 characters',
    () => zodMsg(officerInputSchema.safeParse({ ...officer, name: long })),
    { rejected: /不能超过 30 个字/ },
  ],
  // ---- unusual but legitimate text: kept exactly ----
  [
    'record: 5 MB 案由 is refused before it reaches the database',
    () => rec('cases', caseRecord(2, uuid(1), { cause: '长'.repeat(5_000_000) })),
    { rejected: /字段 cause 有 5000000 个字符，超过上限 500/ },
  ],
  [
    'record: a text field beyond the general limit (60,000 characters)',
    () =>
      rec(
        'acts',
        actRecord(3, uuid(2), {
          type: 'caseClosed',
          payload: { reason: 'x', note: '长'.repeat(60_000) },
        }),
      ),
    { rejected: /超过上限 50000/ },
  ],
  [
    'record: a "__proto__" key inside a record',
    () => rec('cases', JSON.parse(`{"__proto__":{"x":1},"id":"${uuid(2)}"}`) as unknown),
    { rejected: /不允许的字段名“__proto__”/ },
  ],
  [
    'record: a "constructor" key inside a nested payload',
    () =>
      rec(
        'acts',
        actRecord(3, uuid(2), {
          payload: JSON.parse('{"constructor":{"prototype":{}}}') as unknown,
        }),
      ),
    { rejected: /不允许的字段名“constructor”/ },
  ],
  [
    'record: nesting deeper than 32 levels',
    () => rec('cases', { ...caseRecord(2, uuid(1)), extra: nested(40) }),
    { rejected: /嵌套超过 32 层/ },
  ],
  // ---- package/backup text before parsing ----
  [
    'package: 10,000-level nesting is refused before parsing, in Chinese',
    () => msg(parseGuardedJson('['.repeat(10_000) + ']'.repeat(10_000), '移交包')),
    { rejected: /移交包的数据嵌套超过 32 层/ },
  ],
  [
    'package: a "__proto__" key anywhere in the body',
    () => msg(parseGuardedJson('{"tables":{"cases":[{"__proto__":{"polluted":true}}]}}', '移交包')),
    { rejected: /不允许的字段名“__proto__”/ },
  ],
  [
    'package: brackets inside strings do not count as nesting',
    () => msg(parseGuardedJson(JSON.stringify({ a: '['.repeat(100) }), '移交包')),
    'kept',
  ],
  [
    'text: a 450-character cause is kept',
    () => rec('cases', caseRecord(2, uuid(1), { cause: '长'.repeat(450) })),
    'kept',
  ],
  [
    'text: HTML/script in a party name is kept as text',
    () => rec('parties', partyRecord(1, { name: html })),
    'kept',
  ],
  [
    'text: emoji and 生僻字 (incl. Ext-B 𠮷) in a party name are kept',
    () => rec('parties', partyRecord(1, { name: rare })),
    'kept',
  ],
]

function nested(depth: number): unknown {
  let v: unknown = 'x'
  for (let i = 0; i < depth; i++) v = { v }
  return v
}
function msg(r: { ok: boolean; message?: string }): string | null {
  return r.ok ? null : (r.message ?? '')
}
function rec(table: string, record: unknown): string | null {
  return checkRecord(table, table === 'counters' ? 'key' : 'id', record)?.message ?? null
}
function zodMsg(r: { success: boolean; error?: { issues: { message: string }[] } }): string | null {
  return r.success ? null : (r.error?.issues[0]?.message ?? '')
}

describe('hostile inputs', () => {
  it.each(catalogue)('%s', (_, check, expected) => {
    const result = check()
    if (expected === 'kept') {
      expect(result).toBeNull()
    } else {
      expect(result).toMatch(expected.rejected)
      expect(result).toMatch(/[\u4e00-\u9fff]/) // a Chinese message
    }
  })

  it('a table named "__proto__" is named as typed (never "[object Object]") and checked generically', () => {
    expect(tableLabel('__proto__')).toBe('__proto__')
    expect(tableLabel('constructor')).toBe('constructor')
    expect(checkRecord('__proto__', 'id', { id: uuid(1) })).toBeNull()
  })

  it('unusual text survives the backup encoding byte for byte (JSON + UTF-8 + SHA-256)', () => {
    for (const text of [html, rare, long, '\u0000\u2028\u2029"\\']) {
      const record = partyRecord(1, { name: text })
      const json = canonicalJson(record)
      expect(JSON.parse(json)).toEqual(record)
      const bytes = new TextEncoder().encode(json)
      const s = createSha256()
      s.update(bytes.subarray(0, 7))
      s.update(bytes.subarray(7))
      expect(s.digestHex()).toBe(sha256Hex(json))
    }
  })
})
