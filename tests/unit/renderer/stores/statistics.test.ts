// @vitest-environment happy-dom
// The 统计 store over a seeded demo database: its figures equal the shared computation over every
// case read one by one, the page-by-page scan sees every case with its acts, filters re-aggregate,
// and the exported workbook's 合计 row equals the figures (docs/domain/statistics.md).
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { CaseFacts } from '@shared/domain/case'
import { computeStatistics, yearPeriod } from '@shared/statistics'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { casesRepo } from '@renderer/db/repositories/cases'
import { demoRepo } from '@renderer/db/repositories/demo'
import { statisticsRepo } from '@renderer/db/repositories/statistics'
import { loadExcel } from '@renderer/services/xlsx-export'
import { ANNUAL_SHEET, INCLUSIVE_SHEET } from '@renderer/services/statistics-xlsx'
import { useStatisticsStore } from '@renderer/stores/statistics'
import { useViolationsStore } from '@renderer/stores/violations'
import { testContext } from '../db/helpers'

const saved: { bytes: Uint8Array; name: string }[] = []
vi.mock('@renderer/bridge/api', () => ({
  host: {
    saveFile: async (bytes: Uint8Array, name: string) => {
      saved.push({ bytes, name })
      return { ok: true, path: `/tmp/${name}` }
    },
  },
}))

const TODAY = '2026-11-30'

