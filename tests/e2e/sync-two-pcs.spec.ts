/**
 * Office sync in the browser build (docs/sync.md "Connection"), end to end: two browser contexts
 * are two PCs, each with its own IndexedDB, both loaded from the e2e web server, whose same-origin
 * proxy makes their requests to an office CouchDB started here (express-pouchdb in full mode with
 * the server rules and real users, ./support/sync-office.ts). PC 1 is 王建国 (负责人 and 办案人员)
 * and sets the office up; PC 2 joins it from the server as 李娜 (法制审核人员).
 *
 * (a) a case submitted for 法制审核 on PC 1 is in PC 2's 待审核 queue; PC 2's opinion reaches PC 1;
 * (b) PC 2 loses the server (its sync requests fail), writes, comes back: both PCs hold the same records;
 * (c) the server goes away in the middle of a push and comes back on the same port: nothing lost.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { chromiumOrExplain } from '../../scripts/chromium-path.cjs'
import { AppShell } from '../pages/app-shell'
import { CasePage, createCaseFromUi } from '../pages/case-page'
import { SetupWizard } from '../pages/setup-wizard'
import { WorkbenchPage } from '../pages/workbench'
import { foodShop, office, officerB, headA, scenarioOfficers } from './support/data'
import { expect, launchArgs, officerChooserName, test, waitReady } from './support/fixtures'
import { shot } from './support/shots'
import { startSyncOffice, type SyncOffice } from './support/sync-office'

test.describe.configure({ mode: 'serial', timeout: 300_000 })
test.use({ actionTimeout: 20_000 })

const OFFICE_DB = 'office-hanyang'
const CAUSE_A = '涉嫌销售超过保质期的食品案'
const SYNCED = 60_000

interface Pc {
  name: string
  context: BrowserContext
  page: Page
}

let server: SyncOffice
let browser: Browser
let pc1: Pc
let pc2: Pc
let caseUrl = ''
/** CouchDB login of each officer: name = the officer's id in the register (docs/sync.md). */
const logins = new Map<string, { id: string; password: string }>()

/** One PC: a browser context of its own (own IndexedDB), answering 选择当前执法人员 as `officer`. */
async function openPc(name: string, officer: string, baseURL: string): Promise<Pc> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    baseURL,
  })
  const page = await context.newPage()
  const chooser = page.getByRole('dialog', { name: officerChooserName })
  await page.addLocatorHandler(chooser, async () => {
    await chooser.getByRole('option').filter({ hasText: officer }).first().click()
    await chooser.getByRole('button', { name: '确定' }).click()
  })
  await page.goto('/')
  await waitReady(page)
  return { name, context, page }
}

/** Every record (or, with `keys`, every key) of a store of a PC's IndexedDB. */
function readStore<T>(page: Page, store: string, keys = false): Promise<T[]> {
  return page.evaluate(
    ([name, onlyKeys]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('casedesk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const os = open.result.transaction(name).objectStore(name)
          const read = onlyKeys ? os.getAllKeys() : os.getAll()
          read.onsuccess = () => {
            resolve(read.result as T[])
            open.result.close()
          }
        }
      }),
    [store, keys] as const,
  )
}

/** The ids of every record of `table` in a PC's IndexedDB, sorted. */
async function recordIds(page: Page, table: string): Promise<string[]> {
  return (await readStore<string>(page, table, true)).map(String).sort()
}

/** Both PCs hold the same cases, acts and parties (and at least one of each). */
async function expectSameRecords(timeout: number): Promise<void> {
  for (const table of ['cases', 'acts', 'parties']) {
    await expect
      .poll(
        async () => {
          const [a, b] = [await recordIds(pc1.page, table), await recordIds(pc2.page, table)]
          return a.length > 0 && a.join() === b.join()
        },
        { message: `${table} on both PCs`, timeout },
      )
      .toBe(true)
  }
}

const field = (page: Page, label: string) =>
  page.locator('.el-form-item').filter({ has: page.getByText(label, { exact: true }) })

