/**
 * Record schemas for the office's own settings: the office profile (机关档案), its versioned
 * contact details (联系方式版本) and the enforcement officers (执法人员).
 * Types are inferred from the schemas; messages are Chinese and say what to enter.
 */
import { z } from 'zod'

/** Mainland mobile number: 11 digits starting 13–19 (separators removed before checking). */
export const mobilePattern = /^1[3-9]\d{9}$/
/**
 * Phone numbers printed on documents: a mobile, a landline with area code and optional
 * extension (027-84851234, 027-84851234-801), a 400/800 number, or a short service number
 * such as the 12315 hotline.
 */
export const phonePattern =
  /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|[48]00-?\d{3}-?\d{4}|\d{5,8})$/

const required = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`)

/** Strip spaces (also full-width) that people type or paste into numbers. */
const compact = (value: string) => value.replace(/[\s\u3000]/g, '')

const phone = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .transform(compact)
    .pipe(
      z
        .string()
        .min(1, `请填写${label}`)
        .regex(phonePattern, `${label}格式不正确，请填写如 027-84851234、13812345678 或 12315`),
    )

const isoDate = (label: string) => z.iso.date({ error: `请选择${label}（格式 YYYY-MM-DD）` })

const isoTimestamp = z.iso.datetime({ offset: true })

/** Roles an officer can hold. Stored as these codes; shown with `officerRoleLabels`. */
export const officerRoleSchema = z.enum(['handler', 'legalReviewer', 'head'])
export type OfficerRole = z.infer<typeof officerRoleSchema>

/** Chinese labels for officer roles, in display order. */
export const officerRoleLabels: Record<OfficerRole, string> = {
  handler: '办案人员',
  legalReviewer: '法制审核人员',
  head: '负责人',
}

/** What a user enters for an officer. */
export const officerInputSchema = z.object({
  name: required('姓名', 30),
  certificateNo: z
    .string({ error: '请填写执法证号' })
    .transform((v) => compact(v).toUpperCase())
    .pipe(
      z
        .string()
        .min(1, '请填写执法证号')
        .regex(/^[A-Z0-9-]{4,30}$/, '执法证号只能包含字母、数字和“-”，长度 4–30 位'),
    ),
  unit: required('所属单位（科室/所）', 50),
  mobile: z
    .string({ error: '请填写手机号码' })
    .transform((v) => compact(v).replace(/-/g, ''))
    .pipe(
      z
        .string()
        .min(1, '请填写手机号码')
        .regex(mobilePattern, '手机号码应为 11 位数字，以 13–19 开头，如 13812345678'),
    ),
  roles: z
    .array(officerRoleSchema, { error: '请至少选择一个角色' })
    .min(1, '请至少选择一个角色')
    .transform((roles) => [...new Set(roles)]),
  active: z.boolean({ error: '请选择在岗状态' }),
})
export type OfficerInput = z.infer<typeof officerInputSchema>

/** An officer as stored (table `officers`). */
export const officerSchema = officerInputSchema.extend({
  id: z.uuid(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  /** Optional PIN (./pin.ts): a per-PIN salt and the salted SHA-256 hex; never the PIN itself. */
  pinSalt: z.string().min(1).max(100).optional(),
  pinHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
})
export type Officer = z.infer<typeof officerSchema>

/** How fines are paid: a bank account (all three fields) and/or an e-payment note. */
export const paymentSchema = z
  .object({
    bank: z.string().trim().max(60, '开户银行不能超过 60 个字'),
    accountName: z.string().trim().max(60, '户名不能超过 60 个字'),
    accountNumber: z
      .string()
      .transform(compact)
      .pipe(z.string().regex(/^[0-9-]{0,40}$/, '账号只能包含数字和“-”')),
    epayNote: z.string().trim().max(200, '电子缴款说明不能超过 200 个字'),
  })
  .superRefine((p, ctx) => {
    const bankFields = [p.bank, p.accountName, p.accountNumber]
    const filled = bankFields.filter((v) => v.length > 0).length
    if (filled > 0 && filled < 3) {
      const labels = ['开户银行', '户名', '账号'] as const
      const keys = ['bank', 'accountName', 'accountNumber'] as const
      keys.forEach((key, i) => {
        if (bankFields[i] === '')
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `请填写${labels[i]}（银行账户三项需填写完整）`,
          })
      })
    }
    if (filled === 0 && p.epayNote.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['bank'],
        message: '请填写罚款缴纳方式：银行账户三项或电子缴款说明',
      })
    }
  })
export type Payment = z.infer<typeof paymentSchema>

/** One 文书代字: 1–10 characters, no spaces, brackets or digits (they would break the 文号). */
export const formCodeSchema = z
  .string({ error: '请填写文书代字' })
  .trim()
  .min(1, '请填写文书代字，如“处罚”；不改动请保留默认值')
  .max(10, '文书代字不能超过 10 个字')
  .regex(/^[^\s〔〕[\]()（）0-9]+$/, '文书代字不含空格、括号和数字，如“处罚”')

/** The stable part of the office profile (not versioned). */
export const officeProfileInputSchema = z.object({
  fullName: required('机关全称', 60),
  docCode: z
    .string({ error: '请填写文号机关代字' })
    .trim()
    .min(1, '请填写文号机关代字，如“鄂汉阳市监”')
    .max(20, '文号机关代字不能超过 20 个字')
    .regex(/^[^\s〔〕[\]()（）0-9]+$/, '文号机关代字不含空格、括号和数字，如“鄂汉阳市监”'),
  reviewAuthority: required('复议机关（本级人民政府全称）', 60),
  court: required('管辖法院', 60),
  payment: paymentSchema,
  /**
   * The office's own 文书代字 per document kind (the part of the 文号 after the 机关代字, e.g.
   * 处罚 in 鄂汉阳市监处罚〔2026〕12号); a kind without an entry uses its default. Absent on
   * profiles saved before it existed (docs/domain/numbering.md).
   */
  formCodes: z.record(z.string(), formCodeSchema).optional(),
})
export type OfficeProfileInput = z.infer<typeof officeProfileInputSchema>

/** Fixed key of the single profile record. */
export const officeProfileId = 'office'

/** The office profile as stored (table `officeProfile`, one record). */
export const officeProfileSchema = officeProfileInputSchema.extend({
  id: z.literal(officeProfileId),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
})
export type OfficeProfile = z.infer<typeof officeProfileSchema>

/** Default complaint/report hotline (投诉举报处理暂行办法 Art. 36; Hubei opinion item 十五). */
export const defaultComplaintHotline = '12315'

/** Contact details printed on party-facing documents; versioned by effective date. */
export const contactDetailsInputSchema = z.object({
  contactPerson: required('联系人', 30),
  contactPhone: phone('联系电话'),
  address: required('联系地址', 100),
  postalCode: z
    .string({ error: '请填写邮编' })
    .transform(compact)
    .pipe(z.string().regex(/^\d{6}$/, '邮编应为 6 位数字，如 430050')),
  complaintHotline: phone('投诉举报电话'),
  effectiveFrom: isoDate('生效日期'),
})
export type ContactDetailsInput = z.infer<typeof contactDetailsInputSchema>

/** A stored contact version (table `contactVersions`). Never edited after it is written. */
export const contactVersionSchema = contactDetailsInputSchema.extend({
  id: z.uuid(),
  createdAt: isoTimestamp,
})
export type ContactVersion = z.infer<typeof contactVersionSchema>
