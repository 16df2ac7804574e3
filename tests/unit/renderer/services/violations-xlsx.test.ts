// The 裁量基准 workbook written and read back with exceljs in Node (docs/domain/violations.md).
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { BUILTIN_VIOLATIONS } from '@shared/discretion/catalogue'
import type { ViolationEntry } from '@shared/discretion/types'
import { VIOLATION_COLUMNS, rowsToEntries } from '@shared/discretion/xlsx-rows'
import {
  VIOLATIONS_HELP_SHEET,
  VIOLATIONS_SHEET,
  readViolationsWorkbook,
  writeViolationsWorkbook,
} from '@renderer/services/violations-xlsx'

/** 广告法 第五十五条第一款 (fallback rule) as an office entry. */
const officeEntry: ViolationEntry = {
  id: '本局-广告-001',
  name: '发布虚假广告',
  field: '广告',
  violates: [{ law: '广告法', article: 4, paragraph: 1 }],
  basis: { law: '广告法', article: 55, paragraph: 1 },
  penalties: ['fine', 'revokeBusinessLicence'],
  fine: {
    kind: 'fallback',
    primary: { kind: 'multiple', base: 'adFee', minTimes: 3, maxTimes: 5 },
    fallback: { kind: 'fixed', minFen: 20_000_000, maxFen: 100_000_000 },
    fallbackWhenZero: true,
  },
  correctionMandatory: false,
  firstOffenceMayBeExempt: false,
  source: '某市市场监管局行政处罚裁量基准（2024）',
  basisText:
    '……处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款……',
}

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return wb
}

describe('violations workbook', () => {
  it('writes header, widths and the 说明 sheet; reads back the same entries', async () => {
    const entries = [...BUILTIN_VIOLATIONS, officeEntry]
    const bytes = await writeViolationsWorkbook(entries)
    const wb = await load(bytes)
    expect(wb.worksheets.map((w) => w.name)).toEqual([VIOLATIONS_SHEET, VIOLATIONS_HELP_SHEET])
    const ws = wb.worksheets[0]!
    expect(ws.getRow(1).getCell(1).value).toBe('编号')
    expect(ws.getColumn(2).width).toBe(VIOLATION_COLUMNS[1]!.width)
    const help = wb.worksheets[1]!
    expect(help.getRow(2).getCell(1).value).toBe('编号')
    expect(help.rowCount).toBeGreaterThanOrEqual(VIOLATION_COLUMNS.length + 1)

    const read = await readViolationsWorkbook('裁量基准.xlsx', bytes)
    if (!read.ok) throw new Error(read.message)
    const parsed = rowsToEntries(read.rows)
    expect('entries' in parsed && parsed.entries).toEqual(JSON.parse(JSON.stringify(entries)))
  })

  it('reads numeric cells typed by the user as exact amounts; keeps sheet row numbers', async () => {
    const bytes = await writeViolationsWorkbook([officeEntry])
    const wb = await load(bytes)
    const ws = wb.worksheets[0]!
    const col = (header: string) => VIOLATION_COLUMNS.findIndex((c) => c.header === header) + 1
    // Row 3 is empty, row 4 a copy of row 2 with numbers typed as numbers and a new id.
    const values = ws.getRow(2).values as ExcelJS.CellValue[]
    ws.getRow(4).values = values
    ws.getRow(4).getCell(col('编号')).value = 'copy'
    ws.getRow(4).getCell(col('无法计算时最低（元）')).value = 200000.5
    ws.getRow(4).getCell(col('最低倍数')).value = 0.5
    ws.getRow(4).getCell(col('条')).value = 55
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const read = await readViolationsWorkbook('x.xlsx', edited)
    if (!read.ok) throw new Error(read.message)
    expect(read.rows).toHaveLength(4)
    const parsed = rowsToEntries(read.rows)
    if (!('entries' in parsed)) throw new Error(JSON.stringify(parsed.errors))
    expect(parsed.entries[1]).toMatchObject({
      id: 'copy',
      basis: { article: 55 },
      fine: {
        primary: { minTimes: 0.5 },
        fallback: { minFen: 20_000_050 },
      },
    })

    ws.getRow(4).getCell(col('无法计算时最低（元）')).value = 'abc'
    const bad = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    const badRead = await readViolationsWorkbook('x.xlsx', bad)
    if (!badRead.ok) throw new Error(badRead.message)
    expect(rowsToEntries(badRead.rows)).toEqual({
      errors: [
        { row: 4, column: '无法计算时最低（元）', message: expect.stringMatching(/不是金额/) },
      ],
    })
  })

  it('refuses a file that is not an .xlsx workbook with a Chinese message', async () => {
    const csv = new TextEncoder().encode('编号,违法行为名称\n')
    expect(await readViolationsWorkbook('基准.csv', csv)).toEqual({
      ok: false,
      message: expect.stringMatching(/不是 Excel 工作簿（\.xlsx）/),
    })
    expect(await readViolationsWorkbook('改名.xlsx', csv)).toMatchObject({ ok: false })
    const zipButNotXlsx = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])
    expect(await readViolationsWorkbook('坏.xlsx', zipButNotXlsx)).toEqual({
      ok: false,
      message: expect.stringMatching(/无法读取“坏\.xlsx”/),
    })
  })
})
