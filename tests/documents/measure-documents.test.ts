// Forms 19–24 (先行登记保存 and 查封/扣押) rendered and read back with pdftotext: the items as
// typed, the legal sentences (APL Arts. 56, 85; SAMR-PR Art. 35; AEL Arts. 24, 25, 28), the
// remedies and the contact block on the documents handed to the party.
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../shared/documents/registry'
import type { DocumentKind } from '../../shared/documents/kinds'
import { SAMPLES } from '../fixtures/documents/samples'
import { pdfText, renderPdf, squash } from './render'

async function text(kind: DocumentKind): Promise<string> {
  const { input, ctx } = SAMPLES[kind]
  const built = buildDocument(kind, input, ctx)
  if (!built.ok) throw new Error(built.errors.join('; '))
  return squash(pdfText(await renderPdf(built.definition)))
}
const ITEMS = ['伊利纯牛奶', '250ml/盒', '24', '20251002A', '散装桃酥', '2.5', '千克']

describe('先行登记保存 and 查封/扣押 documents', () => {
  it.each<[DocumentKind, string[]]>([
    [
      'evidencePreservationNotice',
      [
        '先行登记保存证据通知书',
        '鄂汉阳市监先保〔2026〕3号',
        '第五十六条',
        '经本局负责人批准',
        '就地保存',
        '七个工作日内依法作出处理决定',
        '先行登记保存措施自动解除',
        '不得损毁、销毁或者转移上述物品',
        '12315',
        ...ITEMS,
      ],
    ],
    [
      'preservationReleaseNotice',
      [
        '解除先行登记保存证据通知书',
        '2026年1月8日以鄂汉阳市监先保〔2026〕3号《先行登记保存证据通知书》',
        '决定自即日起解除先行登记保存',
        '12315',
        ...ITEMS,
      ],
    ],
    [
      'coerciveMeasureDecision',
      [
        '实施行政强制措施决定书',
        '实施扣押',
        '第十八条、第二十四条',
        '扣押期限为三十日，自2026年1月14日起至2026年2月13日止',
        '不包括检测、检验、检疫或者技术鉴定的期间',
        '六十日内向武汉市汉阳区人民政府申请行政复议',
        '六个月内直接向武汉市汉阳区人民法院提起行政诉讼',
        '12315',
        ...ITEMS,
      ],
    ],
    [
      'coerciveMeasureExtension',
      [
        '延长行政强制措施期限决定书',
        '期限至2026年2月13日止',
        '第二十五条第一款、第二款',
        '延长三十日，至2026年3月16日止',
        '申请行政复议',
      ],
    ],
    [
      'coerciveMeasureRelease',
      [
        '解除行政强制措施决定书',
        '第二十八条第一款第三项',
        '决定自即日起解除扣押',
        '办理财物返还手续',
        ...ITEMS,
      ],
    ],
    [
      'propertyList',
      [
        '场所/设施/财物清单',
        '《实施行政强制措施决定书》鄂汉阳市监强制〔2026〕1号',
        '以上物品共2项',
        '当事人签名',
        '执法人员',
        ...ITEMS,
      ],
    ],
    [
      'sealStrip',
      [
        '武汉市汉阳区市场监督管理局封',
        '2026年1月14日',
        '（印章）',
        '依据鄂汉阳市监强制〔2026〕1号《实施行政强制措施决定书》查封',
        '不得擅自启封、损毁封条',
      ],
    ],
    [
      'handledItemsRecord',
      [
        '涉案物品处理记录',
        '2026年1月14日扣押',
        '处理方式',
        '伊利纯牛奶',
        '没收',
        '散装桃酥',
        '销毁',
        '见证人',
        '第1页',
      ],
    ],
    [
      'samplingRecord',
      [
        '抽样记录',
        '被抽样单位',
        '抽样基数',
        '备样',
        '伊利纯牛奶',
        '6盒',
        '24盒',
        '3盒',
        '0.5千克',
        '2.5千克',
        '第1页',
      ],
    ],
    [
      'evidenceExtraction',
      [
        '证据提取单',
        '证据提供人',
        '李建国（法定代表人）',
        '1. 营业执照副本复印件1份',
        '3. 现场照片6张',
        '证据提供人核对意见',
      ],
    ],
    [
      'electronicDataRecord',
      [
        '电子数据证据提取笔录',
        '14时00分',
        '载体或来源',
        '收银系统销售记录',
        'SHA-256',
        '1. 销售明细.xlsx',
        '一次性刻录光盘1张',
        '第1页',
        '共',
      ],
    ],
    [
      'custodyEntrustment',
      [
        '实施行政强制措施场所/设施/财物委托保管书',
        '鄂汉阳市监委保〔2026〕1号',
        '武汉市汉阳区鹦鹉物流仓储有限公司：',
        '第二十六条第二款',
        '不得使用、损毁或者擅自转移、处置',
        '保管费用由本局承担',
        '受托保管人签名或者盖章',
        '12315',
        ...ITEMS,
      ],
    ],
    // 先行处置 (SAMR-PR Art. 41 para 3): forms 27 and 28, wording [U].
    [
      'advanceDisposalConfirmation',
      [
        '先行处置物品确认书',
        '鄂汉阳市监强制〔2026〕1号',
        '扣押的物品中，下列物品容易变质，不宜长期保存',
        '权利人同意（申请）在采取上述措施留存证据后',
        '所得款项按照涉案现金管理',
        '第四十一条第三款',
        '权利人签名',
        '伊利纯牛奶',
      ],
    ],
    [
      'advanceDisposalNotice',
      [
        '先行处置物品公告',
        '鄂汉阳市监先处公〔2026〕1号',
        '其权利人不明确',
        '第四十一条第三款',
        '于2026年1月26日前',
        '公告期满仍没有权利人同意或者申请的',
        '依法先行处置（依法变卖）',
        '先行处置所得款项按照涉案现金管理',
        '特此公告',
        '12315',
        ...ITEMS,
      ],
    ],
  ])('%s prints what it must', async (kind, expected) => {
    const t = await text(kind)
    for (const s of expected) expect(t, s).toContain(squash(s))
  })
})
