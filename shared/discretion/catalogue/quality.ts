// Built-in catalogue, part B (1/2): product quality (产品质量法), measurement (计量法实施细则) and
// special equipment (特种设备安全法). Every entry quotes the penalty sentence of its basis from the
// primary text named in `source` (docs/domain/violations.md).
//
// Conventions of this file (and of market-order.ts):
// - Amounts are integer 分 (¥10,000 = 1_000_000).
// - correctionMandatory is true where the basis orders the party to end or correct the violation:
//   责令改正, 责令（限期）改正, 责令停止生产、销售, 责令停止使用 — all are the order to correct of
//   APL Art. 28 para 1 in the words of the special law.
// - Only the ordinary range is encoded where the basis adds a "情节严重的" range: FineRule has no
//   severity tier (the entry's comment names the heavier range).
import type { ViolationEntry } from '../types'

const PQL_SOURCE =
  'LawRefBook/Laws 经济法/产品质量法(2018-12-29).md（commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981，2018年第三次修正文本），2026-12-06 核对'
const METROLOGY_SOURCE =
  'LawRefBook/Laws 行政法规/计量法实施细则(2022-03-29).md（commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981，2022年第四次修订文本），2026-12-06 核对'
const SEL_SOURCE =
  'LawRefBook/Laws 社会法/特种设备安全法(2013-06-29).md（commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981），2026-12-06 核对'

const PQL = '产品质量法'
const METROLOGY_RULES = '计量法实施细则'
const METROLOGY = '计量法'
const SEL = '特种设备安全法'

