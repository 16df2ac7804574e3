/** 设置 → 数据安全: backup, restore with summary, audit check. */
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export class DataSafetyPage {
  readonly summary: Locator
  readonly lastBackup: Locator
  constructor(readonly page: Page) {
    this.summary = page.getByTestId('restore-summary')
    this.lastBackup = page.getByTestId('last-backup')
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '数据安全', exact: true }).click()
    await expect(this.page.getByLabel('当前位置')).toContainText('数据安全')
  }

  /** Click 立即备份 and wait for the download (browser host). */
  async backupNow(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '立即备份' }).click()
    return download
  }

  /** Pick a backup file and wait for the checked summary (nothing written yet). */
  async check(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '选择备份文件并检查…' }).click()
    await (await chooser).setFiles(file)
  }

  /** Confirm the restore (the pre-restore backup download is turned off when `backupFirst` is false). */
  async restore(backupFirst: boolean): Promise<void> {
    const box = this.summary.getByRole('checkbox', { name: '恢复前先备份本机当前数据（推荐）' })
    if (!backupFirst) {
      // Element Plus hides the native input; click the label, then check the state.
      await this.summary.getByText('恢复前先备份本机当前数据（推荐）').click()
      await expect(box).not.toBeChecked()
    }
    await this.summary.getByRole('button', { name: '用此备份替换本机数据' }).click()
    await this.page.getByRole('button', { name: '确定恢复' }).click()
  }
}
