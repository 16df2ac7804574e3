/**
 * The office sync row of `npm run bench` (docs/sync.md): two PCs of the browser build, each a
 * browser context of its own, reach an office server (express-pouchdb in full mode with the server
 * rules, tests/e2e/support/sync-office.ts) through the bench server's same-origin sync proxy, as
 * `npm run web` does.
 *
 * 1. PC 1 is seeded with the bench dataset (`cases` cases, no issued documents) and connects: the
 *    app's first connection exports every table and uploads it.
 * 2. First pull by a fresh PC: the app's engine (`firstPull`: replica + every record into Dexie),
 *    against raw PouchDB replication of the same documents into an empty local database in a
 *    third fresh context (the floor, same run, same proxy). Budget: ≤ 2 × the floor.
 * 3. Steady state: both PCs sync continuously with the app's timing (an export starts 50 ms after
 *    each committed write); PC 1 records one act, and the
 *    time until it is in PC 2's Dexie is measured (wall clock of the one machine). Budget: 2 s.
 */
import type { Browser, Page } from 'playwright-core'
import type { BenchDatasetOptions, SyncLogin } from './api'
import { loadBench } from './dataset'
import type { Samples } from './report'
import { startSyncOffice } from '../e2e/support/sync-office'

const OFFICE_DB = 'office-bench'

async function appPage(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  await page.goto(`${base}#/`)
  await page.locator('[data-app-state]').first().waitFor({ timeout: 120_000 })
  await loadBench(page, base)
  return page
}

export async function syncMetrics(
  browser: Browser,
  base: string,
  opts: BenchDatasetOptions,
  rounds: number,
  log: (line: string) => void,
): Promise<Samples[]> {
  const server = await startSyncOffice()
  try {
    const pc1 = await appPage(browser, base)
    log(`  PC 1：生成 ${opts.cases} 件案件（不出具文书）…`)
    const seeded = await pc1.evaluate((o) => window.__caseDeskBench!.seed(o), {
      ...opts,
      docsPerCase: 0,
    })
    log(`  完成：案件 ${seeded.cases}，当事人 ${seeded.parties}，环节 ${seeded.acts}`)
    const officers = await pc1.evaluate(async () =>
      (await window.__caseDeskBench!.sync()).syncOfficers(),
    )
    // PC 1 uploads the whole dataset under one account, so it holds every office role.
    const [first, second] = officers
    if (!first || !second) throw new Error('基准数据中的执法人员不足两名')
    const login = (id: string): SyncLogin => ({
      serverUrl: server.url,
      officeDb: OFFICE_DB,
      username: id,
      password: `pw-${id.slice(0, 8)}`,
    })
    await server.createUser(first.id, login(first.id).password, [
      'head',
      'handler',
      'legalReviewer',
    ])
    await server.createUser(second.id, login(second.id).password, ['handler'])
    await server.createOffice(OFFICE_DB, [first.id, second.id])

    log('  PC 1 首次连接并上传 …')
    const up = await pc1.evaluate(
      async (l) => (await window.__caseDeskBench!.sync()).syncConnect(l, 'bench-pc-1', true),
      login(first.id),
    )
    log(`    ${Math.round(up.ms)} ms ${JSON.stringify(up.info)}`)
    if (Number(up.info.refused) > 0) throw new Error(`服务器拒绝了 ${up.info.refused} 条上传`)
    const docs = await server.docCount(OFFICE_DB)

    log(`  原始 PouchDB 复制（${docs} 条文档，第三台空白电脑）…`)
    const raw = await (
      await appPage(browser, base)
    ).evaluate(async (l) => (await window.__caseDeskBench!.sync()).syncRawPull(l), login(second.id))
    log(`    ${Math.round(raw.ms)} ms ${JSON.stringify(raw.info)}`)
    log('  新电脑首次同步（引擎：下载并写入本机数据库）…')
    const pc2 = await appPage(browser, base)
    const pull = await pc2.evaluate(
      async (l) => (await window.__caseDeskBench!.sync()).syncConnect(l, 'bench-pc-2', false),
      login(second.id),
    )
    log(`    ${Math.round(pull.ms)} ms ${JSON.stringify(pull.info)}`)
    if (Number(pull.info.cases) !== seeded.cases) {
      throw new Error(`新电脑只收到 ${pull.info.cases} / ${seeded.cases} 件案件`)
    }

    log('  稳定同步：PC 1 录入一条记录，直到 PC 2 收到 …')
    for (const page of [pc1, pc2]) {
      await page.evaluate(async () => (await window.__caseDeskBench!.sync()).syncStart())
    }
    const caseId = await pc1.evaluate(
      async (ids) => (await window.__caseDeskBench!.sync()).syncNewCase(ids),
      [first.id, second.id],
    )
    const seenOnPc2 = async (table: 'acts' | 'cases', id: string): Promise<number> => {
      try {
        return await pc2.evaluate(
          async ([t, i]) => (await window.__caseDeskBench!.sync()).syncSeen(t, i, 60_000),
          [table, id] as const,
        )
      } catch (e) {
        const state = (page: Page) =>
          page.evaluate(async () => (await window.__caseDeskBench!.sync()).syncState())
        throw new Error(
          `${(e as Error).message}; PC 1 ${await state(pc1)}; PC 2 ${await state(pc2)}; server ${await server.docCount(OFFICE_DB)} documents`,
          { cause: e },
        )
      }
    }
    await seenOnPc2('cases', caseId)
    const latencies: number[] = []
    for (let i = 0; i < rounds; i++) {
      const { actId, at } = await pc1.evaluate(
        async (id) => (await window.__caseDeskBench!.sync()).syncAddAct(id),
        caseId,
      )
      latencies.push((await seenOnPc2('acts', actId)) - at)
    }
    log(`    ${latencies.map((l) => Math.round(l)).join(', ')} ms`)
    return [
      {
        name: 'sync_first_pull',
        ms: [pull.ms],
        baseline: [raw.ms],
        budgetMs: null,
        ratioBudget: 2,
        note: `${docs} documents of ${seeded.cases} cases through the web server's proxy, into the replica and ${pull.info.applied} records into Dexie (the app's firstPull); baseline = raw PouchDB replication of the same documents`,
      },
      {
        name: 'sync_act_to_other_pc',
        ms: latencies,
        note: 'the app\u2019s live sync: export on each committed write, push, the other PC\u2019s live pull into Dexie',
      },
    ]
  } finally {
    await server.stop()
  }
}