/**
 * 设置 → 同步: the server, the office database and this PC's 案号 range (docs/sync.md "Numbers"),
 * then log in as `officer` (typed account id).
 */
async function logIn(pc: Pc, officer: string, caseNos: [number, number]): Promise<void> {
  const { page } = pc
  const login = logins.get(officer)!
  await expect(page.getByTestId('sync-unavailable')).toHaveCount(0)
  await field(page, '服务器地址').locator('input').fill(server.url)
  await field(page, '本单位数据库').locator('input').fill(OFFICE_DB)
  const range = field(page, '本机案号范围').locator('input')
  await range.nth(0).fill(String(caseNos[0]))
  await range.nth(1).fill(String(caseNos[1]))
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('同步服务器设置已保存')).toBeVisible()
  const account = field(page, '同步账号')
  // The account is typed (a joining PC has no register yet): the select offers it as a new entry.
  await account.locator('.el-select__wrapper').click()
  await account.locator('input').pressSequentially(login.id)
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: login.id }).click()
  await field(page, '同步密码').locator('input').fill(login.password)
  await expect(page.getByRole('button', { name: '登录并同步' })).toBeEnabled()
  await page.getByRole('button', { name: '登录并同步' }).click()
  await expect(page.getByText(/^已登录，开始同步/)).toBeVisible({ timeout: SYNCED })
}

const badge = (pc: Pc) => pc.page.getByTestId('sync-badge')

