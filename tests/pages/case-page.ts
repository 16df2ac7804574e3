/**
 * The case page (/cases/:id) and its act dialog, plus the new-case form used to reach it.
 * Fields are found by their labels, buttons by role and name — as an officer would find them.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** One act dialog (录入：<act label>). */
export class ActDialog {
  readonly root: Locator
  constructor(
    readonly page: Page,
    readonly actLabel: string,
    /** Another form to drive with the same helpers (new case, 免罚清单 item). */
    root?: Locator,
  ) {
    this.root = root ?? page.getByRole('dialog', { name: `录入：${actLabel}` })
  }

  /**
   * The form item whose label is exactly `label` (inside `within`, e.g. a penalty group). Row
   * editors nest form items, so the innermost (last) match is the field itself.
   */
  item(label: string, within: Locator = this.root): Locator {
    const exact = new RegExp(`^\\s*${label.replace(/[()（）[\]]/g, '\\$&')}\\s*$`)
    return within
      .locator('.el-form-item')
      .filter({ has: this.page.locator('.el-form-item__label', { hasText: exact }) })
      .last()
  }

  /** A nested group (处罚内容, 从轻、减轻处罚). */
  group(label: string): Locator {
    return this.root.getByRole('group', { name: label, exact: true })
  }

  async text(label: string, value: string, within?: Locator): Promise<void> {
    await this.item(label, within).locator('input, textarea').first().fill(value)
  }

  async date(label: string, value: string, within?: Locator): Promise<void> {
    const input = this.item(label, within).locator('input').first()
    await input.fill(value)
    await input.press('Tab')
    await expect(input).toHaveValue(value)
  }

  async select(label: string, option: string, within?: Locator): Promise<void> {
    await this.item(label, within).locator('.el-select__wrapper').click()
    await this.page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: option })
      .first()
      .click()
    await expect(this.item(label, within).locator('.el-select__wrapper')).toContainText(
      option.slice(0, 8),
    )
  }

  /** Pick one officer from the register (审核人员, 批准的负责人): a list, never typed. */
  async pick(label: string, name: string): Promise<void> {
    await this.item(label).locator('.el-select__wrapper').click()
    await this.page
      .locator('.el-select-dropdown__item:visible')
      .filter({ hasText: name })
      .first()
      .click()
    await expect(this.item(label).locator('.el-select__wrapper')).toContainText(name)
  }

  /** The names a register picker offers (opens and closes its list). */
  async pickOptions(label: string): Promise<string[]> {
    const wrapper = this.item(label).locator('.el-select__wrapper')
    await wrapper.click()
    const items = this.page.locator('.el-select-dropdown__item:visible')
    await expect(items.first()).toBeVisible()
    const names = await items.evaluateAll((els) =>
      els.map((el) => el.querySelector('span')?.textContent?.trim() ?? ''),
    )
    await wrapper.click()
    return names
  }

  /** Tick officers of the register (集体讨论参加人) by name. */
  async pickMany(label: string, names: string[]): Promise<void> {
    for (const n of names) await this.check(n, this.item(label))
  }

  /** Tick a checkbox (boolean fields, multiselect options, officers) by its text. */
  async check(text: string, within: Locator = this.root): Promise<void> {
    const box = within.locator('.el-checkbox').filter({ hasText: text }).first()
    if (!(await box.evaluate((el) => el.classList.contains('is-checked')))) await box.click()
    await expect(box).toHaveClass(/is-checked/)
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: '保存', exact: true }).click()
  }

  /** Save and wait until the dialog closes (the act was recorded). */
  async saveOk(): Promise<void> {
    await this.save()
    await expect(this.root).toBeHidden()
  }

  error(message: string | RegExp): Locator {
    return this.root.getByText(message)
  }
}

