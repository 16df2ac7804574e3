/**
 * The measured runs of `npm run bench`. Timings are taken inside the page (performance.now)
 * around the app's real calls (renderer/src/bench/ops.ts); cold start and first renders use a
 * fresh page (new JS realm, fonts not yet fetched) in the same browser.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import type {
  BackupFloors,
  BenchProbes,
  FloorTry,
  ListQuery as CaseListQuery,
  RawPageArgs,
  Timed,
} from './api'
import { writeMethods } from './api'
import { loadBench } from './dataset'
import type { MetricName, Samples } from './report'

/** How many samples each kind of metric takes. */
export interface Rounds {
  cold: number
  query: number
  firstRender: number
  warmRender: number
  caseFile: number
  backup: number
  restore: number
}

const ROW = '.el-table__body tr.el-table__row'

/** One cold start: ms from navigation start to the first case row, plus where the time went. */
export interface ColdStart {
  ms: number
  /** DOMContentLoaded (HTML + entry script evaluated). */
  dcl: number
  /** End of the last script/stylesheet download (lazy route chunks included). */
  assetsEnd: number
}

/** Open the app's case list in a fresh page (new JS realm, empty in-memory caches). */
export async function coldStart(
  context: BrowserContext,
  base: string,
  timeout = 120_000,
): Promise<ColdStart> {
  const page = await context.newPage()
  try {
    await page.goto(`${base}#/cases`, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(
      (sel) => {
        if (!document.querySelector(sel)) return null
        const ms = performance.now()
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const assets = performance
          .getEntriesByType('resource')
          .filter((e) => /\.(js|css)$/.test(e.name))
          .map((e) => (e as PerformanceResourceTiming).responseEnd)
        return { ms, dcl: nav.domContentLoadedEventEnd, assetsEnd: Math.max(0, ...assets) }
      },
      ROW,
      { polling: 'raf', timeout },
    )
    return (await handle.jsonValue()) as ColdStart
  } finally {
    await page.close()
  }
}

/** A fresh app page with the bench entry loaded (list shown, app idle). */
export async function benchPage(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${base}#/cases`)
  await page.locator(ROW).first().waitFor({ timeout: 120_000 })
  await loadBench(page, base)
  return page
}

type Op = (page: Page) => Promise<Timed>

async function sample(page: Page, n: number, op: Op, warmup = 1): Promise<Timed[]> {
  for (let i = 0; i < warmup; i++) await op(page)
  const out: Timed[] = []
  for (let i = 0; i < n; i++) out.push(await op(page))
  return out
}

const note = (t: Timed | undefined) =>
  t
    ? Object.entries(t.info)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')
    : ''

const list =
  (q: CaseListQuery): Op =>
  (p) =>
    p.evaluate((query) => window.__caseDeskBench!.timeCaseListPage(query), q)
const raw =
  (a: RawPageArgs): Op =>
  (p) =>
    p.evaluate((args) => window.__caseDeskBench!.rawPage(args), a)

/** `n` samples of `op`, each followed by one of its floor `base` (one warm-up of each first). */
async function pair(page: Page, name: MetricName, n: number, op: Op, base: Op): Promise<Samples> {
  const ms: number[] = []
  const baseline: number[] = []
  let last: Timed | undefined
  await op(page)
  await base(page)
  for (let i = 0; i < n; i++) {
    last = await op(page)
    ms.push(last.ms)
    baseline.push((await base(page)).ms)
  }
  return { name, ms, baseline, note: note(last) }
}

/** List, search and case-page metrics on one page, each with its raw IndexedDB floor. */
export async function queryMetrics(
  page: Page,
  probes: BenchProbes,
  today: string,
  n: number,
): Promise<Samples[]> {
  const q = (extra: Partial<CaseListQuery>): CaseListQuery => ({
    page: 1,
    pageSize: 20,
    today,
    ...extra,
  })
  const sorts = [
    { field: 'partyName', index: 'partyName', dir: 'asc' },
    { field: 'caseNo', index: 'caseNoKey', dir: 'desc' },
    { field: 'sourceDate', index: 'sourceDate', dir: 'asc' },
    { field: 'nextDueOn', index: 'nextDueKey', dir: 'asc' },
  ] as const
  const out: Samples[] = []
  out.push(
    await pair(
      page,
      'list_first_page',
      n,
      list(q({ sort: { field: 'createdAt', dir: 'desc' } })),
      raw({ index: 'createdAt', dir: 'prev', offset: 0, size: 20 }),
    ),
  )
  out.push(
    await pair(
      page,
      'list_next_page',
      n,
      list(q({ page: 2, sort: { field: 'createdAt', dir: 'desc' } })),
      raw({ index: 'createdAt', dir: 'prev', offset: 20, size: 20 }),
    ),
  )
  // Sort change: each sample switches to the next sort of the cycle (never the one just used).
  const ms: number[] = []
  const baseline: number[] = []
  let last: Timed | undefined
  for (let i = 0; i < n + 1; i++) {
    const s = sorts[i % sorts.length]!
    last = await list(q({ sort: { field: s.field, dir: s.dir } }))(page)
    const b = await raw({
      index: s.index,
      dir: s.dir === 'asc' ? 'next' : 'prev',
      offset: 0,
      size: 20,
    })(page)
    if (i > 0) {
      ms.push(last.ms)
      baseline.push(b.ms)
    }
  }
  out.push({ name: 'list_sort_change', ms, baseline, note: note(last) })
  out.push(
    await pair(
      page,
      'search_party_name',
      n,
      list(q({ text: probes.nameQuery })),
      raw({
        index: 'searchTokens',
        dir: 'next',
        offset: 0,
        size: 20,
        only: probes.nameQuery.slice(0, 2),
      }),
    ),
  )
  out.push(
    await pair(
      page,
      'search_uscc',
      n,
      list(q({ text: probes.usccQuery })),
      raw({ index: 'searchTokens', dir: 'next', offset: 0, size: 20, only: probes.usccQuery }),
    ),
  )
  out.push(
    await pair(
      page,
      'search_case_no',
      n,
      list(q({ text: probes.caseNoQuery })),
      raw({ index: 'caseNo', dir: 'next', offset: 0, size: 20, only: probes.caseNoQuery }),
    ),
  )
  // Fragments of the sample's number: "〔2026〕12" (caseNoKey ranges) and "4号" (serial grams,
  // about one case in ten: the dense path).
  const no = probes.caseNoQuery
  const fragment = no.slice(no.indexOf('〔'), no.indexOf('〕') + 3)
  const serial = no.slice(-2)
  out.push(
    await pair(
      page,
      'search_case_no_fragment',
      n,
      list(q({ text: fragment })),
      raw({ index: 'caseNoKey', dir: 'next', offset: 0, size: 20 }),
    ),
  )
  out.push(
    await pair(
      page,
      'search_case_no_serial',
      n,
      list(q({ text: serial })),
      raw({ index: 'searchTokens', dir: 'next', offset: 0, size: 20, only: serial }),
    ),
  )
  if (probes.personQuery) {
    out.push(
      await pair(
        page,
        'search_person',
        n,
        list(q({ text: probes.personQuery })),
        raw({
          index: 'searchTokens',
          dir: 'next',
          offset: 0,
          size: 20,
          only: probes.personQuery.slice(0, 2),
        }),
      ),
    )
  }
  out.push(
    await pair(
      page,
      'open_case',
      n,
      (p) =>
        p.evaluate(([id, d]) => window.__caseDeskBench!.openCase(id, d), [
          probes.openCaseId,
          today,
        ] as const),
      (p) => p.evaluate((id) => window.__caseDeskBench!.rawOpenCase(id), probes.openCaseId),
    ),
  )
  return out
}

/** Document metrics: first render per fresh page, warm renders, the 案卷, with pdfmake floors. */
export async function documentMetrics(
  context: BrowserContext,
  base: string,
  page: Page,
  probes: BenchProbes,
  today: string,
  r: Rounds,
): Promise<Samples[]> {
  const docId = probes.decisionDocId
  const first: number[] = []
  const firstBase: number[] = []
  let firstNote = ''
  for (let i = 0; i < r.firstRender; i++) {
    const a = await benchPage(context, base)
    const t = await a.evaluate((id) => window.__caseDeskBench!.renderDocument(id), docId)
    first.push(t.ms)
    firstNote = note(t)
    await a.close()
    const b = await benchPage(context, base)
    firstBase.push(
      (await b.evaluate((id) => window.__caseDeskBench!.rawRender({ docId: id }, true), docId)).ms,
    )
    await b.close()
  }
  const warm = await sample(page, r.warmRender, (p) =>
    p.evaluate((id) => window.__caseDeskBench!.renderDocument(id), docId),
  )
  const warmBase = await sample(page, r.warmRender, (p) =>
    p.evaluate((id) => window.__caseDeskBench!.rawRender({ docId: id }, false), docId),
  )
  const file = await sample(page, r.caseFile, (p) =>
    p.evaluate(([id, d]) => window.__caseDeskBench!.renderCaseFileOf(id, d), [
      probes.caseFileCaseId,
      today,
    ] as const),
  )
  const fileBase = await sample(
    page,
    r.caseFile,
    (p) => p.evaluate(() => window.__caseDeskBench!.rawCaseFile()),
    0,
  )
  return [
    { name: 'render_decision_first', ms: first, baseline: firstBase, note: firstNote },
    {
      name: 'render_decision_warm',
      ms: warm.map((t) => t.ms),
      baseline: warmBase.map((t) => t.ms),
      note: note(warm.at(-1)),
    },
    {
      name: 'render_case_file_50_pages',
      ms: file.map((t) => t.ms),
      baseline: fileBase.map((t) => t.ms),
      note: `${note(file.at(-1))} documents=${probes.caseFileDocuments}`,
    },
  ]
}

/** Pause before each bulk write (docs/performance.md, "Order matters"). */
export const SETTLE_MS = 15_000
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS))

