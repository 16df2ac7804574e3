/**
 * Discretion (docs/domain/discretion.md) from the UI: violations chosen from the catalogue on the
 * new-case form, the lawful range computed from the goods value in the 调查终结/告知/决定 dialogs
 * (FSL Art. 124 para 1: 货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款 — ¥20,000 → 20万元至
 * 40万元), 从轻 refused without a ground and accepted with one, and the summary procedure refused
 * where the law's minimum exceeds the 当场 limit (FSL Art. 125 para 1: 不足一万元的 5000元以上;
 * APL Art. 51). Dates are in the past and chosen so every other gate opens.
 */
import { execFileSync } from 'node:child_process'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { foodShop, office, scenarioOfficers } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { ActDialog, CasePage, createCaseFromUi } from '../pages/case-page'
import { CaseDocumentsTab, savePreviewPdf } from '../pages/case-documents'

test.describe.configure({ timeout: 240_000 })
test.use({ actionTimeout: 15_000 })

const FSL_124_NAME = '生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂'
const FSL_125_NAME = '生产经营无标签的预包装食品、食品添加剂'

/**
 * 新建案件 with the violations picked in the 违法行为 multi-select (searched by `query`): the 案由
 * is generated from them; `cause` (when given) replaces it, as an officer may.
 */
async function createWithViolations(
  page: Page,
  picks: { query: string; name: string }[],
  cause?: string,
): Promise<CasePage> {
  await page.getByRole('menuitem', { name: '案件', exact: true }).click()
  await page.getByRole('button', { name: '新建案件' }).first().click()
  const form = page.getByRole('form', { name: '新建案件' })
  await expect(form).toBeVisible()
  const d = new ActDialog(page, '', form)
  for (const p of picks) {
    await d.item('违法行为', form).locator('.el-select__wrapper').click()
    await page.keyboard.type(p.query)
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: p.name })
      .first()
      .click()
    await page.keyboard.press('Escape')
  }
  const causeInput = d.item('案由', form).locator('input')
  await expect(causeInput).toHaveValue(`涉嫌${picks.map((p) => p.name).join('、')}案`)
  // The chosen violations are listed with their 处罚依据 under the select.
  await expect(form.locator('.new-case__violations')).toContainText('处罚依据')
  await shot(page, 'discretion-00-new-case')
  if (cause) await causeInput.fill(cause)

  await d.select('案件来源', '监督检查', form)
  await d.date('来源日期', '2026-09-01', form)
  await d.text('单位名称', foodShop.name, form)
  await d.text('统一社会信用代码', foodShop.uscc, form)
  await d.text('法定代表人', foodShop.legalRepresentative, form)
  await d.text('联系电话', foodShop.phone, form)
  await d.text('住所', foodShop.address, form)
  await d.item('办案人员', form).locator('.el-select__wrapper').click()
  for (const name of foodShop.officers) {
    await page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: name })
      .first()
      .click()
  }
  await page.keyboard.press('Escape')
  await form.getByRole('button', { name: '保存并打开案件' }).click()
  const cp = new CasePage(page)
  await expect(cp.header).toBeVisible()
  return cp
}

/** The row of one violation in the 逐项裁量 editor. */
function row(d: ActDialog, name: string): Locator {
  return d.root.getByTestId('penalty-item').filter({ hasText: name })
}

async function pickDiscretion(page: Page, r: Locator, kind: string): Promise<void> {
  await r
    .locator('.el-radio-button')
    .filter({ hasText: new RegExp(`^${kind}$`) })
    .click()
}

async function pickGround(page: Page, r: Locator, ground: string): Promise<void> {
  await r.locator('.item__row').filter({ hasText: /依据/ }).locator('.el-select__wrapper').click()
  await page
    .locator('.el-select-dropdown__item:visible')
    .filter({ hasText: ground })
    .first()
    .click()
  await page.keyboard.press('Escape')
}

