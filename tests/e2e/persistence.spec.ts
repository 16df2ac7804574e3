import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { OfficersPanel } from '../pages/officers-panel'
import { OfficeProfilePage } from '../pages/office-profile-page'

test('settings survive a reload and a browser restart on the same profile', async ({ app }) => {
  test.slow() // setup, a reload and a browser restart on a shared 2-core machine
  let page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await new AppShell(page).goTo('机关档案')
  await new OfficeProfilePage(page).form.fill({ contactPerson: '赵敏' })
  await new OfficeProfilePage(page).form.save()
  await expect(new OfficeProfilePage(page).historyRows()).toHaveCount(2)

  for (const step of ['reload', 'restart'] as const) {
    page = step === 'reload' ? await app.reload() : await app.restart()
    const shell = new AppShell(page)
    // Setup is not shown again (a reload stays on 机关档案; a restart opens the start page,
    // 案件 while there are no cases), and the profile is as saved.
    await expect(shell.breadcrumb).toContainText(step === 'reload' ? '机关档案' : '案件')
    await shell.goTo('机关档案')
    const profile = new OfficeProfilePage(page)
    await expect(profile.form.field('机关全称')).toHaveValue(office.fullName)
    await expect(profile.form.field('联系人')).toHaveValue('赵敏')
    await expect(profile.historyRows()).toHaveCount(2)
    await shell.goTo('执法人员')
    const officers = new OfficersPanel(page)
    await expect(officers.row(officerA.name)).toContainText(officerA.certificateNo)
    await expect(officers.row(officerB.name)).toContainText('法制审核人员')
    await shell.goTo('机关档案')
  }
})