/** Budgets of backup and restore as multiples of their floors (docs/data-safety.md, "Speed"). */
export const BACKUP_RATIO = 1.5
export const RESTORE_RATIO = 1.5

const tries = (list: FloorTry[]) =>
  list.map((t) => `${t.method}=${t.ms ?? `— (${t.note ?? 'failed'})`}`).join(' ')

function best(list: FloorTry[], what: string): FloorTry {
  let out: FloorTry | null = null
  for (const t of list) if (t.ms !== null && (out === null || t.ms < out.ms!)) out = t
  if (!out) throw new Error(`没有一种${what}方法测成：${tries(list)}`)
  return out
}

/**
 * Full backup, the daily increment after 20 changed cases, and the validated restore of the whole
 * dataset (restore writes the full backup back into a new database and switches to it), each
 * with its floor measured in the same run (renderer/src/bench/floors.ts): the fastest raw way of
 * reading every record plus the native gzip of the same body bytes (backup), and the fastest raw
 * way of writing every record into a database with the same stores (restore). Every method tried
 * is in the note, `floors` holds them for the JSON meta.
 * @param cases - dataset size: the absolute backup/restore budgets hold at 5,000 cases; above
 *   that only the ratios to the floors are budgets
 * @param writeFloors - the write methods to try (default all; each writes every record once,
 *   minutes at 50,000 cases)
 */
