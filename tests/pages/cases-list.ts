/** 案件 list (/cases): search form, table, pagination, export. */
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export class CasesListPage {
  readonly search: Locator
  readonly table: Locator
  constructor(readonly page: Page) {
    this.search = page.getByRole('form', { name: '查找案件' })
    this.table = page.getByLabel('案件列表', { exact: true })
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/cases`)
    await expect(this.search).toBeVisible()
  }

  /** Body rows that hold a case (with a case number link). */
  rows(): Locator {
    return this.table.locator('.el-table__body tr.el-table__row')
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text })
  }

  async searchText(text: string): Promise<void> {
    const input = this.search.getByLabel('关键字', { exact: true })
    await input.fill(text)
    await input.press('Enter')
  }

  async choose(
    label: '阶段' | '办案人员' | '案件来源' | '期限状态',
    option: string,
  ): Promise<void> {
    await this.search.getByLabel(label, { exact: true }).click({ force: true })
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async reset(): Promise<void> {
    await this.search.getByRole('button', { name: '重置' }).click()
  }

  total(): Locator {
    return this.page.getByText(/^共 \d+ 件$/)
  }

  async expectTotal(n: number): Promise<void> {
    await expect(this.total()).toHaveText(`共 ${n} 件`)
  }

  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '导出 Excel' }).click()
    return download
  }
}
