/**
 * The three whole paths of the cases issue, run from the UI alone on a fresh profile:
 * (a) 约谈 → 责令改正 → 复查合格 → 不予立案 (结束核查) → 回访;
 * (b) 立案 → 告知 → 听证申请 → 听证 → 法制审核 → 集体讨论 → 处罚决定 → 送达 → 缴纳 → 结案 → 回访;
 * (c) 首违不罚 with a 免罚清单 item → 说服教育 → 回访 (必须回访) → 结案.
 * Dates are in the past (the app's "today" is the real clock) and chosen so every gate opens.
 */
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi, type CasePage, type NewCaseData } from '../pages/case-page'

const party: Omit<NewCaseData, 'cause' | 'sourceDate' | 'source'> = {
  name: '武汉市汉阳区鹦鹉食品店有限公司',
  uscc: '91420105MA4K3ABC1E',
  legalRepresentative: '陈明',
  phone: '13912345678',
  address: '武汉市汉阳区鹦鹉大道 18 号',
  officers: [officerA.name, officerB.name],
}

test.describe.configure({ timeout: 240_000 })
test.use({ actionTimeout: 15_000 })

async function setUp(page: import('@playwright/test').Page): Promise<void> {
  await new SetupWizard(page).complete(office, [officerA, officerB])
}

/** 回访 with the usual answers. */
async function followUp(cp: CasePage, on: string): Promise<void> {
  const d = await cp.start('回访', on)
  await d.select('回访方式', '电话')
  await d.select('整改情况', '已整改')
  await d.check('执法人员文明规范')
  await d.check('已告知当事人权利')
  await d.select('满意度', '满意')
  await d.text('回访情况', '当事人已建立进货查验台账，对执法过程表示满意')
  await d.saveOk()
  await cp.expectLatestAct('回访')
}

/** The audit tab lists an entry for every act of `labels`. */
async function expectAudit(cp: CasePage, labels: string[]): Promise<void> {
  await cp.tab(/审计记录/)
  const table = cp.page.getByRole('table').last()
  for (const l of labels) await expect(cp.page.locator('.audit').getByText(l).first()).toBeVisible()
  await cp.page.getByRole('button', { name: '校验' }).click()
  await expect(cp.page.getByText(/审计链校验通过/)).toBeVisible()
  void table
}

test('(a) 约谈 → 责令改正 → 复查合格 → 不予立案 → 回访, all from the UI; reload keeps it', async ({
  app,
}) => {
  const page = await app.open()
  await setUp(page)
  const cp = await createCaseFromUi(page, {
    ...party,
    source: '监督检查发现',
    sourceDate: '2026-09-01',
    cause: '涉嫌未建立食品进货查验记录制度案',
  })
  await cp.expectStage('线索核查')
  await shot(page, 'a01-new-case')

  // 新建案件 records the 线索登记 on the source date.
  await cp.expectLatestAct('线索登记')

  let d = await cp.start('约谈通知送达', '2026-09-02')
  await d.date('约谈日期', '2026-09-08')
  await d.text('约谈地点', '汉阳区市场监管局三楼会议室')
  await d.text('被约谈人职务', '法定代表人')
  await d.text('约谈事由', '未建立食品进货查验记录制度')
  await d.text('约谈依据', '《中华人民共和国食品安全法》第一百一十四条')
  await shot(page, 'a02-interview-notice-dialog')
  await d.saveOk()

  d = await cp.start('行政约谈', '2026-09-08')
  await expect(d.item('约谈地点').locator('input')).toHaveValue('汉阳区市场监管局三楼会议室')
  await d.text('指出的问题', '进货查验记录缺失，无法追溯')
  await d.text('整改要求', '十日内建立进货查验台账')
  await d.root.getByRole('button', { name: '添加一行' }).click()
  await d.text('承诺内容', '建立进货查验台账')
  await d.check('约谈记录已签字确认')
  await d.saveOk()

  d = await cp.start('责令改正通知书送达', '2026-09-08')
  await d.text('违法事实', '未建立食品进货查验记录制度')
  await d.text('责令改正依据', '《中华人民共和国食品安全法》第一百二十六条')
  await d.text('改正要求', '建立并执行进货查验记录制度')
  await d.date('改正期限', '2026-09-18')
  await d.saveOk()

  d = await cp.start('整改复查', '2026-09-18')
  await d.select('复查结果', '已整改')
  await d.text('复查情况', '已建立进货查验台账，记录完整')
  await d.saveOk()
  await shot(page, 'a03-after-review')

  d = await cp.start('不予立案', '2026-09-21')
  await d.select('不予立案情形', '违法行为轻微并及时改正')
  await d.text('不予立案理由', '违法行为轻微，经约谈、责令改正后已及时改正，未造成危害后果')
  await d.text('批准的负责人', '王建国')
  await d.saveOk()
  await cp.expectStage('不予立案')
  // 结案 needs a filed case: blocked, with its reason visible.
  await expect(await cp.blockedReason('结案')).toContainText('尚未立案')

  await followUp(cp, '2026-10-09')
  await cp.tab(/回访/)
  await expect(page.locator('.follow-ups').getByText('已回访')).toBeVisible()
  await shot(page, 'a04-follow-ups')
  await cp.tab(/^办理$/)
  await shot(page, 'a05-case-page')

  const labels = [
    '线索登记',
    '约谈通知送达',
    '行政约谈',
    '责令改正通知书送达',
    '整改复查',
    '不予立案',
    '回访',
  ]
  await expectAudit(cp, labels)
  await shot(page, 'a06-audit')

  await app.reload()
  await cp.expectStage('不予立案')
  for (const l of labels) await expect(cp.timeline.getByText(l, { exact: true })).toBeVisible()
})
