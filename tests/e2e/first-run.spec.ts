import { test, expect } from './support/fixtures'
import { appVersion, office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { OfficeProfilePage } from '../pages/office-profile-page'

test('an empty database opens on the guided setup; finishing it opens the app', async ({ app }) => {
  test.slow() // whole setup, screenshots and a reload on a shared 2-core machine
  const page = await app.open()
  const wizard = new SetupWizard(page)
  await expect(page).toHaveTitle(`初始设置 - CaseDesk ${appVersion}`)
  await wizard.expectStep('第一步：机关档案')
  await shot(page, '01-setup-profile')

  // Saving an empty profile shows what to enter, in Chinese, and stays on step 1.
  await wizard.profile.save('保存并继续')
  await expect(wizard.profile.error('请填写机关全称')).toBeVisible()
  await expect(wizard.profile.error('请填写罚款缴纳方式')).toBeVisible()
  await shot(page, '02-setup-profile-errors')
  await wizard.expectStep('第一步：机关档案')

  await wizard.saveProfile(office)
  await expect(page.getByText('还没有登记执法人员')).toBeVisible()
  await expect(page.getByRole('button', { name: '下一步' })).toBeDisabled()
  await shot(page, '03-setup-officers-empty')

  await wizard.officers.add(officerA)
  // One officer is not enough for a case (行政处罚法 Art. 42).
  await expect(page.getByRole('button', { name: '下一步' })).toBeDisabled()
  await wizard.officers.add(officerB)
  await shot(page, '04-setup-officers')
  await wizard.next()
  await shot(page, '05-setup-done')
  await wizard.finish()

  // Set-up ends on the 工作台 (even before the first case); the menu lists only working pages.
  const shell = new AppShell(page)
  await expect(page).toHaveTitle(`工作台 - CaseDesk ${appVersion}`)
  await expect(shell.breadcrumb).toContainText('工作台')
  await shell.expectMenu()

  // The office profile entered during setup is under 设置 → 机关档案.
  await shell.goTo('机关档案')
  await expect(page).toHaveTitle(`机关档案 - CaseDesk ${appVersion}`)
  await expect(new OfficeProfilePage(page).form.field('机关全称')).toHaveValue(office.fullName)

  const about = await shell.openAbout()
  await expect(about).toContainText('CaseDesk')
  await expect(about).toContainText(appVersion)
  await expect(about).toContainText('浏览器版')
  await shot(page, '06-about')
  await page.keyboard.press('Escape')
  await expect(about).toBeHidden()

  await shot(page, '11-office-profile-1920', { width: 1920, height: 1080 })

  // The setup does not come back once done (persistence.spec.ts covers a browser restart).
  await app.reload()
  await expect(shell.breadcrumb).toContainText('机关档案')
})

test('a database written by a newer schema is not opened; the message says what to do', async ({
  app,
}) => {
  const page = await app.open()
  // Simulate a newer CaseDesk having written this profile's database.
  await page.evaluate(async () => {
    const open = indexedDB.open('casedesk')
    const dbh = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const tx = dbh.transaction('meta', 'readwrite')
    tx.objectStore('meta').put({
      key: 'schema',
      schemaVersion: 99,
      appVersion: '9.9.9',
      updatedAt: '2030-01-01T00:00:00.000Z',
    })
    await new Promise((resolve) => (tx.oncomplete = resolve))
    dbh.close()
  })
  await page.reload()
  await expect(page.locator('[data-app-state="blocked"]')).toBeVisible()
  await expect(page.getByText('数据库版本较新，已停止打开')).toBeVisible()
  await expect(page.getByText(/更新版本（9\.9\.9）写入.*请安装最新版本/)).toBeVisible()
  await shot(page, '07-blocked-newer-db')
})
