// Built-in violation catalogue, food safety (食品安全法 chapter 9, incl. labels). Every basisText is
// quoted from the 2015 text of the 食品安全法 as published in RanKKI/LawRefBook; the 2018 and 2021
// amendments renamed the authority (食品药品监督管理部门 → 食品安全监督管理部门, 质量监督部门 →
// 食品安全监督管理部门) and did not change these ranges, so the quotes carry the current name.
// Types and the fine-rule conventions (amounts in 分, 以上/以下 inclusive, 不足 exclusive) are in
// ../types.ts; the module reference is docs/domain/discretion.md.
//
// firstOffenceMayBeExempt: true only where the national list 《市场监管行政违法行为首违不罚清单（一）》
// (国市监法〔2025〕10号, 2025-01-27) names the violation; the item numbers of that list were not
// available as text, so exemptionListItem is left unset (the office links its imported 免罚清单).
import type { FineRule, ViolationEntry } from '../types'

const FSL = '食品安全法'
const FSL_SOURCE =
  'RanKKI/LawRefBook 法律法条/食品安全法.md（2015年文本；2018、2021年修正未改变罚款幅度，执法主体名称按2018年修正改为食品安全监督管理部门）'

/** 一万元: the goods-value threshold of FSL Arts. 122–125 ("货值金额不足一万元的"). */
const TEN_THOUSAND_YUAN = 1_000_000

/** FSL Art. 122 para 1 and Art. 124 para 1: 不足一万元 5万–10万; 一万元以上 10–20倍. */
const FSL_122_124: FineRule = {
  kind: 'tiered',
  base: 'goodsValue',
  thresholdFen: TEN_THOUSAND_YUAN,
  below: { kind: 'fixed', minFen: 5_000_000, maxFen: 10_000_000 },
  atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 10, maxTimes: 20 },
}

/** FSL Art. 123 para 1: 不足一万元 10万–15万; 一万元以上 15–30倍. */
const FSL_123: FineRule = {
  kind: 'tiered',
  base: 'goodsValue',
  thresholdFen: TEN_THOUSAND_YUAN,
  below: { kind: 'fixed', minFen: 10_000_000, maxFen: 15_000_000 },
  atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 15, maxTimes: 30 },
}

/** FSL Art. 125 para 1: 不足一万元 5千–5万; 一万元以上 5–10倍. */
const FSL_125: FineRule = {
  kind: 'tiered',
  base: 'goodsValue',
  thresholdFen: TEN_THOUSAND_YUAN,
  below: { kind: 'fixed', minFen: 500_000, maxFen: 5_000_000 },
  atOrAbove: { kind: 'multiple', base: 'goodsValue', minTimes: 5, maxTimes: 10 },
}

/** FSL Art. 126 para 1: 拒不改正的，处五千元以上五万元以下罚款. */
const FSL_126: FineRule = { kind: 'fixed', minFen: 500_000, maxFen: 5_000_000 }

const TEXT_124 =
  '由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证'
const TEXT_125 =
  '由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五千元以上五万元以下罚款；货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款；情节严重的，责令停产停业，直至吊销许可证'
const TEXT_126 =
  '由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证'

const PENALTIES_124 = ['confiscateGains', 'confiscateProperty', 'fine', 'revokeLicence'] as const
const PENALTIES_125 = [
  'confiscateGains',
  'confiscateProperty',
  'fine',
  'suspendBusiness',
  'revokeLicence',
] as const
const PENALTIES_126 = ['warning', 'fine', 'suspendBusiness', 'revokeLicence'] as const