async function allFacts(): Promise<CaseFacts[]> {
  const ids = (await db.cases.toArray()).map((c) => c.id)
  const out: CaseFacts[] = []
  for (const id of ids) {
    const b = await casesRepo(db).getCase(id)
    if (b) out.push(b.facts)
  }
  return out
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${TODAY}T10:00:00+08:00`))
  useDatabase(`statistics-test-${Math.random().toString(36).slice(2)}`)
  const ctx = testContext(`${TODAY}T02:00:00.000Z`)
  await openDatabase(db, '0.1.0', ctx)
  const r = await demoRepo(db).seed(ctx, { cases: 80, today: TODAY })
  if (!r.ok) throw new Error(r.message)
}, 60_000)

afterAll(async () => {
  vi.useRealTimers()
  await db.delete()
})

describe('statistics repository scan', () => {
  it('pages of 7 cases see every case once, each with all its acts in entry order', async () => {
    const seen = new Map<string, CaseFacts>()
    const r = await statisticsRepo(db).scan({
      sourceDateTo: '9999-12-31',
      pageSize: 7,
      onPage: (facts) => {
        for (const f of facts) seen.set(f.id, f)
      },
    })
    const expected = await allFacts()
    expect(r.read).toBe(expected.length)
    expect(seen.size).toBe(expected.length)
    for (const f of expected) expect(seen.get(f.id)).toEqual(f)
  })

  it('leaves out cases whose source date is after the bound', async () => {
    const seen: CaseFacts[] = []
    await statisticsRepo(db).scan({
      sourceDateTo: '2025-12-31',
      pageSize: 10,
      onPage: (facts) => void seen.push(...facts),
    })
    const expected = (await allFacts()).filter((f) => f.sourceDate <= '2025-12-31')
    expect(seen.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort())
  })
})

describe('statistics store', () => {
  it('figures of 2026 equal the shared computation over every case; counts = listed cases', async () => {
    setActivePinia(createPinia())
    const store = useStatisticsStore()
    await store.init()
    store.periodKind = 'year'
    store.year = 2026
    const r = await store.compute()
    expect(r).toEqual({ ok: true })
    const expected = computeStatistics(await allFacts(), yearPeriod(2026), { today: TODAY })
    const got = store.stats
    expect(got).not.toBeNull()
    expect(got?.figures.map((f) => [f.key, f.count])).toEqual(
      expected.figures.map((f) => [f.key, f.count]),
    )
    expect(got?.money).toEqual(expected.money)
    expect(expected.byKey['outcome:penalty']?.count).toBeGreaterThan(0)
    for (const key of ['outcome:penalty', 'source:complaint', 'followUp:due']) {
      store.select(key)
      expect(store.selectedRows.map((x) => x.id)).toEqual(got?.byKey[key]?.caseIds)
    }
  })

  it.each([
    ['year 2025 (read from the digests)', 'year', 2025, null],
    ['2025 Q3', 'quarter', 2025, null],
    [
      'a custom range ending between act dates (those cases are read)',
      'custom',
      2025,
      ['2025-03-10', '2026-02-17'],
    ],
  ] as const)(
    '%s: every figure lists the cases of the full computation',
    async (_n, kind, year, range) => {
      setActivePinia(createPinia())
      const store = useStatisticsStore()
      await store.init()
      store.periodKind = kind
      store.year = year
      store.quarter = 3
      store.range = range ? [...range] : null
      expect(await store.compute()).toEqual({ ok: true })
      const p = store.computedPeriod!
      const expected = computeStatistics(await allFacts(), p, { today: TODAY })
      expect(store.stats?.figures.map((f) => [f.key, f.caseIds])).toEqual(
        expected.figures.map((f) => [f.key, f.caseIds]),
      )
      expect(store.stats?.money).toEqual(expected.money)
      expect(expected.caseIds.length).toBeGreaterThan(0)
    },
  )

  it('a filter re-aggregates without a new scan (领域 via the catalogue, 未分类 otherwise; 科室/所)', async () => {
    setActivePinia(createPinia())
    const store = useStatisticsStore()
    await store.init()
    store.year = 2026
    await store.compute()
    const fieldsOf = (id: string) => {
      const c = store.contributions.find((x) => x.id === id)
      const known = (c?.violationIds ?? []).map((v) => violations.byId(v)?.field).filter(Boolean)
      return known.length ? known : ['未分类']
    }
    const violations = useViolationsStore()
    const all = store.stats?.caseIds ?? []
    for (const field of ['未分类', '食品安全']) {
      store.filter.field = field
      expect(store.stats?.caseIds).toEqual(all.filter((id) => fieldsOf(id).includes(field)))
    }
    store.filter.field = ''
    const firstOfficer = store.contributions[0]?.officerIds[0]
    const unit = store.officers.find((o) => o.id === firstOfficer)?.unit as string
    store.filter.unit = unit
    const inUnit = new Set(store.officers.filter((o) => o.unit === unit).map((o) => o.id))
    const expected = store.contributions
      .filter((c) => c.officerIds.some((o) => inUnit.has(o)))
      .map((c) => c.id)
    expect(store.stats?.caseIds).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
  })

  it('a custom range with the end before the start is refused in Chinese', async () => {
    setActivePinia(createPinia())
    const store = useStatisticsStore()
    store.periodKind = 'custom'
    store.range = ['2026-05-01', '2026-04-01']
    expect(await store.compute()).toEqual({
      ok: false,
      message: '开始日期不能晚于结束日期，请重新选择',
    })
  })

  it('the exported workbook: 合计 row and the 包容审慎 sheet equal the figures', async () => {
    setActivePinia(createPinia())
    const store = useStatisticsStore()
    await store.init()
    store.year = 2026
    await store.compute()
    saved.length = 0
    expect(await store.exportAnnual()).toEqual({ ok: true })
    expect(saved[0]?.name).toBe('年度执法统计表-2026年.xlsx')
    const Excel = await loadExcel()
    const wb = new Excel.Workbook()
    await wb.xlsx.load(saved[0]?.bytes.buffer as ArrayBuffer)
    const ws = wb.getWorksheet(ANNUAL_SHEET)
    expect(ws).toBeDefined()
    const header = (c: number) =>
      `${String(ws?.getCell(3, c).value ?? '')}|${String(ws?.getCell(4, c).value ?? '')}`
    let totalRow = 0
    ws?.eachRow((row, n) => {
      if (row.getCell(1).value === '合计') totalRow = n
    })
    expect(totalRow).toBeGreaterThan(4)
    const s = store.stats
    const colOf = (label: string) => {
      for (let c = 1; c <= ws!.columnCount; c++) if (header(c).includes(label)) return c
      throw new Error(`no column ${label}`)
    }
    expect(ws?.getCell(totalRow, colOf('处罚案件数')).value).toBe(
      s?.byKey['outcome:penalty']?.count,
    )
    expect(ws?.getCell(totalRow, colOf('简易程序')).value).toBe(
      s?.byKey['procedure:summary']?.count,
    )
    expect(Math.round(Number(ws?.getCell(totalRow, colOf('罚没款合计')).value) * 100)).toBe(
      s?.money.confiscationFen,
    )
    const ws2 = wb.getWorksheet(INCLUSIVE_SHEET)
    const lines = new Map<string, number>()
    ws2?.eachRow((row) => lines.set(String(row.getCell(1).value), Number(row.getCell(2).value)))
    expect(lines.get('不予行政处罚')).toBe(s?.byKey['outcome:noPenalty']?.count)
    expect(lines.get('已回访')).toBe(s?.byKey['followUp:done']?.count)
  })
})
