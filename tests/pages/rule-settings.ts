/** 设置 → 期限与裁量: the deadline-rule table and the settings form. */
import { expect, type Locator, type Page } from '@playwright/test'

export class RuleSettingsPage {
  readonly form: Locator
  readonly rules: Locator
  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: '期限与裁量' })
    this.rules = this.form.getByRole('table').filter({ hasText: '依据' })
  }

  /** A field by its label (or the aria-label of a field inside the rule table). */
  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true })
  }

  /** The row of the rule named `name` (e.g. 执法回访). */
  rule(name: string): Locator {
    return this.form.getByRole('row').filter({ hasText: name })
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: '保存', exact: true }).click()
  }

  async restoreDefaults(): Promise<void> {
    await this.form.getByRole('button', { name: '恢复默认值', exact: true }).click()
  }

  error(message: string | RegExp): Locator {
    return this.form.getByText(message)
  }

  async expectLoaded(): Promise<void> {
    await expect(this.form).toBeVisible()
  }
}
