// Payloads of the evidence-preservation and coercive-measure acts (先行登记保存, 查封/扣押, 延长,
// 解除) and the item rows they list (docs/domain/deadlines.md for their clocks, docs/domain/
// capture-once.md for what each prints).
import { z } from 'zod'
import { entityId, enumOf, legalDate, optionalText, optionalTime, text } from './common'

/** Longest text of a short item cell (名称, 规格, 批号). */
export const ITEM_TEXT_MAX = 100
/** Longest 单位. */
export const ITEM_UNIT_MAX = 10
/** Longest 备注 of an item. */
export const ITEM_NOTE_MAX = 200
/** Most rows one list may hold. */
export const ITEM_ROWS_MAX = 200

const limited = (what: string, max: number) => z.string().trim().max(max, `${what}最多${max}个字`)
const required = (what: string, max: number) => limited(what, max).min(1, `请填写${what}`)

/**
 * A quantity as entered: a whole number or a decimal with up to three places ("12", "2.5",
 * "0.125"), kept as the typed string so nothing is rounded by floating point.
 */
export const quantityText = z
  .string()
  .trim()
  .min(1, '请填写数量')
  .regex(/^(0|[1-9]\d{0,8})(\.\d{1,3})?$/, '数量应为整数或最多三位小数，如 12 或 2.5')
  .refine((s) => !/^0(\.0+)?$/.test(s), '数量应大于零')

/**
 * One row of a 场所/设施/财物清单 (the items kept, sealed or seized): name, specification,
 * quantity with its unit, production date or batch number, remark.
 */
export const ItemRowSchema = z.object({
  name: required('名称', ITEM_TEXT_MAX),
  spec: limited('规格', ITEM_TEXT_MAX).optional(),
  quantity: quantityText,
  unit: required('单位', ITEM_UNIT_MAX),
  batch: limited('生产日期/批号', ITEM_TEXT_MAX).optional(),
  note: limited('备注', ITEM_NOTE_MAX).optional(),
})
/** One item row. */
export type ItemRow = z.infer<typeof ItemRowSchema>

/** A list of items: at least one row, at most {@link ITEM_ROWS_MAX}. */
export const ItemListSchema = z
  .array(ItemRowSchema)
  .min(1, '请至少填写一项物品')
  .max(ITEM_ROWS_MAX, `一份清单最多${ITEM_ROWS_MAX}项，请分多次登记`)

/** 就地保存 or 异地保存 of evidence kept under 先行登记保存. */
export const PRESERVATION_STORAGE = {
  onSite: '就地保存',
  offSite: '异地保存',
} as const

/**
 * 先行登记保存 (APL Art. 56): evidence that may be lost or hard to obtain later is registered and
 * kept, with the head's approval; the office decides within seven working days (APL Art. 85;
 * SAMR-PR Art. 35). Prints the 先行登记保存证据通知书 with its item list.
 */
export const EvidencePreservedPayload = z.object({
  documentNo: optionalText,
  items: ItemListSchema,
  storage: enumOf(PRESERVATION_STORAGE),
  place: required('保存地点', ITEM_TEXT_MAX),
  reason: optionalText,
  approver: text('批准的负责人'),
  approverId: entityId.optional(),
})

/** What was done with evidence under 先行登记保存 (SAMR-PR Art. 35 para 1 items (一)–(五)). */
export const PRESERVATION_OUTCOMES = {
  recorded: '已采取记录、复制、拍照、录像等证据保全措施',
  testing: '已送交检测、检验、检疫、鉴定',
  seized: '依法采取查封、扣押行政强制措施',
  confiscation: '违法事实成立，依法作出没收决定',
  notEstablished: '违法事实不成立，或者依法不应当予以查封、扣押或者没收',
} as const

/** 解除先行登记保存 (SAMR-PR Art. 35): the handling decision that ends the preservation. */
export const EvidencePreservationLiftedPayload = z.object({
  documentNo: optionalText,
  preservedActId: entityId,
  outcome: enumOf(PRESERVATION_OUTCOMES),
  note: optionalText,
})

/** 查封 or 扣押 (AEL Art. 9 items (二), (三)). */
export const COERCIVE_MEASURES = { seal: '查封', seize: '扣押' } as const

/** Longest period of a 查封/扣押 and of its one extension, in days (AEL Art. 25 para 1). */
export const COERCIVE_MEASURE_MAX_DAYS = 30

/**
 * 实施行政强制措施 (查封/扣押; AEL Arts. 18, 24, 25): what is sealed or seized, where, why and on
 * what basis, for how many days (at most thirty). Prints the 实施行政强制措施决定书 with the
 * 场所/设施/财物清单.
 */
