import ExcelJS from 'exceljs'
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { NewCasePage, type NewCaseData } from '../pages/new-case'
import { CasesListPage } from '../pages/cases-list'

// Test data: valid check digits (shared/validation), each test owns its profile.
const orgCase: NewCaseData = {
  source: '监督检查/双随机抽查',
  party: {
    kind: '单位',
    name: '武汉江城餐饮管理有限公司',
    uscc: '91420105MA4K2XQ373',
    legalRepresentative: '陈建国',
    phone: '027-84851111',
    address: '武汉市汉阳区汉阳大道 100 号',
  },
  cause: '涉嫌销售过期食品案',
  officers: ['张伟', '李娜'],
}

const soleCase: NewCaseData = {
  source: '投诉举报',
  party: {
    kind: '个体工商户',
    name: '汉阳区鑫隆食品商行',
    uscc: '92420105MA4K5R8B9X',
    operatorName: '刘鑫',
    operatorIdNo: '42010519850314253X',
    phone: '13912345678',
    address: '武汉市汉阳区琴台大道 8 号',
  },
  cause: '涉嫌未明码标价案',
  officers: ['张伟', '李娜'],
}

const personCase: NewCaseData = {
  source: '上级交办',
  party: {
    kind: '自然人',
    name: '王小明',
    idNo: '420106199001010028',
    phone: '13700001111',
    address: '武汉市武昌区中南路 3 号',
  },
  cause: '涉嫌无照经营案',
  officers: ['张伟', '李娜'],
}

