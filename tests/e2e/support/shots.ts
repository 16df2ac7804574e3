import type { Page } from '@playwright/test'

/** Save a review screenshot when CASEDESK_SHOTS_DIR is set (not an assertion). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.CASEDESK_SHOTS_DIR
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}
