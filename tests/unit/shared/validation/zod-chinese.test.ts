import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildDocument, DOCUMENT_REGISTRY } from '../../../../shared/documents/registry'
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/documents/kinds'
import { DOCUMENT_FIELD_LABELS } from '../../../../shared/documents/field-labels'
import { chineseIssueMessage, labelOfPath } from '../../../../shared/validation/zod-chinese'
import { SAMPLES } from '../../../fixtures/documents/samples'

/** Every field name a schema declares (object keys at any depth). */
function schemaKeys(schema: unknown, out = new Set<string>(), depth = 0): Set<string> {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def
  if (!def || depth > 12) return out
  const walk = (s: unknown) => schemaKeys(s, out, depth + 1)
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        out.add(k)
        walk(v)
      }
      break
    case 'array':
      walk(def.element)
      break
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'prefault':
    case 'nonoptional':
      walk(def.innerType)
      break
    case 'pipe':
      walk(def.in)
      walk(def.out)
      break
    case 'union':
      for (const o of def.options as unknown[]) walk(o)
      break
    case 'lazy':
      walk((def.getter as () => unknown)())
      break
    case 'record':
      walk(def.valueType)
      break
  }
  return out
}

/** A copy of `v` with every leaf of the wrong type (strings → numbers, numbers/booleans → text). */
function scrambled(v: unknown): unknown {
  if (typeof v === 'string') return 12345
  if (typeof v === 'number' || typeof v === 'boolean') return 'x'
  if (Array.isArray(v)) return v.map(scrambled)
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrambled(x)]))
  return v
}

const ENGLISH = /[A-Za-z]{2,}/

describe('zod issues become Chinese field messages', () => {
  it.each([
    [
      {
        code: 'invalid_type',
        message: 'Invalid input: expected string, received undefined',
        path: ['startTime'],
      },
      '开始时间',
      '请填写开始时间',
    ],
    [
      {
        code: 'invalid_type',
        message: 'Invalid input: expected number, received string',
        path: ['x'],
      },
      '罚款金额',
      '罚款金额填写有误，请重新填写',
    ],
    [
      { code: 'too_big', message: 'Too big', path: ['x'], maximum: 200, origin: 'string' },
      '案由',
      '案由不能超过200个字',
    ],
    [
      { code: 'too_small', message: 'Too small', path: ['x'], minimum: 1, origin: 'string' },
      '地点',
      '请填写地点',
    ],
    [
      { code: 'too_small', message: 'Too small', path: ['x'], minimum: 2, origin: 'array' },
      '执法人员',
      '执法人员至少2项',
    ],
    [{ code: 'invalid_format', message: 'Invalid string', path: ['x'] }, '日期', '日期格式不正确'],
    [{ code: 'invalid_value', message: 'Invalid option', path: ['x'] }, '类型', '请选择类型'],
    [
      { code: 'custom', message: '改正期限不得早于送达日期', path: ['x'] },
      '改正期限',
      '改正期限不得早于送达日期',
    ],
  ])('%#: %o → %s', (issue, label, expected) => {
    expect(chineseIssueMessage(issue, label)).toBe(expected)
  })

  it('labels a path by its deepest labelled key, with the row number of an array', () => {
    expect(labelOfPath(['party', 'uscc'], DOCUMENT_FIELD_LABELS, '文书内容')).toBe(
      '统一社会信用代码',
    )
    expect(labelOfPath(['entries', 2, 'name'], DOCUMENT_FIELD_LABELS, '文书内容')).toBe('第3项名称')
    expect(labelOfPath(['zz'], DOCUMENT_FIELD_LABELS, '文书内容')).toBe('文书内容')
  })

  it('every field of every document input schema has a Chinese label', () => {
    const missing: string[] = []
    for (const kind of DOCUMENT_KINDS) {
      for (const key of schemaKeys(DOCUMENT_REGISTRY[kind].inputSchema)) {
        if (!Object.hasOwn(DOCUMENT_FIELD_LABELS, key)) missing.push(`${kind}.${key}`)
      }
    }
    expect(missing).toEqual([])
  })

  it.each(DOCUMENT_KINDS as readonly DocumentKind[])(
    '%s: an empty or wrongly typed input yields only Chinese messages (no zod text reaches the UI)',
    (kind) => {
      const sample = SAMPLES[kind]
      for (const input of [{}, scrambled(sample.input)]) {
        const built = buildDocument(kind, input, sample.ctx)
        expect(built.ok).toBe(false)
        if (built.ok) continue
        for (const msg of built.errors) {
          expect(msg, msg).not.toMatch(ENGLISH)
          expect(msg).toMatch(/[\u3400-\u9fff]/)
        }
      }
    },
  )

  it('a schema of our own keeps its Chinese refinement message', () => {
    const s = z.object({ a: z.string().refine((v) => v === 'ok', '请填写正确的内容') })
    const r = s.safeParse({ a: 'no' })
    expect(r.success).toBe(false)
    if (!r.success) expect(chineseIssueMessage(r.error.issues[0]!, '甲')).toBe('请填写正确的内容')
  })
})