test('FSL Art. 124 para 1: ¥20,000 goods → 法定罚款幅度 20万元至40万元; 从轻 needs a ground; two violations combined in the decision', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  const cp = await createWithViolations(page, [
    { query: '保质期', name: FSL_124_NAME },
    { query: '食品安全法125', name: FSL_125_NAME },
  ])
  // The case page lists the violations with their 处罚依据.
  await expect(cp.page.getByTestId('case-violations')).toContainText(
    '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
  )
  await expect(cp.page.getByTestId('case-violations')).toContainText(FSL_125_NAME)

  let d = await cp.start('立案', '2026-09-02')
  await d.pick('批准立案的负责人', '王建国')
  await d.text('立案理由', '检查发现超过保质期的食品和无标签的预包装食品')
  await d.saveOk()

  d = await cp.start('案件调查终结', '2026-09-10')
  await d.text('调查终结报告摘要', '当事人销售超过保质期的食品，货值2万元；销售无标签预包装食品')
  await d.select('拟处理意见', '给予行政处罚')
  const r124 = row(d, FSL_124_NAME)
  const r125 = row(d, FSL_125_NAME)
  await expect(r124).toBeVisible()
  await r124.getByLabel('第1项 货值金额（元）').fill('20000')
  // (b) The lawful range of FSL Art. 124 para 1 for goods worth ¥20,000 (10–20×).
  await expect(r124.getByTestId('lawful-range')).toHaveText('法定罚款幅度：20万元至40万元')
  await expect(r124).toContainText('从轻 20万元至26万元')
  await expect(r124).toContainText('从重 34万元至40万元')

  // (c) 从轻 without a ground: shown in red and refused on save.
  await r124.getByLabel('第1项 罚款（元）').fill('220000')
  await pickDiscretion(page, r124, '从轻')
  await r124.getByLabel('第1项 裁量理由').fill('当事人主动下架召回全部过期食品')
  await expect(r124).toContainText('从轻处罚须至少选择一项依据')
  await r125.getByLabel('第2项 货值金额（元）').fill('800')
  await r125.getByLabel('第2项 罚款（元）').fill('25000')
  await r125.getByLabel('第2项 没收违法所得（元）').fill('600')
  await d.save()
  await expect(
    d.root.locator('.el-alert').filter({ hasText: '从轻处罚须至少选择一项依据' }),
  ).toBeVisible()

  // With an APL Art. 32 ground the 从轻 fine is accepted; range, band and position are shown.
  await pickGround(page, r124, '主动消除或者减轻违法行为危害后果')
  await expect(r124.getByTestId('fine-position')).toContainText('位于该幅度的10%处，属从轻档')
  await expect(r124.locator('.item__problem')).toHaveCount(0)
  await expect(d.root.getByTestId('penalty-totals')).toContainText('罚款合计 245,000.00元')
  await expect(d.root.getByTestId('penalty-totals')).toContainText('罚没款合计 245,600.00元')
  await shot(page, 'discretion-01-conclusion')
  await d.saveOk()

  d = await cp.start('提交审核', '2026-09-11')
  await d.select('审核类别', '案件审核')
  await d.saveOk()
  d = await cp.start('案件审核/法制审核', '2026-09-14')
  await d.pick('审核人员', '李娜')
  await d.saveOk()

  // The 告知 starts from the report's items and shows the same range.
  d = await cp.start('行政处罚告知书送达', '2026-09-15')
  await expect(row(d, FSL_124_NAME).getByTestId('lawful-range')).toHaveText(
    '法定罚款幅度：20万元至40万元',
  )
  await expect(row(d, FSL_125_NAME).getByTestId('lawful-range')).toHaveText(
    '法定罚款幅度：5000元至5万元',
  )
  await d.check('已告知听证权利')
  await d.saveOk()

  d = await cp.start('说服教育', '2026-09-16')
  await d.select('方式', '实地')
  await d.text('内容', '讲解食品安全法关于保质期和标签的规定')
  await d.saveOk()

  // The decision: two violations decided separately, then combined (罚没款合计).
  d = await cp.start('行政处罚决定', '2026-09-23')
  await expect(row(d, FSL_124_NAME).getByTestId('lawful-range')).toHaveText(
    '法定罚款幅度：20万元至40万元',
  )
  await expect(row(d, FSL_124_NAME).getByTestId('fine-position')).toContainText('属从轻档')
  await expect(d.root.getByTestId('penalty-totals')).toContainText('罚没款合计 245,600.00元')
  await shot(page, 'discretion-02-decision-two-violations')
  await d.saveOk()
  await cp.expectStage('送达执行')
})

