// 文书字体 in the browser build : the PC's 仿宋/黑体 cannot be read here, so the option
// is shown as unavailable with an explanation, and the bundled fonts are in use.
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { shot } from './support/shots'

test('文书字体: the system-font option is unavailable in the browser and says why', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await new AppShell(page).goTo('机关档案')
  const card = page.getByTestId('document-fonts')
  await expect(card.getByText('文书字体', { exact: true })).toBeVisible()
  await expect(card.getByRole('radio', { name: '内置思源字体（默认）' })).toBeChecked()
  await expect(card.getByRole('radio', { name: '本机仿宋、黑体（Windows）' })).toBeDisabled()
  await expect(card.getByText(/浏览器版不能读取本机字体文件，此项不可用/)).toBeVisible()
  await expect(card.getByTestId('document-fonts-active')).toContainText('内置思源字体')
  await card.scrollIntoViewIfNeeded()
  await shot(page, '30-document-fonts-browser')
})
