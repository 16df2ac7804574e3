// The party (当事人), docs/domain/documents.md party block.
import { z } from 'zod'
import { validateResidentId } from '../../validation/resident-id'
import { validateUscc } from '../../validation/uscc'
import { enumOf, optionalText, text } from './common'

const uscc = z.string().superRefine((v, ctx) => {
  const r = validateUscc(v)
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message })
})
// The future-birth-date check needs today's date; schemas cannot know it, so forms must also call
// validateResidentId(id, today). The schema checks length, characters, real date and check digit.
const residentId = z.string().superRefine((v, ctx) => {
  const r = validateResidentId(v)
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message })
})

/** Identity documents a natural person may be described by. */
export const ID_DOCUMENT_TYPES = {
  residentId: '居民身份证',
  passport: '护照',
  hkMacaoPermit: '港澳居民来往内地通行证',
  taiwanPermit: '台湾居民来往大陆通行证',
  foreignerPermit: '外国人永久居留身份证',
  other: '其他有效证件',
} as const

/** How an organisation's representative is titled on documents (营业执照上的登记事项). */
export const REPRESENTATIVE_TITLES = ['法定代表人', '负责人'] as const
/** One of {@link REPRESENTATIVE_TITLES}. */
export type RepresentativeTitle = (typeof REPRESENTATIVE_TITLES)[number]

const contact = { address: text('住所/住址'), phone: optionalText }

/** A legal person or other organisation with a licence (企业、农民专业合作社等). */
export const OrganisationPartySchema = z.object({
  kind: z.literal('organisation'),
  name: text('主体资格证照上的名称'),
  uscc: uscc.optional(),
  licenceName: optionalText,
  licenceNo: optionalText,
  legalRepresentative: text('法定代表人或负责人'),
  /**
   * How the person above signs: 法定代表人 (a legal person) or 负责人 (a branch, an unincorporated
   * organisation). Absent in records made before the field existed: read as 法定代表人.
   */
  representativeTitle: z.enum(REPRESENTATIVE_TITLES).optional(),
  ...contact,
})

/** 个体工商户: the trade name is the party name, plus the operator and their ID number. */
export const SoleTraderPartySchema = z.object({
  kind: z.literal('soleTrader'),
  name: text('字号名称（无字号的填写经营者姓名）'),
  uscc: uscc.optional(),
  operatorName: text('经营者姓名'),
  operatorIdNo: residentId,
  ...contact,
})

/** A natural person described from their identity document. */
export const NaturalPersonPartySchema = z
  .object({
    kind: z.literal('naturalPerson'),
    name: text('姓名'),
    idType: enumOf(ID_DOCUMENT_TYPES),
    idNo: text('证件号码'),
    ...contact,
  })
  .superRefine((p, ctx) => {
    if (p.idType !== 'residentId') return
    const r = validateResidentId(p.idNo)
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['idNo'], message: r.message })
  })

/** The party of a case (当事人). */
export const PartySchema = z.discriminatedUnion('kind', [
  OrganisationPartySchema,
  SoleTraderPartySchema,
  NaturalPersonPartySchema,
])
/** Parsed {@link PartySchema}. */
export type Party = z.infer<typeof PartySchema>

/** Chinese labels of party kinds. */
export const PARTY_KIND_LABELS = {
  organisation: '法人或其他组织',
  soleTrader: '个体工商户',
  naturalPerson: '自然人',
} as const

/**
 * Which APL threshold class a party falls in ('naturalPerson' for 自然人, 'organisation' for 法人或其他组织).
 * A 个体工商户 follows `soleTraderAs` (an office setting, [U]: practice differs).
 */
export function thresholdClass(
  party: Party,
  soleTraderAs: 'naturalPerson' | 'organisation',
): 'naturalPerson' | 'organisation' {
  if (party.kind === 'soleTrader') return soleTraderAs
  return party.kind
}
