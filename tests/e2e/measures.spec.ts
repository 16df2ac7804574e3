/**
 * 先行登记保存 from the UI (docs/domain/capture-once.md, docs/domain/deadlines.md): an officer types
 * two items in the row editor with the keyboard (Tab through the cells, Enter adds a row), a bad
 * quantity is named on its row and column, the 7-working-day clock appears on the case page, and
 * the 先行登记保存证据通知书 and its 清单 are issued without asking anything.
 */
import { test, expect } from './support/fixtures'
import { foodShop } from './support/data'
import { shot } from './support/shots'
import { foodShopCaseFromUi } from './support/food-shop-case'
import { CaseDocumentsTab } from '../pages/case-documents'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('先行登记保存 with two items typed in the row editor; its clock; its notice issued', async ({
  app,
}) => {
  const page = await app.open()
  const cp = await foodShopCaseFromUi(page, '涉嫌经营超过保质期的食品案')

  const d = await cp.start('先行登记保存', '2026-09-02')
  const rows = d.root.getByRole('group', { name: '先行登记保存的物品' })
  const cell = (row: number, column: string) => rows.getByLabel(`第${row}行 ${column}`)
  // The dialog starts with one blank row; the officer types it with Tab between the cells.
  await cell(1, '名称').click()
  const kb = page.keyboard
  await kb.type('纯牛奶')
  await kb.press('Tab')
  await kb.type('250ml/盒')
  await kb.press('Tab')
  await kb.type('24')
  await kb.press('Tab')
  await kb.type('盒')
  await kb.press('Tab')
  await kb.type('20260101')
  await kb.press('Tab')
  await kb.type('已超过保质期')
  // Enter adds the second row and puts the cursor in its first cell.
  await kb.press('Enter')
  await expect(cell(2, '名称')).toBeFocused()
  await kb.type('散装饼干')
  await kb.press('Tab')
  await kb.press('Tab')
  await kb.type('两箱')
  await kb.press('Tab')
  await kb.type('千克')
  await expect(cell(1, '数量')).toHaveValue('24')
  await expect(cell(2, '单位')).toHaveValue('千克')

  // The place starts as the party's address; the approving head is picked from the register.
  await expect(d.item('保存地点').locator('input')).toHaveValue(foodShop.address)
  await d.text('保存地点', '武汉市汉阳区鹦鹉大道 18 号 当事人仓库')
  await d.pick('批准的负责人', '王建国')

  // A quantity that is not a number is named on its row and column, in Chinese.
  await d.save()
  await expect(rows.getByRole('alert')).toContainText(
    '第2行 数量：数量应为整数或最多三位小数，如 12 或 2.5',
  )
  await shot(page, 'measures-01-row-editor-error')
  await cell(2, '数量').fill('2.5')
  await d.saveOk()

  await cp.expectLatestAct('先行登记保存')
  await expect(cp.timeline).toContainText('纯牛奶（250ml/盒）24盒（20260101）')
  await expect(cp.timeline).toContainText('散装饼干2.5千克')
  // The 7-working-day clock (行政处罚法第五十六条、第八十五条): Wed 2026-09-02 → Fri 09-11.
  const clock = cp.deadlines.locator('li', { hasText: '先行登记保存处理期限' })
  await expect(clock).toContainText('截止 2026年9月11日')
  await shot(page, 'measures-02-case-page')

  // The notice and the list ask nothing: the items come from the rows typed above.
  await cp.tab(/^文书$/)
  const docs = new CaseDocumentsTab(page)
  await docs.issue('先行登记保存证据通知书')
  await expect(docs.issued).toContainText('先行登记保存证据通知书')
  await docs.issue('场所/设施/财物清单')
  await shot(page, 'measures-03-issued')
})