test.beforeAll(async () => {
  server = await startSyncOffice()
  browser = await chromium.launch({ executablePath: chromiumOrExplain(), args: launchArgs })
})
test.afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('(a) a case submitted for 法制审核 on PC 1 is in the reviewer’s queue on PC 2; the opinion comes back', async ({
  baseURL,
}) => {
  // PC 1: the office is set up as before, then its officers get their server accounts.
  pc1 = await openPc('PC 1', headA.name, baseURL!)
  await new SetupWizard(pc1.page).complete(
    { ...office, effectiveFrom: '2026-01-01' },
    scenarioOfficers,
  )
  for (const o of await readStore<{ id: string; name: string }>(pc1.page, 'officers')) {
    logins.set(o.name, { id: o.id, password: `pw-${o.id.slice(0, 8)}` })
  }
  // PC 1 also generates demo data in (c), which holds every kind of act (法制审核 included), so
  // its account carries every office role.
  const roles: Record<string, string[]> = {
    [headA.name]: ['head', 'handler', 'legalReviewer'],
    [officerB.name]: ['handler', 'legalReviewer'],
  }
  for (const [name, r] of Object.entries(roles)) {
    const l = logins.get(name)!
    await server.createUser(l.id, l.password, r)
  }
  await server.createOffice(
    OFFICE_DB,
    [...logins.values()].map((l) => l.id),
  )

  // The web server offers its proxy: 设置 lists 同步 and the browser build logs in.
  await new AppShell(pc1.page).goTo('同步')
  await logIn(pc1, headA.name, [1, 999])
  await expect(badge(pc1)).toHaveText('已同步', { timeout: SYNCED })
  await shot(pc1.page, 'sync-01-pc1-logged-in')

  const cp = await createCaseFromUi(pc1.page, {
    ...foodShop,
    source: '监督检查',
    sourceDate: '2026-09-01',
    cause: CAUSE_A,
  })
  caseUrl = new URL(pc1.page.url()).hash
  let d = await cp.start('立案', '2026-09-03')
  await d.pick('批准立案的负责人', headA.name)
  await d.text('立案理由', '检查发现货架上有超过保质期的饼干')
  await d.saveOk()
  d = await cp.start('案件调查终结', '2026-09-20')
  await d.text('调查终结报告摘要', '当事人首次违法，已当场下架，未造成危害后果')
  await d.select('拟处理意见', '不予行政处罚')
  await d.saveOk()
  d = await cp.start('提交审核', '2026-09-21')
  await d.select('审核类别', '法制审核')
  await d.saveOk()
  await expect(badge(pc1)).toHaveText('已同步', { timeout: SYNCED })

  // PC 2: a fresh PC joins its office from the first-run page; the pull completes its setup.
  pc2 = await openPc('PC 2', officerB.name, baseURL!)
  await pc2.page.getByRole('link', { name: '从单位服务器加入' }).click()
  await expect(pc2.page.getByLabel('当前位置')).toContainText('同步')
  await shot(pc2.page, 'sync-02-pc2-join')
  await logIn(pc2, officerB.name, [1000, 1999])
  await expect(pc2.page.getByText(/已从服务器取得本单位的机关档案和执法人员/)).toBeVisible()

  // The case waits in 李娜's 法制审核 queue on PC 2.
  const wb = new WorkbenchPage(pc2.page)
  await new AppShell(pc2.page).goTo('工作台')
  await expect(wb.stat('待审核')).toHaveAccessibleName('待审核 1')
  const queue = pc2.page.locator('.el-card').filter({ hasText: '待审核案件' })
  await expect(queue.getByText(foodShop.name)).toBeVisible()
  await shot(pc2.page, 'sync-03-pc2-review-queue')
  // Same-document navigation only: a reload would end this tab's login (browser mode keeps none).
  await pc2.page.evaluate((h) => (location.hash = h), caseUrl)
  const onPc2 = new CasePage(pc2.page)
  await onPc2.expectLatestAct('提交审核')
  d = await onPc2.start('案件审核/法制审核', '2026-09-25')
  await d.select('审核类别', '法制审核')
  await d.select('审核意见', '同意')
  await d.pick('审核人员', officerB.name)
  await d.text('审核意见说明', '事实清楚，证据确凿，同意不予行政处罚')
  await d.saveOk()
  await expect(badge(pc2)).toHaveText('已同步', { timeout: SYNCED })

  // The opinion reaches PC 1's open case page by itself (live sync; the page re-reads the case
  // when a pull wrote records: docs/sync.md "Live sync").
  await expect(async () => {
    await cp.expectLatestAct('案件审核/法制审核')
  }).toPass({ timeout: SYNCED })
  await expect(cp.timeline.getByText('事实清楚，证据确凿，同意不予行政处罚')).toBeVisible()
  await shot(pc1.page, 'sync-04-pc1-opinion-back')
  // Both PCs hold the same acts, and so does the server (where only a 法制审核人员 may write the
  // review: docs/sync.md "Server rules").
  const acts = await recordIds(pc1.page, 'acts')
  expect(acts).toHaveLength(5)
  expect(await recordIds(pc2.page, 'acts')).toEqual(acts)
  const onServer = await server.docIds(OFFICE_DB)
  expect(acts.filter((id) => !onServer.includes(`act:${id}`))).toEqual([])
  // PC 2's 审计记录 says which records came in bulk (here: from the other PC) and where their
  // entries are.
  await pc2.page.getByRole('tab', { name: /审计记录/ }).click()
  await expect(pc2.page.getByTestId('audit-in-bulk')).toContainText(
    '本案有 4 条办案记录是成批写入本机的',
  )
  await shot(pc2.page, 'sync-05-pc2-audit-tab')
})