test('FSL Art. 125 para 1, APL Art. 51: a ¥200 当场 fine is refused with the reason shown', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)

  // A case whose violation is FSL 125(1): the summary procedure is not offered, and says why.
  const cp = await createWithViolations(
    page,
    [{ query: '无标签', name: FSL_125_NAME }],
    '涉嫌销售无标签预包装食品案',
  )
  await expect(cp.nextSteps.getByRole('button', { name: '当场行政处罚', exact: true })).toHaveCount(
    0,
  )
  await expect(await cp.blockedReason('当场行政处罚')).toContainText('不能适用简易程序')

  // A case without a chosen violation: the dialog refuses the 当场 fine once the violation is named.
  const other = await createCaseFromUi(page, {
    ...foodShop,
    source: '监督检查',
    sourceDate: '2026-09-01',
    cause: '涉嫌销售无标签预包装食品案',
  })
  const d = await other.start('当场行政处罚', '2026-09-01')
  await d.text('决定书编号', '当场〔2026〕1号')
  await d.select('违法行为', FSL_125_NAME)
  await expect(d.root.getByRole('alert').filter({ hasText: '不能适用简易程序' })).toBeVisible()
  await expect(d.item('法定罚款')).toContainText('货值金额不足1万元的，处5000元以上5万元以下罚款')
  await d.text('罚款（元）', '200')
  await d.text('违法行为地点', '武汉市汉阳区鹦鹉大道 18 号')
  await d.save()
  await expect(
    d.root.locator('.el-alert').filter({ hasText: /罚款最低为5000元.*不能适用简易程序/ }),
  ).toBeVisible()
  await shot(page, 'discretion-03-summary-refused')
})

test('从轻 with an APL Art. 32 ground: the issued 法制审核表 prints the computed range, position and band', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  const cp = await createWithViolations(page, [{ query: '保质期', name: FSL_124_NAME }])

  let d = await cp.start('立案', '2026-09-02')
  await d.pick('批准立案的负责人', '王建国')
  await d.text('立案理由', '检查发现超过保质期的食品')
  await d.saveOk()

  d = await cp.start('案件调查终结', '2026-09-10')
  await d.text('调查终结报告摘要', '当事人销售超过保质期的食品，货值2万元，已主动召回')
  await d.select('拟处理意见', '给予行政处罚')
  const r124 = row(d, FSL_124_NAME)
  await r124.getByLabel('第1项 货值金额（元）').fill('20000')
  await r124.getByLabel('第1项 罚款（元）').fill('220000')
  await pickDiscretion(page, r124, '从轻')
  await pickGround(page, r124, '主动消除或者减轻违法行为危害后果')
  await r124.getByLabel('第1项 裁量理由').fill('当事人主动下架召回全部过期食品')
  await expect(r124.getByTestId('fine-position')).toContainText('位于该幅度的10%处，属从轻档')
  await d.saveOk()

  d = await cp.start('提交审核', '2026-09-11')
  await d.select('审核类别', '法制审核')
  await d.saveOk()
  d = await cp.start('案件审核/法制审核', '2026-09-14')
  await d.pick('审核人员', '李娜')
  await d.saveOk()

  // The 法制审核表 is listed under the title it prints, and its discretion sentence is computed.
  await cp.tab(/^文书$/)
  const docs = new CaseDocumentsTab(page)
  let pdf: Buffer | undefined
  await docs.issue(
    '法制审核表',
    {
      办案机构: '汉阳市场监管所',
      主体及管辖审核意见: '当事人主体资格明确，本局有管辖权。',
      事实及证据审核意见: '违法事实清楚，证据确实充分。',
      定性审核意见: '定性准确。',
      法律依据审核意见: '适用法律正确。',
      程序审核意见: '程序合法。',
      裁量适当性审核意见: '从轻有法定依据，拟罚款在从轻档内。',
      审核机构负责人意见: '同意。',
      审核机构负责人: '刘芳',
    },
    async (preview) => {
      pdf = await savePreviewPdf(page, preview)
    },
  )
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, '')
  expect(text).toContain('法制审核表')
  expect(text).toContain(
    '法定罚款幅度为20万元以上40万元以下，拟罚款22万元，位于该幅度的10%处，属从轻档（20万元至26万元）。',
  )
  expect(text).toContain('主动消除或者减轻违法行为危害后果')
})