export const CoerciveMeasureTakenPayload = z.object({
  documentNo: optionalText,
  measure: enumOf(COERCIVE_MEASURES),
  items: ItemListSchema,
  place: required('场所/存放地点', ITEM_TEXT_MAX),
  reason: text('实施理由'),
  legalBasis: text('实施依据'),
  days: z
    .number()
    .int('期限应为整数日')
    .min(1, '期限至少一日')
    .max(COERCIVE_MEASURE_MAX_DAYS, '查封、扣押的期限不得超过三十日（行政强制法第二十五条第一款）'),
  approver: text('批准的负责人'),
  approverId: entityId.optional(),
  /**
   * A third party entrusted with what is sealed (AEL Art. 26 para 2: only 查封 property may be
   * entrusted): name, address, phone; prints the 委托保管书 (form 26).
   */
  custodian: optionalText,
  custodianAddress: optionalText,
  custodianPhone: optionalText,
})

/** 延长行政强制措施期限 (AEL Art. 25 paras 1–2): once, by at most thirty days, with reasons. */
export const CoerciveMeasureExtendedPayload = z.object({
  documentNo: optionalText,
  measureActId: entityId,
  days: z
    .number()
    .int('延长天数应为整数日')
    .min(1, '延长至少一日')
    .max(COERCIVE_MEASURE_MAX_DAYS, '延长期限不得超过三十日（行政强制法第二十五条第一款）'),
  reason: text('延长理由'),
  approver: text('批准的负责人'),
  approverId: entityId.optional(),
})

/** Grounds for lifting a 查封/扣押 (AEL Art. 28 para 1 items (一)–(五)). */
export const LIFT_GROUNDS = {
  noViolation: '当事人没有违法行为',
  unrelated: '查封、扣押的场所、设施或者财物与违法行为无关',
  decided: '已经对违法行为作出处理决定，不再需要查封、扣押',
  expired: '查封、扣押期限已经届满',
  notNeeded: '其他不再需要采取查封、扣押措施的情形',
} as const

/** 解除行政强制措施 (AEL Art. 28): the measure lifted, the ground, and the property returned. */
export const CoerciveMeasureLiftedPayload = z.object({
  documentNo: optionalText,
  measureActId: entityId,
  ground: enumOf(LIFT_GROUNDS),
  note: optionalText,
  returnedOn: legalDate.optional(),
})

/**
 * Why sealed or seized goods may not be kept long (SAMR-PR Art. 41 para 3: 容易损毁、灭失、变质、
 * 保管困难或者保管费用过高、季节性商品等不宜长期保存的物品).
 */
export const PERISHABLE_REASONS = {
  lost: '容易损毁、灭失',
  spoiling: '容易变质',
  hardToKeep: '保管困难',
  costly: '保管费用过高',
  seasonal: '季节性商品',
  other: '其他不宜长期保存的情形',
} as const

/**
 * On what the 先行处置 rests (SAMR-PR Art. 41 para 3): the rights holder agreed or applied
 * (先行处置物品确认书, form 27), or the rights holder is not known and a notice was published
 * (先行处置物品公告, form 28), after which the goods may be disposed of if nobody agrees or applies.
 */
export const ADVANCE_DISPOSAL_GROUNDS = {
  consent: '权利人同意或者申请',
  publicNotice: '权利人不明确，依法公告',
} as const

/**
 * 先行处置 (SAMR-PR Art. 41 para 3, consolidated text read 2026-12-06): goods under 查封/扣押 that
 * may not be kept long, before they are determined to be confiscated, with the rights holder's
 * consent or application (or after a public notice when the rights holder is not known) and the
 * head's approval, disposed of after the evidence is kept by other means; the proceeds are managed
 * as case cash. Items come from the 查封/扣押 act (`sourceActId`).
 */
export const AdvanceDisposalPayload = z
  .object({
    documentNo: optionalText,
    sourceActId: entityId,
    items: ItemListSchema,
    reason: enumOf(PERISHABLE_REASONS),
    ground: enumOf(ADVANCE_DISPOSAL_GROUNDS),
    /** Who agreed or applied (ground `consent`): name, and for a unit its representative. */
    rightsHolder: optionalText,
    /** Ground `publicNotice`: the last day a rights holder may come forward. */
    claimBy: legalDate.optional(),
    /** How the evidence is kept before disposal (拍照、录像、抽样留存 …). */
    evidenceKept: text('留存证据的措施'),
    /** How the goods are disposed of (依法拍卖、变卖 …). */
    method: text('处置方式'),
    approver: text('批准的负责人'),
    approverId: entityId.optional(),
  })
  .refine((p) => p.ground !== 'consent' || Boolean(p.rightsHolder?.trim()), {
    path: ['rightsHolder'],
    message: '权利人同意或者申请先行处置的，请填写权利人',
  })
  .refine((p) => p.ground !== 'publicNotice' || p.claimBy !== undefined, {
    path: ['claimBy'],
    message: '权利人不明确而公告的，请填写公告期满日期',
  })

