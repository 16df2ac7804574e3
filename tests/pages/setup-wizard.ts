/** The first-run guided setup (机关档案 → 执法人员 → 完成). */
import { expect, type Page } from '@playwright/test'
import { OfficersPanel } from './officers-panel'
import { OfficeProfileForm, type OfficeData, type OfficerData } from './settings-forms'

export class SetupWizard {
  readonly profile: OfficeProfileForm
  readonly officers: OfficersPanel
  constructor(readonly page: Page) {
    this.profile = new OfficeProfileForm(page)
    this.officers = new OfficersPanel(page)
  }

  async expectStep(name: '第一步：机关档案' | '第二步：执法人员' | '第三步：完成'): Promise<void> {
    await expect(this.page.getByRole('region', { name })).toBeVisible()
  }

  async saveProfile(data: OfficeData): Promise<void> {
    await this.expectStep('第一步：机关档案')
    await this.profile.fill(data)
    await this.profile.save('保存并继续')
    await this.expectStep('第二步：执法人员')
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click()
  }

  async finish(): Promise<void> {
    await this.expectStep('第三步：完成')
    await this.page.getByRole('button', { name: '进入系统' }).click()
  }

  /** The whole setup with the given data; ends on the main layout. */
  async complete(office: OfficeData, officers: OfficerData[]): Promise<void> {
    await this.saveProfile(office)
    for (const o of officers) await this.officers.add(o)
    await this.next()
    await this.finish()
    await expect(this.page.getByLabel('当前位置')).toBeVisible()
  }
}
