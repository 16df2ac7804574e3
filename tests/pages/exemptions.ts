/** 设置 → 免罚清单 (/settings/exemptions): list, item dialog, import. */
import { expect, type Locator, type Page } from '@playwright/test'

export class ExemptionsPage {
  readonly table: Locator
  constructor(readonly page: Page) {
    this.table = page.getByLabel('免罚清单事项', { exact: true })
  }

  async open(): Promise<void> {
    await this.page.goto(`${new URL(this.page.url()).origin}/#/settings/exemptions`)
    await expect(this.page.getByRole('button', { name: '从文件导入' }).first()).toBeVisible()
  }

  rows(): Locator {
    return this.table.locator('.el-table__body tr.el-table__row')
  }

  /** Import a file through the browser host's file input. */
  async importFile(path: string): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '从文件导入' }).first().click()
    await (await chooser).setFiles(path)
    const dialog = this.page.getByRole('dialog', { name: '导入免罚清单' })
    await expect(dialog).toBeVisible()
    return dialog
  }
}
