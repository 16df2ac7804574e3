// backup download → restore with a summary first; a page closed in the
// middle of a restore leaves the old data intact.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { OfficersPanel } from '../pages/officers-panel'
import { DataSafetyPage } from '../pages/data-safety'

const officerC = {
  name: '王强',
  certificateNo: 'HB4201050003',
  unit: '汉阳市场监管所',
  mobile: '13700001111',
}

test('backup downloads a file; restoring it shows a summary first and then replaces the data', async ({
  app,
  profileDir,
}) => {
  test.setTimeout(120_000)
  let page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  const safety = new DataSafetyPage(page)
  await safety.open()
  await expect(page.getByText('本机还没有成功的备份')).toBeVisible()
  const download = await safety.backupNow()
  expect(download.suggestedFilename()).toMatch(/^CaseDesk-备份-\d{8}-\d{6}\.casedesk$/)
  const file = join(profileDir, 'backup.casedesk')
  await download.saveAs(file)
  await expect(safety.lastBackup).toContainText('手动备份')
  await shot(page, 'data-safety-1366')

  // Change the data after the backup.
  await new AppShell(page).goTo('执法人员')
  await new OfficersPanel(page).add(officerC)
  await expect(new OfficersPanel(page).row(officerC.name)).toBeVisible()

  // A garbage file is refused with a Chinese message, nothing changes.
  const garbage = join(profileDir, 'garbage.casedesk')
  await writeFile(garbage, 'not a backup at all')
  await safety.open()
  await safety.check(garbage)
  await expect(page.getByText('不是 CaseDesk 备份文件')).toBeVisible()
  await expect(safety.summary).toHaveCount(0)

  // The real file: summary first.
  await safety.check(file)
  await expect(safety.summary).toContainText('备份文件检查通过，本机现有数据尚未改动')
  await expect(safety.summary).toContainText('执法人员')
  await shot(page, 'data-safety-restore-summary-1366')
  await safety.restore(false)
  await expect(page.getByText(/恢复完成/)).toBeVisible()
  await page.waitForEvent('load')
  page = await app.reload()
  await new AppShell(page).goTo('执法人员')
  await expect(new OfficersPanel(page).row(officerA.name)).toBeVisible()
  await expect(new OfficersPanel(page).row(officerC.name)).toHaveCount(0)
})

test('closing the browser in the middle of a restore leaves the old data intact and no spare database', async ({
  app,
  profileDir,
}) => {
  test.setTimeout(200_000)
  let page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  // Make the restore long enough to interrupt (a restore writes ~100,000 small records per
  // second when the machine is idle): 200,000 valid counter records, written behind the app's
  // back, so the app is reloaded afterwards.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('casedesk')
        req.onsuccess = () => {
          const tx = req.result.transaction('counters', 'readwrite')
          const store = tx.objectStore('counters')
          for (let i = 0; i < 200_000; i++) store.put({ key: `bulk:${i}`, value: i })
          tx.oncomplete = () => {
            req.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  page = await app.reload()
  const safety = new DataSafetyPage(page)
  await safety.open()
  const file = join(profileDir, 'big.casedesk')
  await (await safety.backupNow()).saveAs(file)
  // Format 3 is gzip-compressed: the manifest line records the uncompressed body length.
  const head = await readFile(file)
  const manifest = JSON.parse(head.subarray(0, head.indexOf(0x0a)).toString('utf8')) as {
    body: { bytes: number }
  }
  expect(manifest.body.bytes).toBeGreaterThan(5_000_000)

  await new AppShell(page).goTo('执法人员')
  await new OfficersPanel(page).add(officerC)
  await safety.open()
  await safety.check(file)
  // The backup's records are being checked and written into a new database (the restore's
  // long part): kill the browser now.
  await expect(page.getByText('正在检查并载入每条记录（现有数据不受影响）…')).toBeVisible({
    timeout: 60_000,
  })
  const dataDbs = () =>
    page.evaluate(async () =>
      (await indexedDB.databases())
        .map((d) => d.name ?? '')
        .filter((n) => n.startsWith('casedesk') && n !== 'casedesk-active')
        .sort(),
    )
  await expect.poll(dataDbs).toHaveLength(2)
  page = await app.restart()

  // The app opens the old data, with the officer added after the backup.
  await new AppShell(page).goTo('执法人员')
  await expect(new OfficersPanel(page).row(officerC.name)).toBeVisible()
  const counters = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('casedesk')
        req.onsuccess = () => {
          const count = req.result.transaction('counters').objectStore('counters').count()
          count.onsuccess = () => {
            req.result.close()
            resolve(count.result)
          }
        }
      }),
  )
  expect(counters).toBeGreaterThanOrEqual(200_000)
  // The half-built database is removed once the app is idle.
  await expect.poll(dataDbs, { timeout: 20_000 }).toEqual(['casedesk'])
})