export class CasePage {
  readonly header: Locator
  readonly nextSteps: Locator
  readonly blockedButtons: Locator
  readonly timeline: Locator
  readonly deadlines: Locator
  constructor(readonly page: Page) {
    this.header = page.locator('.case-header')
    this.nextSteps = page.getByRole('group', { name: '可办理事项' })
    this.blockedButtons = page.getByRole('group', { name: '暂不可办理事项' })
    this.timeline = page.locator('.acts')
    this.deadlines = page.getByRole('list', { name: '期限' })
  }

  async expectStage(label: string): Promise<void> {
    await expect(this.page.getByTestId('stage-tag')).toHaveText(label)
  }

  /** Judge the next steps as of an earlier day (补录), as an officer entering past acts does. */
  async judgeAsOf(date: string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: '按日期判断' })
    await input.fill(date)
    await input.press('Tab')
    await expect(input).toHaveValue(date)
  }

  /** Open the dialog of an allowed act from 下一步 (as of `dateOn` when given). */
  async start(actLabel: string, dateOn?: string): Promise<ActDialog> {
    if (dateOn) await this.judgeAsOf(dateOn)
    await this.nextSteps.getByRole('button', { name: actLabel, exact: true }).click()
    const dialog = new ActDialog(this.page, actLabel)
    await expect(dialog.root).toBeVisible()
    if (dateOn) await expect(dialog.item('办理日期').locator('input')).toHaveValue(dateOn)
    return dialog
  }

  /** The act appears in the timeline (newest first). */
  async expectLatestAct(actLabel: string): Promise<void> {
    await expect(this.timeline.locator('.acts__label').first()).toHaveText(actLabel)
  }

  /** Open the 暂不可办理 list and return the reason text shown for an act. */
  async blockedReason(actLabel: string): Promise<Locator> {
    const title = this.page.getByRole('button', { name: /暂不可办理（\d+项）及原因/ })
    if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click()
    return this.page
      .locator('.next-steps__reasons dt', { hasText: new RegExp(`^${actLabel}$`) })
      .locator('xpath=following-sibling::dd[1]')
  }

  async tab(name: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }
}

/** Fills the 约谈通知送达 dialog used by the scenarios (interview on 2026-09-08); not saved. */
export async function fillInterviewNotice(d: ActDialog): Promise<void> {
  await d.date('约谈日期', '2026-09-08')
  await d.text('约谈地点', '汉阳区市场监管局三楼会议室')
  await d.text('被约谈人职务', '法定代表人')
  await d.text('约谈事由', '未建立食品进货查验记录制度')
  await d.text('约谈依据', '《中华人民共和国食品安全法》第一百一十四条')
}

export interface NewCaseData {
  source: string
  sourceDate: string
  name: string
  uscc: string
  legalRepresentative: string
  phone: string
  address: string
  cause: string
  /** Officer names to assign (≥2). */
  officers: string[]
}

/** 新建案件 (organisation party): fills the form and opens the new case page. */
export async function createCaseFromUi(page: Page, data: NewCaseData): Promise<CasePage> {
  await page.getByRole('menuitem', { name: '案件', exact: true }).click()
  await expect(page.getByLabel('当前位置')).toContainText('案件')
  const form = page.getByRole('form', { name: '新建案件' })
  // A click that lands while the list page is still swapping in is lost under load: click again,
  // only while the form has not opened.
  await expect(async () => {
    if (!(await form.isVisible()))
      await page.getByRole('button', { name: '新建案件' }).first().click()
    await expect(form).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 20_000 })
  const d = new ActDialog(page, '', form)
  await d.select('案件来源', data.source, form)
  await d.date('来源日期', data.sourceDate, form)
  await d.text('单位名称', data.name, form)
  await d.text('统一社会信用代码', data.uscc, form)
  await d.text('法定代表人', data.legalRepresentative, form)
  await d.text('联系电话', data.phone, form)
  await d.text('住所', data.address, form)
  await d.text('案由', data.cause, form)
  await d.item('办案人员', form).locator('.el-select__wrapper').click()
  for (const name of data.officers) {
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
