// Demo causes (案由) by business line, with the legal basis used in notices and decisions, and
// the demo 免罚清单 items lenient cases cite. The items are labelled as demo data: they follow the
// style of 鄂市监法〔2022〕42号 but are not the official list.
import { type ExemptionRowInput } from '../domain/exemptions'
import { type BusinessLine } from './names'

/** One demo cause. */
export interface DemoCause {
  cause: string
  lines: BusinessLine[]
  violation: string
  /** 处罚依据 */
  basis: string
  /** Typical fine range, yuan. */
  fineYuan: [number, number]
  /** The demo 免罚清单 item a lenient decision may cite. */
  exemptionCode?: string
}

/** Demo causes. */
export const DEMO_CAUSES: readonly DemoCause[] = [
  {
    cause: '涉嫌销售过期食品案',
    lines: ['food', 'trade', 'catering'],
    violation: '经营超过保质期的食品',
    basis: '《中华人民共和国食品安全法》第一百二十四条第一款第五项',
    fineYuan: [50_000, 90_000],
  },
  {
    cause: '涉嫌经营标签不符合规定的预包装食品案',
    lines: ['food', 'trade'],
    violation: '经营标签不符合规定的预包装食品',
    basis: '《中华人民共和国食品安全法》第一百二十五条第一款第二项',
    fineYuan: [5_000, 20_000],
    exemptionCode: 'HB-SP-03',
  },
  {
    cause: '涉嫌未按规定公示食品经营许可证案',
    lines: ['food', 'catering'],
    violation: '未在经营场所显著位置悬挂食品经营许可证',
    basis: '《食品经营许可和备案管理办法》第五十三条',
    fineYuan: [1_000, 3_000],
    exemptionCode: 'HB-SP-01',
  },
  {
    cause: '涉嫌未建立食品进货查验记录制度案',
    lines: ['food', 'catering', 'trade'],
    violation: '未按规定建立并遵守进货查验记录制度',
    basis: '《中华人民共和国食品安全法》第一百二十六条第一款第三项',
    fineYuan: [5_000, 30_000],
    exemptionCode: 'HB-SP-02',
  },
  {
    cause: '涉嫌未明码标价案',
    lines: ['trade', 'catering', 'drug', 'product', 'trademark', 'measure'],
    violation: '销售商品未按规定明码标价',
    basis: '《中华人民共和国价格法》第四十二条',
    fineYuan: [1_000, 5_000],
    exemptionCode: 'HB-JG-01',
  },
  {
    cause: '涉嫌虚构原价实施价格欺诈案',
    lines: ['trade', 'trademark', 'product'],
    violation: '虚构原价、虚假优惠折价',
    basis: '《中华人民共和国价格法》第四十条、《明码标价和禁止价格欺诈规定》第二十二条',
    fineYuan: [20_000, 150_000],
  },
  {
    cause: '涉嫌销售不合格产品案',
    lines: ['product', 'trade'],
    violation: '销售不合格产品',
    basis: '《中华人民共和国产品质量法》第五十条',
    fineYuan: [20_000, 120_000],
  },
  {
    cause: '涉嫌发布虚假广告案',
    lines: ['advert', 'drug', 'trade'],
    violation: '发布虚假广告',
    basis: '《中华人民共和国广告法》第五十五条第一款',
    fineYuan: [30_000, 200_000],
  },
  {
    cause: '涉嫌广告使用绝对化用语案',
    lines: ['advert', 'trade', 'product'],
    violation: '广告中使用“最佳”“顶级”等绝对化用语',
    basis: '《中华人民共和国广告法》第五十七条第一项',
    fineYuan: [200_000, 300_000],
    exemptionCode: 'HB-GG-01',
  },
  {
    cause: '涉嫌销售侵犯注册商标专用权商品案',
    lines: ['trademark', 'trade'],
    violation: '销售侵犯注册商标专用权的商品',
    basis: '《中华人民共和国商标法》第六十条第二款',
    fineYuan: [10_000, 100_000],
  },
  {
    cause: '涉嫌使用未经检定的计量器具案',
    lines: ['measure', 'trade', 'food'],
    violation: '使用未经检定的强制检定计量器具',
    basis: '《中华人民共和国计量法实施细则》第四十三条',
    fineYuan: [1_000, 5_000],
    exemptionCode: 'HB-JL-01',
  },
  {
    cause: '涉嫌使用未经定期检验的特种设备案',
    lines: ['equipment', 'trade', 'catering'],
    violation: '使用未经定期检验的电梯',
    basis: '《中华人民共和国特种设备安全法》第八十四条第一项',
    fineYuan: [30_000, 300_000],
  },
  {
    cause: '涉嫌药品经营未按规定储存案',
    lines: ['drug'],
    violation: '未按照规定储存药品',
    basis: '《中华人民共和国药品管理法》第一百二十六条',
    fineYuan: [50_000, 200_000],
  },
  {
    cause: '涉嫌未按规定报送年度报告案',
    lines: [
      'trade',
      'product',
      'advert',
      'equipment',
      'trademark',
      'measure',
      'catering',
      'food',
      'drug',
    ],
    violation: '未按规定期限公示年度报告',
    basis: '《企业信息公示暂行条例》第十七条',
    fineYuan: [1_000, 2_000],
    exemptionCode: 'HB-DJ-01',
  },
]