export async function backupMetrics(
  page: Page,
  appVersion: string,
  r: Rounds,
  cases: number,
  log: (line: string) => void,
  writeFloors: true | string[] = true,
): Promise<{ samples: Samples[]; floors: BackupFloors }> {
  // Order: read floors, backup and increment, the first write floor, restore, the other write
  // floors. Bulk writes in the same origin slow the reads right after them (2.75× at 50,000
  // cases), so the backup is timed before any write floor, as its read floor is.
  log('  原始 IndexedDB 读取与压缩下限（多种方法，取最快）…')
  const readFloors = await page.evaluate(() => window.__caseDeskBench!.backupFloors(false))
  const read = best(readFloors.reads, '读取')
  const gzip = best(readFloors.gzip, '压缩')
  log(
    `  读取全部 ${readFloors.records} 条：${tries(readFloors.reads)} → ${read.method} ${read.ms} ms`,
  )
  log(
    `  gzip ${Math.round(readFloors.bodyBytes / 2 ** 20)} MB → ${Math.round(readFloors.gzipBytes / 2 ** 20)} MB：${tries(readFloors.gzip)}`,
  )
  const backups: Timed[] = []
  const increments: Timed[] = []
  const restores: Timed[] = []
  for (let i = 0; i < Math.max(r.backup, r.restore); i++) {
    const b = await page.evaluate((v) => window.__caseDeskBench!.backup(v), appVersion)
    log(`  备份 ${Math.round(b.ms)} ms（${note(b)}）`)
    if (i < r.backup) backups.push(b)
    const inc = await page.evaluate(
      (v) => window.__caseDeskBench!.incrementAfterChanges(v, 20),
      appVersion,
    )
    log(`  增量备份 ${Math.round(inc.ms)} ms（${note(inc)}）`)
    increments.push(inc)
  }
  // `--write-floors none`: no write floor, so no restore either (backup rows only).
  const methods =
    writeFloors === true ? [...writeMethods] : writeMethods.filter((m) => writeFloors.includes(m))
  let floors = readFloors
  let write: FloorTry | null = null
  if (methods.length > 0) {
    // Each write method and the restore leave a database of the same size deleted behind them,
    // and IndexedDB keeps one LevelDB per origin: the next bulk write in the origin is slower
    // (docs/performance.md, "Order matters"). So the restore is timed right after the first
    // write method, not after all of them, and each bulk write starts after a pause.
    const [first, ...rest] = methods
    const writeFloorsOf = (ws: string[]) =>
      page.evaluate(
        ({ list, pauseMs }) => window.__caseDeskBench!.backupFloors(list, false, pauseMs),
        { list: ws, pauseMs: SETTLE_MS },
      )
    log(`  原始 IndexedDB 写入下限（${first}）…`)
    const before = await writeFloorsOf([first!])
    for (let i = 0; i < r.restore; i++) {
      await settle()
      const t = await page.evaluate((v) => window.__caseDeskBench!.restore(v), appVersion)
      log(`  恢复 ${Math.round(t.ms)} ms（${note(t)}）`)
      restores.push(t)
    }
    let after: BackupFloors | null = null
    if (rest.length > 0) {
      log(`  原始 IndexedDB 写入下限（其余方法：${rest.join('、')}）…`)
      after = await writeFloorsOf(rest)
    }
    const tried = (m: string): FloorTry =>
      [before, after]
        .flatMap((f) => f?.writes ?? [])
        .find((t) => t.method === m && t.ms !== null) ?? before.writes.find((t) => t.method === m)!
    const readAfterWrites = after?.readAfterWrites ?? before.readAfterWrites
    floors = {
      ...readFloors,
      writes: writeMethods.map(tried),
      ...(readAfterWrites ? { readAfterWrites } : {}),
    }
    write = best(floors.writes, '写入')
    log(`  写入全部：${tries(floors.writes)} → ${write.method} ${write.ms} ms`)
    if (floors.readAfterWrites) log(`  写入之后再读：${tries([floors.readAfterWrites])}`)
  }
  await page.evaluate(() => window.__caseDeskBench!.releaseBackup())
  const small = cases <= 5_000
  return {
    floors,
    samples: [
      {
        name: 'backup_full',
        ms: backups.map((t) => t.ms),
        baseline: [read.ms! + gzip.ms!],
        ...(small ? {} : { budgetMs: null }),
        ratioBudget: BACKUP_RATIO,
        note: `${note(backups.at(-1))}; floor = fastest raw read of every record (${read.method} ${read.ms}) + gzip of the same ${floors.bodyBytes} bytes (${gzip.method} ${gzip.ms}); reads tried: ${tries(floors.reads)}; gzip tried: ${tries(floors.gzip)}`,
      },
      {
        name: 'backup_increment_20_cases',
        ms: increments.map((t) => t.ms),
        note: note(increments.at(-1)),
      },
      ...(write
        ? [
            {
              name: 'restore_validated' as const,
              ms: restores.map((t) => t.ms),
              baseline: [write.ms!],
              ...(small ? {} : { budgetMs: null }),
              ratioBudget: RESTORE_RATIO,
              note: `${note(restores.at(-1))}; floor = fastest raw write of every record (${write.method}); writes tried: ${tries(floors.writes)}${floors.readAfterWrites ? `; read again after the write floors: ${tries([floors.readAfterWrites])}` : ''}`,
            },
          ]
        : []),
    ],
  }
}

/** The page's JS heap after garbage collection (CDP). */
export async function heapAfter(page: Page): Promise<{ usedMB: number; totalMB: number }> {
  const cdp: CDPSession = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const h = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return { usedMB: Math.round(h.usedSize / 1e5) / 10, totalMB: Math.round(h.totalSize / 1e5) / 10 }
}
