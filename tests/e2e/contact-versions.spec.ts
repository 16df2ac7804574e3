import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { OfficeProfilePage } from '../pages/office-profile-page'

test('editing contact details creates a new version and keeps the old one', async ({ app }) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await new AppShell(page).goTo('机关档案')
  const profile = new OfficeProfilePage(page)

  await expect(profile.historyRows()).toHaveCount(1)
  await expect(profile.historyRows().first()).toContainText('当前生效')

  // Same-day change: the new version replaces the old one from today on.
  await profile.form.fill({ contactPerson: '赵敏', contactPhone: '027-84859999' })
  await expect(page.getByText('保存时生成新版本')).toBeVisible()
  await profile.form.save()
  await expect(page.getByText(/联系方式新版本自 \d{4}-\d{2}-\d{2} 起生效/)).toBeVisible()
  await expect(profile.historyRows()).toHaveCount(2)
  await expect(profile.historyRows().nth(0)).toContainText('赵敏')
  await expect(profile.historyRows().nth(0)).toContainText('当前生效')
  await expect(profile.historyRows().nth(1)).toContainText('王芳')
  await expect(profile.historyRows().nth(1)).toContainText('已被替代')

  // A change effective in the future is listed as pending; today's version stays current.
  await profile.form.fill({ address: '武汉市汉阳区龙阳大道 2 号', effectiveFrom: '2099-01-01' })
  await profile.form.save()
  await expect(profile.historyRows()).toHaveCount(3)
  await expect(profile.historyRows().nth(0)).toContainText('2099-01-01')
  await expect(profile.historyRows().nth(0)).toContainText('待生效')
  await expect(profile.historyRows().nth(1)).toContainText('当前生效')
  await shot(page, '08-office-profile-versions')

  // Saving without changes writes no version.
  await profile.form.save()
  await expect(page.getByText('没有修改需要保存')).toBeVisible()
  await expect(profile.historyRows()).toHaveCount(3)

  // Bad input is refused inline, nothing is written.
  await profile.form.fill({ postalCode: '4300' })
  await profile.form.save()
  await expect(profile.form.error('邮编应为 6 位数字')).toBeVisible()
  await expect(profile.historyRows()).toHaveCount(3)
})
