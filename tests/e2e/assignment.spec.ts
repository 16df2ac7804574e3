/**
 * 转办/接手 on the case page (docs/sync.md "Assignment"): an officer takes an unassigned case, a
 * colleague then only reads it (the page says who holds it and how to take it over), the case
 * list's 我办理的 and the 工作台's 转办给我的案件 list it for the holder only.
 */
import { test, expect } from './support/fixtures'
import { office, officerA, officerB, scenarioOfficers, qingchuanShop } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('接手 locks the case for colleagues; 我办理的 lists it for the holder', async ({ app }) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  await createCaseFromUi(page, {
    ...qingchuanShop,
    cause: '涉嫌销售标签不符合规定的预包装食品案',
    officers: [officerA.name, officerB.name],
  })
  const caseUrl = page.url()
  const panel = page.getByTestId('case-assignment')
  await expect(panel).toContainText('未指定')

  // The officer at the keyboard hands the case to 张伟 (anyone may take an unassigned case).
  await panel.getByRole('button', { name: '接手' }).click()
  const dialog = page.getByRole('dialog', { name: '转办/接手' })
  await dialog.getByRole('button', { name: '确定转办' }).click()
  await expect(dialog.getByText('请选择接手人员')).toBeVisible()
  await dialog.getByRole('combobox').click()
  await page.getByRole('option', { name: officerA.name, exact: true }).click()
  await dialog.getByRole('textbox').fill('本人承办')
  await dialog.getByRole('button', { name: '确定转办' }).click()
  await expect(dialog).toBeHidden()
  await expect(panel).toContainText(officerA.name)
  await expect(page.locator('[data-act-type="caseHandover"]')).toContainText('本人承办')

  // 李娜 at the keyboard: read-only, told who holds it and how to take it over.
  await app.chooseOfficerManually()
  await page.getByRole('button', { name: '切换人员' }).click()
  const chooser = page.getByRole('dialog', { name: '选择当前执法人员' })
  await chooser.getByRole('option', { name: new RegExp(officerB.name) }).click()
  await chooser.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText(`当前：${officerB.name}`)).toBeVisible()
  await page.goto(caseUrl)
  await expect(panel).toContainText(`本案由${officerA.name}办理，本机只能查看`)
  await expect(page.getByRole('button', { name: '立案', exact: true })).toHaveCount(0)
  await shot(page, 'assign-01-read-only')

  // 我办理的: nothing for 李娜, the case for 张伟 — in the case list and on the 工作台.
  await page.goto(caseUrl.replace(/\/cases\/.*/, '/cases'))
  await page.getByText('我办理的').click()
  await expect(page.getByText('共 0 件')).toBeVisible()
  await page.getByRole('button', { name: '切换人员' }).click()
  await chooser.getByRole('option', { name: new RegExp(officerA.name) }).click()
  await chooser.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText(`当前：${officerA.name}`)).toBeVisible()
  await page.goto(caseUrl.replace(/\/cases\/.*/, '/cases'))
  await page.getByText('我办理的').click()
  await expect(page.getByText('共 1 件')).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: qingchuanShop.name })).toContainText(
    `办理：${officerA.name}`,
  )
  await page.goto(caseUrl.replace(/\/cases\/.*/, '/workbench'))
  const held = page.getByLabel('转办给我的案件')
  await expect(held).toContainText(qingchuanShop.name)
  await shot(page, 'assign-02-workbench')
})
