/**
 * Zod schemas for the resolved DTOs that templates take. Shared pieces (party, officer, dates,
 * money) live here so every template validates them the same way. Messages are Chinese and say
 * what to enter.
 */
import { z } from 'zod'
import { parseLegalDate } from '../util/date'
import { FineRuleSchema } from '../discretion/item'
import { ID_DOCUMENT_TYPES, REPRESENTATIVE_TITLES, type Party } from '../domain/case/party'
import { enumOf } from '../domain/case/common'
import type { CaseOfficer } from '../domain/case/case'
import { DiscretionBandsSchema } from '../discretion/types'

/** A legal date 'YYYY-MM-DD' that exists in the calendar. */
export const legalDateSchema = z.string().refine(
  (value) => {
    try {
      parseLegalDate(value)
      return true
    } catch {
      return false
    }
  },
  { message: '请填写有效日期（YYYY-MM-DD）。' },
)

/** A clock time 'HH:mm'. */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { message: '请填写有效时间（HH:mm）。' })

/**
 * The header every 笔录/记录 starts with: the case number (blank before filing), the day, and the
 * time span (the end after the start: input-checks.ts). Spread into each record's schema.
 */
export const recordTimeShape = {
  caseNumber: z.string().trim().default(''),
  date: legalDateSchema,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema,
}

/**
 * A domain enum in a template input: the keys of the domain's label table (`labels`), so documents
 * and acts share one vocabulary. `legacy` maps the keys or printed labels that snapshots frozen
 * before the documents took the domain's keys still hold, so a reprint reads them
 * (docs/decisions.md, "One vocabulary for documents").
 */
export function domainEnum<K extends string, L extends string = never>(
  labels: Record<K, string>,
  legacy: Record<L, NoInfer<K>> = {} as Record<L, NoInfer<K>>,
) {
  const keys = [...Object.keys(labels), ...Object.keys(legacy)] as [K | L, ...(K | L)[]]
  return z.enum(keys).transform((v): K => (Object.hasOwn(legacy, v) ? legacy[v as L] : (v as K)))
}

/** A required, non-blank text field. */
export const requiredText = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `请填写${label}。` })

/** Money in integer 分. */
export const fenSchema = z
  .number()
  .int({ message: '金额以分为单位，应为整数。' })
  .nonnegative({ message: '金额不能为负数。' })

/** The allocated number of a document: the year and serial of its 文号 (null serial = draft). */
export const docNumberSchema = z.object({
  year: z.number().int().min(1900).max(9999),
  serial: z.number().int().positive().nullable(),
})
export type DocNumberInput = z.infer<typeof docNumberSchema>

const optionalTrimmed = z.string().trim().optional()

/**
 * The party block (当事人), per the 2021 使用指南 for form 45 (docs/domain/documents.md): the case's
 * own {@link Party} — the same kinds, fields and enums as `shared/domain/case/party.ts` — checked
 * for what printing needs. Identifiers are not re-validated here: a document prints what the case
 * holds, and `identifier-warnings.ts` tells the reviewer when a check digit is wrong.
 */
const partyShapeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('organisation'),
    name: requiredText('当事人名称'),
    uscc: optionalTrimmed,
    licenceName: optionalTrimmed,
    licenceNo: optionalTrimmed,
    legalRepresentative: requiredText('法定代表人（负责人）'),
    representativeTitle: z.enum(REPRESENTATIVE_TITLES).optional(),
    address: requiredText('住所'),
    phone: optionalTrimmed,
  }),
  z.object({
    kind: z.literal('soleTrader'),
    name: requiredText('字号名称'),
    uscc: optionalTrimmed,
    operatorName: requiredText('经营者姓名'),
    operatorIdNo: requiredText('经营者身份证件号码'),
    address: requiredText('经营场所'),
    phone: optionalTrimmed,
  }),
  z.object({
    kind: z.literal('naturalPerson'),
    name: requiredText('姓名'),
    idType: enumOf(ID_DOCUMENT_TYPES),
    idNo: requiredText('身份证件号码'),
    address: requiredText('住址'),
    phone: optionalTrimmed,
  }),
])

const ID_TYPE_OF_LABEL = new Map(
  Object.entries(ID_DOCUMENT_TYPES).map(([key, label]) => [label as string, key]),
)

/**
 * Snapshots frozen before the documents took the domain's party (docs/decisions.md, "One
 * vocabulary for documents") held a printed shape: `individualBusiness`, `idNumber`, the ID type's
 * label, `legalRepresentativeTitle`. They are read as the domain's party, so a reprint gives the
 * same document.
 */
