/**
 * The 文书 tab of the case page: issuing a due document (answering only what no act holds) and
 * the 导出案卷 dialog. Rows, fields and buttons are found by their visible text, as an officer
 * would find them.
 */
import { readFileSync } from 'node:fs'
import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** What the 导出案卷 dialog asks for. */
export interface CaseFileFormData {
  volume?: '正卷' | '副卷'
  retention?: '永久' | '定期30年' | '定期10年'
  archiveNumber?: string
  compiler: string
  checker: string
  notes?: string
}

export class CaseDocumentsTab {
  readonly root: Locator
  readonly due: Locator
  readonly issued: Locator
  readonly caseFileDialog: Locator
  constructor(readonly page: Page) {
    this.root = page.getByTestId('case-documents')
    this.due = page.getByTestId('due-documents')
    this.issued = page.getByTestId('issued-documents')
    this.caseFileDialog = page.getByRole('dialog', { name: '导出案卷' })
  }

  /** The due row of a document (by its title). */
  dueRow(title: string): Locator {
    // Matched on the 文书 cell alone: a 送达回证 row names its notice in the 来源环节 column.
    const exact = new RegExp(`^\\s*${title.replace(/[()（）[\]]/g, '\\$&')}\\s*$`)
    return this.due
      .locator('tbody tr')
      .filter({ has: this.page.locator('td:first-child', { hasText: exact }) })
  }

  /**
   * Issues a due document. `answers` holds the fields the issue dialog asks for (label → value;
   * times are picked from the list). A field asked for but not answered fails the test by name.
   * Returns the 文号 shown in the issued document's preview title ('' when it has none).
   * `onPreview` runs while the issued document's preview is open (e.g. to save the PDF).
   */
  async issue(
    title: string,
    answers: Record<string, string> = {},
    onPreview?: (preview: Locator) => Promise<void>,
  ): Promise<string> {
    const row = this.dueRow(title)
    await expect(row).toContainText('未出具')
    await row.getByRole('button', { name: '预览 / 出具' }).click()
    const dialog = this.page.getByRole('dialog', { name: `出具${title}` })
    await expect(dialog).toBeVisible()
    const items = dialog.locator('[data-testid="issue-form"] .el-form-item')
    const count = await items.count()
    for (let i = 0; i < count; i++) {
      const item = items.nth(i)
      const label = (await item.locator('.el-form-item__label').innerText()).trim()
      const value = answers[label]
      if (value === undefined) throw new Error(`${title}：出具时要求填写“${label}”，测试未提供`)
      if (await item.locator('.el-select__wrapper').count()) {
        // One list at a time: the previous list fades out while the next one opens.
        await expect(this.page.locator('.el-select-dropdown:visible')).toHaveCount(0)
        await item.locator('.el-select__wrapper').click()
        await this.page.locator('.el-select-dropdown__item:visible', { hasText: value }).click()
        await expect(item.locator('.el-select__wrapper')).toContainText(value)
      } else {
        const input = item.locator('input, textarea').first()
        await input.fill(value)
        await input.press('Tab')
      }
    }
    await dialog.getByRole('button', { name: '出具', exact: true }).click()
    const preview = this.page.getByRole('dialog', { name: new RegExp(`^${title}( |$)`) })
    await expect(preview).toBeVisible({ timeout: 90_000 })
    const heading = (await preview.locator('.el-dialog__title').innerText()).trim()
    if (onPreview) await onPreview(preview)
    await preview.locator('.el-dialog__headerbtn').click()
    await expect(preview).toBeHidden()
    await expect(row).toContainText('已出具')
    return heading.slice(title.length).trim()
  }

  /** Opens 导出案卷 and fills its form (does not generate). */
  async openCaseFile(form: CaseFileFormData): Promise<Locator> {
    await this.root.getByRole('button', { name: '导出案卷' }).click()
    const d = this.caseFileDialog
    await expect(d).toBeVisible()
    const field = (label: string) =>
      d.locator('.el-form-item', {
        has: this.page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }),
      })
    if (form.volume)
      await field('卷别').getByRole('radio', { name: form.volume }).check({ force: true })
    if (form.retention) {
      await field('保管期限').locator('.el-select__wrapper').click()
      await this.page
        .locator('.el-select-dropdown__item:visible', {
          hasText: new RegExp(`^${form.retention}$`),
        })
        .click()
    }
    if (form.archiveNumber) await field('档号').locator('input').fill(form.archiveNumber)
    await field('立卷人').locator('input').fill(form.compiler)
    await field('检查人').locator('input').fill(form.checker)
    if (form.notes) await field('备考说明').locator('textarea').fill(form.notes)
    return d
  }

  /** 生成案卷 in the open dialog. */
  async generate(): Promise<void> {
    await this.caseFileDialog.getByRole('button', { name: '生成案卷' }).click()
  }

  /** Generates the case file, waits for its preview and saves it: the download. */
  async exportCaseFile(caseNo: string, volume: '正卷' | '副卷' = '正卷'): Promise<Download> {
    await this.generate()
    const preview = this.page.getByRole('dialog', { name: `${caseNo}案卷（${volume}）` })
    await expect(preview).toBeVisible({ timeout: 120_000 })
    await expect(this.caseFileDialog).toBeHidden()
    await expect(preview.getByTestId('pdf-preview-frame')).toHaveAttribute('src', /^blob:/)
    const download = this.page.waitForEvent('download')
    await preview.getByRole('button', { name: '另存为 PDF' }).click()
    const file = await download
    await preview.locator('.el-dialog__headerbtn').click()
    await expect(preview).toBeHidden()
    return file
  }
}

/** Saves the PDF shown in an open preview (另存为 PDF) and returns its bytes. */
export async function savePreviewPdf(page: Page, preview: Locator): Promise<Buffer> {
  const download = page.waitForEvent('download')
  await preview.getByRole('button', { name: '另存为 PDF' }).click()
  const file = await download
  const path = await file.path()
  return readFileSync(path)
}
