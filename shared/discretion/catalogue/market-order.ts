// Built-in catalogue, part B (2/2): registration (市场主体登记管理条例), consumer protection
// (消费者权益保护法), e-commerce (电子商务法), anti-unfair competition (反不正当竞争法, 2025
// revision in force 2025-10-15) and trademarks (商标法). Every entry quotes the penalty sentence of
// its basis from the primary text named in `source` (docs/domain/violations.md). Conventions as in
// quality.ts (amounts in 分; correctionMandatory also for 责令停止违法行为; only the ordinary range
// is encoded where the basis adds a "情节严重的" range).
//
// 违法经营额: 反不正当竞争法 Art. 23 and 商标法 Art. 52/60 compute on it (base `turnover`; 商标法实施
// 条例 Art. 78 counts it from the sale price, the marked price of unsold goods or the market price
// of the infringing goods).
import type { FineRule, ViolationEntry } from '../types'

const REG_SOURCE =
  'LawRefBook/Laws 行政法规/市场主体登记管理条例(2021-07-27).md（commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981），2026-12-06 核对'
const CPL_SOURCE =
  'supermariao/laws 法律/中华人民共和国消费者权益保护法.md（commit 52589b8a1db2eb23fe95f774363edb079ff65220，2013年第二次修正文本）；同 LawRefBook/Laws 民法商法/消费者权益保护法(2013-10-25).md，2026-12-06 核对'
const ECL_SOURCE =
  'LawRefBook/Laws 民法商法/电子商务法(2018-08-31).md（commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981），2026-12-06 核对'
const AUCL_SOURCE =
  'supermariao/laws 法律/中华人民共和国反不正当竞争法.md（commit 52589b8a1db2eb23fe95f774363edb079ff65220，2025年6月27日第二次修订文本，2025年10月15日起施行），2026-12-06 核对'
const TML_SOURCE =
  'LawRefBook/Laws 民法商法/商标法(2019-04-23).md（commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981，2019年第四次修正文本），2026-12-06 核对'

const REG = '市场主体登记管理条例'
const CPL = '消费者权益保护法'
const ECL = '电子商务法'
const AUCL = '反不正当竞争法'
const TML = '商标法'

/** ¥50,000: the 违法经营额 threshold of 反不正当竞争法 Art. 23 and 商标法 Art. 52/60. */
const TURNOVER_THRESHOLD_FEN = 5_000_000

/**
 * "违法经营额五万元以上的，可以处违法经营额N倍以下的罚款，没有违法经营额或者违法经营额不足五万元的，
 * 可以处M元以下的罚款": tiered on 违法经营额; with no
 * 违法经营额 established the "没有违法经营额" branch (0–M) applies.
 */
function turnoverRule(maxTimes: number, belowMaxFen: number): FineRule {
  const below: FineRule = { kind: 'fixed', minFen: 0, maxFen: belowMaxFen }
  return {
    kind: 'fallback',
    primary: {
      kind: 'tiered',
      base: 'turnover',
      thresholdFen: TURNOVER_THRESHOLD_FEN,
      below,
      atOrAbove: { kind: 'multiple', base: 'turnover', minTimes: 0, maxTimes },
    },
    fallback: below,
    fallbackWhenZero: true,
  }
}

/** 消费者权益保护法 Art. 56 para 1: 违法所得一倍以上十倍以下；没有违法所得的，五十万元以下. */
const CPL_56_FINE: FineRule = {
  kind: 'fallback',
  primary: { kind: 'multiple', base: 'illegalGains', minTimes: 1, maxTimes: 10 },
  fallback: { kind: 'fixed', minFen: 0, maxFen: 50_000_000 },
  fallbackWhenZero: true,
}

const CPL_56_HEAD =
  '经营者有下列情形之一，除承担相应的民事责任外，其他有关法律、法规对处罚机关和处罚方式有规定的，依照法律、法规的规定执行；法律、法规未作规定的，由工商行政管理部门或者其他有关行政部门责令改正，可以根据情节单处或者并处警告、没收违法所得、处以违法所得一倍以上十倍以下的罚款，没有违法所得的，处以五十万元以下的罚款；情节严重的，责令停业整顿、吊销营业执照：'

const ECL_76_HEAD =
  '电子商务经营者违反本法规定，有下列行为之一的，由市场监督管理部门责令限期改正，可以处一万元以下的罚款，对其中的电子商务平台经营者，依照本法第八十一条第一款的规定处罚：'

