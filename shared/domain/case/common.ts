// Small schema building blocks shared by the case schemas.
import { z } from 'zod'
import { isIsoDate } from '../../util/date'

/** A legal date 'YYYY-MM-DD' (a real calendar date). */
export const legalDate = z.string().refine(isIsoDate, '请填写有效日期（YYYY-MM-DD）')
/** A UUID supplied by the caller. */
export const entityId = z.uuid('编号应为 UUID')
/** An ISO timestamp of when something was entered. */
export const timestamp = z.iso.datetime({ offset: true, message: '录入时间应为 ISO 时间戳' })
/** Integer 分 (fen), never negative. */
export const fen = z.number().int('金额应为整数（单位：分）').nonnegative('金额不能为负数')
/** Required free text (trimmed, not empty). */
export const text = (what: string) => z.string().trim().min(1, `请填写${what}`)
/** Optional free text; an empty string is kept as entered. */
export const optionalText = z.string().trim().optional()
/** A clock time 'HH:mm' (24-hour), e.g. the start of a record or a hearing. */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '请填写有效时间（24小时制 HH:mm，如 09:30）')
/** Optional clock time. */
export const optionalTime = clockTime.optional()

/** Service methods of CPL Arts. 87–95 (docs/domain/deadlines.md). */
export const SERVICE_METHODS = {
  direct: '直接送达',
  leftAtAddress: '留置送达',
  electronic: '电子送达',
  mail: '邮寄送达',
  entrusted: '委托送达',
  forwarded: '转交送达',
  publicNotice: '公告送达',
} as const
/** One of {@link SERVICE_METHODS}. */
export const ServiceMethodSchema = z.enum(
  Object.keys(SERVICE_METHODS) as [
    keyof typeof SERVICE_METHODS,
    ...(keyof typeof SERVICE_METHODS)[],
  ],
)
/** Service method id. */
export type ServiceMethod = z.infer<typeof ServiceMethodSchema>

/** Builds a zod enum from the keys of a label map, keeping the literal types. */
export function enumOf<T extends Record<string, string>>(labels: T) {
  return z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]])
}