function fromFormerPartyShape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const { idNumber, legalRepresentativeTitle, ...rest } = value as Record<string, unknown>
  switch (rest['kind']) {
    case 'individualBusiness':
      return { ...rest, kind: 'soleTrader', operatorIdNo: rest['operatorIdNo'] ?? idNumber }
    case 'naturalPerson': {
      if (idNumber === undefined) return value
      const idType = rest['idType'] ?? '居民身份证'
      return {
        ...rest,
        idType: (typeof idType === 'string' && ID_TYPE_OF_LABEL.get(idType)) || idType,
        idNo: rest['idNo'] ?? idNumber,
      }
    }
    case 'organisation':
      return legalRepresentativeTitle === undefined
        ? value
        : { ...rest, representativeTitle: rest['representativeTitle'] ?? legalRepresentativeTitle }
    default:
      return value
  }
}

/** The party block of every template (the domain's {@link Party}). */
export const partySchema: z.ZodType<Party, unknown> = z.preprocess(
  fromFormerPartyShape,
  partyShapeSchema,
)

/**
 * An officer as a document names them: the case officer's name and 执法证号 (APL Art. 42), i.e.
 * `CaseOfficer` of shared/domain/case/case.ts without the register id.
 */
export const printedOfficerSchema = z.object({
  name: requiredText('执法人员姓名'),
  certificateNo: requiredText('执法证号'),
}) satisfies z.ZodType<Omit<CaseOfficer, 'officerId'>>
/** Parsed {@link printedOfficerSchema}. */
export type PrintedOfficer = z.infer<typeof printedOfficerSchema>

/** At least two officers (APL Art. 42; SAMR-PR Art. 19). */
export const twoOfficersSchema = z
  .array(printedOfficerSchema)
  .min(2, { message: '执法人员不得少于两人（《行政处罚法》第四十二条），请再添加一名执法人员。' })

/** A signed opinion on an internal form: text, signer, date. */
export const opinionSchema = z.object({
  text: requiredText('意见'),
  signer: requiredText('签名人'),
  date: legalDateSchema,
})
export type Opinion = z.infer<typeof opinionSchema>

/** A penalty as a notice or decision prints it: the APL Art. 9 kind, the amount, a detail. */
export const penaltyLineSchema = z.object({
  type: z.enum([
    '警告',
    '通报批评',
    '罚款',
    '没收违法所得',
    '没收非法财物',
    '暂扣许可证件',
    '降低资质等级',
    '吊销许可证件',
    '限制开展生产经营活动',
    '责令停产停业',
    '责令关闭',
    '限制从业',
    '其他',
  ]),
  /** For 罚款 and 没收违法所得: the amount in 分. */
  amountFen: fenSchema.optional(),
  /** Free text for the item (e.g. the goods confiscated), printed after the type. */
  detail: z.string().trim().optional(),
})
export type PenaltyLine = z.infer<typeof penaltyLineSchema>

/** The facts a fine rule is computed from (integer 分), as frozen with a document. */
export const fineFactsSchema = z.object({
  goodsValueFen: fenSchema.optional(),
  illegalGainsFen: fenSchema.optional(),
  adFeeFen: fenSchema.optional(),
  turnoverFen: fenSchema.optional(),
  baseUnusable: z.boolean().optional(),
})

/**
 * One violation of a case as printed on a report, review, notice or decision: its name, the
 * provisions violated, the basis, its own penalty (several violations are decided separately and
 * then combined) and its discretion. `fine` carries what
 * the 法制审核表 computes the discretion sentence from (rule snapshot, facts, the office's bands),
 * so the printed sentence always agrees with the numbers (docs/domain/discretion.md).
 */
export const violationPenaltySchema = z
  .object({
    name: requiredText('违法行为名称'),
    violates: requiredText('违反的条款'),
    basis: requiredText('处罚依据'),
    penalties: z.array(penaltyLineSchema).min(1, { message: '请至少填写一项处罚内容。' }),
    discretion: z.enum(['general', 'lighter', 'heavier', 'mitigated']).default('general'),
    /** 从轻/从重/减轻 grounds as printed (labels, not keys). */
    grounds: z.array(requiredText('裁量情节')).default([]),
    reason: z.string().trim().optional(),
    fine: z
      .object({
        rule: FineRuleSchema,
        facts: fineFactsSchema,
        fineFen: fenSchema,
        bands: DiscretionBandsSchema,
      })
      .optional(),
  })
  .refine(
    (v) =>
      !v.fine ||
      v.fine.fineFen ===
        v.penalties.filter((p) => p.type === '罚款').reduce((t, p) => t + (p.amountFen ?? 0), 0),
    {
      path: ['fine', 'fineFen'],
      message: '裁量计算所用的罚款金额与该违法行为的罚款不一致，请核对。',
    },
  )
export type ViolationPenalty = z.input<typeof violationPenaltySchema>

/** 责令改正 joined to a decision (APL Art. 28 para 1): at once, or by a date, with what to do. */
export const decisionCorrectionSchema = z
  .object({
    mode: z.enum(['immediate', 'byDate']),
    dueOn: legalDateSchema.optional(),
    requirement: requiredText('改正要求'),
  })
  .refine((c) => c.mode === 'immediate' || c.dueOn !== undefined, {
    path: ['dueOn'],
    message: '限期改正须填写改正期限。',
  })