/** Registration, consumer-protection, e-commerce, competition and trademark violations. */
export const MARKET_ORDER_VIOLATIONS: readonly ViolationEntry[] = [
  {
    id: 'reg-43',
    name: '未经设立登记从事经营活动',
    field: '登记注册',
    violates: [{ law: REG, article: 3, paragraph: 1 }],
    basis: { law: REG, article: 43 },
    penalties: ['confiscateGains', 'fine', 'suspendBusiness'],
    // 拒不改正的 1万–10万; 情节严重的 责令关闭停业 and 10万–50万 (not encoded, see the file comment).
    fine: { kind: 'fixed', minFen: 1_000_000, maxFen: 10_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    source: REG_SOURCE,
    basisText:
      '未经设立登记从事经营活动的，由登记机关责令改正，没收违法所得；拒不改正的，处1万元以上10万元以下的罚款；情节严重的，依法责令关闭停业，并处10万元以上50万元以下的罚款。',
  },
  {
    id: 'reg-46',
    name: '市场主体未依照规定办理变更登记',
    field: '登记注册',
    violates: [{ law: REG, article: 24, paragraph: 1 }],
    basis: { law: REG, article: 46 },
    penalties: ['fine', 'revokeBusinessLicence'],
    fine: { kind: 'fixed', minFen: 1_000_000, maxFen: 10_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    // Judgement: a late change registration made good at once is a common 首违不罚 item of the
    // provincial lists; the office's imported list decides.
    firstOffenceMayBeExempt: true,
    source: REG_SOURCE,
    basisText:
      '市场主体未依照本条例办理变更登记的，由登记机关责令改正；拒不改正的，处1万元以上10万元以下的罚款；情节严重的，吊销营业执照。',
  },
  {
    id: 'reg-47',
    name: '市场主体未依照规定办理备案',
    field: '登记注册',
    violates: [
      { law: REG, article: 9 },
      { law: REG, article: 29 },
    ],
    basis: { law: REG, article: 47 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 0, maxFen: 5_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    // Judgement: listed as a 轻微不罚 item in the 成德眉资 draft list reported at
    // https://www.163.com/dy/article/KJKFE76C05149D15.html ("市场主体未按照规定办理备案").
    firstOffenceMayBeExempt: true,
    source: REG_SOURCE,
    basisText:
      '市场主体未依照本条例办理备案的，由登记机关责令改正；拒不改正的，处5万元以下的罚款。',
  },
  {
    id: 'reg-48-1',
    name: '未将营业执照置于住所或者主要经营场所醒目位置',
    field: '登记注册',
    violates: [{ law: REG, article: 36 }],
    basis: { law: REG, article: 48, paragraph: 1 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 0, maxFen: 3_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    // Judgement: the classic 首违不罚 item of the market-supervision lists.
    firstOffenceMayBeExempt: true,
    source: REG_SOURCE,
    basisText:
      '市场主体未依照本条例将营业执照置于住所或者主要经营场所醒目位置的，由登记机关责令改正；拒不改正的，处3万元以下的罚款。',
  },
  {
    id: 'reg-48-3',
    name: '伪造、涂改、出租、出借、转让营业执照',
    field: '登记注册',
    violates: [{ law: REG, article: 37, paragraph: 1 }],
    basis: { law: REG, article: 48, paragraph: 3 },
    penalties: ['confiscateGains', 'fine', 'revokeBusinessLicence'],
    // 10万元以下; 情节严重的 10万–50万 and 吊销营业执照 (not encoded).
    fine: { kind: 'fixed', minFen: 0, maxFen: 10_000_000 },
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: REG_SOURCE,
    basisText:
      '市场主体伪造、涂改、出租、出借、转让营业执照的，由登记机关没收违法所得，处10万元以下的罚款；情节严重的，处10万元以上50万元以下的罚款，吊销营业执照。',
  },
  {
    id: 'cpl-56-1-8',
    name: '对消费者提出的修理、重作、更换、退货、补足商品数量、退还货款和服务费用或者赔偿损失的要求，故意拖延或者无理拒绝',
    field: '消费者权益保护',
    violates: [
      { law: CPL, article: 24 },
      { law: CPL, article: 25 },
    ],
    basis: { law: CPL, article: 56, paragraph: 1, item: 8 },
    penalties: ['warning', 'confiscateGains', 'fine', 'suspendBusiness', 'revokeBusinessLicence'],
    fine: CPL_56_FINE,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: CPL_SOURCE,
    basisText: `${CPL_56_HEAD}……（八）对消费者提出的修理、重作、更换、退货、补足商品数量、退还货款和服务费用或者赔偿损失的要求，故意拖延或者无理拒绝的；`,
  },
  {
    id: 'cpl-56-1-9',
    name: '侵害消费者人格尊严、侵犯消费者人身自由或者侵害消费者个人信息依法得到保护的权利',
    field: '消费者权益保护',
    violates: [
      { law: CPL, article: 27 },
      { law: CPL, article: 29 },
    ],
    basis: { law: CPL, article: 56, paragraph: 1, item: 9 },
    // Art. 56 para 1 yields to a law or regulation that sets its own penalty ("其他有关法律、法规对
    // 处罚机关和处罚方式有规定的，依照……执行"): check 个人信息保护法 Art. 66 before using this entry.
    penalties: ['warning', 'confiscateGains', 'fine', 'suspendBusiness', 'revokeBusinessLicence'],
    fine: CPL_56_FINE,
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: CPL_SOURCE,
    basisText: `${CPL_56_HEAD}……（九）侵害消费者人格尊严、侵犯消费者人身自由或者侵害消费者个人信息依法得到保护的权利的；`,
  },
  {
    id: 'ecl-76-1-1',
    name: '电子商务经营者未在首页显著位置公示营业执照信息、行政许可信息等信息或者其链接标识',
    field: '电子商务',
    violates: [{ law: ECL, article: 15, paragraph: 1 }],
    basis: { law: ECL, article: 76, paragraph: 1, item: 1 },
    penalties: ['fine'],
    // 一万元以下, not conditional on failing to correct. Platform operators: ECL Art. 81 para 1.
    fine: { kind: 'fixed', minFen: 0, maxFen: 1_000_000 },
    correctionMandatory: true,
    // Judgement: named as a 首违免罚 item in the 成德眉资 draft list
    // (https://www.163.com/dy/article/KJKFE76C05149D15.html); Hubei's 2025 list is reported to
    // name it too (licence information not displayed, fixed at once).
    firstOffenceMayBeExempt: true,
    source: ECL_SOURCE,
    basisText: `${ECL_76_HEAD}（一）未在首页显著位置公示营业执照信息、行政许可信息、属于不需要办理市场主体登记情形等信息，或者上述信息的链接标识的；`,
  },
  {
    id: 'ecl-76-1-3',
    name: '电子商务经营者未明示用户信息查询、更正、删除以及用户注销的方式、程序，或者对其设置不合理条件',
    field: '电子商务',
    violates: [{ law: ECL, article: 24, paragraph: 1 }],
    basis: { law: ECL, article: 76, paragraph: 1, item: 3 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 0, maxFen: 1_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: ECL_SOURCE,
    basisText: `${ECL_76_HEAD}……（三）未明示用户信息查询、更正、删除以及用户注销的方式、程序，或者对用户信息查询、更正、删除以及用户注销设置不合理条件的。`,
  },
  {
    id: 'ecl-77',
    name: '电子商务经营者违反规定提供搜索结果或者搭售商品、服务',
    field: '电子商务',
    violates: [
      { law: ECL, article: 18, paragraph: 1 },
      { law: ECL, article: 19 },
    ],
    basis: { law: ECL, article: 77 },
    penalties: ['confiscateGains', 'fine'],
    // 五万元以上二十万元以下; 情节严重的 二十万元以上五十万元以下 (not encoded).
    fine: { kind: 'fixed', minFen: 5_000_000, maxFen: 20_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: ECL_SOURCE,
    basisText:
      '电子商务经营者违反本法第十八条第一款规定提供搜索结果，或者违反本法第十九条规定搭售商品、服务的，由市场监督管理部门责令限期改正，没收违法所得，可以并处五万元以上二十万元以下的罚款；情节严重的，并处二十万元以上五十万元以下的罚款。',
  },
  {
    id: 'ecl-81-1-4',
    name: '电子商务平台经营者未为消费者提供评价途径，或者擅自删除消费者的评价',
    field: '电子商务',
    violates: [{ law: ECL, article: 39 }],
    basis: { law: ECL, article: 81, paragraph: 1, item: 4 },
    penalties: ['fine'],
    // 二万元以上十万元以下; 情节严重的 十万元以上五十万元以下 (not encoded).
    fine: { kind: 'fixed', minFen: 2_000_000, maxFen: 10_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: ECL_SOURCE,
    basisText:
      '电子商务平台经营者违反本法规定，有下列行为之一的，由市场监督管理部门责令限期改正，可以处二万元以上十万元以下的罚款；情节严重的，处十万元以上五十万元以下的罚款：……（四）未为消费者提供对平台内销售的商品或者提供的服务进行评价的途径，或者擅自删除消费者的评价的。',
  },
  {
    id: 'aucl-23',
    name: '实施混淆行为或者帮助他人实施混淆行为',
    field: '反不正当竞争',
    violates: [{ law: AUCL, article: 7 }],
    basis: { law: AUCL, article: 23, paragraph: 1 },
    penalties: ['confiscateProperty', 'fine', 'revokeBusinessLicence'],
    fine: turnoverRule(5, 25_000_000),
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AUCL_SOURCE,
    basisText:
      '经营者违反本法第七条规定实施混淆行为或者帮助他人实施混淆行为的，由监督检查部门责令停止违法行为，没收违法商品。违法经营额五万元以上的，可以并处违法经营额五倍以下的罚款；没有违法经营额或者违法经营额不足五万元的，可以并处二十五万元以下的罚款；情节严重的，并处吊销营业执照。',
  },
  {
    id: 'aucl-25',
    name: '对商品作虚假或者引人误解的商业宣传，或者帮助其他经营者进行虚假或者引人误解的商业宣传',
    field: '反不正当竞争',
    violates: [{ law: AUCL, article: 9 }],
    basis: { law: AUCL, article: 25, paragraph: 1 },
    penalties: ['fine', 'revokeBusinessLicence'],
    // 一百万元以下 (2025 revision; the 2019 text had 二十万元以上一百万元以下); 情节严重的
    // 一百万元以上二百万元以下 (not encoded).
    fine: { kind: 'fixed', minFen: 0, maxFen: 100_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AUCL_SOURCE,
    basisText:
      '经营者违反本法第九条规定对其商品作虚假或者引人误解的商业宣传，或者通过组织虚假交易、虚假评价等方式帮助其他经营者进行虚假或者引人误解的商业宣传的，由监督检查部门责令停止违法行为，处一百万元以下的罚款；情节严重的，处一百万元以上二百万元以下的罚款，可以并处吊销营业执照。',
  },
  {
    id: 'aucl-27',
    name: '违反规定进行有奖销售',
    field: '反不正当竞争',
    violates: [{ law: AUCL, article: 11 }],
    basis: { law: AUCL, article: 27 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 5_000_000, maxFen: 50_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: AUCL_SOURCE,
    basisText:
      '经营者违反本法第十一条规定进行有奖销售的，由监督检查部门责令停止违法行为，处五万元以上五十万元以下的罚款。',
  },
  {
    id: 'tml-52',
    name: '将未注册商标冒充注册商标使用',
    field: '商标',
    // 商标法 has no separate duty article for this conduct: Art. 52 defines and penalises it. (The
    // other case of Art. 52, an unregistered mark contrary to Art. 10, is not this entry.)
    violates: [{ law: TML, article: 52 }],
    basis: { law: TML, article: 52 },
    penalties: ['circulatedCriticism', 'fine'],
    // 违法经营额百分之二十以下 (0–0.2×) from ¥50,000; otherwise 一万元以下.
    fine: turnoverRule(0.2, 1_000_000),
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: TML_SOURCE,
    basisText:
      '将未注册商标冒充注册商标使用的，或者使用未注册商标违反本法第十条规定的，由地方工商行政管理部门予以制止，限期改正，并可以予以通报，违法经营额五万元以上的，可以处违法经营额百分之二十以下的罚款，没有违法经营额或者违法经营额不足五万元的，可以处一万元以下的罚款。',
  },
  {
    id: 'tml-60',
    name: '侵犯注册商标专用权',
    field: '商标',
    violates: [{ law: TML, article: 57 }],
    basis: { law: TML, article: 60, paragraph: 2 },
    penalties: ['confiscateProperty', 'fine'],
    fine: turnoverRule(5, 25_000_000),
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: TML_SOURCE,
    basisText:
      '工商行政管理部门处理时，认定侵权行为成立的，责令立即停止侵权行为，没收、销毁侵权商品和主要用于制造侵权商品、伪造注册商标标识的工具，违法经营额五万元以上的，可以处违法经营额五倍以下的罚款，没有违法经营额或者违法经营额不足五万元的，可以处二十五万元以下的罚款。对五年内实施两次以上商标侵权行为或者有其他严重情节的，应当从重处罚。销售不知道是侵犯注册商标专用权的商品，能证明该商品是自己合法取得并说明提供者的，由工商行政管理部门责令停止销售。',
  },
]
