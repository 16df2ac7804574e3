// 回访 page, 工作台 and the two settings pages this part adds (演示数据, 免罚清单).
import { writeFile } from 'node:fs/promises'
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { FollowUpsPage } from '../pages/follow-ups'
import { WorkbenchPage } from '../pages/workbench'
import { ExemptionsPage } from '../pages/exemptions'
import { CasesListPage } from '../pages/cases-list'

test('demo data, then a follow-up visit recorded from the 回访 page', async ({ app }) => {
  test.slow() // several whole forms through the UI on a 2-core machine
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await expect(page).toHaveURL(/#\/workbench$/)

  // The seed script's entry: starts at once and reports done on the page root.
  await app.open('/settings/demo?cases=60&auto=1')
  await expect(page.locator('[data-demo-state="done"]')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText('已生成 60 件演示案件')).toBeVisible()
  await shot(page, 'l10-demo-done')

  // With cases, the start page is the workbench.
  await app.open('')
  await expect(page).toHaveURL(/#\/workbench$/)
  const wb = new WorkbenchPage(page)
  await expect(wb.stat('待回访')).toBeVisible()
  await wb.chooseMe('张伟')
  await expect(page.getByText('张伟，今天是')).toBeVisible()
  await shot(page, 'l11-workbench')
  await app.reload()
  await expect(page.getByText('张伟，今天是')).toBeVisible() // remembered

  const fu = new FollowUpsPage(page)
  await fu.open()
  await expect(fu.rows().first()).toBeVisible()
  const before = Number((await page.getByText(/^共 \d+ 条$/).textContent())?.match(/\d+/)?.[0])
  const partyName = (await fu.rows().first().locator('td').nth(1).textContent())?.trim() ?? ''
  await shot(page, 'l12-follow-ups-due')
  await fu.openVisit(partyName)

  // 实地 needs two visitors; the form says so and keeps everything typed.
  await fu.fill({
    method: '实地',
    contactPerson: '赵经理',
    rectification: '已整改',
    answers: ['是', '是', '否', '否'],
    satisfaction: '满意',
    findings: '已按要求整改，现场检查未发现同类问题。',
    opinions: '希望多开展政策宣讲。',
  })
  const chosen = fu.drawer.locator('.el-select__selected-item .el-tag')
  while ((await chosen.count()) > 1) {
    await chosen.first().locator('.el-tag__close').click()
  }
  await fu.save()
  await expect(fu.drawer.getByText('实地回访应有两名以上执法人员')).toBeVisible()
  await expect(fu.field('回访情况')).toHaveValue('已按要求整改，现场检查未发现同类问题。')
  await shot(page, 'l13-visit-form')
  await fu.drawer.getByText('电话', { exact: true }).click()
  await fu.save()
  await expect(page.getByText(`已记录回访：${partyName}`)).toBeVisible()
  await expect(fu.drawer).toBeHidden()
  await expect(page.getByText(`共 ${before - 1} 条`)).toBeVisible()

  await fu.tab('已完成')
  await fu.pageSize(100) // made visits are listed by due date, newest first
  const done = fu.rows().filter({ hasText: partyName })
  await expect(done.first()).toContainText('电话')
  await expect(done.first()).toContainText('满意')
  await expect(done.first()).toContainText('已完成')
  await shot(page, 'l14-follow-ups-done')

  const list = new CasesListPage(page)
  await list.open()
  await list.expectTotal(60)
  await shot(page, 'l15-cases-list-demo')
  await shot(page, 'l15b-cases-list-1920', { width: 1920, height: 1080 })
  await new WorkbenchPage(page).open()
  await shot(page, 'l11b-workbench-1920', { width: 1920, height: 1080 })
})

test('免罚清单: add an item, import a file with one bad row, template download', async ({
  app,
}) => {
  test.slow() // several whole forms through the UI on a 2-core machine
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await expect(page).toHaveURL(/#\/workbench$/)
  const ex = new ExemptionsPage(page)
  await ex.open()
  await expect(page.getByText('还没有清单事项')).toBeVisible()

  const template = page.waitForEvent('download')
  await page.getByRole('button', { name: '下载导入模板' }).click()
  expect((await template).suggestedFilename()).toBe('免罚清单导入模板.xlsx')

  const csv = test.info().outputPath('list.csv')
  await writeFile(
    csv,
    '\uFEFF编号,事项名称,类别,违法行为,法律依据,适用条件,清单名称/文号\r\n' +
      'SW-01,未亮照经营,首违不罚,网店未在显著位置公示营业执照,《电子商务法》第十五条,首次违法并及时改正,国市监法〔2025〕10号\r\n' +
      'SW-02,价签不规范,轻微免罚,"商品价签标示不全,但价格真实",《明码标价和禁止价格欺诈规定》第二十一条,及时改正,国市监法〔2025〕10号\r\n' +
      'SW-03,缺依据的事项,轻微免罚,某违法行为,,及时改正,\r\n',
  )
  const dialog = await ex.importFile(csv)
  await expect(dialog).toContainText('可导入 2 条，有问题 1 条')
  await expect(dialog).toContainText('第4行：请填写法律依据')
  await shot(page, 'l16-exemption-import-preview')
  await dialog.getByRole('button', { name: '导入 2 条' }).click()
  await expect(dialog).toContainText('已导入：新增 2 条，更新 0 条')
  await expect(dialog).toContainText('第4行：请填写法律依据')
  await dialog.getByRole('button', { name: '完成' }).click()
  await expect(ex.rows()).toHaveCount(2)
  await expect(ex.rows().filter({ hasText: 'SW-02' })).toContainText('价签不规范')

  // Add one by hand; a duplicate code is refused with the field message.
  await page.getByRole('button', { name: '新增事项' }).first().click()
  const add = page.getByRole('form', { name: '新增清单事项' })
  await add.getByLabel('编号', { exact: true }).fill('SW-01')
  await add.getByLabel('事项名称', { exact: true }).fill('重复编号')
  await add.getByText('无主观过错', { exact: true }).click()
  await add.getByLabel('违法行为', { exact: true }).fill('销售不知道是侵权的商品')
  await add.getByLabel('法律依据', { exact: true }).fill('《行政处罚法》第三十三条第二款')
  await add.getByLabel('适用条件', { exact: true }).fill('能证明合法来源')
  await page
    .getByRole('dialog', { name: '新增清单事项' })
    .getByRole('button', { name: '保存' })
    .click()
  await expect(add.getByText('编号“SW-01”已被事项“未亮照经营”使用')).toBeVisible()
  await add.getByLabel('编号', { exact: true }).fill('WG-01')
  await page
    .getByRole('dialog', { name: '新增清单事项' })
    .getByRole('button', { name: '保存' })
    .click()
  await expect(ex.rows()).toHaveCount(3)
  await shot(page, 'l17-exemptions')

  // Deactivate: kept, shown as 停用 under 全部.
  await ex.rows().filter({ hasText: 'WG-01' }).getByRole('button', { name: '停用' }).click()
  await page
    .getByRole('dialog', { name: '停用清单事项' })
    .getByRole('button', { name: '停用' })
    .click()
  await expect(ex.rows()).toHaveCount(2)
})
