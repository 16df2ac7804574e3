/**
 * The documents of 先行登记保存 and 查封/扣押 (forms 19–24 of the 2021 model set; layout [U],
 * docs/domain/documents.md):
 * - 先行登记保存证据通知书 (19) and 解除先行登记保存证据通知书 (20): APL Art. 56 (registered and
 *   kept with the head's approval, decided within seven days — working days, APL Art. 85;
 *   SAMR-PR Art. 35);
 * - 实施行政强制措施决定书 (21), 延长行政强制措施期限决定书 (22), 解除行政强制措施决定书 (23): AEL
 *   Arts. 24, 25, 28 (the decision states reasons, basis, the property and its list, the period,
 *   and the remedies; an extension is told in writing with its reasons; a lift returns the
 *   property);
 * - 证据提取单 (11) from a 证据登记, and 电子数据证据提取笔录 (12), a record;
 * - 抽样记录 (29): the samples taken, their base and spares, signed on every page;
 * - 涉案物品处理记录 (52): what was done with each kept or seized item, signed on every page;
 * - 委托保管书 (26): sealed property entrusted to a third party (AEL Art. 26 para 2);
 * - 场所/设施/财物清单 (24): the list handed over with a 查封/扣押 decision or a preservation
 *   notice, signed by the party and the officers (AEL Art. 24 para 1).
 * The notices and decisions are handed to the party (contact block, sign-off, seal); the list is
 * a form signed at the scene.
 */
import { z } from 'zod'
import type { ContentObject, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import {
  docNumberSchema,
  legalDateSchema,
  partySchema,
  recordTimeShape,
  requiredText,
  twoOfficersSchema,
} from '../schemas'
import { recordPeriod } from './record-time'
import { documentFrame, internalDocument, officialDocument, signatureLine } from '../blocks/frame'
import { confirmationRow, formCaption, formTable, signatureRow } from '../blocks/form-table'
import { gridTable, itemTable, printedItemsSchema } from '../blocks/item-table'
import { officersText, partyPronoun, partySummary } from '../blocks/party'
import { para, runs, salutation } from '../blocks/text'
import { LINE_PITCH } from '../layout'
import { reviewOrLitigationSentence } from '../blocks/rights'
import { lengthText, periodText } from '../../domain/case/period-text'
import { formatChineseDate } from '../../util/date'

const measureSchema = z.enum(['查封', '扣押'])
const optionalText = z.string().trim().default('')

// ---------------------------------------------------------------------------------------------
// 19 先行登记保存证据通知书

export const evidencePreservationNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  /** Why the evidence is kept (证据可能灭失或者以后难以取得 …); a sentence without the final 。 */
  reason: optionalText,
  goods: printedItemsSchema,
  storage: z.enum(['就地保存', '异地保存']),
  place: requiredText('保存地点'),
})
export type EvidencePreservationNoticeInput = z.input<typeof evidencePreservationNoticeInputSchema>

