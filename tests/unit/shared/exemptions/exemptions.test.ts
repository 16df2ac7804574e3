import { describe, expect, it } from 'vitest'
import {
  checkExemptionImport,
  mapExemptionHeaders,
  validateExemptionRow,
} from '@shared/domain/exemptions'

const good = {
  code: 'SC-01',
  title: '未按规定公示食品经营许可证',
  category: '首违不罚',
  violation: '食品经营者未按规定在经营场所显著位置悬挂或者摆放食品经营许可证',
  legalBasis: '《食品经营许可和备案管理办法》第五十三条',
  conditions: '初次违法且危害后果轻微并及时改正',
  source: '鄂市监法〔2022〕42号',
}

describe('免罚清单 row validation (行政处罚法第三十三条; 鄂市监法〔2022〕42号)', () => {
  it.each([
    ['category alias 初次违法 → 首违不罚', { category: '初次违法' }, '首违不罚'],
    ['category alias 轻微不罚 → 轻微免罚', { category: '轻微不罚' }, '轻微免罚'],
    ['category 无主观过错 kept', { category: '无主观过错' }, '无主观过错'],
  ])('%s', (_name, over, expected) => {
    const r = validateExemptionRow({ ...good, ...over })
    expect(r.ok && r.value.category).toBe(expected)
  })

  it.each([
    ['missing title', { title: '  ' }, 'title', '请填写事项名称'],
    ['unknown category', { category: '从轻' }, 'category', '类别应为'],
    ['missing legal basis', { legalBasis: '' }, 'legalBasis', '请填写法律依据'],
    ['missing code', { code: undefined }, 'code', '请填写编号'],
  ])('rejects %s with a Chinese field message', (_name, over, field, message) => {
    const r = validateExemptionRow({ ...good, ...over })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[field as keyof typeof r.errors]).toContain(message)
  })

  it('numeric cells from a spreadsheet are taken as text', () => {
    const r = validateExemptionRow({ ...good, code: 12 })
    expect(r.ok && r.value.code).toBe('12')
  })

  it('an import reports bad rows and repeated codes with their row numbers, keeps the rest', () => {
    const check = checkExemptionImport([
      { row: 2, input: good },
      { row: 3, input: { ...good, code: 'SC-02', category: '不存在' } },
      { row: 4, input: {} },
      { row: 5, input: { ...good, title: '重复的编号' } },
      { row: 6, input: { ...good, code: 'SC-03' } },
    ])
    expect(check.valid.map((v) => v.row)).toEqual([2, 6])
    expect(check.errors.map((e) => e.row)).toEqual([3, 5])
    expect(check.errors[0]?.message).toMatch(/^第3行：类别应为/)
    expect(check.errors[1]?.message).toBe('第5行：编号“SC-01”与第2行重复，请修改其中一行的编号')
  })

  it('maps Chinese headings and names the missing required columns', () => {
    const m = mapExemptionHeaders(['序号', '事项 名称', '类别', '违法行为', '法律依据'])
    expect(m.columns).toEqual({ code: 0, title: 1, category: 2, violation: 3, legalBasis: 4 })
    expect(m.missing).toEqual(['适用条件'])
  })
})
