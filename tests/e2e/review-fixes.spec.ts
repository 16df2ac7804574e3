/**
 * Small fixes from the officers' review: the demo-data page accepts its own default count (200,
 * with the 100-step buttons); set-up ends on the 工作台; 日常检查 is a case source.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { foodShop, office, scenarioOfficers } from './support/data'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

/** A build with the officer chooser asks once after set-up who is at the keyboard. */
async function chooseOfficerIfAsked(page: Page): Promise<void> {
  // The app fixture answers the chooser with the first officer (tests/e2e/support/fixtures.ts);
  // clicking it here as well raced that handler (a click on a closing dialog). Wait for it only.
  await expect(page.getByRole('dialog', { name: '选择当前执法人员' })).toBeHidden()
}

test('演示数据: the default 200 cases can be generated as shown', async ({ app }) => {
  const page = await app.open('/settings/demo')
  const form = page.getByRole('form', { name: '生成演示数据' })
  const count = form.getByRole('spinbutton')
  await expect(count).toHaveValue('200')
  // 200 is not min + k × step (1 + k × 100), so the browser's own check of the number field
  // would refuse the form: the click must start generating anyway.
  expect(await count.evaluate((i) => (i as HTMLInputElement).step)).toBe('100')
  await form.getByRole('button', { name: '生成' }).click()
  await expect(page.locator('[data-demo-state="done"]')).toBeVisible({ timeout: 120_000 })
  await expect(page.getByText('已生成 200 件演示案件')).toBeVisible()
})

test('set-up ends on the 工作台; a case can come from 日常检查', async ({ app }) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  await expect(page).toHaveURL(/#\/workbench$/)
  await expect(page.getByLabel('当前位置')).toContainText('工作台')
  await chooseOfficerIfAsked(page)

  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
  const cp = await createCaseFromUi(page, {
    ...foodShop,
    source: '日常检查',
    sourceDate: today,
    cause: '涉嫌经营超过保质期的食品案',
  })
  await expect(cp.header).toContainText('日常检查')
})
