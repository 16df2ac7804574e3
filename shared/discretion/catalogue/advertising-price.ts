// Built-in violation catalogue, advertising (广告法, 2021 amendment) and prices (价格违法行为行政处罚
// 规定, 2010 revision, under 价格法). Every basisText is quoted from the text named in `source`.
// Types and the fine-rule conventions (amounts in 分, 以上/以下 inclusive) are in ../types.ts; the
// module reference is docs/domain/discretion.md.
//
// 没收广告费用 (广告法 Arts. 55, 57, 58 for 广告经营者、广告发布者) is recorded as confiscateGains
// (没收违法所得): PENALTY_KINDS has no separate kind for it; the decision text names 广告费用.
// 责令停止发布广告 is recorded as correctionMandatory (it is the correction the basis orders).
import type { FineRule, ViolationEntry } from '../types'

const AD = '广告法'
const AD_SOURCE = 'supermariao/laws 法律/广告法.md（2021年4月29日第二次修正文本）'
const PRICE_RULES = '价格违法行为行政处罚规定'
const PRICE_LAW = '价格法'
const PRICE_13_SOURCE =
  '《价格违法行为行政处罚规定》（国务院令第585号，2010年修订）第十三条及《价格法》第十三条、第四十二条原文，引自滕州市政府权责清单 http://zt.tengzhou.gov.cn/bmzt/bb/tzsxzqlqd/bm/swjjqd/201504/t20150415_2876083.html；长春市南关区权责清单 http://www.nanguan.gov.cn/xxfb/qdml/qzqd/xzcf/201508/t20150831_1118975.html 同文'
const PRICE_7_SOURCE =
  '《价格违法行为行政处罚规定》（2010年修订）全文转载 http://yeitp8b.cn/jiajuchang?article_id=6842&pagenum=2 第七条；https://rnkx.com/news/202222/338004.html、海南日报2021-08-08 http://news.hndaily.cn/html/2021-08/08/content_58468_13736783.htm 同一幅度；未读到政府网站原文'

/**
 * 广告法 Art. 55 paras 1 and 3: 广告费用三倍以上五倍以下；广告费用无法计算或者明显偏低的，二十万元
 * 以上一百万元以下. A fee of 0 (e.g. an advertiser's own account) counts as 明显偏低.
 */
const AD_55: FineRule = {
  kind: 'fallback',
  primary: { kind: 'multiple', base: 'adFee', minTimes: 3, maxTimes: 5 },
  fallback: { kind: 'fixed', minFen: 20_000_000, maxFen: 100_000_000 },
  fallbackWhenZero: true,
}

/** 广告法 Art. 58 para 1: 广告费用一倍以上三倍以下；无法计算或者明显偏低的，十万元以上二十万元以下. */
const AD_58: FineRule = {
  kind: 'fallback',
  primary: { kind: 'multiple', base: 'adFee', minTimes: 1, maxTimes: 3 },
  fallback: { kind: 'fixed', minFen: 10_000_000, maxFen: 20_000_000 },
  fallbackWhenZero: true,
}

/** 广告法 Art. 57: 二十万元以上一百万元以下. */
const AD_57: FineRule = { kind: 'fixed', minFen: 20_000_000, maxFen: 100_000_000 }

/** 广告法 Art. 59: 十万元以下. */
const AD_59: FineRule = { kind: 'fixed', minFen: 0, maxFen: 10_000_000 }

/** 价格违法行为行政处罚规定 Art. 13: 可以并处5000元以下的罚款. */
const PRICE_13: FineRule = { kind: 'fixed', minFen: 0, maxFen: 500_000 }

const TEXT_57 =
  '由市场监督管理部门责令停止发布广告，对广告主处二十万元以上一百万元以下的罚款，情节严重的，并可以吊销营业执照，由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请；对广告经营者、广告发布者，由市场监督管理部门没收广告费用，处二十万元以上一百万元以下的罚款，情节严重的，并可以吊销营业执照'
const TEXT_58 =
  '由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用一倍以上三倍以下的罚款，广告费用无法计算或者明显偏低的，处十万元以上二十万元以下的罚款；情节严重的，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款，可以吊销营业执照，并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请'
const TEXT_59 = '由市场监督管理部门责令停止发布广告，对广告主处十万元以下的罚款'
const TEXT_13 =
  '经营者违反明码标价规定，有下列行为之一的，责令改正，没收违法所得，可以并处5000元以下的罚款'