/** Food-safety entries of the built-in catalogue (食品安全法). */
export const FOOD_VIOLATIONS: readonly ViolationEntry[] = [
  {
    id: 'fsl-122-1',
    name: '未取得食品生产经营许可从事食品生产经营活动',
    field: '食品安全',
    violates: [{ law: FSL, article: 35, paragraph: 1 }],
    basis: { law: FSL, article: 122, paragraph: 1 },
    penalties: ['confiscateGains', 'confiscateProperty', 'fine'],
    fine: FSL_122_124,
    correctionMandatory: false,
    // 首违不罚清单（一） names two cases of this basis only: 未取得食品经营许可从事散装食品经营活动
    // （散装熟食销售除外） and 食品经营许可证有效期届满未延续 (under a month, conditions met).
    firstOffenceMayBeExempt: true,
    source: FSL_SOURCE,
    basisText:
      '违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。',
  },
  {
    id: 'fsl-123-1-1',
    name: '用非食品原料生产食品或者在食品中添加食品添加剂以外的化学物质，或者经营上述食品',
    field: '食品安全',
    violates: [{ law: FSL, article: 34, item: 1 }],
    basis: { law: FSL, article: 123, paragraph: 1, item: 1 },
    penalties: ['confiscateGains', 'confiscateProperty', 'fine', 'revokeLicence'],
    fine: FSL_123,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText:
      '违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品货值金额不足一万元的，并处十万元以上十五万元以下罚款；货值金额一万元以上的，并处货值金额十五倍以上三十倍以下罚款；情节严重的，吊销许可证……：（一）用非食品原料生产食品、在食品中添加食品添加剂以外的化学物质和其他可能危害人体健康的物质，或者用回收食品作为原料生产食品，或者经营上述食品',
  },
  {
    id: 'fsl-124-1-1',
    name: '生产经营致病性微生物、农药残留、兽药残留、重金属等污染物质含量超过食品安全标准限量的食品',
    field: '食品安全',
    violates: [{ law: FSL, article: 34, item: 2 }],
    basis: { law: FSL, article: 124, paragraph: 1, item: 1 },
    penalties: [...PENALTIES_124],
    fine: FSL_122_124,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一，尚不构成犯罪的，${TEXT_124}：（一）生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂`,
  },
  {
    id: 'fsl-124-1-2',
    name: '用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂',
    field: '食品安全',
    violates: [{ law: FSL, article: 34, item: 3 }],
    basis: { law: FSL, article: 124, paragraph: 1, item: 2 },
    penalties: [...PENALTIES_124],
    fine: FSL_122_124,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一，尚不构成犯罪的，${TEXT_124}：（二）用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂`,
  },
  {
    id: 'fsl-124-1-3',
    name: '生产经营超范围、超限量使用食品添加剂的食品',
    field: '食品安全',
    violates: [
      { law: FSL, article: 34, item: 4 },
      { law: FSL, article: 40, paragraph: 2 },
    ],
    basis: { law: FSL, article: 124, paragraph: 1, item: 3 },
    penalties: [...PENALTIES_124],
    fine: FSL_122_124,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一，尚不构成犯罪的，${TEXT_124}：（三）生产经营超范围、超限量使用食品添加剂的食品`,
  },
  {
    id: 'fsl-124-1-4',
    name: '生产经营腐败变质、油脂酸败、霉变生虫、污秽不洁、混有异物、掺假掺杂或者感官性状异常的食品',
    field: '食品安全',
    violates: [{ law: FSL, article: 34, item: 6 }],
    basis: { law: FSL, article: 124, paragraph: 1, item: 4 },
    penalties: [...PENALTIES_124],
    fine: FSL_122_124,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一，尚不构成犯罪的，${TEXT_124}：（四）生产经营腐败变质、油脂酸败、霉变生虫、污秽不洁、混有异物、掺假掺杂或者感官性状异常的食品、食品添加剂`,
  },
  {
    id: 'fsl-124-1-5',
    name: '生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂',
    field: '食品安全',
    violates: [{ law: FSL, article: 34, item: 10 }],
    basis: { law: FSL, article: 124, paragraph: 1, item: 5 },
    penalties: [...PENALTIES_124],
    fine: FSL_122_124,
    correctionMandatory: false,
    // Not a 首违不罚 item. 经营超过保质期的食品、食品添加剂 is on the companion 轻微免罚 list of
    // 国市监法〔2025〕10号 (违法行为轻微并及时改正，没有造成危害后果 — APL Art. 33 para 1 s.1).
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一，尚不构成犯罪的，${TEXT_124}：（五）生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂`,
  },
  {
    id: 'fsl-125-1-1',
    name: '生产经营被包装材料、容器、运输工具等污染的食品、食品添加剂',
    field: '食品安全',
    violates: [{ law: FSL, article: 34, item: 9 }],
    basis: { law: FSL, article: 125, paragraph: 1, item: 1 },
    penalties: [...PENALTIES_125],
    fine: FSL_125,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_125}：（一）生产经营被包装材料、容器、运输工具等污染的食品、食品添加剂`,
  },
  {
    id: 'fsl-125-1-2-no-label',
    name: '生产经营无标签的预包装食品、食品添加剂',
    field: '食品安全',
    violates: [
      { law: FSL, article: 34, item: 11 },
      { law: FSL, article: 67, paragraph: 1 },
    ],
    basis: { law: FSL, article: 125, paragraph: 1, item: 2 },
    penalties: [...PENALTIES_125],
    fine: FSL_125,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_125}：（二）生产经营无标签的预包装食品、食品添加剂或者标签、说明书不符合本法规定的食品、食品添加剂`,
  },
  {
    id: 'fsl-125-1-2-label',
    name: '生产经营标签、说明书不符合食品安全法规定的食品、食品添加剂',
    field: '食品安全',
    violates: [
      { law: FSL, article: 67, paragraph: 1 },
      { law: FSL, article: 71, paragraph: 1 },
    ],
    basis: { law: FSL, article: 125, paragraph: 1, item: 2 },
    penalties: [...PENALTIES_125],
    fine: FSL_125,
    correctionMandatory: false,
    // A label defect that neither affects safety nor misleads is fsl-125-2 (首违不罚清单 item).
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_125}：（二）生产经营无标签的预包装食品、食品添加剂或者标签、说明书不符合本法规定的食品、食品添加剂`,
  },
  {
    id: 'fsl-125-1-4',
    name: '食品生产经营者采购或者使用不符合食品安全标准的食品原料、食品添加剂、食品相关产品',
    field: '食品安全',
    violates: [
      { law: FSL, article: 50, paragraph: 1 },
      { law: FSL, article: 55, paragraph: 1 },
    ],
    basis: { law: FSL, article: 125, paragraph: 1, item: 4 },
    penalties: [...PENALTIES_125],
    fine: FSL_125,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_125}：（四）食品生产经营者采购或者使用不符合食品安全标准的食品原料、食品添加剂、食品相关产品`,
  },
  {
    id: 'fsl-125-2',
    name: '生产经营的食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导',
    field: '食品安全',
    violates: [
      { law: FSL, article: 67, paragraph: 1 },
      { law: FSL, article: 71, paragraph: 2 },
    ],
    basis: { law: FSL, article: 125, paragraph: 2 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 0, maxFen: 200_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    // 首违不罚清单（一）: 生产经营的食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对
    // 消费者造成误导（初次违法，危害后果轻微并及时改正）.
    firstOffenceMayBeExempt: true,
    source: FSL_SOURCE,
    basisText:
      '生产经营的食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导的，由县级以上人民政府食品安全监督管理部门责令改正；拒不改正的，处二千元以下罚款。',
  },
  {
    id: 'fsl-126-1-2',
    name: '食品生产经营企业未按规定建立食品安全管理制度，或者未按规定配备或者培训、考核食品安全管理人员',
    field: '食品安全',
    violates: [
      { law: FSL, article: 44, paragraph: 1 },
      { law: FSL, article: 44, paragraph: 3 },
    ],
    basis: { law: FSL, article: 126, paragraph: 1, item: 2 },
    penalties: [...PENALTIES_126],
    fine: FSL_126,
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    // 首违不罚清单（一） names this violation (初次违法，危害后果轻微并及时改正).
    firstOffenceMayBeExempt: true,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_126}：（二）食品生产经营企业未按规定建立食品安全管理制度，或者未按规定配备或者培训、考核食品安全管理人员`,
  },
  {
    id: 'fsl-126-1-3',
    name: '食品经营者进货时未查验许可证和相关证明文件，或者未按规定建立并遵守进货查验记录制度',
    field: '食品安全',
    violates: [
      { law: FSL, article: 53, paragraph: 1 },
      { law: FSL, article: 53, paragraph: 2 },
    ],
    basis: { law: FSL, article: 126, paragraph: 1, item: 3 },
    penalties: [...PENALTIES_126],
    fine: FSL_126,
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_126}：（三）食品、食品添加剂生产经营者进货时未查验许可证和相关证明文件，或者未按规定建立并遵守进货查验记录、出厂检验记录和销售记录制度`,
  },
  {
    id: 'fsl-126-1-5',
    name: '餐具、饮具和盛放直接入口食品的容器使用前未经洗净、消毒或者清洗消毒不合格',
    field: '食品安全',
    violates: [
      { law: FSL, article: 33, paragraph: 1, item: 5 },
      { law: FSL, article: 56, paragraph: 2 },
    ],
    basis: { law: FSL, article: 126, paragraph: 1, item: 5 },
    penalties: [...PENALTIES_126],
    fine: FSL_126,
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_126}：（五）餐具、饮具和盛放直接入口食品的容器，使用前未经洗净、消毒或者清洗消毒不合格，或者餐饮服务设施、设备未按规定定期维护、清洗、校验`,
  },
  {
    id: 'fsl-126-1-6',
    name: '安排未取得健康证明或者患有有碍食品安全疾病的人员从事接触直接入口食品的工作',
    field: '食品安全',
    violates: [
      { law: FSL, article: 45, paragraph: 1 },
      { law: FSL, article: 45, paragraph: 2 },
    ],
    basis: { law: FSL, article: 126, paragraph: 1, item: 6 },
    penalties: [...PENALTIES_126],
    fine: FSL_126,
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    // 首违不罚清单（一） names this violation (初次违法，危害后果轻微并及时改正).
    firstOffenceMayBeExempt: true,
    source: FSL_SOURCE,
    basisText: `违反本法规定，有下列情形之一的，${TEXT_126}：（六）食品生产经营者安排未取得健康证明或者患有国务院卫生行政部门规定的有碍食品安全疾病的人员从事接触直接入口食品的工作`,
  },
  {
    id: 'fsl-126-4',
    name: '食用农产品销售者未建立食用农产品进货查验记录制度或者未如实记录、保存凭证',
    field: '食品安全',
    violates: [{ law: FSL, article: 65 }],
    basis: { law: FSL, article: 126, paragraph: 4 },
    penalties: [...PENALTIES_126],
    fine: FSL_126,
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText: `食用农产品销售者违反本法第六十五条规定的，由县级以上人民政府食品安全监督管理部门依照第一款规定给予处罚。（第一款：${TEXT_126}）`,
  },
  {
    id: 'fsl-130-1',
    name: '集中交易市场开办者、柜台出租者、展销会举办者允许未依法取得许可的食品经营者进入市场销售食品，或者未履行检查、报告等义务',
    field: '食品安全',
    violates: [{ law: FSL, article: 61 }],
    basis: { law: FSL, article: 130, paragraph: 1 },
    penalties: ['confiscateGains', 'fine', 'suspendBusiness', 'revokeLicence'],
    fine: { kind: 'fixed', minFen: 5_000_000, maxFen: 20_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText:
      '违反本法规定，集中交易市场的开办者、柜台出租者、展销会的举办者允许未依法取得许可的食品经营者进入市场销售食品，或者未履行检查、报告等义务的，由县级以上人民政府食品安全监督管理部门责令改正，没收违法所得，并处五万元以上二十万元以下罚款；造成严重后果的，责令停业，直至由原发证部门吊销许可证；使消费者的合法权益受到损害的，应当与食品经营者承担连带责任。',
  },
  {
    id: 'fsl-131-1',
    name: '网络食品交易第三方平台提供者未对入网食品经营者进行实名登记、审查许可证，或者未履行报告、停止提供网络交易平台服务等义务',
    field: '食品安全',
    violates: [{ law: FSL, article: 62 }],
    basis: { law: FSL, article: 131, paragraph: 1 },
    penalties: ['confiscateGains', 'fine', 'suspendBusiness', 'revokeLicence'],
    fine: { kind: 'fixed', minFen: 5_000_000, maxFen: 20_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText:
      '违反本法规定，网络食品交易第三方平台提供者未对入网食品经营者进行实名登记、审查许可证，或者未履行报告、停止提供网络交易平台服务等义务的，由县级以上人民政府食品安全监督管理部门责令改正，没收违法所得，并处五万元以上二十万元以下罚款；造成严重后果的，责令停业，直至由原发证部门吊销许可证；使消费者的合法权益受到损害的，应当与食品经营者承担连带责任。',
  },
  {
    id: 'fsl-132',
    name: '未按要求进行食品贮存、运输和装卸',
    field: '食品安全',
    violates: [
      { law: FSL, article: 33, paragraph: 1, item: 6 },
      { law: FSL, article: 54, paragraph: 1 },
    ],
    basis: { law: FSL, article: 132 },
    penalties: ['warning', 'suspendBusiness', 'fine', 'revokeLicence'],
    fine: { kind: 'fixed', minFen: 1_000_000, maxFen: 5_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    source: FSL_SOURCE,
    basisText:
      '违反本法规定，未按要求进行食品贮存、运输和装卸的，由县级以上人民政府食品安全监督管理等部门按照各自职责分工责令改正，给予警告；拒不改正的，责令停产停业，并处一万元以上五万元以下罚款；情节严重的，吊销许可证。',
  },
]
