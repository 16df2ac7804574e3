import type { Page } from '@playwright/test'

/**
 * Save a review screenshot when CASEDESK_SHOTS_DIR is set (not an assertion). The layout scrolls
 * inside <main>, so the viewport is stretched to the content for the shot and then restored.
 */
export async function shot(
  page: Page,
  name: string,
  size?: { width: number; height: number },
): Promise<void> {
  const dir = process.env.CASEDESK_SHOTS_DIR
  if (!dir) return
  const original = page.viewportSize() ?? { width: 1366, height: 768 }
  const viewport = size ?? original
  if (size) await page.setViewportSize(size)
  const extra = await page.evaluate(() => {
    const main = document.querySelector('main')
    return main ? main.scrollHeight - main.clientHeight : 0
  })
  if (extra > 0) await page.setViewportSize({ ...viewport, height: viewport.height + extra })
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
  if (extra > 0 || size) await page.setViewportSize(original)
}