/** Product quality, measurement and special-equipment violations. */
export const QUALITY_VIOLATIONS: readonly ViolationEntry[] = [
  {
    id: 'pql-49',
    name: '生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品',
    field: '产品质量',
    violates: [
      { law: PQL, article: 13 },
      { law: PQL, article: 26, paragraph: 2, item: 1 },
    ],
    basis: { law: PQL, article: 49 },
    penalties: ['confiscateProperty', 'fine', 'confiscateGains', 'revokeBusinessLicence'],
    // 货值金额等值以上三倍以下: 1×–3× of the value of the goods produced or sold (sold and unsold).
    fine: { kind: 'multiple', base: 'goodsValue', minTimes: 1, maxTimes: 3 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: PQL_SOURCE,
    basisText:
      '生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品（包括已售出和未售出的产品，下同）货值金额等值以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照；构成犯罪的，依法追究刑事责任。',
  },
  {
    id: 'pql-50',
    name: '在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品',
    field: '产品质量',
    violates: [
      { law: PQL, article: 32 },
      { law: PQL, article: 39 },
    ],
    basis: { law: PQL, article: 50 },
    penalties: ['confiscateProperty', 'fine', 'confiscateGains', 'revokeBusinessLicence'],
    // 货值金额百分之五十以上三倍以下: 0.5×–3×.
    fine: { kind: 'multiple', base: 'goodsValue', minTimes: 0.5, maxTimes: 3 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: PQL_SOURCE,
    basisText:
      '在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的，责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照；构成犯罪的，依法追究刑事责任。',
  },
  {
    id: 'pql-51',
    name: '生产国家明令淘汰的产品，或者销售国家明令淘汰并停止销售的产品',
    field: '产品质量',
    violates: [
      { law: PQL, article: 29 },
      { law: PQL, article: 35 },
    ],
    basis: { law: PQL, article: 51 },
    penalties: ['confiscateProperty', 'fine', 'confiscateGains', 'revokeBusinessLicence'],
    // 货值金额等值以下: 0–1×.
    fine: { kind: 'multiple', base: 'goodsValue', minTimes: 0, maxTimes: 1 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: PQL_SOURCE,
    basisText:
      '生产国家明令淘汰的产品的，销售国家明令淘汰并停止销售的产品的，责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品货值金额等值以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照。',
  },
  {
    id: 'pql-52',
    name: '销售失效、变质的产品',
    field: '产品质量',
    violates: [{ law: PQL, article: 35 }],
    basis: { law: PQL, article: 52 },
    penalties: ['confiscateProperty', 'fine', 'confiscateGains', 'revokeBusinessLicence'],
    // 货值金额二倍以下: 0–2×.
    fine: { kind: 'multiple', base: 'goodsValue', minTimes: 0, maxTimes: 2 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: PQL_SOURCE,
    basisText:
      '销售失效、变质的产品的，责令停止销售，没收违法销售的产品，并处违法销售产品货值金额二倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照；构成犯罪的，依法追究刑事责任。',
  },
  {
    id: 'pql-53-origin',
    name: '伪造产品产地，伪造或者冒用他人厂名、厂址',
    field: '产品质量',
    violates: [
      { law: PQL, article: 30 },
      { law: PQL, article: 37 },
    ],
    basis: { law: PQL, article: 53 },
    penalties: ['confiscateProperty', 'fine', 'confiscateGains', 'revokeBusinessLicence'],
    fine: { kind: 'multiple', base: 'goodsValue', minTimes: 0, maxTimes: 1 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: PQL_SOURCE,
    basisText:
      '伪造产品产地的，伪造或者冒用他人厂名、厂址的，伪造或者冒用认证标志等质量标志的，责令改正，没收违法生产、销售的产品，并处违法生产、销售产品货值金额等值以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照。',
  },
  {
    id: 'pql-53-mark',
    name: '伪造或者冒用认证标志等质量标志',
    field: '产品质量',
    violates: [
      { law: PQL, article: 31 },
      { law: PQL, article: 38 },
    ],
    basis: { law: PQL, article: 53 },
    penalties: ['confiscateProperty', 'fine', 'confiscateGains', 'revokeBusinessLicence'],
    fine: { kind: 'multiple', base: 'goodsValue', minTimes: 0, maxTimes: 1 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: PQL_SOURCE,
    basisText:
      '伪造产品产地的，伪造或者冒用他人厂名、厂址的，伪造或者冒用认证标志等质量标志的，责令改正，没收违法生产、销售的产品，并处违法生产、销售产品货值金额等值以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照。',
  },
  {
    // Art. 54 first clause (any label defect under Art. 27: 责令改正 only) carries no penalty and so
    // is not a catalogue entry; this is the fined second clause.
    id: 'pql-54',
    name: '有包装的产品未标明生产日期和安全使用期或者失效日期、未附警示标志或者中文警示说明，情节严重',
    field: '产品质量',
    violates: [
      { law: PQL, article: 27, item: 4 },
      { law: PQL, article: 27, item: 5 },
      { law: PQL, article: 36 },
    ],
    basis: { law: PQL, article: 54 },
    penalties: ['fine', 'confiscateGains'],
    // 货值金额百分之三十以下: 0–0.3×; only for packaged products under Art. 27 (四)(五), 情节严重.
    fine: { kind: 'multiple', base: 'goodsValue', minTimes: 0, maxTimes: 0.3 },
    correctionMandatory: true,
    // 情节严重 is an element of the fined case, so 首违不罚 (harm slight) does not fit it.
    firstOffenceMayBeExempt: false,
    source: PQL_SOURCE,
    basisText:
      '产品标识不符合本法第二十七条规定的，责令改正；有包装的产品标识不符合本法第二十七条第（四）项、第（五）项规定，情节严重的，责令停止生产、销售，并处违法生产、销售产品货值金额百分之三十以下的罚款；有违法所得的，并处没收违法所得。',
  },
  {
    id: 'mtr-43',
    name: '属于强制检定范围的计量器具未按照规定申请检定或者经检定不合格继续使用',
    field: '计量',
    violates: [{ law: METROLOGY, article: 9, paragraph: 1 }],
    // 计量法 Art. 25 says "责令停止使用，可以并处罚款" without an amount; the amount is in 细则 Art. 43,
    // which is therefore the basis cited.
    basis: { law: METROLOGY_RULES, article: 43 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 0, maxFen: 100_000 },
    correctionMandatory: true,
    // Judgement: a first failure to send an in-use instrument for verification, sent at once, is
    // the typical 首违不罚 case of APL Art. 33 para 1 s.2 (no harm shown); check the office's list.
    firstOffenceMayBeExempt: true,
    source: METROLOGY_SOURCE,
    basisText:
      '属于强制检定范围的计量器具，未按照规定申请检定和属于非强制检定范围的计量器具未自行定期检定或者送其他计量检定机构定期检定的，以及经检定不合格继续使用的，责令其停止使用，可并处1000元以下的罚款。',
  },
  {
    id: 'mtr-46',
    name: '使用不合格计量器具或者破坏计量器具准确度和伪造数据，给国家和消费者造成损失',
    field: '计量',
    // 计量法 has no separate duty article for this conduct: Art. 26 both defines and penalises it
    // ("可以并处罚款", no amount); 细则 Art. 46 sets the amount and is the basis cited.
    violates: [{ law: METROLOGY, article: 26 }],
    basis: { law: METROLOGY_RULES, article: 46 },
    penalties: ['confiscateProperty', 'confiscateGains', 'fine'],
    fine: { kind: 'fixed', minFen: 0, maxFen: 200_000 },
    // 责令赔偿损失 is an order to make good, not 责令改正.
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: METROLOGY_SOURCE,
    basisText:
      '使用不合格计量器具或者破坏计量器具准确度和伪造数据，给国家和消费者造成损失的，责令其赔偿损失，没收计量器具和全部违法所得，可并处2000元以下的罚款。',
  },
  {
    id: 'mtr-48',
    name: '制造、销售、使用以欺骗消费者为目的的计量器具',
    field: '计量',
    // As mtr-46: 计量法 Art. 27 defines the conduct, 细则 Art. 48 sets the amount.
    violates: [{ law: METROLOGY, article: 27 }],
    basis: { law: METROLOGY_RULES, article: 48 },
    penalties: ['confiscateProperty', 'confiscateGains', 'fine'],
    fine: { kind: 'fixed', minFen: 0, maxFen: 200_000 },
    correctionMandatory: false,
    firstOffenceMayBeExempt: false,
    source: METROLOGY_SOURCE,
    basisText:
      '制造、销售、使用以欺骗消费者为目的的计量器具的单位和个人，没收其计量器具和全部违法所得，可并处2000元以下的罚款；构成犯罪的，对个人或者单位直接责任人员，依法追究刑事责任。',
  },
  {
    id: 'sel-83-1-1',
    name: '使用特种设备未按照规定办理使用登记',
    field: '特种设备',
    violates: [{ law: SEL, article: 33 }],
    basis: { law: SEL, article: 83, paragraph: 1, item: 1 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 1_000_000, maxFen: 10_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    // The basis itself first orders correction within a time limit; no separate 首违不罚 needed.
    firstOffenceMayBeExempt: false,
    source: SEL_SOURCE,
    basisText:
      '违反本法规定，特种设备使用单位有下列行为之一的，责令限期改正；逾期未改正的，责令停止使用有关特种设备，处一万元以上十万元以下罚款：（一）使用特种设备未按照规定办理使用登记的；',
  },
  {
    id: 'sel-83-1-4',
    name: '特种设备未按照安全技术规范的要求及时申报并接受检验',
    field: '特种设备',
    violates: [{ law: SEL, article: 40, paragraph: 1 }],
    basis: { law: SEL, article: 83, paragraph: 1, item: 4 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 1_000_000, maxFen: 10_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    source: SEL_SOURCE,
    basisText:
      '违反本法规定，特种设备使用单位有下列行为之一的，责令限期改正；逾期未改正的，责令停止使用有关特种设备，处一万元以上十万元以下罚款：……（四）未按照安全技术规范的要求及时申报并接受检验的；',
  },
  {
    id: 'sel-84-1-1',
    name: '使用未取得许可生产，未经检验或者检验不合格的特种设备，或者国家明令淘汰、已经报废的特种设备',
    field: '特种设备',
    violates: [
      { law: SEL, article: 32 },
      { law: SEL, article: 40, paragraph: 3 },
    ],
    basis: { law: SEL, article: 84, paragraph: 1, item: 1 },
    penalties: ['fine'],
    fine: { kind: 'fixed', minFen: 3_000_000, maxFen: 30_000_000 },
    correctionMandatory: true,
    firstOffenceMayBeExempt: false,
    source: SEL_SOURCE,
    basisText:
      '违反本法规定，特种设备使用单位有下列行为之一的，责令停止使用有关特种设备，处三万元以上三十万元以下罚款：（一）使用未取得许可生产，未经检验或者检验不合格的特种设备，或者国家明令淘汰、已经报废的特种设备的；',
  },
  {
    id: 'sel-86-1-2',
    name: '使用未取得相应资格的人员从事特种设备安全管理、检测和作业',
    field: '特种设备',
    violates: [{ law: SEL, article: 14 }],
    basis: { law: SEL, article: 86, paragraph: 1, item: 2 },
    penalties: ['suspendBusiness', 'fine'],
    fine: { kind: 'fixed', minFen: 1_000_000, maxFen: 5_000_000 },
    correctionMandatory: true,
    fineOnlyIfNotCorrected: true,
    firstOffenceMayBeExempt: false,
    source: SEL_SOURCE,
    basisText:
      '违反本法规定，特种设备生产、经营、使用单位有下列情形之一的，责令限期改正；逾期未改正的，责令停止使用有关特种设备或者停产停业整顿，处一万元以上五万元以下罚款：……（二）使用未取得相应资格的人员从事特种设备安全管理、检测和作业的；',
  },
]
