/**
 * The three whole reference paths, run from the UI alone on a fresh profile:
 * (a) 约谈 → 责令改正 → 复查合格 → 结案 (未立案，经复查确认已整改) → 回访 (必须回访);
 * (b) 立案 → 告知 → 听证申请 → 听证 → 法制审核 → 集体讨论 → 处罚决定 → 送达 → 缴纳 → 结案 → 回访;
 * (c) 首违不罚 with a 免罚清单 item → 说服教育 → 回访 (必须回访) → 结案.
 * Dates are in the past (the app's "today" is the real clock) and chosen so every gate opens.
 */
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { foodShop, office, scenarioOfficers } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { ActDialog, createCaseFromUi, fillInterviewNotice, type CasePage } from '../pages/case-page'

const party = foodShop

test.describe.configure({ timeout: 240_000 })
test.use({ actionTimeout: 15_000 })

async function setUp(page: Page): Promise<void> {
  await new SetupWizard(page).complete(office, scenarioOfficers)
}

/** 回访 with the usual answers. */
async function followUp(cp: CasePage, on: string): Promise<void> {
  const d = await cp.start('回访', on)
  await d.select('回访方式', '电话')
  await d.select('整改情况', '已整改')
  await d.check('执法人员是否文明规范执法')
  await d.check('执法人员是否告知当事人权利和救济途径')
  await d.select('满意度', '满意')
  await d.text('回访情况', '当事人已建立进货查验台账，对执法过程表示满意')
  await d.saveOk()
  await cp.expectLatestAct('回访')
}

/** The audit tab lists an entry for every act of `labels`. */
async function expectAudit(cp: CasePage, labels: string[]): Promise<void> {
  await cp.tab(/审计记录/)
  for (const l of labels) await expect(cp.page.locator('.audit').getByText(l).first()).toBeVisible()
  await cp.page.getByRole('button', { name: '校验' }).click()
  await expect(cp.page.getByText(/审计链校验通过/)).toBeVisible()
}

test('(a) 约谈 → 责令改正 → 复查合格 → 结案 → 回访, all from the UI; reload keeps it', async ({
  app,
}) => {
  const page = await app.open()
  await setUp(page)
  const cp = await createCaseFromUi(page, {
    ...party,
    source: '监督检查',
    sourceDate: '2026-09-01',
    cause: '涉嫌未建立食品进货查验记录制度案',
  })
  await cp.expectStage('线索核查')
  await shot(page, 'a01-new-case')

  // 新建案件 records the 线索登记 on the source date.
  await cp.expectLatestAct('线索登记')

  let d = await cp.start('约谈通知送达', '2026-09-02')
  await fillInterviewNotice(d)
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
  // The re-check confirmed the correction: the unfiled matter can be closed without a filing.
  await cp.expectStage('待结案')
  await shot(page, 'a03-after-review')

  d = await cp.start('结案', '2026-09-21')
  // The closing reason is prefilled from the record (no filing, last 复查 已整改).
  await expect(d.item('结案情形').locator('.el-select__wrapper')).toContainText(
    '经约谈、责令改正，复查确认已整改（未立案）',
  )
  await d.select('结案情形', '经约谈、责令改正，复查确认已整改（未立案）')
  await d.pick('批准结案的负责人', '王建国')
  await d.saveOk()
  await cp.expectStage('已结案')

  // Soft measures were used: the 回访 after closing is mandatory (鄂市监法〔2022〕42号 第十五项).
  await cp.tab(/回访/)
  await expect(page.locator('.follow-ups').getByText('必须回访', { exact: true })).toBeVisible()
  await expect(page.locator('.follow-ups').getByText(/逾期未回访|待回访/)).toBeVisible()
  await cp.tab(/^办理$/)

  await followUp(cp, '2026-10-09')
  await cp.tab(/回访/)
  await expect(page.locator('.follow-ups').getByText('已回访')).toBeVisible()
  await expect(page.locator('.follow-ups').getByText('必须回访', { exact: true })).toBeVisible()
  await shot(page, 'a04-follow-ups')
  await cp.tab(/^办理$/)
  await shot(page, 'a05-case-page')

  const labels = [
    '线索登记',
    '约谈通知送达',
    '行政约谈',
    '责令改正通知书送达',
    '整改复查',
    '结案',
    '回访',
  ]
  await expectAudit(cp, labels)
  await shot(page, 'a06-audit')

  await app.reload()
  await cp.expectStage('已结案')
  for (const l of labels) await expect(cp.timeline.getByText(l, { exact: true })).toBeVisible()
})

