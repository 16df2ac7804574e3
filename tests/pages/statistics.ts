import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** The 统计 page. */
export class StatisticsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('#/statistics')
    await this.ready()
  }

  /** Wait until the figures of the chosen period are shown (or its empty state). */
  async ready(): Promise<void> {
    await expect(this.page.locator('[data-stat-state="ready"]')).toBeVisible({ timeout: 60_000 })
  }

  /** The first button of a figure (headline card or group row). */
  figure(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"]`).first()
  }

  async count(key: string): Promise<number> {
    return Number(await this.figure(key).locator('[data-count]').textContent())
  }

  /** Click a figure; the case list below shows its cases. */
  async pick(key: string): Promise<void> {
    await this.figure(key).click()
  }

  selectedTitle(): Locator {
    return this.page.locator('[data-selected-count]')
  }

  caseRows(): Locator {
    return this.page
      .getByRole('region', { name: '所统计的案件' })
      .locator('.el-table__body-wrapper tbody tr')
  }

  async exportXlsx(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '导出年度执法统计表（.xlsx）' }).click()
    return download
  }
}
