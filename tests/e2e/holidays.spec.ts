/**
 * 设置 → 节假日: a malformed year file is refused in Chinese (nothing imported); entering the first
 * year the calendar does not know (e.g. 2027, its 元旦 a holiday) moves a case deadline that ends on
 * that day, without a reload, and removes the case page's "not entered" warning, whose link leads
 * here. The year and dates are computed from the years the page lists and today's date.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { foodShop, office, scenarioOfficers } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { CasePage, createCaseFromUi } from '../pages/case-page'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

/** A build with the officer chooser asks once after set-up who is at the keyboard. */
async function chooseOfficerIfAsked(page: Page): Promise<void> {
  // The app fixture answers the chooser with the first officer (tests/e2e/support/fixtures.ts);
  // clicking it here as well raced that handler (a click on a closing dialog). Wait for it only.
  await expect(page.getByRole('dialog', { name: '选择当前执法人员' })).toBeHidden()
}

/** Today in Asia/Shanghai ('YYYY-MM-DD'). */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/** `date` moved by `days` ('YYYY-MM-DD'). */
function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())

/** The first Monday–Friday on or after `date`. */
function weekdayFrom(date: string): string {
  let d = date
  while (weekend(d)) d = shift(d, 1)
  return d
}

const chinese = (date: string) => {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

test('a malformed year is refused in Chinese; adding the next year moves a deadline over its holiday', async ({
  app,
}) => {
  const page = await app.open()
  await new SetupWizard(page).complete(office, scenarioOfficers)
  await chooseOfficerIfAsked(page)
  const shell = new AppShell(page)
  await shell.goTo('节假日')

  const table = page.getByTestId('holiday-years')
  // Newest year first: the first uncovered year is the one after it.
  const latest = Number(
    (await table.locator('tbody tr').first().locator('td').first().innerText()).trim(),
  )
  expect(latest).toBeGreaterThanOrEqual(2026)
  const year = latest + 1
  const holiday = weekdayFrom(`${year}-01-01`)
  const today = shanghaiToday()
  expect(holiday > today, `the test needs ${holiday} to be after today (${today})`).toBe(true)
  const years = await table.locator('tbody tr').count()

  // A malformed file: the year as text, a date that does not exist, no source → every problem
  // is named in Chinese and nothing is imported.
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '从文件导入' }).click()
  await (
    await chooser
  ).setFiles({
    name: `${year}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        year: String(year),
        holidays: [{ date: `${year}-02-30`, name: '春节' }],
        makeUpWorkdays: [],
      }),
    ),
  })
  const importError = page.getByTestId('holiday-import-error')
  await expect(importError).toContainText(`文件“${year}.json”有误，未导入任何内容`)
  await expect(importError).toContainText('年份（year）：应为数字')
  await expect(importError).toContainText('缺少依据（source）')
  await expect(importError).toContainText(
    '放假日期列表（holidays） 第 1 项的日期（date）：日期应为 YYYY-MM-DD 格式的真实日期',
  )
  await expect(table.locator('tbody tr')).toHaveCount(years)
  await shot(page, 'holidays-01-import-error')

  // A case with a 责令改正 whose 改正期限 is that weekday: with no data for the year it is a
  // working day and the deadline ends on it.
  const cp = await createCaseFromUi(page, {
    ...foodShop,
    source: '监督检查',
    sourceDate: today,
    cause: '涉嫌未建立食品进货查验记录制度案',
  })
  const d = await cp.start('责令改正通知书送达', today)
  await d.text('违法事实', '未建立食品进货查验记录制度')
  await d.text('责令改正依据', '《中华人民共和国食品安全法》第一百二十六条')
  await d.text('改正要求', '建立并执行进货查验记录制度')
  await d.date('改正期限', holiday)
  await d.saveOk()
  const correction = cp.deadlines.locator('li', { hasText: '责令改正期限' })
  await expect(correction).toContainText(`截止 ${chinese(holiday)}`)
  const warning = page.locator('.deadlines__warning', { hasText: `${year}年节假日安排尚未录入` })
  await expect(warning).toBeVisible()
  const caseUrl = page.url()
  await shot(page, 'holidays-00-case-warning')

  // The warning's link opens 设置 → 节假日; the year is entered there.
  await warning.getByRole('link', { name: '设置—节假日' }).click()
  await expect(shell.breadcrumb).toContainText('节假日')
  await page.getByRole('button', { name: '录入年度安排' }).click()
  const dialog = page.getByRole('dialog', { name: '录入年度节假日安排' })
  await expect(dialog).toBeVisible()
  const field = (label: string) =>
    dialog.locator('.el-form-item').filter({
      has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }),
    })
  await expect(field('年份').locator('input')).toHaveValue(String(year))
  // Saving without the notice number is refused, per field, in Chinese.
  await field('放假日期').locator('textarea').fill(`元旦 ${holiday}`)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(field('依据（国务院办公厅通知文号）')).toContainText('请填写依据')
  await field('依据（国务院办公厅通知文号）').locator('input').fill(`国办发明电〔${latest}〕7号`)
  await shot(page, 'holidays-02-add-dialog')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  const row = table.locator('tbody tr').first()
  await expect(row).toContainText(String(year))
  await expect(row).toContainText('本机关录入')
  await expect(table.locator('tbody tr')).toHaveCount(years + 1)
  await expect(row).toContainText(`国办发明电〔${latest}〕7号`)
  await shot(page, 'holidays-03-page')

  // Back on the case (no reload): the day is a holiday now, so the deadline moves to the next
  // working day, and the warning for that year is gone.
  await page.goBack()
  await expect(page).toHaveURL(caseUrl)
  const moved = weekdayFrom(shift(holiday, 1))
  await expect(
    new CasePage(page).deadlines.locator('li', { hasText: '责令改正期限' }),
  ).toContainText(`截止 ${chinese(moved)}`)
  await expect(warning).toHaveCount(0)

  // After a reload the office's year is read back into the calendar at start-up.
  await app.reload()
  await expect(correction).toContainText(`截止 ${chinese(moved)}`)
})