/** Builds the 先行登记保存证据通知书. */
export function buildEvidencePreservationNoticeDoc(
  raw: EvidencePreservationNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = evidencePreservationNoticeInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const why = input.reason.replace(/[。；]$/, '') || '证据可能灭失或者以后难以取得'
  return officialDocument({
    kind: 'evidencePreservationNotice',
    ctx,
    number: input.docNumber,
    body: [
      salutation(input.party.name),
      para(
        `因${why}，根据《中华人民共和国行政处罚法》第五十六条的规定，经本局负责人批准，本局决定对${p}的下列物品予以先行登记保存（${input.storage}，保存地点：${input.place}）：`,
      ),
      itemTable(input.goods),
      para(
        `本局将在${periodText('PRESERVE_DECISION')}内依法作出处理决定；逾期未作出处理决定的，先行登记保存措施自动解除（《市场监督管理行政处罚程序规定》第三十五条）。`,
      ),
      para(`在此期间，${p}或者有关人员不得损毁、销毁或者转移上述物品。`),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 20 解除先行登记保存证据通知书

export const preservationReleaseNoticeInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  preservedOn: legalDateSchema,
  /** 文号 of the 先行登记保存证据通知书. */
  noticeNumber: requiredText('先行登记保存证据通知书文号'),
  /** What was decided about the evidence (SAMR-PR Art. 35 para 1), without the final 。 */
  outcome: requiredText('处理情况'),
  goods: printedItemsSchema,
})
export type PreservationReleaseNoticeInput = z.input<typeof preservationReleaseNoticeInputSchema>

/** Builds the 解除先行登记保存证据通知书. */
export function buildPreservationReleaseNoticeDoc(
  raw: PreservationReleaseNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = preservationReleaseNoticeInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  return officialDocument({
    kind: 'preservationReleaseNotice',
    ctx,
    number: input.docNumber,
    body: [
      salutation(input.party.name),
      para(
        `本局于${formatChineseDate(input.preservedOn)}以${input.noticeNumber}《先行登记保存证据通知书》对${p}的下列物品予以先行登记保存。现${input.outcome.replace(/[。；]$/, '')}，根据《中华人民共和国行政处罚法》第五十六条、《市场监督管理行政处罚程序规定》第三十五条的规定，本局决定自即日起解除先行登记保存：`,
      ),
      itemTable(input.goods),
      para(`请${p}核对上述物品。`),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 21 实施行政强制措施决定书

export const coerciveMeasureDecisionInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  measure: measureSchema,
  /** Why (the suspected violation), without the final 。 */
  reason: requiredText('实施理由'),
  legalBasis: requiredText('实施依据'),
  goods: printedItemsSchema,
  place: requiredText('场所/存放地点'),
  startOn: legalDateSchema,
  days: z.number().int().min(1).max(30),
  /** The last day of the period (start day not counted; rolled past a holiday). */
  endOn: legalDateSchema,
})
export type CoerciveMeasureDecisionInput = z.input<typeof coerciveMeasureDecisionInputSchema>

/** Builds the 实施行政强制措施决定书 (the items are printed in it and on the 清单). */
export function buildCoerciveMeasureDecisionDoc(
  raw: CoerciveMeasureDecisionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = coerciveMeasureDecisionInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const m = input.measure
  return officialDocument({
    kind: 'coerciveMeasureDecision',
    ctx,
    number: input.docNumber,
    body: [
      salutation(input.party.name),
      para(
        `经查，${input.reason.replace(/[。；]$/, '')}。根据${input.legalBasis}和《中华人民共和国行政强制法》第十八条、第二十四条的规定，经本局负责人批准，本局决定对${p}的下列场所、设施或者财物实施${m}（详见《场所/设施/财物清单》）：`,
      ),
      itemTable(input.goods),
      para(
        `${m}地点：${input.place}。${m}期限为${lengthText(input.days, 'natural')}，自${formatChineseDate(input.startOn)}起至${formatChineseDate(input.endOn)}止；情况复杂的，经本局负责人批准可以延长，但延长期限不超过三十日。对物品需要进行检测、检验、检疫或者技术鉴定的，${m}的期间不包括检测、检验、检疫或者技术鉴定的期间（《中华人民共和国行政强制法》第二十五条）。`,
      ),
      para(`在${m}期间，${p}不得擅自使用、转移、损毁、隐匿被${m}的场所、设施或者财物。`),
      para(
        reviewOrLitigationSentence({
          documentName: '决定',
          reviewBody: ctx.reviewBody,
          court: ctx.court,
        }),
      ),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 22 延长行政强制措施期限决定书

export const coerciveMeasureExtensionInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  measure: measureSchema,
  decisionNumber: requiredText('实施行政强制措施决定书文号'),
  decisionDate: legalDateSchema,
  /** The last day before the extension. */
  previousEndOn: legalDateSchema,
  days: z.number().int().min(1).max(30),
  endOn: legalDateSchema,
  reason: requiredText('延长理由'),
})
export type CoerciveMeasureExtensionInput = z.input<typeof coerciveMeasureExtensionInputSchema>

/** Builds the 延长行政强制措施期限决定书. */
export function buildCoerciveMeasureExtensionDoc(
  raw: CoerciveMeasureExtensionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = coerciveMeasureExtensionInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const m = input.measure
  return officialDocument({
    kind: 'coerciveMeasureExtension',
    ctx,
    number: input.docNumber,
    body: [
      salutation(input.party.name),
      para(
        `本局于${formatChineseDate(input.decisionDate)}以${input.decisionNumber}《实施行政强制措施决定书》对${p}的有关场所、设施或者财物实施${m}，期限至${formatChineseDate(input.previousEndOn)}止。因${input.reason.replace(/[。；]$/, '')}，根据《中华人民共和国行政强制法》第二十五条第一款、第二款的规定，经本局负责人批准，本局决定将${m}期限延长${lengthText(input.days, 'natural')}，至${formatChineseDate(input.endOn)}止。`,
      ),
      para(
        reviewOrLitigationSentence({
          documentName: '决定',
          reviewBody: ctx.reviewBody,
          court: ctx.court,
        }),
      ),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 23 解除行政强制措施决定书

export const coerciveMeasureReleaseInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  party: partySchema,
  measure: measureSchema,
  decisionNumber: requiredText('实施行政强制措施决定书文号'),
  decisionDate: legalDateSchema,
  /** The AEL Art. 28 para 1 ground, without the final 。 */
  ground: requiredText('解除理由'),
  /** The item number of AEL Art. 28 para 1 (1–5). */
  groundItem: z.number().int().min(1).max(5),
  goods: printedItemsSchema,
  place: requiredText('财物存放地点'),
  returnedOn: legalDateSchema.optional(),
})
export type CoerciveMeasureReleaseInput = z.input<typeof coerciveMeasureReleaseInputSchema>

const ITEM_NO = ['一', '二', '三', '四', '五']

/** Builds the 解除行政强制措施决定书. */
export function buildCoerciveMeasureReleaseDoc(
  raw: CoerciveMeasureReleaseInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = coerciveMeasureReleaseInputSchema.parse(raw)
  const p = partyPronoun(input.party)
  const m = input.measure
  const back = input.returnedOn
    ? `上述财物已于${formatChineseDate(input.returnedOn)}返还${p}。`
    : `请${p}自收到本决定书之日起到${input.place}办理财物返还手续。`
  return officialDocument({
    kind: 'coerciveMeasureRelease',
    ctx,
    number: input.docNumber,
    body: [
      salutation(input.party.name),
      para(
        `本局于${formatChineseDate(input.decisionDate)}以${input.decisionNumber}《实施行政强制措施决定书》对${p}的下列场所、设施或者财物实施${m}。因${input.ground.replace(/[。；]$/, '')}，根据《中华人民共和国行政强制法》第二十八条第一款第${ITEM_NO[input.groundItem - 1]}项的规定，本局决定自即日起解除${m}：`,
      ),
      itemTable(input.goods),
      para(back),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 24 场所/设施/财物清单

export const propertyListInputSchema = z.object({
  caseNumber: optionalText,
  party: partySchema,
  /** What the list belongs to: 先行登记保存 / 查封 / 扣押. */
  measure: z.enum(['先行登记保存', '查封', '扣押']),
  /** The 文号 of the notice or decision it is attached to ('' while not yet issued). */
  attachedNumber: optionalText,
  date: legalDateSchema,
  place: requiredText('存放地点'),
  goods: printedItemsSchema,
})
export type PropertyListInput = z.input<typeof propertyListInputSchema>

/** Builds the 场所/设施/财物清单 (signed by the party and the officers). */
export function buildPropertyListDoc(
  raw: PropertyListInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = propertyListInputSchema.parse(raw)
  const attached =
    input.measure === '先行登记保存' ? '《先行登记保存证据通知书》' : '《实施行政强制措施决定书》'
  return internalDocument({
    kind: 'propertyList',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '当事人', value: partySummary(input.party) }],
        [
          { label: '措施', value: input.measure },
          { label: '日期', value: formatChineseDate(input.date) },
        ],
        [{ label: '所附文书', value: `${attached}${input.attachedNumber}` }],
        [{ label: '存放地点', value: input.place }],
      ]),
      itemTable(input.goods),
      formTable([
        [
          {
            label: '',
            value: `以上物品共${input.goods.length}项，经当事人核对无误。本清单一式两份，一份交当事人，一份附卷。`,
          },
        ],
        signatureRow('当事人签名'),
        signatureRow('执法人员签名'),
      ]),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 25 封条

export const sealStripInputSchema = z.object({
  measure: measureSchema,
  /** 文号 of the 实施行政强制措施决定书 the seal belongs to ('' while not yet issued). */
  decisionNumber: optionalText,
  /** The day the seal is put on. */
  date: legalDateSchema,
  /** Strips to print, three to a page. */
  copies: z.number().int().min(1).max(12),
})
export type SealStripInput = z.input<typeof sealStripInputSchema>

/**
 * Builds the 封条 (form 25; layout [U], docs/domain/documents.md): strips of the type-area width,
 * each framed, with the office's name and 封 in large characters, the date, the seal mark and the
 * decision's 文号, and a warning not to break it. Three strips fit a page; they are cut apart
 * and put on the spot (AEL Art. 24 for the decision they rest on).
 */
export function buildSealStripDoc(raw: SealStripInput, ctx: DocumentContext): TDocumentDefinitions {
  const input = sealStripInputSchema.parse(raw)
  const strip = (): ContentObject => ({
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              {
                text: `${ctx.officeName}封`,
                style: 'tableTitle',
                fontSize: 26,
                margin: [0, 10, 0, 8],
              },
              {
                text: `${formatChineseDate(input.date)}\u3000\u3000（印章）`,
                alignment: 'center',
                margin: [0, 0, 0, 4],
              },
              {
                text: runs(
                  `${input.decisionNumber ? `依据${input.decisionNumber}《实施行政强制措施决定书》${input.measure}。` : ''}未经本局许可，任何人不得擅自启封、损毁封条。`,
                ),
                style: 'cell',
                fontSize: 10.5,
                alignment: 'center',
                margin: [0, 0, 0, 8],
              },
            ],
          },
        ],
      ],
    },
    unbreakable: true,
    margin: [0, 0, 0, LINE_PITCH * 1.5],
  })
  return documentFrame(
    'sealStrip',
    ctx,
    Array.from({ length: input.copies }, () => strip()),
  )
}

// ---------------------------------------------------------------------------------------------
// 52 涉案物品处理记录

const handledItemSchema = z.object({
  name: requiredText('物品名称'),
  quantity: requiredText('数量'),
  unit: requiredText('单位'),
  /** 返还当事人 / 没收 / 销毁 … as printed. */
  disposition: requiredText('处理方式'),
  note: z.string().trim().default(''),
})

export const handledItemsRecordInputSchema = z.object({
  caseNumber: optionalText,
  party: partySchema,
  date: legalDateSchema,
  place: requiredText('处理地点'),
  /** Where the items came from: 先行登记保存 / 查封 / 扣押, with its date. */
  source: z.enum(['先行登记保存', '查封', '扣押']),
  sourceDate: legalDateSchema,
  handled: z.array(handledItemSchema).min(1, { message: '请至少填写一项物品。' }),
  officers: twoOfficersSchema,
  witness: optionalText,
  note: optionalText,
})
export type HandledItemsRecordInput = z.input<typeof handledItemsRecordInputSchema>

/** Builds the 涉案物品处理记录 (form 52; a record: signatures and page count on every page). */
export function buildHandledItemsRecordDoc(
  raw: HandledItemsRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = handledItemsRecordInputSchema.parse(raw)
  const table = gridTable(
    ['序号', '名称', '数量', '单位', '处理方式', '备注'],
    [24, '*', 44, 34, 90, 90],
    input.handled.map((h, i) => [
      { center: String(i + 1) },
      h.name,
      { center: h.quantity },
      { center: h.unit },
      { center: h.disposition },
      h.note,
    ]),
  )
  return internalDocument({
    kind: 'handledItemsRecord',
    ctx,
    pageSignatures: ['当事人', '执法人员'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '当事人', value: partySummary(input.party) }],
        [
          { label: '处理日期', value: formatChineseDate(input.date) },
          { label: '物品来源', value: `${formatChineseDate(input.sourceDate)}${input.source}` },
        ],
        [{ label: '处理地点', value: input.place }],
        [{ label: '执法人员', value: officersText(input.officers) }],
        [{ label: '见证人', value: input.witness || '—' }],
      ]),
      table,
      formTable([[{ label: '说明', value: input.note || '无' }], signatureRow('见证人签名')]),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 29 抽样记录

const sampleSchema = z.object({
  name: requiredText('样品名称'),
  spec: z.string().trim().default(''),
  batch: z.string().trim().default(''),
  quantity: requiredText('抽样数量'),
  unit: requiredText('单位'),
  sampleBase: requiredText('抽样基数'),
  spare: z.string().trim().default(''),
})

export const samplingRecordInputSchema = z.object({
  caseNumber: optionalText,
  party: partySchema,
  date: legalDateSchema,
  place: requiredText('抽样地点'),
  officers: twoOfficersSchema,
  presentName: optionalText,
  samples: z.array(sampleSchema).min(1, { message: '请至少填写一个样品。' }),
  method: optionalText,
  storage: optionalText,
})
export type SamplingRecordInput = z.input<typeof samplingRecordInputSchema>

/**
 * Builds the 抽样记录 (form 29; layout [U]): the party, day, place, samplers, the person present,
 * one row per sample (名称, 规格型号, 生产日期/批号, 抽样数量 with unit, 抽样基数, 备样), the method
 * and how the samples were sealed and kept; signed on every page by the party and the samplers.
 */
export function buildSamplingRecordDoc(
  raw: SamplingRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = samplingRecordInputSchema.parse(raw)
  const withUnit = (n: string, unit: string) => (n ? `${n}${unit}` : '—')
  const table = gridTable(
    ['序号', '样品名称', '规格型号', '生产日期/批号', '抽样数量', '抽样基数', '备样'],
    [24, '*', 66, 76, 50, 50, 44],
    input.samples.map((x, i) => [
      { center: String(i + 1) },
      x.name,
      x.spec || '—',
      x.batch || '—',
      { center: withUnit(x.quantity, x.unit) },
      { center: withUnit(x.sampleBase, x.unit) },
      { center: withUnit(x.spare, x.unit) },
    ]),
  )
  return internalDocument({
    kind: 'samplingRecord',
    ctx,
    pageSignatures: ['被抽样单位', '抽样人员'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '被抽样单位', value: partySummary(input.party) }],
        [
          { label: '抽样日期', value: formatChineseDate(input.date) },
          { label: '在场人员', value: input.presentName || '—' },
        ],
        [{ label: '抽样地点', value: input.place }],
        [{ label: '抽样人员', value: officersText(input.officers) }],
      ]),
      table,
      formTable([
        [{ label: '抽样方法', value: input.method || '—' }],
        [{ label: '封存及保存', value: input.storage || '—' }],
        confirmationRow('被抽样单位意见'),
      ]),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 11 证据提取单

export const evidenceExtractionInputSchema = z.object({
  caseNumber: optionalText,
  party: partySchema,
  date: legalDateSchema,
  place: requiredText('提取地点'),
  provider: requiredText('证据提供人'),
  officers: twoOfficersSchema,
  /** The items of the 证据登记 as registered (名称、来源及证明的事实). */
  evidence: z.array(requiredText('证据')).min(1, { message: '请至少填写一项证据。' }),
})
export type EvidenceExtractionInput = z.input<typeof evidenceExtractionInputSchema>

/**
 * Builds the 证据提取单 (form 11; layout [U]): the evidence registered by one 证据登记, who
 * provided it, where and when it was taken and by which officers; the provider confirms by hand
 * that copies match the originals and signs (APL Art. 46 kinds of evidence; Art. 42 two officers).
 */
export function buildEvidenceExtractionDoc(
  raw: EvidenceExtractionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = evidenceExtractionInputSchema.parse(raw)
  return internalDocument({
    kind: 'evidenceExtraction',
    ctx,
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '当事人', value: partySummary(input.party) }],
        [
          { label: '提取日期', value: formatChineseDate(input.date) },
          { label: '证据提供人', value: input.provider },
        ],
        [{ label: '提取地点', value: input.place }],
        [{ label: '提取人员', value: officersText(input.officers) }],
        [
          {
            label: '提取的证据',
            value: input.evidence.map((e, i) => `${i + 1}. ${e}`).join('\n'),
            minHeight: 120,
          },
        ],
        confirmationRow('证据提供人核对意见'),
        signatureRow('证据提供人签名'),
        signatureRow('提取人员签名'),
      ]),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 12 电子数据证据提取笔录

export const electronicDataRecordInputSchema = z.object({
  ...recordTimeShape,
  place: requiredText('提取地点'),
  party: partySchema,
  officers: twoOfficersSchema,
  recorder: requiredText('记录人'),
  presentName: requiredText('电子数据持有人或在场人员'),
  carrier: requiredText('电子数据载体或来源'),
  method: requiredText('提取方法'),
  items: z.array(requiredText('提取的电子数据')).min(1, { message: '请至少填写一项电子数据。' }),
  medium: optionalText,
})
export type ElectronicDataRecordInput = z.input<typeof electronicDataRecordInputSchema>

/**
 * Builds the 电子数据证据提取笔录 (form 12; layout [U]): a record like the 现场笔录 — time, place,
 * officers, recorder, the person present — with the carrier or source of the data, the method,
 * each file or record taken with its check value, and the storage medium; signed with a page count
 * on every page (docs/documents-layout.md).
 */
export function buildElectronicDataRecordDoc(
  raw: ElectronicDataRecordInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = electronicDataRecordInputSchema.parse(raw)
  return internalDocument({
    kind: 'electronicDataRecord',
    ctx,
    pageSignatures: ['电子数据持有人', '执法人员'],
    caption: formCaption(input.caseNumber ? `案件编号：${input.caseNumber}` : ''),
    body: [
      formTable([
        [{ label: '提取时间', value: recordPeriod(input.date, input.startTime, input.endTime) }],
        [{ label: '提取地点', value: input.place }],
        [{ label: '当事人', value: partySummary(input.party) }],
        [{ label: '执法人员', value: officersText(input.officers) }],
        [
          { label: '记录人', value: input.recorder },
          { label: '在场人员', value: input.presentName },
        ],
        [{ label: '载体或来源', value: input.carrier }],
        [{ label: '提取方法', value: input.method }],
        [
          {
            label: '提取的电子数据',
            value: input.items.map((e, i) => `${i + 1}. ${e}`).join('\n'),
            minHeight: 120,
          },
        ],
        [{ label: '存储介质', value: input.medium || '—' }],
        confirmationRow('在场人员核对意见'),
        signatureRow('记录人签名'),
      ]),
    ],
  })
}

// ---------------------------------------------------------------------------------------------
// 26 实施行政强制措施场所/设施/财物委托保管书

export const custodyEntrustmentInputSchema = z.object({
  docNumber: docNumberSchema.nullable(),
  custodian: requiredText('受托保管人'),
  custodianAddress: optionalText,
  partyName: requiredText('当事人名称'),
  decisionNumber: requiredText('实施行政强制措施决定书文号'),
  decisionDate: legalDateSchema,
  goods: printedItemsSchema,
  place: requiredText('保管地点'),
})
export type CustodyEntrustmentInput = z.input<typeof custodyEntrustmentInputSchema>

/**
 * Builds the 实施行政强制措施场所/设施/财物委托保管书 (form 26; layout [U]): addressed to the third
 * party entrusted with sealed property (AEL Art. 26 para 2), naming the decision, the property and
 * where it is kept, the custodian's duties (no use, damage, moving or disposal), the office's
 * recourse for losses the custodian causes and that the office bears the costs (Art. 26
 * paras 1–3). Outgoing: 文号, contact block, seal; the custodian signs.
 */
export function buildCustodyEntrustmentDoc(
  raw: CustodyEntrustmentInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = custodyEntrustmentInputSchema.parse(raw)
  return officialDocument({
    kind: 'custodyEntrustment',
    ctx,
    number: input.docNumber,
    body: [
      salutation(input.custodian),
      para(
        `本局于${formatChineseDate(input.decisionDate)}以${input.decisionNumber}《实施行政强制措施决定书》对${input.partyName}的下列场所、设施或者财物实施查封。根据《中华人民共和国行政强制法》第二十六条第二款的规定，现委托你（单位）保管（详见《场所/设施/财物清单》）：`,
      ),
      itemTable(input.goods),
      para(
        `保管地点：${input.place}。保管期间自本委托书送达之日起至本局解除查封或者作出处理决定之日止。`,
      ),
      para(
        '在保管期间，你（单位）应当妥善保管上述场所、设施或者财物，不得使用、损毁或者擅自转移、处置。',
      ),
      para(
        '因你（单位）的原因造成损失的，本局先行赔付后依法向你（单位）追偿。保管费用由本局承担。',
      ),
    ],
    after: [signatureLine('受托保管人签名或者盖章', { withDate: false })],
  })
}
