/** The main layout: menu, breadcrumb, About dialog. */
import { expect, type Locator, type Page } from '@playwright/test'

export class AppShell {
  readonly menu: Locator
  readonly breadcrumb: Locator
  constructor(readonly page: Page) {
    this.menu = page.getByRole('menubar', { name: '主导航' })
    this.breadcrumb = page.getByLabel('当前位置')
  }

  /** Open a page from the left menu (sub-menus start expanded). */
  async goTo(item: '机关档案' | '执法人员'): Promise<void> {
    await this.page.getByRole('menuitem', { name: item, exact: true }).click()
    await expect(this.breadcrumb).toContainText(item)
  }

  async openAbout(): Promise<Locator> {
    await this.page.getByRole('button', { name: '关于' }).click()
    const dialog = this.page.getByRole('dialog', { name: '关于' })
    await expect(dialog).toBeVisible()
    return dialog
  }
}
