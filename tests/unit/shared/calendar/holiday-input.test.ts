import { describe, expect, it } from 'vitest'
import { createCalendar, addWorkingDaysOn } from '@shared/calendar'
import {
  holidayYearFromForm,
  parseHolidayLines,
  parseHolidayYearFile,
} from '@shared/calendar/holiday-input'

describe('parseHolidayLines — the 国务院办公厅 schedule entered as name + date or range (docs/domain/deadlines.md)', () => {
  it.each([
    ['one day', '元旦 2027-01-01', [['2027-01-01', '元旦']]],
    [
      'a range with 至',
      '春节 2027-02-06 至 2027-02-08',
      [
        ['2027-02-06', '春节'],
        ['2027-02-07', '春节'],
        ['2027-02-08', '春节'],
      ],
    ],
    [
      'a range with ~ and blank lines, sorted by date',
      '\n劳动节 2027-05-02~2027-05-03\n\n元旦 2027-01-01\n',
      [
        ['2027-01-01', '元旦'],
        ['2027-05-02', '劳动节'],
        ['2027-05-03', '劳动节'],
      ],
    ],
    ['nothing entered', '  \n ', []],
  ])('%s', (_l, text, expected) => {
    const r = parseHolidayLines(text, 2027, '放假日期')
    expect(r).toEqual({ ok: true, entries: expected.map(([date, name]) => ({ date, name })) })
  })

  it.each([
    ['no name', '2027-01-01', '放假日期第 2 行应先写节日名称'],
    ['impossible date', '元旦 2027-02-30', '日期“2027-02-30”无效'],
    ['other year', '元旦\t2026-12-31', '不在 2027 年内'],
    ['reversed range', '春节 2027-02-13 至 2027-02-06', '早于开始日期'],
    ['too long', '春节 2027-01-01 至 2027-03-01', '超过 31 天'],
    ['two ranges on a line', '春节 2027-02-06 至 2027-02-07 至 2027-02-08', '只能写一个日期'],
  ])('%s is refused with the line named', (_l, text, message) => {
    const r = parseHolidayLines(`元旦 2027-01-01\n${text}`, 2027, '放假日期')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain(message)
      expect(r.message).toContain('第 2 行')
    }
  })
})

describe('holidayYearFromForm — one Chinese message per field, nothing saved on error', () => {
  const good = {
    year: 2027,
    source: '国办发明电〔2026〕7号',
    holidays: '元旦 2027-01-01\n春节 2027-02-06 至 2027-02-13',
    makeUpWorkdays: '春节 2027-02-14',
  }

  it('a good form gives the year, used by a calendar at once', () => {
    const r = holidayYearFromForm(good)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.year.holidays).toHaveLength(9)
    expect(r.year.makeUpWorkdays).toEqual([{ date: '2027-02-14', name: '春节' }])
    const cal = createCalendar([r.year])
    // Thu 2026-12-31 + 1 working day: Fri 1 Jan 2027 is 元旦 → Mon 4 Jan.
    expect(addWorkingDaysOn(cal, '2026-12-31', 1)).toBe('2027-01-04')
    expect(cal.isWorkingDay('2027-02-14')).toBe(true)
  })

  it.each([
    ['year missing', { year: null }, 'year', '请填写年份'],
    ['year out of range', { year: 1999 }, 'year', '2000–2100'],
    ['source empty', { source: '  ' }, 'source', '国务院办公厅通知文号'],
    ['no holiday', { holidays: '' }, 'holidays', '请至少录入一个放假日期'],
    [
      'bad make-up line',
      { makeUpWorkdays: '春节 2027-13-01' },
      'makeUpWorkdays',
      '调休上班日期第 1 行',
    ],
    [
      'a day both off and on',
      { makeUpWorkdays: '元旦 2027-01-01' },
      'holidays',
      '同时录为放假和上班',
    ],
  ] as const)('%s → error on %s', (_l, change, field, message) => {
    const r = holidayYearFromForm({ ...good, ...change })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[field]).toContain(message)
  })
})

describe('parseHolidayYearFile — JSON in the HolidayYearSchema shape, per-field Chinese errors', () => {
  const file = {
    year: 2027,
    source: '国办发明电〔2026〕7号',
    holidays: [{ date: '2027-01-01', name: '元旦' }],
    makeUpWorkdays: [],
  }

  it('a good file is read', () => {
    const r = parseHolidayYearFile('\uFEFF' + JSON.stringify(file))
    expect(r).toEqual({ ok: true, year: file })
  })

  it.each([
    ['not JSON', '{year: 2027', '不是有效的 JSON'],
    ['an array', '[]', '应为一个对象'],
    ['year as text', JSON.stringify({ ...file, year: '2027' }), '年份（year）：应为数字'],
    ['year too early', JSON.stringify({ ...file, year: 1990 }), '2000–2100'],
    ['source missing', JSON.stringify({ ...file, source: undefined }), '缺少依据（source）'],
    [
      'a bad date in the list',
      JSON.stringify({
        ...file,
        holidays: [...file.holidays, { date: '2027-02-30', name: '春节' }],
      }),
      '放假日期列表（holidays） 第 2 项的日期（date）：日期应为 YYYY-MM-DD',
    ],
    [
      'a name missing',
      JSON.stringify({ ...file, makeUpWorkdays: [{ date: '2027-02-14' }] }),
      '调休上班日期列表（makeUpWorkdays） 第 1 项的名称（name）',
    ],
    [
      'a date of another year',
      JSON.stringify({ ...file, holidays: [{ date: '2026-12-31', name: '元旦' }] }),
      '不在 2027 年内',
    ],
  ])('%s is refused in Chinese', (_l, text, message) => {
    const r = parseHolidayYearFile(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors.join('\n')).toContain(message)
      for (const e of r.errors) expect(e).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})
