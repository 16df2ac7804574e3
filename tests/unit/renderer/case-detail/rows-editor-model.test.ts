// The generic row editor's model (widget `rows`, columns in shared/domain/case/act-fields.ts):
// one blank row to start, wholly blank rows dropped, quantities kept as typed strings, and the
// payload schema's messages placed on the row and column they belong to, in Chinese.
import { describe, expect, it } from 'vitest'
import { ACT_FIELDS } from '@shared/domain/case/act-fields'
import {
  blankActForm,
  blankRow,
  parseActForm,
  specAt,
} from '@renderer/features/cases/detail/act-form-model'

const approverId = '6f1d7a52-3c1b-4c8e-9a55-0c2f6a1e8b01'
const itemsSpec = ACT_FIELDS.evidencePreserved.find((s) => s.key === 'items')!

function preservationForm(items: Record<string, string>[]) {
  return Object.assign(blankActForm('evidencePreserved'), {
    items,
    storage: 'onSite',
    place: '当事人仓库',
    approver: '刘局长',
    approverId,
  })
}

describe('row editor model (先行登记保存 items)', () => {
  it('a blank form starts with one blank row of every column', () => {
    const form = blankActForm('evidencePreserved')
    expect(form.items).toEqual([blankRow(itemsSpec)])
    expect(Object.keys(blankRow(itemsSpec))).toEqual([
      'name',
      'spec',
      'quantity',
      'unit',
      'batch',
      'note',
    ])
  })

  it('two typed rows become two items; the trailing blank row is dropped; 2.5 stays "2.5"', () => {
    const r = parseActForm(
      'evidencePreserved',
      preservationForm([
        { name: '纯牛奶', spec: '250ml/盒', quantity: '24', unit: '盒', batch: '20260101', note: '' },
        { name: '散装饼干', spec: '', quantity: ' 2.5 ', unit: '千克', batch: '', note: '' },
        { name: '', spec: '', quantity: '', unit: '', batch: '', note: '' },
      ]),
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.payload.items).toEqual([
      { name: '纯牛奶', spec: '250ml/盒', quantity: '24', unit: '盒', batch: '20260101' },
      { name: '散装饼干', quantity: '2.5', unit: '千克' },
    ])
  })

  it('no row at all: the list says so in Chinese', () => {
    const r = parseActForm('evidencePreserved', preservationForm([]))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.fields.items).toBe('请至少填写一项物品')
  })

  it('a bad cell is reported on its row and column', () => {
    const r = parseActForm(
      'evidencePreserved',
      preservationForm([
        { name: '纯牛奶', quantity: '24', unit: '盒' },
        { name: '饼干', quantity: '两箱', unit: '' },
      ]),
    )
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.fields['items.1.quantity']).toMatch(/整数或最多三位小数/)
    expect(r.errors.fields['items.1.unit']).toBe('请填写单位')
    expect(specAt('evidencePreserved', ['items', 1, 'unit'])?.label).toBe('单位')
  })
})
