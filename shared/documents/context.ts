/**
 * The document context: everything about the issuing office and the moment of issue that a
 * template needs, already resolved by the caller for the document's date (contact details are
 * versioned; the caller picks the version in force on `documentDate`). Builders never read the
 * clock or a database: the same input and context always give the same definition.
 */
import { z } from 'zod'
import { legalDateSchema, requiredText } from './schemas'
import { BUNDLED_FONT_SET, type FontSet } from './fonts/font-set'
import type { DocumentKind } from './kinds'

/** Default complaint/report hotline (投诉举报处理暂行办法 Art. 36). */
export const DEFAULT_COMPLAINT_HOTLINE = '12315'

/** The contact block printed on party-facing documents (鄂市监法〔2022〕42号 item 十五). */
export const contactBlockSchema = z.object({
  contactPerson: requiredText('联系人'),
  contactPhone: requiredText('联系电话'),
  contactAddress: requiredText('联系地址'),
  complaintHotline: z.string().trim().min(1).default(DEFAULT_COMPLAINT_HOTLINE),
})
export type ContactBlock = z.infer<typeof contactBlockSchema>

/** Where and how fines are paid (APL Art. 67). */
export const paymentDetailsSchema = z.object({
  payee: requiredText('收款单位（户名）'),
  bank: requiredText('开户银行'),
  account: requiredText('账号'),
  /** Optional extra instructions, e.g. the non-tax payment platform. */
  note: z.string().trim().optional(),
})
export type PaymentDetails = z.infer<typeof paymentDetailsSchema>

/** The schema of the context (validated before building). */
export const documentContextSchema = z.object({
  /** Full name of the issuing office, e.g. 武汉市汉阳区市场监督管理局. */
  officeName: requiredText('执法机关全称'),
  /** 机关代字, e.g. 鄂汉阳 or 鄂汉阳市监 (both work, see joinDocPrefix). */
  officeCode: requiredText('机关代字'),
  contact: contactBlockSchema,
  /** 复议机关: the same-level people's government (ARL Arts. 24, 27), full name. */
  reviewBody: requiredText('行政复议机关（本级人民政府全称）'),
  /** The court where the office sits (ALL Art. 18), full name. */
  court: requiredText('管辖法院全称'),
  payment: paymentDetailsSchema,
  /** The date printed on the document ('YYYY-MM-DD'); also the PDF creation date. */
  documentDate: legalDateSchema,
  /** Per-office overrides of the 文号 codes (docs/domain/numbering.md marks most codes [U]). */
  docCodeOverrides: z.record(z.string(), z.string().nullable()).default({}),
})

/** The resolved context for one document. */
export type DocumentContext = z.infer<typeof documentContextSchema> & {
  docCodeOverrides: Partial<Record<DocumentKind, string | null>>
  /** The font set the document will be rendered with (line pitch depends on its metrics). */
  fontSet?: FontSet
}

/** The font set of a context, defaulting to the bundled Noto set. */
export function fontSetOf(ctx: Pick<DocumentContext, 'fontSet'>): FontSet {
  return ctx.fontSet ?? BUNDLED_FONT_SET
}
