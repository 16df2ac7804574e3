import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { RuleSettingsPage } from '../pages/rule-settings'

test('设置 → 期限与裁量: follow-up days and band split are saved and kept; wrong values get Chinese errors', async ({
  app,
}) => {
  test.slow() // setup and a reload on a shared 2-core machine
  let page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  const shell = new AppShell(page)
  await shell.goTo('期限与裁量')
  let rules = new RuleSettingsPage(page)
  await rules.expectLoaded()

  // Every rule is listed with its basis; statutory lengths are printed, not editable.
  await expect(rules.rule('陈述申辩及听证申请期')).toContainText('五个工作日')
  await expect(rules.rule('陈述申辩及听证申请期')).toContainText('法定')
  await expect(rules.rule('申请行政复议期限')).toContainText('六十日')
  await expect(rules.rule('提起行政诉讼期限')).toContainText('六个月')
  await expect(rules.rule('结案期限')).toContainText('第七十七条')
  await expect(rules.field('执法回访天数')).toHaveValue('30')
  await expect(rules.field('从轻档占比')).toHaveValue('30')
  await expect(rules.form).toContainText('一般档为其余部分：40%')
  await expect(rules.form).toContainText('默认值（各30%）依据国家市场监督管理总局裁量权指导意见')
  await shot(page, 'rule-settings')

  // Invalid values: Chinese messages, nothing saved.
  await rules.field('执法回访天数').fill('0')
  await rules.field('从重档占比').fill('80')
  await rules.field('自然人标准').fill('一万')
  await rules.save()
  await expect(rules.error('期限长度至少为 1')).toBeVisible()
  await expect(rules.error('从轻与从重所占比例之和不能超过100%')).toBeVisible()
  await expect(rules.error('自然人标准应为金额（元），最多两位小数，如 10000')).toBeVisible()
  await shot(page, 'rule-settings-errors')

  // Valid values; Enter in a field saves. The Hubei button fills both thresholds.
  await rules.field('从重档占比').fill('35')
  await rules.form.getByRole('button', { name: /湖北省标准：有违法所得/ }).click()
  await expect(rules.field('自然人标准')).toHaveValue('30,000.00')
  await rules.field('执法回访天数').fill('45')
  await rules.field('执法回访天数').press('Enter')
  await expect(page.getByText('期限与裁量设置已保存')).toBeVisible()

  page = await app.reload()
  await expect(new AppShell(page).breadcrumb).toContainText('期限与裁量')
  rules = new RuleSettingsPage(page)
  await expect(rules.field('执法回访天数')).toHaveValue('45')
  await expect(rules.field('从重档占比')).toHaveValue('35')
  await expect(rules.field('法人或其他组织标准')).toHaveValue('30,000.00')
  await expect(rules.rule('执法回访')).toContainText('本局设置')

  // 恢复默认值 fills the defaults; they apply once saved.
  await rules.restoreDefaults()
  await expect(rules.field('执法回访天数')).toHaveValue('30')
  await expect(rules.field('法人或其他组织标准')).toHaveValue('100,000.00')
  await rules.save()
  await expect(page.getByText('期限与裁量设置已保存')).toBeVisible()
  page = await app.reload()
  await expect(new RuleSettingsPage(page).field('从重档占比')).toHaveValue('30')
})
