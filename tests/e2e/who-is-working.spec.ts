/**
 * Who is working (docs/architecture/session.md): after set-up the officer at the keyboard chooses
 * themselves (keyboard only), the header names them, writes are audited under their name, a
 * reload keeps the choice, and an officer with a PIN is refused with a wrong one.
 */
import { test, expect } from './support/fixtures'
import { office, officerA, officerB, qingchuanShop } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { OfficersPanel } from '../pages/officers-panel'
import { createCaseFromUi } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('the start dialog lists the officers; the second one chosen is named in the 审计 tab', async ({
  app,
}) => {
  await app.chooseOfficerManually()
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])

  const chooser = page.getByRole('dialog', { name: '选择当前执法人员' })
  await expect(chooser).toBeVisible()
  const options = chooser.getByRole('option')
  await expect(options).toHaveCount(2)
  await expect(options.nth(0)).toContainText('张伟')
  await expect(options.nth(0)).toContainText('汉阳市场监管所')
  await expect(options.nth(0)).toContainText('办案人员')
  await expect(options.nth(1)).toContainText('李娜')
  await expect(options.nth(1)).toContainText('法制科')
  await expect(options.nth(1)).toContainText('办案人员、法制审核人员')
  await expect(options.nth(0)).toBeFocused()
  await expect(page.getByText(/^当前：/)).toHaveCount(0)
  await shot(page, 'who-01-chooser')

  // Keyboard only: ↓ to the second officer, Enter chooses (no PIN set).
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toBeFocused()
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(chooser).toBeHidden()
  await expect(page.getByText('当前：李娜')).toBeVisible()
  await expect(page.getByRole('button', { name: '切换人员' })).toBeVisible()
  await shot(page, 'who-02-header')

  const cp = await createCaseFromUi(page, {
    ...qingchuanShop,
    cause: '涉嫌销售标签不符合规定的预包装食品案',
    officers: [officerA.name, officerB.name],
  })
  await cp.tab(/审计记录/)
  const audit = page.locator('.audit__table')
  const created = audit.getByRole('row').filter({ hasText: '登记案件' })
  await expect(created).toContainText('李娜')
  await expect(audit).not.toContainText('local-user')
  await expect(audit).not.toContainText('officer:')
  await shot(page, 'who-03-audit')

  // A reload of the same window keeps the choice.
  await app.reload()
  await expect(page.getByText('当前：李娜')).toBeVisible()
  await expect(chooser).toBeHidden()

  // The 工作台 opens on the cases of the officer working ("我是" = 李娜).
  await new AppShell(page).goTo('工作台')
  await expect(page.getByText('李娜，今天是')).toBeVisible()

  // 切换人员 opens the chooser again.
  await page.getByRole('button', { name: '切换人员' }).click()
  await expect(chooser).toBeVisible()
  await expect(options.nth(0)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('当前：张伟')).toBeVisible()
  // The open 工作台 follows: "我是" is now 张伟.
  await expect(page.getByText('张伟，今天是')).toBeVisible()
})

test('an officer with a PIN: refused with a wrong PIN (in Chinese), accepted with the right one', async ({
  app,
}) => {
  await app.chooseOfficerManually()
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  const chooser = page.getByRole('dialog', { name: '选择当前执法人员' })
  const options = chooser.getByRole('option')
  await expect(options.nth(0)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('当前：张伟')).toBeVisible()

  // 张伟 sets a PIN for 李娜 in 执法人员 (a malformed one is refused first).
  await new AppShell(page).goTo('执法人员')
  const officers = new OfficersPanel(page)
  const edit = await officers.openEdit('李娜')
  await edit.field('PIN（可选）').fill('12a')
  await edit.save()
  await expect(edit.error('PIN 只能包含数字 0–9')).toBeVisible()
  await shot(page, 'who-03b-officer-pin-field')
  await edit.field('PIN（可选）').fill('2468')
  await edit.save()
  await expect(edit.root).toBeHidden()
  // The edit form never shows the PIN back; it says one is set.
  const again = await officers.openEdit('李娜')
  await expect(again.field('新 PIN（可选）')).toHaveValue('')
  await expect(again.root.getByText('清除 PIN')).toBeVisible()
  await again.root.getByRole('button', { name: '取消' }).click()
  await expect(again.root).toBeHidden()

  await page.getByRole('button', { name: '切换人员' }).click()
  await expect(options.nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  const pin = chooser.getByLabel('PIN', { exact: true })
  await expect(pin).toBeFocused()
  await pin.fill('1111')
  await pin.press('Enter')
  await expect(chooser.getByRole('alert')).toContainText(
    'PIN 不正确，请重新输入（再错 4 次需等待 30 秒）',
  )
  await expect(page.getByText('当前：')).toHaveCount(0)
  await shot(page, 'who-04-wrong-pin')
  await pin.fill('2468')
  await pin.press('Enter')
  await expect(chooser).toBeHidden()
  await expect(page.getByText('当前：李娜')).toBeVisible()

  // Five wrong PINs in a row: a 30-second wait, counted down, 确定 disabled.
  await page.getByRole('button', { name: '切换人员' }).click()
  await expect(options.nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  for (let i = 0; i < 5; i++) {
    await expect(pin).toBeEnabled()
    await pin.fill('0000')
    await pin.press('Enter')
    if (i < 4) await expect(chooser.getByRole('alert')).toContainText(`再错 ${4 - i} 次`)
  }
  await expect(chooser.getByRole('alert')).toContainText(
    /PIN 连续输错 5 次，请等待 (30|29) 秒后再试/,
  )
  await expect(chooser.getByRole('button', { name: '确定' })).toBeDisabled()
  await expect(pin).toBeDisabled()
  await shot(page, 'who-05-pin-wait')
  await expect(chooser.getByRole('alert')).toContainText(/请等待 2[0-8] 秒后再试/, {
    timeout: 10_000,
  })
})

test('with no active officer the chooser says so and leads to 设置 → 执法人员', async ({ app }) => {
  await app.chooseOfficerManually()
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  const chooser = page.getByRole('dialog', { name: '选择当前执法人员' })
  await expect(chooser.getByRole('option').first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('当前：张伟')).toBeVisible()

  const shell = new AppShell(page)
  await shell.goTo('执法人员')
  const officers = new OfficersPanel(page)
  for (const name of ['张伟', '李娜']) {
    await officers.row(name).getByRole('button', { name: '停用' }).click()
    await page
      .getByRole('dialog', { name: '停用执法人员' })
      .getByRole('button', { name: '停用' })
      .click()
    await expect(officers.row(name)).toContainText('停用')
  }
  // Working on: an officer set inactive keeps the window until 切换人员.
  await expect(page.getByText('当前：张伟')).toBeVisible()
  await page.getByRole('button', { name: '切换人员' }).click()
  await shell.goTo('工作台')
  await expect(chooser).toContainText('执法人员名单中没有在岗人员')
  await shot(page, 'who-06-no-officer')
  await chooser.getByRole('button', { name: '打开 设置 → 执法人员' }).click()
  await expect(chooser).toBeHidden()
  await expect(shell.breadcrumb).toContainText('执法人员')
  await officers.row('李娜').getByRole('button', { name: '启用' }).click()
  await expect(chooser.getByRole('option')).toHaveCount(1)
  await expect(chooser.getByRole('option').first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('当前：李娜')).toBeVisible()
})
