// The 2021 范本 forms without item lists and the policy letters, printed through pdfmake and read
// back with pdftotext: each says what the law requires it to say (docs/domain/documents.md).
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentKind } from '../../shared/documents/kinds'
import { FORMS_SAMPLES } from '../fixtures/documents/samples-forms'
import { sampleTexts, squash } from './render'

const KINDS = Object.keys(FORMS_SAMPLES) as DocumentKind[]
let texts = new Map<DocumentKind, string>()

beforeAll(async () => {
  texts = await sampleTexts(KINDS)
}, 90_000)

const has = (kind: DocumentKind, ...parts: string[]) => {
  for (const part of parts) expect(texts.get(kind), part).toContain(squash(part))
}

describe('forms before and around filing', () => {
  it('案件来源登记表: the source ticked, the reporter, the lead and both opinions', () => {
    has(
      'caseSourceRegister',
      '案件来源登记表',
      '■投诉举报',
      '□监督检查/双随机抽查',
      '赵女士',
      '主要内容',
      '登记人',
      '处理意见',
      '建议核查，视情况决定是否立案。',
      '负责人意见',
      '同意立案调查。',
    )
  })
  it('指定管辖通知书 (SAMR-PR Art. 13) with the copy to the other office', () => {
    has(
      'designationNotice',
      '鄂汉阳市监指管〔2026〕1号',
      '《市场监督管理行政处罚程序规定》第十三条',
      '本局指定该案由你局管辖',
      '抄送：武汉市武昌区市场监督管理局',
    )
  })
  it('案件交办通知书 (SAMR-PR Art. 15 para 1)', () => {
    has('assignmentNotice', '第十五条第一款', '交由你局管辖', '于2026年4月10日前将办理结果报告本局')
  })
  it('行政处罚案件有关事项审批表: matter, reason and the three opinions', () => {
    // Two-line labels are read back interleaved with their values: the values are checked.
    has(
      'matterApproval',
      '审批事项委托武汉市食品质量安全监督检验所对涉案饼干进行检验',
      '理由及依据',
      '承办人意见建议委托检验。签名：陈志强2026年3月12日',
      '签名：周建国2026年3月12日',
      '签名：李卫东2026年3月12日',
    )
  })
  it('送达地址确认书: consent to electronic service and the SAMR-PR Art. 83 warnings', () => {
    has(
      'serviceAddressConfirmation',
      '■同意',
      '电子邮件：yingwu@example.com',
      '送达地址变更的，应当及时书面告知本局；未及时告知的，本局按原地址送达，视为依法送达',
      '文书被退回之日为送达之日',
      '签名或者盖章：',
      '投诉举报电话：12315',
    )
  })
})

describe('requests while investigating', () => {
  it('限期提供材料通知书 (SAMR-PR Art. 30 para 1): the list, the deadline, the signature', () => {
    has(
      'materialsRequest',
      '第三十条第一款',
      '于2026年3月13日前向本局提供下列材料',
      '（一）2026年1月至3月“香酥饼干”的进货票据。',
      '由材料提供人在有关材料上签名或者盖章',
    )
  })
  it('协助辨认通知书 (SAMR-PR Art. 30 para 2) prints the chosen title', () => {
    has(
      'identificationRequest',
      '协助辨认通知书',
      '第三十条第二款',
      '是否为你（单位）生产或者许可生产的产品进行辨认',
    )
    expect(texts.get('identificationRequest')).not.toContain('辨认/鉴别')
  })
  it('协助调查函 (SAMR-PR Art. 45): fifteen working days', () => {
    has('assistanceLetter', '第四十五条', '十五个工作日内完成相关工作')
  })
})

describe('检测/检验/检疫/鉴定 forms print the one that applies', () => {
  it('委托书 (SAMR-PR Art. 32)', () => {
    has(
      'testingCommission',
      '检验委托书',
      '第三十二条',
      '现委托你单位对下列事项进行检验',
      '2026年3月27日前出具检验报告',
    )
  })
  it('期间告知书: the period is not counted in the case period (SAMR-PR Art. 64 para 2)', () => {
    has(
      'testingPeriodNotice',
      '检验期间告知书',
      '检验期间自2026年3月12日起至2026年3月27日止',
      '第六十四条第二款',
      '检验所需时间不计入案件办理期限',
    )
  })
  it('结果告知书 (SAMR-PR Art. 32) with the re-test right', () => {
    has('testingResultNotice', '检验结果告知书', '检验结果为：', '提出复检申请')
  })
})

describe('orders, decisions and transfers', () => {
  it('责令退款通知书: facts, basis, amount in words and figures, deadline', () => {
    has(
      'refundOrder',
      '《中华人民共和国价格法》第四十一条',
      '人民币捌佰陆拾肆元整（864.00元）',
      '于2026年3月31日前退还多收的价款',
    )
  })
  it('行政处理决定审批表: facts, proposal, review, discussion and both opinions', () => {
    has(
      'decisionApproval',
      '行政处理决定审批表',
      '拟给予没收违法所得人民币130元',
      '法制审核意见：同意。',
      '同意办案机构的处理意见。',
      '签名：周建国2026年4月20日',
      '签名：李卫东2026年4月20日',
    )
    expect(texts.get('decisionApproval')).not.toContain('投诉举报电话')
  })
  it('案件移送函 (SAMR-PR Art. 14) lists what goes with it', () => {
    has('caseTransferLetter', '第十四条', '随函移送以下材料', '（一）立案审批表。')
  })
  it('涉嫌犯罪案件移送书: the crime, Arts. 3 and 6, the materials and the receipt', () => {
    has(
      'crimeTransferLetter',
      '涉嫌构成销售假冒注册商标的商品罪',
      '《行政执法机关移送涉嫌犯罪案件的规定》第三条、第六条',
      '（一）涉嫌犯罪案件情况的调查报告。',
      '回执',
      '接收机关（盖章）',
    )
  })
})

describe('execution and service', () => {
  it('强制执行申请书 (AEL Arts. 53–55): the 催告, the materials, the head’s signature', () => {
    has(
      'enforcementApplication',
      '被申请人：武汉市汉阳区鑫源副食品商行有限公司',
      '催告书送达十日后被申请人仍未履行',
      '《中华人民共和国行政强制法》第五十三条、第五十四条',
      '当事人的意见及本局催告情况',
      '此致',
      '武汉市汉阳区人民法院',
      '行政机关负责人（签名）：李卫东',
    )
  })
  it('行政处罚文书送达公告: thirty days deemed served (SAMR-PR Art. 82(5); CPL Art. 95)', () => {
    has(
      'servicePublicNotice',
      '第八十二条第五项',
      '自本公告发布之日起经过三十日，即视为送达',
      '可以自视为送达之日起六十日内向武汉市汉阳区人民政府申请行政复议',
      '特此公告。',
    )
  })
})

describe('policy letters (鄂市监法〔2022〕42号)', () => {
  it('行政提醒书 (item 九) and 执法建议函 (item 十五) with the reply date and the contact block', () => {
    has(
      'reminderLetter',
      '行政提醒书',
      '第九项',
      '于2026年5月22日前将整改情况书面反馈本局',
      '不是行政处罚',
      '投诉举报电话：12315',
    )
    has(
      'enforcementSuggestionLetter',
      '执法建议函',
      '第十五项',
      '本局提出以下执法建议',
      '投诉举报电话：12315',
    )
  })
})
