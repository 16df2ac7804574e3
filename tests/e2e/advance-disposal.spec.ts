/**
 * 先行处置 from the UI (SAMR-PR Art. 41 para 3; docs/domain/capture-once.md): after a 扣押 typed in
 * the row editor, the 先行处置 dialog starts from the measure's items; a quantity beyond the list is
 * refused in Chinese; with the rights holder's consent the 先行处置物品确认书 is issued without
 * asking anything, listed and printed under the same title. The 扣押 decision's 送达回证 is not
 * asked for here; the served notices' receipts are covered by the unit tests.
 */
import { test, expect } from './support/fixtures'
import { shot } from './support/shots'
import { foodShopCaseFromUi } from './support/food-shop-case'
import { CaseDocumentsTab } from '../pages/case-documents'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('先行处置 of seized milk: items from the 扣押, over-quantity refused, 确认书 issued', async ({
  app,
}) => {
  const page = await app.open()
  const cp = await foodShopCaseFromUi(page, '涉嫌经营超过保质期的食品案')

  let d = await cp.start('查封/扣押', '2026-09-02')
  const rows = (label: string) => d.root.getByRole('group', { name: label })
  let cell = (row: number, column: string) =>
    rows('查封、扣押的场所、设施或者财物').getByLabel(`第${row}行 ${column}`)
  await cell(1, '名称').fill('纯牛奶')
  await cell(1, '数量').fill('24')
  await cell(1, '单位').fill('盒')
  await d.text('场所/存放地点', '本局涉案物品保管室')
  await d.text('实施理由', '当事人涉嫌经营超过保质期的食品')
  await d.text('实施依据', '《中华人民共和国食品安全法》第一百一十条第四项')
  await d.pick('批准的负责人', '王建国')
  await d.saveOk()
  await cp.expectLatestAct('查封/扣押')

  d = await cp.start('先行处置', '2026-09-03')
  cell = (row: number, column: string) =>
    rows('先行处置的物品').getByLabel(`第${row}行 ${column}`)
  // The rows start as the measure's items (typed once).
  await expect(cell(1, '名称')).toHaveValue('纯牛奶')
  await expect(cell(1, '数量')).toHaveValue('24')
  await d.select('不宜长期保存的情形', '容易变质')
  await d.text('权利人', '武汉市汉阳区鹦鹉食品店（陈明）')
  await d.text('留存证据的措施', '拍照、录像并抽取样品')
  await d.text('处置方式', '依法变卖')
  await d.pick('批准的负责人', '王建国')
  await cell(1, '数量').fill('30')
  await d.save()
  await expect(d.root).toContainText('“纯牛奶”清单所列24盒，本次先行处置30盒超出清单数量')
  await shot(page, 'advance-disposal-01-over-quantity')
  await cell(1, '数量').fill('24')
  await d.saveOk()
  await cp.expectLatestAct('先行处置')

  await cp.tab(/^文书$/)
  const docs = new CaseDocumentsTab(page)
  await docs.issue('先行处置物品确认书')
  await expect(docs.issued).toContainText('先行处置物品确认书')
  await shot(page, 'advance-disposal-02-issued')
})