/** A legal date `days` before today in the test machine's local time. */
function daysAgo(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() - days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

test('a case for each party kind; list masks ID numbers, searches, filters and exports', async ({
  app,
}) => {
  test.slow() // several whole forms through the UI on a 2-core machine
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  // Set-up ends on the 工作台; with no cases yet the case list says what to do.
  await expect(page).toHaveURL(/#\/workbench$/)
  await page.getByRole('menuitem', { name: '案件', exact: true }).click()
  await expect(page).toHaveURL(/#\/cases$/)
  await expect(page.getByText('还没有案件。点击“新建案件”登记第一件案件')).toBeVisible()
  await shot(page, 'l01-cases-empty')

  const form = new NewCasePage(page)
  await form.open()
  await form.fill(orgCase)
  await expect(form.earlierCases).toContainText('首违提示')
  await shot(page, 'l02-new-case-organisation')
  await form.save()
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/)
  for (const d of [soleCase, { ...personCase, sourceDate: daysAgo(40) }]) {
    await form.open()
    await form.create(d)
  }

  const list = new CasesListPage(page)
  await list.open()
  await list.expectTotal(3)
  // Personal ID numbers are masked; USCCs (public) are shown in full.
  await expect(list.row('王小明')).toContainText('4201**********0028')
  await expect(list.row('王小明')).not.toContainText('420106199001010028')
  await expect(list.row('鑫隆食品商行')).toContainText('92420105MA4K5R8B9X')
  await expect(list.row('江城餐饮')).toContainText('91420105MA4K2XQ373')
  await shot(page, 'l03-cases-list')

  // Search: Chinese substring of the party name, full USCC, case number.
  await list.searchText('江城餐饮')
  await list.expectTotal(1)
  await expect(list.row('武汉江城餐饮管理有限公司')).toBeVisible()
  await list.searchText('92420105MA4K5R8B9X')
  await list.expectTotal(1)
  await expect(list.row('汉阳区鑫隆食品商行')).toBeVisible()
  await list.searchText('')
  await list.expectTotal(3)
  const caseNo = (await list.row('王小明').getByRole('link').textContent())?.trim() ?? ''
  expect(caseNo).toMatch(/^鄂汉阳市监.*号$/)
  await list.searchText(caseNo)
  await list.expectTotal(1)
  await expect(list.row('王小明')).toBeVisible()
  // Part of the number: "〔2026〕3", "2026〕3号", "3号" (the hint under the box says how).
  await expect(page.getByText('案号可只输入一部分')).toBeVisible()
  const close = caseNo.indexOf('〕')
  for (const part of [
    caseNo.slice(caseNo.indexOf('〔'), -1),
    caseNo.slice(close - 4),
    caseNo.slice(close + 1),
  ]) {
    await list.searchText(part)
    await list.expectTotal(1)
    await expect(list.row('王小明')).toBeVisible()
  }
  // The person behind the party: a sole trader's 经营者, a company's 法定代表人.
  await list.searchText('刘鑫')
  await list.expectTotal(1)
  await expect(list.row('汉阳区鑫隆食品商行')).toBeVisible()
  await list.searchText('陈建国')
  await list.expectTotal(1)
  await expect(list.row('武汉江城餐饮管理有限公司')).toBeVisible()
  await list.searchText('没有这个当事人')
  await list.expectTotal(0)
  await expect(page.getByText('没有符合条件的案件，请修改查找条件。')).toBeVisible()
  await list.reset()
  await list.expectTotal(3)

  // Filters: source, and the deadline status (the 40-day-old clue is past its 核查立案 limit).
  await list.choose('案件来源', '投诉举报')
  await list.expectTotal(1)
  await expect(list.row('鑫隆食品商行')).toBeVisible()
  await list.reset()
  await list.choose('期限状态', '逾期')
  await list.expectTotal(1)
  await expect(list.row('王小明')).toContainText('逾期')
  await shot(page, 'l04-cases-filter-overdue')
  await list.reset()
  await list.expectTotal(3)

  // Export the whole (filtered) list: the browser host downloads an .xlsx.
  const download = await list.export()
  expect(download.suggestedFilename()).toMatch(/^案件清单-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const path = test.info().outputPath('export.xlsx')
  await download.saveAs(path)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const ws = wb.worksheets[0]!
  expect(ws.getRow(1).values).toEqual(
    expect.arrayContaining(['案件编号', '当事人', '案由', '来源', '阶段', '下一期限', '办案人员']),
  )
  expect(ws.rowCount).toBe(4)
  const cells = ws
    .getSheetValues()
    .flat()
    .map((v) => String(v ?? ''))
  expect(cells).toContain('4201**********0028')
  expect(cells.join('|')).not.toContain('420106199001010028')
  expect(cells).toContain('张伟、李娜')
})

test('bad USCC and ID numbers are rejected with the shared message; input is kept', async ({
  app,
}) => {
  test.slow() // several whole forms through the UI on a 2-core machine
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await expect(page).toHaveURL(/#\/workbench$/)
  const form = new NewCasePage(page)
  await form.open()

  await form.select('案件来源', '监督检查/双随机抽查')
  await form.fillParty({ ...orgCase.party, uscc: '91420105MA4K2XQ374' })
  await form.field('案由').fill('涉嫌虚假宣传案')
  // Checked as soon as the 18th character is typed.
  await expect(form.error('统一社会信用代码校验位不正确')).toBeVisible()
  await form.pickOfficers(['张伟'])
  await form.save()
  await expect(form.error('统一社会信用代码校验位不正确')).toBeVisible()
  await expect(form.error('请选择至少两名持有执法证件的办案人员')).toBeVisible()
  await expect(page).toHaveURL(/#\/cases\/new$/)
  await expect(form.field('统一社会信用代码')).toHaveValue('91420105MA4K2XQ374')
  await expect(form.field('单位名称')).toHaveValue(orgCase.party.name)
  await expect(form.field('案由')).toHaveValue('涉嫌虚假宣传案')
  await shot(page, 'l05-new-case-errors')

  // Natural person: a wrong check digit; the organisation's fields survive the kind switch.
  await form.fillParty({ ...personCase.party, idNo: '420106199001010027' })
  await expect(form.error('公民身份号码校验位不正确')).toBeVisible()
  await form.fillParty({ ...personCase.party, idNo: '42010619900101002' })
  await form.save()
  await expect(form.error('公民身份号码应为18位，当前为17位')).toBeVisible()
  await expect(form.field('证件号码')).toHaveValue('42010619900101002')
  await page
    .getByRole('radiogroup', { name: '当事人类型' })
    .getByText('单位', { exact: true })
    .click()
  await expect(form.field('统一社会信用代码')).toHaveValue('91420105MA4K2XQ374')

  // Fixed, it saves.
  await form.fillParty(orgCase.party)
  await form.pickOfficers(['李娜'])
  await form.save()
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/)
})

test('an existing party is found by its USCC, reused, and updated only when asked', async ({
  app,
}) => {
  test.slow() // several whole forms through the UI on a 2-core machine
  const page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  await expect(page).toHaveURL(/#\/workbench$/)
  await page.getByRole('menuitem', { name: '案件', exact: true }).click()
  await expect(page).toHaveURL(/#\/cases$/)
  // Keyboard: Ctrl+F focuses the search box, Ctrl+N opens 新建案件.
  await expect(new CasesListPage(page).search).toBeVisible()
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('form', { name: '查找案件' }).getByLabel('关键字')).toBeFocused()
  await page.keyboard.press('Control+n')
  await expect(page).toHaveURL(/#\/cases\/new$/)
  const form = new NewCasePage(page)
  await form.open()
  await form.create(orgCase)

  await form.open()
  await form.select('案件来源', '投诉举报')
  await form.field('统一社会信用代码').fill(orgCase.party.uscc!)
  await expect(form.root.getByText(`本机已登记该当事人：${orgCase.party.name}`)).toBeVisible()
  await expect(form.earlierCases).toContainText(orgCase.cause)
  await expect(form.earlierCases).toContainText('近两年内有 1 件案件')
  await form.root.getByRole('button', { name: '填入已登记信息' }).click()
  await expect(form.field('单位名称')).toHaveValue(orgCase.party.name)
  await expect(form.field('法定代表人')).toHaveValue('陈建国')
  await form.field('联系电话').fill('13600002222')
  await form.field('案由').fill(orgCase.cause)
  await expect(form.earlierCases).toContainText('其中 1 件案由相同')
  await form.pickOfficers(['张伟', '李娜'])
  await shot(page, 'l06-new-case-reuse')
  await form.save()

  // Asked before the party record changes; "不更新" keeps it and the case still saves.
  const ask = page.getByRole('dialog', { name: '更新当事人档案？' })
  await expect(ask).toContainText('联系电话：027-84851111 → 13600002222')
  await ask.getByRole('button', { name: '不更新' }).click()
  await expect(page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/)

  const list = new CasesListPage(page)
  await list.open()
  await list.searchText(orgCase.party.uscc!)
  await list.expectTotal(2)

  // A third case: the stored phone is still the old one (nothing overwritten silently).
  await form.open()
  await form.field('统一社会信用代码').fill(orgCase.party.uscc!)
  await form.root.getByRole('button', { name: '填入已登记信息' }).click()
  await expect(form.field('联系电话')).toHaveValue('027-84851111')
  await expect(form.earlierCases).toContainText('近两年内有 2 件案件')
})
