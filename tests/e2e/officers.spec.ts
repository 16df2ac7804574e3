import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { OfficersPanel } from '../pages/officers-panel'

test('officer validation: bad phone, duplicate certificate, missing name', async ({ app }) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await new AppShell(page).goTo('执法人员')
  const officers = new OfficersPanel(page)

  // Lists mask the mobile number.
  await expect(officers.row('张伟')).toContainText('138****1234')
  await expect(officers.row('张伟')).not.toContainText('13812341234')
  await shot(page, '09-officers-list')

  const dialog = await officers.openAdd()
  await dialog.fill({
    certificateNo: officerA.certificateNo.toLowerCase(),
    unit: '稽查科',
    mobile: '1381234',
  })
  await dialog.save()
  await expect(dialog.error('请填写姓名')).toBeVisible()
  await expect(dialog.error('手机号码应为 11 位数字')).toBeVisible()
  await expect(dialog.error(/执法证号 HB4201050001 已登记给“张伟”/)).toBeVisible()
  await shot(page, '10-officer-dialog-errors')

  // Fixing the fields and pressing Enter saves.
  await dialog.fill({ name: '陈晨', certificateNo: 'HB4201050003', mobile: '13700001111' })
  await dialog.field('手机号码').press('Enter')
  await expect(dialog.root).toBeHidden()
  await expect(officers.row('陈晨')).toContainText('137****1111')

  // The edit form shows the full number; Esc closes without saving.
  const edit = await officers.openEdit('陈晨')
  await expect(edit.field('手机号码')).toHaveValue('13700001111')
  await edit.field('所属单位').fill('改了但不保存')
  await page.keyboard.press('Escape')
  await expect(edit.root).toBeHidden()
  await expect(officers.row('陈晨')).toContainText('稽查科')
})

test('deactivating an officer keeps the record and shows it as 停用', async ({ app }) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await new AppShell(page).goTo('执法人员')
  const officers = new OfficersPanel(page)
  await officers.row('李娜').getByRole('button', { name: '停用' }).click()
  await page
    .getByRole('dialog', { name: '停用执法人员' })
    .getByRole('button', { name: '停用' })
    .click()
  await expect(officers.row('李娜')).toContainText('停用')
  await expect(page.getByText('在岗办案人员 1 名')).toBeVisible()
  await officers.row('李娜').getByRole('button', { name: '启用' }).click()
  await expect(officers.row('李娜')).toContainText('在岗')
})