/** What happened to a kept or seized item (涉案物品处理记录). */
export const ITEM_DISPOSITIONS = {
  returned: '返还当事人',
  confiscated: '没收',
  destroyed: '销毁',
  auctioned: '拍卖、变卖',
  transferred: '移送有关机关',
  other: '其他',
} as const

/** One handled item: the item as listed by the act it came from, and what was done with it. */
export const HandledItemSchema = z.object({
  name: required('名称', ITEM_TEXT_MAX),
  quantity: quantityText,
  unit: required('单位', ITEM_UNIT_MAX),
  disposition: enumOf(ITEM_DISPOSITIONS),
  note: limited('备注', ITEM_NOTE_MAX).optional(),
})
/** One handled item. */
export type HandledItem = z.infer<typeof HandledItemSchema>

/**
 * 涉案物品处理 (form 52): what was done with each item kept (先行登记保存) or sealed/seized
 * (查封/扣押) by an earlier act of the case — returned, confiscated, destroyed … — where, with
 * the officers present and a witness.
 */
export const SeizedItemsHandledPayload = z.object({
  sourceActId: entityId,
  items: z
    .array(HandledItemSchema)
    .min(1, '请至少填写一项物品')
    .max(ITEM_ROWS_MAX, `一份记录最多${ITEM_ROWS_MAX}项`),
  place: required('处理地点', ITEM_TEXT_MAX),
  handlerIds: z.array(entityId).min(2, '涉案物品处理应有两名以上执法人员'),
  witness: optionalText,
  note: optionalText,
})

/**
 * One sample of a 抽样记录 (form 29): the product as labelled, how many were taken from how many
 * (抽样基数), and how many kept back as 备样. Quantities as typed (integer or decimal strings).
 */
export const SampleRowSchema = z.object({
  name: required('样品名称', ITEM_TEXT_MAX),
  spec: limited('规格型号', ITEM_TEXT_MAX).optional(),
  batch: limited('生产日期/批号', ITEM_TEXT_MAX).optional(),
  quantity: quantityText,
  unit: required('单位', ITEM_UNIT_MAX),
  base: quantityText,
  spare: quantityText.optional(),
})
/** One sample row. */
export type SampleRow = z.infer<typeof SampleRowSchema>

/**
 * 抽样取证 (APL Art. 56 allows sampling to gather evidence; Art. 42: two or more officers; the
 * SAMR-PR article on the 抽样记录 was not confirmed [U]): what was sampled, where, by whom, who was
 * present for the party, and how the samples were sealed and kept.
 */
export const SamplingDonePayload = z.object({
  samples: z
    .array(SampleRowSchema)
    .min(1, '请至少填写一个样品')
    .max(ITEM_ROWS_MAX, `一份记录最多${ITEM_ROWS_MAX}个样品`),
  place: required('抽样地点', ITEM_TEXT_MAX),
  samplerIds: z.array(entityId).min(2, '抽样应有两名以上执法人员（行政处罚法第四十二条）'),
  presentName: optionalText,
  method: optionalText,
  storage: optionalText,
})

/**
 * 电子数据证据提取 (form 12 电子数据证据提取笔录): where and from what the data were taken (载体 or
 * platform), how, each file or record with its format and check value, the storage medium, the
 * officers and the person present; start and end time like the other records.
 */
export const ElectronicDataExtractedPayload = z.object({
  place: required('提取地点', ITEM_TEXT_MAX),
  startTime: optionalTime,
  endTime: optionalTime,
  extractorIds: z
    .array(entityId)
    .min(2, '提取电子数据应有两名以上执法人员（行政处罚法第四十二条）'),
  recorder: optionalText,
  recorderId: entityId.optional(),
  presentName: optionalText,
  carrier: text('电子数据载体或来源'),
  method: text('提取方法'),
  items: z.array(text('提取的电子数据')).min(1, '请至少填写一项提取的电子数据'),
  medium: optionalText,
})