test('(b) PC 2 loses the server, writes, reconnects: both PCs converge', async () => {
  // PC 2 loses the office server: its sync requests fail as a cut network does (the page itself,
  // served by this PC's own web server, stays loaded; context.setOffline would also stop the
  // page's own code from loading).
  await pc2.context.route('**/_casedesk/sync/**', (route) => route.abort('internetdisconnected'))
  // PC 2 registers a case meanwhile.
  await createCaseFromUi(pc2.page, {
    ...foodShop,
    name: '武汉市汉阳区晴川副食店有限公司',
    uscc: '91420105MA4K2XQ373',
    source: '投诉',
    sourceDate: '2026-10-08',
    cause: '涉嫌销售标签不符合规定的预包装食品案',
  })
  await expect(badge(pc2)).toHaveText(/离线|条待上传/, { timeout: SYNCED })
  await shot(pc2.page, 'sync-05-pc2-offline')
  // Its 案号 comes from its own range, so PC 1 registering a case meanwhile cannot take the same.
  await expect(pc2.page.getByText('〔2026〕1000号').first()).toBeVisible()
  await createCaseFromUi(pc1.page, {
    ...foodShop,
    name: '武汉市汉阳区鹦鹉洲便利店有限公司',
    uscc: '91420105MA4K3B5X15',
    source: '监督检查',
    sourceDate: '2026-10-08',
    cause: '涉嫌未按规定公示食品经营许可证案',
  })
  await expect(pc1.page.getByText('〔2026〕2号').first()).toBeVisible()
  // PC 1 goes on working on the first case meanwhile.
  await pc1.page.evaluate((h) => (location.hash = h), caseUrl)
  const cp = new CasePage(pc1.page)
  const d = await cp.start('说服教育', '2026-10-09')
  await d.select('方式', '实地')
  await d.text('内容', '向当事人讲解食品安全法关于保质期的规定')
  await d.saveOk()
  await expect(badge(pc1)).toHaveText('已同步', { timeout: SYNCED })
  expect(await recordIds(pc1.page, 'cases')).not.toEqual(await recordIds(pc2.page, 'cases'))
  expect(await recordIds(pc1.page, 'acts')).not.toEqual(await recordIds(pc2.page, 'acts'))

  await pc2.context.unroute('**/_casedesk/sync/**')
  await expect(badge(pc2)).toHaveText('已同步', { timeout: SYNCED })
  await expectSameRecords(SYNCED)
  expect(await recordIds(pc1.page, 'cases')).toHaveLength(3)
  // No 案号 conflict: the two numbers taken apart differ.
  await expect(badge(pc1)).toHaveText('已同步')
  await expect(badge(pc2)).toHaveText('已同步')
  // What each PC wrote shows on the other: PC 2's case in PC 1's list, PC 1's act on PC 2.
  await pc1.page.evaluate(() => (location.hash = '#/cases'))
  await expect(pc1.page.getByText('涉嫌销售标签不符合规定的预包装食品案')).toBeVisible()
  await pc2.page.evaluate((h) => (location.hash = h), caseUrl)
  await new CasePage(pc2.page).expectLatestAct('说服教育')
})

test('(c) the server restarts in the middle of a push: nothing is lost', async () => {
  const before = await server.docCount(OFFICE_DB)
  const casesBefore = (await recordIds(pc2.page, 'cases')).length
  // Demo data: one bulk write of many cases, exported and pushed in many batches.
  await pc1.page.evaluate(() => (location.hash = '#/settings/demo?cases=60&auto=1'))
  await expect(pc1.page.locator('[data-demo-state="done"]')).toBeVisible({ timeout: SYNCED })
  // Stop the server as soon as the push has started, before it has finished.
  await expect
    .poll(() => server.docCount(OFFICE_DB), { intervals: [50], timeout: SYNCED })
    .toBeGreaterThan(before)
  await server.pause()
  await expect(badge(pc1)).toHaveText(/离线|条待上传/, { timeout: SYNCED })
  await server.resume()
  // Read at once: PouchDB retries after its back-off (1 s and more), so this is what the server
  // held when it went away.
  const atPause = await server.docCount(OFFICE_DB)

  await expect(badge(pc1)).toHaveText('已同步', { timeout: 2 * SYNCED })
  await expect(badge(pc2)).toHaveText('已同步', { timeout: 2 * SYNCED })
  expect(await server.docCount(OFFICE_DB)).toBeGreaterThan(atPause)
  await expectSameRecords(2 * SYNCED)
  expect((await recordIds(pc2.page, 'cases')).length).toBe(casesBefore + 60)
  // Settled: neither PC has anything left to upload.
  await expect(badge(pc1)).toHaveText('已同步', { timeout: SYNCED })
  await expect(badge(pc2)).toHaveText('已同步', { timeout: SYNCED })
  await shot(pc2.page, 'sync-06-pc2-after-restart')
})
