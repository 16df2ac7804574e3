/** 新建案件 (/cases/new): the form, by labels. */
import { expect, type Locator, type Page } from '@playwright/test'

export interface PartyData {
  kind: '单位' | '个体工商户' | '自然人'
  name: string
  /** 单位 / 个体工商户 */
  uscc?: string
  /** 单位 */
  legalRepresentative?: string
  /** 个体工商户 */
  operatorName?: string
  operatorIdNo?: string
  /** 自然人 */
  idNo?: string
  phone?: string
  address: string
}

export interface NewCaseData {
  source: string
  sourceDate?: string
  party: PartyData
  cause: string
  /** Officer names to pick (≥2 for a valid case). */
  officers: string[]
}

export class NewCasePage {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('form', { name: '新建案件' })
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/cases/new`)
    await expect(this.root).toBeVisible()
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true })
  }

  async select(label: string, option: string): Promise<void> {
    await this.field(label).click({ force: true })
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async fillParty(p: PartyData): Promise<void> {
    await this.root
      .getByRole('radiogroup', { name: '当事人类型' })
      .getByText(p.kind, { exact: true })
      .click()
    const nameLabel = p.kind === '单位' ? '单位名称' : p.kind === '个体工商户' ? '字号名称' : '姓名'
    await this.field(nameLabel).fill(p.name)
    if (p.uscc !== undefined) await this.field('统一社会信用代码').fill(p.uscc)
    if (p.legalRepresentative !== undefined)
      await this.field('法定代表人').fill(p.legalRepresentative)
    if (p.operatorName !== undefined) await this.field('经营者姓名').fill(p.operatorName)
    if (p.operatorIdNo !== undefined) await this.field('经营者身份证号').fill(p.operatorIdNo)
    if (p.idNo !== undefined) await this.field('证件号码').fill(p.idNo)
    if (p.phone !== undefined) await this.field('联系电话').fill(p.phone)
    await this.field(p.kind === '自然人' ? '住址' : '住所').fill(p.address)
  }

  async fill(d: NewCaseData): Promise<void> {
    await this.select('案件来源', d.source)
    if (d.sourceDate) {
      await this.field('来源日期').fill(d.sourceDate)
      await this.field('来源日期').press('Tab')
    }
    await this.fillParty(d.party)
    await this.field('案由').fill(d.cause)
    await this.pickOfficers(d.officers)
  }

  /**
   * Choose 办案人员 in the multi-select and wait until every choice shows as a tag, so a
   * click that landed while the drop-down was still moving fails here and not at 保存.
   */
  async pickOfficers(names: readonly string[]): Promise<void> {
    const item = this.root.locator('.el-form-item', {
      has: this.page.getByLabel('办案人员', { exact: true }),
    })
    for (const name of names) {
      const option = this.page.getByRole('option', { name: new RegExp(`^${name}（`) })
      if (!(await option.isVisible())) await this.field('办案人员').click({ force: true })
      await option.click()
      await expect(item.locator('.el-select__tags-text', { hasText: name })).toBeVisible()
    }
    // A click that hit a neighbouring option would have toggled an earlier choice off.
    for (const name of names)
      await expect(item.locator('.el-select__tags-text', { hasText: name })).toBeVisible()
    await this.field('案由').click() // close the officer drop-down
    await expect(this.page.getByRole('option', { name: new RegExp(`^${names[0]}（`) })).toBeHidden()
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: '保存并打开案件' }).click()
  }

  /** Fill, save and wait for the case page; returns the new case id. */
  async create(d: NewCaseData): Promise<string> {
    await this.fill(d)
    await this.save()
    await expect(this.page).toHaveURL(/#\/cases\/[0-9a-f-]{36}$/)
    return this.page.url().split('/').at(-1) as string
  }

  error(message: string | RegExp): Locator {
    return this.root.getByText(message)
  }

  get earlierCases(): Locator {
    return this.page.getByRole('region', { name: '当事人既往案件' })
  }
}
