import { describe, expect, it } from 'vitest'
import {
  formTable,
  keptTogetherTail,
  labelBreaks,
  noteRow,
  signatureRow,
  type FormRow,
} from '../../../../shared/documents/blocks/form-table'

describe('form labels break at words, never leaving one character (GB/T 9704 §5.2: 表格 text legible)', () => {
  it.each([
    ['短标签', ['短标签']],
    ['处理决定内容', ['处理决定', '内容']],
    ['被约谈方签名', ['被约谈方', '签名']],
    ['处理决定文号', ['处理决定', '文号']],
    ['办案人员意见', ['办案人员', '意见']],
    ['审核机构负责人意见', ['审核机构', '负责人意见']],
    ['代收人及代收理由', ['代收人及', '代收理由']],
    ['执法人员是否出示执法证件', ['执法人员', '是否出示', '执法证件']],
  ])('%s', (label, lines) => {
    const out = labelBreaks(label)
    expect(out).toEqual(lines)
    expect(out.join('')).toBe(label)
    for (const line of out) expect([...line].length).toBeLessThanOrEqual(5)
  })

  it('a label without known words still gets even lines of at most five', () => {
    expect(labelBreaks('甲乙丙丁戊己庚')).toEqual(['甲乙丙丁', '戊己庚'])
  })
})

describe('the end of a form stays together (a signature is never alone on a page)', () => {
  const field = (label: string): FormRow => [{ label, value: '内容' }]
  it.each([
    ['plain rows: the last two', [field('甲'), field('乙'), field('丙')], 2],
    [
      'record: confirmation + two signatures + the row before them',
      [
        field('甲'),
        field('乙'),
        noteRow('以上记录已经核对'),
        signatureRow('签名一'),
        signatureRow('签名二'),
      ],
      4,
    ],
    ['a single row is kept whole', [field('甲')], 1],
  ] as const)('%s', (_name, rows, tail) => {
    expect(keptTogetherTail(rows as unknown as FormRow[])).toBe(tail)
  })

  it('the tail is an unbreakable block after the rest of the table', () => {
    const rows: FormRow[] = [field('甲'), field('乙'), field('丙'), signatureRow('签名')]
    const table = formTable(rows) as {
      stack: Array<{
        table?: { body: unknown[] }
        stack?: Array<{ table: { body: unknown[] } }>
        unbreakable?: boolean
      }>
    }
    expect(table.stack[0]?.table?.body).toHaveLength(2)
    expect(table.stack[1]?.unbreakable).toBe(true)
    expect(table.stack[1]?.stack?.[0]?.table.body).toHaveLength(2)
  })
})

describe('a word boundary never leaves one character alone on a line', () => {
  it.each([['及甲乙丙丁戊', ['及甲乙', '丙丁戊']] as const])('%s', (label, lines) => {
    const out = labelBreaks(label)
    expect(out.join('')).toBe(label)
    for (const line of out) expect([...line].length).toBeGreaterThan(1)
    expect(out).toEqual(lines)
  })
})
