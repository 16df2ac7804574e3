/**
 * 送达地址确认 and 限期提供材料 from the UI (docs/domain/capture-once.md): the dialogs are rendered
 * from ACT_FIELDS — consenting to electronic service shows its channel and address, a consent
 * without them is refused in Chinese — and the 送达地址确认书 and 限期提供材料通知书 are issued
 * from the acts without asking anything, with the notice's 送达回证; the materials clock shows the
 * day set.
 */
import { test, expect } from './support/fixtures'
import { foodShop } from './support/data'
import { shot } from './support/shots'
import { foodShopCaseFromUi } from './support/food-shop-case'
import { CaseDocumentsTab } from '../pages/case-documents'

test.describe.configure({ timeout: 180_000 })
test.use({ actionTimeout: 15_000 })

test('送达地址确认 with electronic consent and 限期提供材料; both documents issued from the acts', async ({
  app,
}) => {
  const page = await app.open()
  const cp = await foodShopCaseFromUi(page, '涉嫌经营超过保质期的食品案')

  const a = await cp.start('送达地址确认', '2026-09-02')
  // The address starts as the party's; the channel appears only once consent is ticked.
  await expect(a.item('送达地址').locator('input')).toHaveValue(foodShop.address)
  await expect(a.item('电子送达方式')).toHaveCount(0)
  await a.check('同意电子送达')
  await a.save()
  await expect(a.root).toContainText('同意电子送达的，请填写电子送达方式和地址')
  await a.select('电子送达方式', '电子邮件')
  await a.text('电子送达地址（号码）', 'shop@example.com')
  await shot(page, 'forms-01-service-address')
  await a.saveOk()
  await cp.expectLatestAct('送达地址确认')

  const m = await cp.start('限期提供材料', '2026-09-03')
  await m.text('需提供的材料', '2026年8月的进货票据\n供货者的营业执照复印件')
  await m.date('提供期限', '2026-09-10')
  await m.saveOk()
  await cp.expectLatestAct('限期提供材料')
  // Its clock is the day set in the notice (SAMR-PR Art. 30 para 1; docs/domain/deadlines.md).
  const clock = cp.deadlines.locator('li', { hasText: '限期提供材料期限' })
  await expect(clock).toContainText('截止 2026年9月10日')

  await cp.tab(/^文书$/)
  const docs = new CaseDocumentsTab(page)
  await docs.issue('送达地址确认书')
  await docs.issue('限期提供材料通知书')
  await expect(docs.issued).toContainText('送达地址确认书')
  await expect(docs.issued).toContainText('限期提供材料通知书')
  // The notice's 送达回证 (CPL Arts. 87–89) asks nothing: the party at its address, served directly.
  await docs.issue('送达回证')
  await expect(docs.issued).toContainText('送达回证')
  await shot(page, 'forms-02-issued')
})
