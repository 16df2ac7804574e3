// The bundled UI font (docs/architecture/ui-font.md): Chromium loads both Noto Sans SC faces from
// the app's own fonts/ folder when asked (document.fonts), under the strict CSP, and the page's
// labels name them in their font stack after the system CJK fonts.
import { test, expect } from './support/fixtures'

test('bundled UI font: both faces load from the app itself and the labels use the stack', async ({
  app,
}) => {
  const page = await app.open()
  const fontResponses: string[] = []
  page.on('response', (r) => {
    if (r.url().includes('/fonts/NotoSansSC_400Regular'))
      fontResponses.push(`${r.status()} ${r.url()}`)
  })
  const label = page.getByText('机关全称', { exact: true }).first()
  await expect(label).toBeVisible()

  const stack = await label.evaluate((el) => getComputedStyle(el).fontFamily)
  expect(stack.indexOf('Microsoft YaHei')).toBeGreaterThanOrEqual(0)
  expect(stack.indexOf('Microsoft YaHei')).toBeLessThan(stack.indexOf('CaseDesk Noto Sans SC'))

  const loaded = await page.evaluate(async () => {
    const common = await document.fonts.load("16px 'CaseDesk Noto Sans SC'", '机关全称')
    // 堃 (U+5803) is outside GB2312, so only the full file has it.
    const full = await document.fonts.load("16px 'CaseDesk Noto Sans SC Full'", '堃')
    return {
      common: common.map((f) => `${f.family}:${f.status}`),
      full: full.map((f) => `${f.family}:${f.status}`),
      check: document.fonts.check("16px 'CaseDesk Noto Sans SC'", '机关全称'),
    }
  })
  expect(loaded).toEqual({
    common: ['CaseDesk Noto Sans SC:loaded'],
    full: ['CaseDesk Noto Sans SC Full:loaded'],
    check: true,
  })
  const origin = new URL(page.url()).origin
  await expect.poll(() => fontResponses.length).toBeGreaterThanOrEqual(1)
  for (const r of fontResponses) expect(r).toMatch(new RegExp(`^200 ${origin}/fonts/`))
})