test('(b) 立案 → 告知 → 听证申请 → 听证 → 法制审核 → 集体讨论 → 处罚决定 → 送达 → 缴纳 → 结案 → 回访', async ({
  app,
}) => {
  const page = await app.open()
  await setUp(page)
  const cp = await createCaseFromUi(page, {
    ...party,
    source: '投诉',
    sourceDate: '2026-06-01',
    cause: '涉嫌经营超过保质期的食品案',
  })

  let d = await cp.start('立案', '2026-06-05')
  await d.pick('批准立案的负责人', '王建国')
  await d.text('立案理由', '投诉反映销售过期食品，经核查有违法事实')
  await d.saveOk()
  await cp.expectStage('调查取证')

  d = await cp.start('案件调查终结', '2026-08-20')
  await d.text('调查终结报告摘要', '当事人销售超过保质期的饼干 120 袋，货值 3,600 元')
  await d.select('拟处理意见', '给予行政处罚')
  const proposed = d.group('拟处罚内容')
  await d.check('警告', proposed)
  await d.text('罚款（元）', '150000', proposed)
  await d.text('处罚依据', '《中华人民共和国食品安全法》第一百二十四条第一款', proposed)
  await shot(page, 'b01-conclusion-dialog')
  await d.saveOk()

  d = await cp.start('提交审核', '2026-08-21')
  await d.select('审核类别', '案件审核')
  await d.saveOk()
  d = await cp.start('案件审核/法制审核', '2026-08-25')
  await d.pick('审核人员', '李娜')
  await d.saveOk()
  await cp.expectStage('告知')

  d = await cp.start('行政处罚告知书送达', '2026-09-29')
  await expect(d.item('罚款（元）', d.group('拟处罚内容')).locator('input')).toHaveValue(
    '150000.00',
  )
  await d.check('已告知听证权利')
  await d.saveOk()

  d = await cp.start('听证申请', '2026-09-30')
  await d.select('申请形式', '书面')
  await d.saveOk()
  await cp.expectStage('听证')

  d = await cp.start('听证通知书送达', '2026-10-09')
  await d.date('听证日期', '2026-10-23')
  await d.text('听证地点', '汉阳区市场监管局听证室')
  // Not one of the case's officers (APL Art. 64(4)): picked from the register.
  await d.pick('听证主持人', '李娜')
  await d.saveOk()

  d = await cp.start('举行听证', '2026-10-23')
  // The presider of the notice carries over (name and register id).
  await expect(d.item('听证主持人').locator('.el-select__wrapper')).toContainText('李娜')
  await d.text('听证情况', '当事人到场陈述，承认违法事实，请求从轻处理')
  await d.saveOk()
  // After a hearing the decision needs a legal review and a collective discussion (APL Arts. 58, 57).
  await expect(await cp.blockedReason('行政处罚决定')).toContainText('法制审核')

  d = await cp.start('提交审核', '2026-10-26')
  await d.select('审核类别', '法制审核')
  await d.saveOk()
  d = await cp.start('案件审核/法制审核', '2026-10-28')
  await d.pick('审核人员', '李娜')
  await d.saveOk()

  d = await cp.start('集体讨论', '2026-10-30')
  await d.pickMany('参加人', ['王建国', '刘芳'])
  await d.text('讨论结论', '同意给予警告并处罚款十五万元')
  await d.saveOk()

  d = await cp.start('行政处罚决定', '2026-11-02')
  await expect(d.item('罚款（元）', d.group('处罚内容')).locator('input')).toHaveValue('150000.00')
  await shot(page, 'b02-decision-dialog')
  await d.saveOk()
  await cp.expectStage('送达执行')

  d = await cp.start('决定书送达', '2026-11-03')
  await d.check('已告知处罚决定将依法公示')
  await d.saveOk()

  d = await cp.start('缴纳', '2026-11-10')
  await expect(d.item('缴纳金额（元）').locator('input')).toHaveValue('150000.00')
  await d.saveOk()
  await cp.expectStage('待结案')

  // 结案 waits for the decision's publication on the 国家企业信用信息公示系统.
  await expect(await cp.blockedReason('结案')).toContainText('行政处罚决定尚未公示')
  d = await cp.start('信息公示', '2026-11-11')
  await d.saveOk()

  d = await cp.start('结案', '2026-11-12')
  await d.pick('批准结案的负责人', '王建国')
  await d.saveOk()
  await cp.expectStage('已结案')

  await followUp(cp, '2026-11-20')
  await shot(page, 'b03-closed-case')
  await cp.tab(/回访/)
  await expect(page.locator('.follow-ups').getByText('已回访')).toBeVisible()
  await expect(page.locator('.follow-ups').getByText('一般回访')).toBeVisible()

  const labels = [
    '立案',
    '行政处罚告知书送达',
    '听证申请',
    '举行听证',
    '集体讨论',
    '行政处罚决定',
    '决定书送达',
    '缴纳',
    '结案',
    '回访',
  ]
  await expectAudit(cp, labels)
  await app.reload()
  await cp.expectStage('已结案')
  await expect(cp.timeline.locator('.acts__label')).toHaveCount(18)
})