/** The demo 免罚清单 (imported by the demo seed; codes are what decisions cite). */
export const DEMO_EXEMPTIONS: readonly ExemptionRowInput[] = [
  {
    code: 'HB-SP-01',
    title: '未按规定公示食品经营许可证',
    category: '首违不罚',
    violation: '食品经营者未按规定在经营场所显著位置悬挂或者摆放食品经营许可证',
    legalBasis: '《食品经营许可和备案管理办法》第五十三条',
    conditions: '首次被发现，且在责令改正期限内改正',
    source: '演示数据（参照鄂市监法〔2022〕42号 清单格式）',
  },
  {
    code: 'HB-SP-02',
    title: '未按规定建立进货查验记录',
    category: '首违不罚',
    violation: '食品经营者未按规定建立进货查验记录制度，但能提供合法进货来源',
    legalBasis: '《中华人民共和国食品安全法》第一百二十六条',
    conditions: '首次被发现，能如实说明进货来源，及时改正，未造成危害后果',
    source: '演示数据（参照鄂市监法〔2022〕42号 清单格式）',
  },
  {
    code: 'HB-SP-03',
    title: '预包装食品标签瑕疵',
    category: '轻微免罚',
    violation: '食品标签存在不影响食品安全且不会对消费者造成误导的瑕疵',
    legalBasis: '《中华人民共和国食品安全法》第一百二十五条第二款',
    conditions: '不影响食品安全，不误导消费者，及时改正',
    source: '演示数据（参照鄂市监法〔2022〕42号 清单格式）',
  },
  {
    code: 'HB-JG-01',
    title: '未按规定明码标价',
    category: '首违不罚',
    violation: '经营者未按规定明码标价，但未多收价款',
    legalBasis: '《中华人民共和国价格法》第四十二条',
    conditions: '首次被发现，未多收价款，及时改正',
    source: '演示数据（参照鄂市监法〔2022〕42号 清单格式）',
  },
  {
    code: 'HB-GG-01',
    title: '广告使用绝对化用语',
    category: '首违不罚',
    violation: '在自有经营场所或自设网站发布的广告中使用绝对化用语，持续时间短、浏览量小',
    legalBasis: '《中华人民共和国广告法》第五十七条',
    conditions: '首次被发现，危害后果轻微，及时改正',
    source: '演示数据（参照鄂市监法〔2022〕42号 清单格式）',
  },
  {
    code: 'HB-JL-01',
    title: '计量器具未按期检定',
    category: '轻微免罚',
    violation: '使用超过检定周期的强制检定计量器具，经检定合格',
    legalBasis: '《中华人民共和国计量法实施细则》第四十三条',
    conditions: '经检定合格，及时送检，未损害消费者权益',
    source: '演示数据（参照鄂市监法〔2022〕42号 清单格式）',
  },
  {
    code: 'HB-DJ-01',
    title: '逾期报送年度报告',
    category: '首违不罚',
    violation: '企业未按规定期限公示年度报告，在被列入经营异常名录前补报',
    legalBasis: '《企业信息公示暂行条例》第十七条',
    conditions: '首次逾期，及时补报',
    source: '演示数据（参照鄂市监法〔2022〕42号 清单格式）',
  },
]
