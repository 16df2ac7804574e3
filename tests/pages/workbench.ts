/** 工作台 (/workbench): the officer choice, counts and cards. */
import { expect, type Locator, type Page } from '@playwright/test'

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/workbench`)
    await expect(this.page.getByLabel('当前位置')).toContainText('工作台')
  }

  async chooseMe(name: string): Promise<void> {
    await this.page
      .getByRole('form', { name: '我是' })
      .getByLabel('我是', { exact: true })
      .click({ force: true })
    await this.page.getByRole('option', { name, exact: true }).click()
  }

  /** A count card (a button named "<title> <count>"). */
  stat(title: '逾期期限' | '即将到期' | '待回访' | '待审核'): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${title} \\d+$`) })
  }
}