/** Advertising and price entries of the built-in catalogue (广告法; 价格法 and its regulation). */
export const ADVERTISING_PRICE_VIOLATIONS: readonly ViolationEntry[] = [
  {
    id: 'adl-55-1',
    name: '发布虚假广告（广告主）',
    field: '广告',
    violates: [
      { law: AD, article: 4, paragraph: 1 },
      { law: AD, article: 28 },
    ],
    basis: { law: AD, article: 55, paragraph: 1 },
    penalties: ['fine', 'revokeBusinessLicence'],
    // The heavier tier (两年内有三次以上违法行为或者有其他严重情节: 5–10倍 / 100万–200万元) is
    // not encoded: it is a separate range the officer applies with a written reason.
    fine: AD_55,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText:
      '违反本法规定，发布虚假广告的，由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款，广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下的罚款，可以吊销营业执照，并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请。',
  },
  {
    id: 'adl-55-3',
    name: '广告经营者、广告发布者明知或者应知广告虚假仍设计、制作、代理、发布',
    field: '广告',
    violates: [
      { law: AD, article: 4, paragraph: 1 },
      { law: AD, article: 28 },
    ],
    basis: { law: AD, article: 55, paragraph: 3 },
    penalties: ['confiscateGains', 'fine', 'revokeBusinessLicence'],
    fine: AD_55,
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText:
      '广告经营者、广告发布者明知或者应知广告虚假仍设计、制作、代理、发布的，由市场监督管理部门没收广告费用，并处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款，广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下的罚款，并可以由有关部门暂停广告发布业务、吊销营业执照。',
  },
  {
    id: 'adl-57-1-9-3',
    name: '发布使用“国家级”“最高级”“最佳”等用语的广告（广告主）',
    field: '广告',
    violates: [{ law: AD, article: 9, item: 3 }],
    basis: { law: AD, article: 57, item: 1 },
    penalties: ['fine', 'revokeBusinessLicence'],
    fine: AD_57,
    correctionMandatory: true,
    // Not on the national 首违不罚清单（一）. Some provincial 轻微免罚 lists cover minor cases; that
    // is APL Art. 33 para 1 s.1, decided case by case.
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_57}：（一）发布有本法第九条、第十条规定的禁止情形的广告的`,
  },
  {
    id: 'adl-57-1-publisher',
    name: '广告经营者、广告发布者设计、制作、代理、发布有广告法第九条、第十条禁止情形的广告',
    field: '广告',
    violates: [
      { law: AD, article: 9 },
      { law: AD, article: 10 },
    ],
    basis: { law: AD, article: 57, item: 1 },
    penalties: ['confiscateGains', 'fine', 'revokeBusinessLicence'],
    fine: AD_57,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_57}：（一）发布有本法第九条、第十条规定的禁止情形的广告的`,
  },
  {
    id: 'adl-58-1-2',
    name: '在广告中涉及疾病治疗功能，或者使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语',
    field: '广告',
    violates: [{ law: AD, article: 17 }],
    basis: { law: AD, article: 58, paragraph: 1, item: 2 },
    penalties: ['fine', 'revokeBusinessLicence'],
    // 情节严重的 tier (3–5倍 / 20万–100万元) not encoded, as for adl-55-1.
    fine: AD_58,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_58}：（二）违反本法第十七条规定，在广告中涉及疾病治疗功能，以及使用医疗用语或者易使推销的商品与药品、医疗器械相混淆的用语的`,
  },
  {
    id: 'adl-58-1-3',
    name: '违反广告法第十八条规定发布保健食品广告',
    field: '广告',
    violates: [{ law: AD, article: 18 }],
    basis: { law: AD, article: 58, paragraph: 1, item: 3 },
    penalties: ['fine', 'revokeBusinessLicence'],
    fine: AD_58,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_58}：（三）违反本法第十八条规定发布保健食品广告的`,
  },
  {
    id: 'adl-58-1-14',
    name: '未经审查发布医疗、药品、医疗器械、农药、兽药、保健食品等广告',
    field: '广告',
    violates: [{ law: AD, article: 46 }],
    basis: { law: AD, article: 58, paragraph: 1, item: 14 },
    penalties: ['fine', 'revokeBusinessLicence'],
    fine: AD_58,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_58}：（十四）违反本法第四十六条规定，未经审查发布广告的`,
  },
  {
    id: 'adl-59-1-1',
    name: '广告中对商品或者服务的表示不准确、清楚、明白，或者未明示附带赠送的内容（广告主）',
    field: '广告',
    violates: [{ law: AD, article: 8 }],
    basis: { law: AD, article: 59, paragraph: 1, item: 1 },
    penalties: ['fine'],
    fine: AD_59,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_59}：（一）广告内容违反本法第八条规定的`,
  },
  {
    id: 'adl-59-1-2',
    name: '广告使用的数据、统计资料、调查结果、引用语等引证内容不真实、不准确或者未表明出处（广告主）',
    field: '广告',
    violates: [{ law: AD, article: 11, paragraph: 2 }],
    basis: { law: AD, article: 59, paragraph: 1, item: 2 },
    penalties: ['fine'],
    fine: AD_59,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_59}：（二）广告引证内容违反本法第十一条规定的`,
  },
  {
    id: 'adl-59-1-3',
    name: '涉及专利的广告未标明专利号和专利种类，或者使用未授予、已终止的专利作广告（广告主）',
    field: '广告',
    violates: [{ law: AD, article: 12 }],
    basis: { law: AD, article: 59, paragraph: 1, item: 3 },
    penalties: ['fine'],
    fine: AD_59,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText: `有下列行为之一的，${TEXT_59}：（三）涉及专利的广告违反本法第十二条规定的`,
  },
  {
    id: 'adl-59-3',
    name: '广告不具有可识别性，或者变相发布医疗、药品、医疗器械、保健食品广告（广告发布者）',
    field: '广告',
    violates: [
      { law: AD, article: 14 },
      { law: AD, article: 19 },
    ],
    basis: { law: AD, article: 59, paragraph: 3 },
    penalties: ['fine'],
    fine: AD_59,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText:
      '广告违反本法第十四条规定，不具有可识别性的，或者违反本法第十九条规定，变相发布医疗、药品、医疗器械、保健食品广告的，由市场监督管理部门责令改正，对广告发布者处十万元以下的罚款。',
  },
  {
    id: 'adl-62-2',
    name: '利用互联网发布广告，未显著标明关闭标志，确保一键关闭（广告主）',
    field: '广告',
    violates: [{ law: AD, article: 44, paragraph: 2 }],
    basis: { law: AD, article: 62, paragraph: 2 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 500_000, maxFen: 3_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AD_SOURCE,
    basisText:
      '违反本法第四十四条第二款规定，利用互联网发布广告，未显著标明关闭标志，确保一键关闭的，由市场监督管理部门责令改正，对广告主处五千元以上三万元以下的罚款。',
  },
  {
    id: 'prr-13-1',
    name: '经营者不标明价格（不明码标价）',
    field: '价格',
    violates: [{ law: PRICE_LAW, article: 13, paragraph: 1 }],
    basis: { law: PRICE_RULES, article: 13, item: 1 },
    penalties: ['confiscateGains', 'fine'],
    fine: PRICE_13,
    correctionMandatory: true,
    // Not on the national 首违不罚清单（一）; provincial 首违不罚 lists commonly name 未明码标价
    // (Hubei's 2025 list covers price items). Mark is a judgement: the office's imported list decides.
    firstOffenceMayBeExempt: true,
    source: PRICE_13_SOURCE,
    basisText: `${TEXT_13}：（一）不标明价格的`,
  },
  {
    id: 'prr-13-2',
    name: '经营者不按照规定的内容和方式明码标价',
    field: '价格',
    violates: [{ law: PRICE_LAW, article: 13, paragraph: 1 }],
    basis: { law: PRICE_RULES, article: 13, item: 2 },
    penalties: ['confiscateGains', 'fine'],
    fine: PRICE_13,
    correctionMandatory: true,
    // As prr-13-1: provincial 首违不罚 lists commonly cover 明码标价不规范.
    firstOffenceMayBeExempt: true,
    source: PRICE_13_SOURCE,
    basisText: `${TEXT_13}：（二）不按照规定的内容和方式明码标价的`,
  },
  {
    id: 'prr-13-3',
    name: '经营者在标价之外加价出售商品或者收取未标明的费用',
    field: '价格',
    violates: [{ law: PRICE_LAW, article: 13, paragraph: 2 }],
    basis: { law: PRICE_RULES, article: 13, item: 3 },
    penalties: ['confiscateGains', 'fine'],
    fine: PRICE_13,
    correctionMandatory: true,
    // Hubei's 2025 首违不罚、轻微免罚 list names charges beyond the marked price refunded promptly.
    firstOffenceMayBeExempt: true,
    source: PRICE_13_SOURCE,
    basisText: `${TEXT_13}：（三）在标价之外加价出售商品或者收取未标明的费用的`,
  },
  {
    id: 'prr-7',
    name: '经营者利用虚假的或者使人误解的价格手段，诱骗消费者或者其他经营者与其进行交易（价格欺诈）',
    field: '价格',
    violates: [{ law: PRICE_LAW, article: 14, item: 4 }],
    basis: { law: PRICE_RULES, article: 7 },
    penalties: ['confiscateGains', 'fine', 'suspendBusiness', 'revokeBusinessLicence'],
    // "并处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款". For an
    // individual operator without gains, Art. 11 of the same regulation allows 10万元以下 instead
    // (quoted only on secondary pages here [U]); not encoded, the officer applies it with a reason.
    fine: {
      kind: 'fallback',
      primary: { kind: 'multiple', base: 'illegalGains', minTimes: 0, maxTimes: 5 },
      fallback: { kind: 'fixed', minFen: 5_000_000, maxFen: 50_000_000 },
      fallbackWhenZero: true,
    },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: PRICE_7_SOURCE,
    basisText:
      '经营者违反价格法第十四条的规定，利用虚假的或者使人误解的价格手段，诱骗消费者或者其他经营者与其进行交易的，责令改正，没收违法所得，并处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款；情节严重的，责令停业整顿，或者由工商行政管理机关吊销营业执照。',
  },
]