test('(c) 首违不罚 citing a 免罚清单 item → 说服教育 → 回访 is mandatory (必须回访) → 结案', async ({
  app,
}) => {
  const page = await app.open()
  await setUp(page)

  // The office's 免罚清单 item, entered in 设置 → 免罚清单.
  await page.getByRole('menuitem', { name: '免罚清单', exact: true }).click()
  await page.getByRole('button', { name: '新增事项' }).first().click()
  const exDialog = page.getByRole('dialog', { name: '新增清单事项' })
  const ex = new ActDialog(page, '', exDialog)
  await ex.text('编号', 'SW-07')
  await ex.text('事项名称', '未按规定公示营业执照')
  await exDialog.getByText('首违不罚', { exact: true }).click()
  await ex.text('违法行为', '未将营业执照置于住所或者营业场所醒目位置')
  await ex.text('法律依据', '《中华人民共和国市场主体登记管理条例》第三十六条')
  await ex.text('适用条件', '两年内首次违法，危害后果轻微并及时改正')
  await ex.text('清单名称/文号', '国市监法〔2025〕10号')
  await exDialog.getByRole('button', { name: '保存', exact: true }).click()
  await expect(exDialog).toBeHidden()

  const cp = await createCaseFromUi(page, {
    ...party,
    source: '监督检查',
    sourceDate: '2026-07-01',
    cause: '涉嫌未按规定公示营业执照案',
  })
  let d = await cp.start('立案', '2026-07-03')
  await d.pick('批准立案的负责人', '王建国')
  await d.text('立案理由', '检查发现营业执照未公示')
  await d.saveOk()

  d = await cp.start('案件调查终结', '2026-08-20')
  await d.text('调查终结报告摘要', '当事人首次违法，已当场改正，未造成危害后果')
  await d.select('拟处理意见', '不予行政处罚')
  await d.saveOk()
  d = await cp.start('提交审核', '2026-08-21')
  await d.select('审核类别', '案件审核')
  await d.saveOk()
  d = await cp.start('案件审核/法制审核', '2026-08-25')
  await d.pick('审核人员', '李娜')
  await d.saveOk()

  // No education yet: the no-penalty decision is blocked with APL Art. 33 para 3.
  await expect(await cp.blockedReason('不予行政处罚决定')).toContainText('第三十三条第三款')
  await shot(page, 'c01-blocked-no-penalty')

  d = await cp.start('说服教育', '2026-08-26')
  await d.select('方式', '实地')
  await d.text('内容', '讲解市场主体登记管理条例，当事人当场将营业执照悬挂于醒目位置')
  await d.saveOk()

  d = await cp.start('不予行政处罚决定', '2026-08-27')
  await expect(d.root.getByText(/已记录说服教育等措施/)).toBeVisible()
  await d.select('不予处罚的法定情形', '初次违法且危害后果轻微并及时改正')
  await d.text('不予处罚的理由', '首次违法，危害后果轻微，已及时改正')
  await d.select('适用的免罚清单事项', 'SW-07 未按规定公示营业执照')
  await expect(
    d.root.getByText(/法律依据：《中华人民共和国市场主体登记管理条例》第三十六条/),
  ).toBeVisible()
  await shot(page, 'c02-no-penalty-dialog')
  await d.saveOk()
  await cp.expectStage('待结案')
  await expect(cp.header.getByText('从宽处理·必须回访')).toBeVisible()

  // Lenient case: 结案 waits for the follow-up visit; the visit is 必须回访.
  await expect(await cp.blockedReason('结案')).toContainText('结案前须回访')
  await cp.tab(/回访/)
  await expect(page.locator('.follow-ups').getByText('必须回访', { exact: true })).toBeVisible()
  await expect(page.locator('.follow-ups').getByText(/逾期未回访|待回访/)).toBeVisible()
  await shot(page, 'c03-follow-up-mandatory')
  // The 回访 page lists it too.
  const caseUrl = page.url()
  await page.getByRole('menuitem', { name: '回访', exact: true }).click()
  await expect(page.getByText(party.name).first()).toBeVisible()
  await shot(page, 'c04-follow-ups-page')
  await page.goto(caseUrl)
  await expect(cp.header).toBeVisible()
  await cp.tab(/^办理$/)

  await followUp(cp, '2026-09-10')
  const dd = await cp.start('结案', '2026-09-11')
  await expect(dd.item('结案情形').locator('.el-select__wrapper')).toContainText('不予行政处罚')
  await dd.pick('批准结案的负责人', '王建国')
  await dd.saveOk()
  await cp.expectStage('已结案')
  await cp.tab(/回访/)
  await expect(page.locator('.follow-ups').getByText('已回访')).toBeVisible()
  await expectAudit(cp, ['说服教育', '不予行政处罚决定', '回访', '结案'])
  await app.reload()
  await cp.expectStage('已结案')
})
