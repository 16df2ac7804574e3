/** 设置 → 机关档案: the profile form and the contact version history. */
import type { Locator, Page } from '@playwright/test'
import { OfficeProfileForm } from './settings-forms'

export class OfficeProfilePage {
  readonly form: OfficeProfileForm
  readonly history: Locator
  constructor(readonly page: Page) {
    this.form = new OfficeProfileForm(page)
    this.history = page.locator('.el-card').filter({ hasText: '联系方式版本记录' })
  }

  /** Version rows (those with an effective date; the header row has none), newest first. */
  historyRows(): Locator {
    return this.history.getByRole('row').filter({ hasText: /\d{4}-\d{2}-\d{2}/ })
  }
}
