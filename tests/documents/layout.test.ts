import { describe, expect, it } from 'vitest'
import {
  MAX_GROUP,
  NO_LINE_END,
  NO_LINE_START,
  applyLineBreakRules,
  runsToText,
} from '../../shared/documents/format/linebreak'
import { documentFrame } from '../../shared/documents/blocks/frame'
import {
  BODY_SIZE,
  GRID,
  LINE_PITCH,
  PAGE_MARGINS,
  TYPE_AREA,
  mm,
} from '../../shared/documents/layout'
import type { Content } from '../../shared/documents/pdf-types'
import { hanyangContext } from '../fixtures/documents/context'
import { pdfPageCount, pdfText, renderPdf } from './render'

const CJK27 = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午'
const render = (content: Content[]) =>
  renderPdf(documentFrame('penaltyDecision', hanyangContext, content))
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^—\s*\d+\s*—$/.test(l))

describe('GB/T 9704 geometry (docs/documents-layout.md)', () => {
  it('uses A4 margins 37/35/28/26 mm and a 156 × 225 mm type area', () => {
    expect(PAGE_MARGINS).toEqual([mm(28), mm(37), mm(26), mm(35)])
    expect(PAGE_MARGINS[0] + TYPE_AREA.width + PAGE_MARGINS[2]).toBeCloseTo(595.28, 1)
    expect(PAGE_MARGINS[1] + TYPE_AREA.height + PAGE_MARGINS[3]).toBeCloseTo(841.89, 1)
    expect(LINE_PITCH).toBeCloseTo(mm(225) / 22, 1)
    expect(LINE_PITCH * GRID.lines).toBeLessThanOrEqual(TYPE_AREA.height)
    expect(BODY_SIZE * GRID.chars).toBeLessThanOrEqual(TYPE_AREA.width)
  })

  it('fits exactly 28 CJK characters on a body line (the 29th wraps)', async () => {
    const pdf = await render([
      { text: `${CJK27}未`, style: 'plain' },
      { text: `${CJK27}未申`, style: 'plain' },
    ])
    expect(lines(pdfText(pdf))).toEqual([`${CJK27}未`, `${CJK27}未`, '申'])
  })

  it('fits exactly 22 body lines on a page', async () => {
    const content = Array.from({ length: 30 }, (_, i) => ({ text: `第${i + 1}行`, style: 'plain' }))
    const pdf = await render(content)
    expect(pdfPageCount(pdf)).toBe(2)
    expect(lines(pdfText(pdf, { page: 1 }))).toHaveLength(GRID.lines)
  })

  it('prints page numbers as “— N —”', async () => {
    const pdf = await render(
      Array.from({ length: 30 }, (_, i) => ({ text: `第${i + 1}行`, style: 'plain' })),
    )
    expect(pdfText(pdf, { page: 1 })).toMatch(/—\s*1\s*—/)
    expect(pdfText(pdf, { page: 2 })).toMatch(/—\s*2\s*—/)
  })
})

describe('Chinese line-breaking rules (GB/T 15834-2011 §5; docs/architecture/overview.md §4)', () => {
  it('never changes the text', () => {
    for (const text of [
      '当事人于2026年3月5日（星期四）缴纳罚款12,000.00元。',
      '“鲜之源”牌酱牛肉——已下架……',
      '',
      '。',
      '甲 。乙',
    ]) {
      expect(runsToText(applyLineBreakRules(text))).toBe(text)
    }
  })

  it('glues a no-start character to the character before it and a no-end character to the one after', () => {
    expect(applyLineBreakRules('甲乙·丙')).toEqual(['甲', { text: '乙·丙', noWrap: true }])
    expect(applyLineBreakRules('见《法》')).toEqual(['见', { text: '《法》', noWrap: true }])
    expect(applyLineBreakRules('好 。')).toEqual([{ text: '好 。', noWrap: true }])
  })

  it('keeps a number with its unit, a date, a clock time and a 文号 whole, and the last character of a text with the one before it', () => {
    const groups = (text: string) =>
      applyLineBreakRules(text).flatMap((run) =>
        typeof run === 'string' ? [] : [runsToText([run])],
      )
    expect(groups('进货价每袋18元')).toContain('18元')
    expect(groups('罚款31,200.00元，没收违法所得')).toContain('31,200.00元，')
    expect(groups('于2026年3月4日9时30分到达现场')).toEqual(['2026年3月4日', '9时30分', '现场'])
    expect(groups('依据鄂汉阳市监罚告〔2026〕8号告知')).toContain('据鄂汉阳市监罚告〔2026〕8号')
    expect(groups('依法予以处罚）。')).toEqual(['处罚）。'])
    expect(groups('第一行文字\n第二行文字')).toEqual(['文字', '文字'])
  })

  it('gives up soft joins (date, 文号) in a chain longer than MAX_GROUP, never hard ones', () => {
    const long = '（鄂汉阳市监罚告〔2026〕8号、鄂汉阳市监罚告〔2026〕9号）'
    const runs = applyLineBreakRules(long)
    expect(runsToText(runs)).toBe(long)
    for (const run of runs) {
      if (typeof run !== 'string')
        expect(Array.from(runsToText([run])).length).toBeLessThanOrEqual(MAX_GROUP)
    }
  })

  it('covers the GB/T 15834 no-start and no-end marks', () => {
    for (const c of '。，、；：？！）》」』】’”…·') expect(NO_LINE_START.has(c)).toBe(true)
    for (const c of '（《「『【‘“') expect(NO_LINE_END.has(c)).toBe(true)
  })

  it('rendered: a line that would end right before 。 carries its last character down with the 。', async () => {
    const pdf = await render([{ text: applyLineBreakRules(`${CJK27}了。后文`), style: 'plain' }])
    expect(lines(pdfText(pdf))).toEqual([CJK27, '了。后文'])
  })

  it('rendered: without the rules pdfmake would start a line with 间隔号 ·; with them it does not', async () => {
    const text = `${CJK27}甲·乙`
    const raw = lines(pdfText(await render([{ text, style: 'plain' }])))
    expect(raw[1]?.startsWith('·')).toBe(true)
    const ruled = lines(
      pdfText(await render([{ text: applyLineBreakRules(text), style: 'plain' }])),
    )
    expect(ruled).toEqual([CJK27, '甲·乙'])
  })

  it('rendered: an opening bracket never ends a line', async () => {
    const pdf = await render([{ text: applyLineBreakRules(`${CJK27}（甲）`), style: 'plain' }])
    expect(lines(pdfText(pdf))).toEqual([CJK27, '（甲）'])
  })
})
