/** The main layout: menu, breadcrumb, About dialog. */
import { expect, type Locator, type Page } from '@playwright/test'

/** The menu as a user sees it: top-level entries (统计 and 设置 are groups), in order. */
export const MENU_TOP = ['工作台', '案件', '回访', '文书', '统计', '设置'] as const
/** 统计's pages, in order. */
export const MENU_STATISTICS = ['统计分析', '信用公示', '典型案例'] as const
export const MENU_SETTINGS = [
  '机关档案',
  '执法人员',
  '免罚清单',
  '期限与裁量',
  '节假日',
  '违法行为库',
  // Listed where the app can reach the office server: the e2e web server offers its sync proxy.
  '同步',
  '数据安全',
  '演示数据',
] as const
export type MenuLeaf =
  | Exclude<(typeof MENU_TOP)[number], '统计' | '设置'>
  | (typeof MENU_STATISTICS)[number]
  | (typeof MENU_SETTINGS)[number]

export class AppShell {
  readonly menu: Locator
  readonly breadcrumb: Locator
  constructor(readonly page: Page) {
    this.menu = page.getByRole('menubar', { name: '主导航' })
    this.breadcrumb = page.getByLabel('当前位置')
  }

  /** Open a page from the left menu (sub-menus start expanded). */
  async goTo(item: MenuLeaf): Promise<void> {
    await this.page.getByRole('menuitem', { name: item, exact: true }).click()
    await expect(this.breadcrumb).toContainText(item)
  }

  /** The menu holds exactly the working pages, 统计 and 设置 expanded with their pages in order. */
  async expectMenu(): Promise<void> {
    const items = this.menu.getByRole('menuitem')
    await expect(items).toHaveCount(MENU_TOP.length + MENU_STATISTICS.length + MENU_SETTINGS.length)
    await expect(items).toHaveText([
      ...MENU_TOP.slice(0, -2),
      /统计/,
      ...MENU_STATISTICS,
      /设置/,
      ...MENU_SETTINGS,
    ])
  }

  async openAbout(): Promise<Locator> {
    await this.page.getByRole('button', { name: '关于' }).click()
    const dialog = this.page.getByRole('dialog', { name: '关于' })
    await expect(dialog).toBeVisible()
    return dialog
  }
}
