/**
 * Component objects for the settings forms, used by the setup wizard and the settings pages.
 * Fields are found by their labels, buttons and dialogs by role and name.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export interface OfficeData {
  fullName: string
  docCode: string
  reviewAuthority: string
  court: string
  contactPerson: string
  contactPhone: string
  address: string
  postalCode: string
  complaintHotline?: string
  effectiveFrom?: string
  bank?: string
  accountName?: string
  accountNumber?: string
  epayNote?: string
}

export interface OfficerData {
  name: string
  certificateNo: string
  unit: string
  mobile: string
  /** Chinese role labels to tick; 办案人员 is ticked by default. */
  roles?: string[]
}

const officeLabels: [keyof OfficeData, string][] = [
  ['fullName', '机关全称'],
  ['docCode', '文号机关代字'],
  ['reviewAuthority', '复议机关'],
  ['court', '管辖法院'],
  ['contactPerson', '联系人'],
  ['contactPhone', '联系电话'],
  ['address', '联系地址'],
  ['postalCode', '邮编'],
  ['complaintHotline', '投诉举报电话'],
  ['bank', '开户银行'],
  ['accountName', '户名'],
  ['accountNumber', '账号'],
  ['epayNote', '电子缴款说明'],
]

export class OfficeProfileForm {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByRole('form', { name: '机关档案' })
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true })
  }

  /** Fill the given fields (others keep their value). */
  async fill(data: Partial<OfficeData>): Promise<void> {
    for (const [key, label] of officeLabels) {
      const value = data[key]
      if (value !== undefined) await this.field(label).fill(value)
    }
    if (data.effectiveFrom !== undefined) await this.setEffectiveFrom(data.effectiveFrom)
  }

  async setEffectiveFrom(date: string): Promise<void> {
    const input = this.field('生效日期')
    await input.fill(date)
    await input.press('Tab')
    await expect(input).toHaveValue(date)
  }

  async save(buttonName = '保存'): Promise<void> {
    await this.root.getByRole('button', { name: buttonName, exact: true }).click()
  }

  /** The inline error shown for a field (by its message text). */
  error(message: string | RegExp): Locator {
    return this.root.getByText(message)
  }
}

export class OfficerDialog {
  readonly root: Locator
  constructor(
    readonly page: Page,
    title: '新增执法人员' | '编辑执法人员' = '新增执法人员',
  ) {
    this.root = page.getByRole('dialog', { name: title })
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true })
  }

  async fill(data: Partial<OfficerData>): Promise<void> {
    if (data.name !== undefined) await this.field('姓名').fill(data.name)
    if (data.certificateNo !== undefined) await this.field('执法证号').fill(data.certificateNo)
    if (data.unit !== undefined) await this.field('所属单位').fill(data.unit)
    if (data.mobile !== undefined) await this.field('手机号码').fill(data.mobile)
    for (const role of data.roles ?? []) {
      if (role === '办案人员') continue
      await this.root.getByRole('group', { name: '角色' }).getByText(role, { exact: true }).click()
    }
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: '保存', exact: true }).click()
  }

  error(message: string | RegExp): Locator {
    return this.root.getByText(message)
  }
}
