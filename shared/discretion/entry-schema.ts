// Zod schema of a violation catalogue entry (ViolationEntry of types.ts): the office's 裁量基准 is
// validated with it when read from the database and before it is written (docs/domain/violations.md).
import { z } from 'zod'
import { FineRuleSchema } from './item'
import { PENALTY_KINDS, type FineRule, type ViolationEntry } from './types'

/** Length limits of the text fields (characters), also used by the .xlsx import. */
export const ENTRY_TEXT_LIMITS = {
  id: 64,
  name: 200,
  field: 40,
  law: 60,
  listName: 100,
  itemNo: 40,
  source: 500,
  basisText: 4000,
} as const

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`)

const positiveInt = (label: string) =>
  z
    .number()
    .int(`${label}应为正整数`)
    .min(1, `${label}应为正整数`)
    .max(9999, `${label}不能超过9999`)

/** Zod schema of a {@link Provision}: law name, article, optional paragraph and item. */
export const ProvisionSchema = z.object({
  law: text('法律名称', ENTRY_TEXT_LIMITS.law).refine((s) => !/[《》|；;]/.test(s), {
    message: '法律名称不要带书名号，也不能含“|”或“；”',
  }),
  article: positiveInt('条'),
  paragraph: positiveInt('款').optional(),
  item: positiveInt('项').optional(),
})

/** Ids that would collide with object prototype keys wherever an id is used as a key. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype'])

const penaltyKeys = Object.keys(PENALTY_KINDS) as [keyof typeof PENALTY_KINDS]

/**
 * The minimum of a rule does not exceed its maximum (fixed amounts and multiples), at every
 * level of a tiered or fallback rule. Returns the first problem in Chinese, or undefined.
 */
export function fineRuleRangeProblem(rule: FineRule): string | undefined {
  switch (rule.kind) {
    case 'fixed':
      return rule.minFen > rule.maxFen ? '最低罚款不能高于最高罚款' : undefined
    case 'multiple':
      return rule.minTimes > rule.maxTimes ? '最低倍数不能高于最高倍数' : undefined
    case 'tiered':
      return fineRuleRangeProblem(rule.below) ?? fineRuleRangeProblem(rule.atOrAbove)
    case 'fallback':
      return fineRuleRangeProblem(rule.primary) ?? fineRuleRangeProblem(rule.fallback)
  }
}

/** Zod schema of a {@link ViolationEntry} with length limits on every text field. */
export const ViolationEntrySchema: z.ZodType<ViolationEntry> = z
  .object({
    id: text('编号', ENTRY_TEXT_LIMITS.id)
      .regex(/^[^\s|；;、,，]+$/, '编号不能含空格、“|”“；”“、”或逗号')
      .refine((s) => !RESERVED_IDS.has(s), {
        message: '编号不能是 __proto__、constructor 或 prototype',
      }),
    name: text('违法行为名称', ENTRY_TEXT_LIMITS.name),
    field: text('领域', ENTRY_TEXT_LIMITS.field),
    violates: z.array(ProvisionSchema).min(1, '请填写违反条款').max(20, '违反条款不能超过20条'),
    basis: ProvisionSchema,
    penalties: z
      .array(z.enum(penaltyKeys))
      .min(1, '请填写处罚种类')
      .refine((p) => new Set(p).size === p.length, { message: '处罚种类有重复' }),
    fine: FineRuleSchema.optional(),
    correctionMandatory: z.boolean(),
    fineOnlyIfNotCorrected: z.boolean().optional(),
    firstOffenceMayBeExempt: z.boolean(),
    exemptionListItem: z
      .object({
        listName: text('免罚清单名称', ENTRY_TEXT_LIMITS.listName),
        itemNo: text('免罚清单事项号', ENTRY_TEXT_LIMITS.itemNo),
      })
      .optional(),
    source: text('来源', ENTRY_TEXT_LIMITS.source),
    basisText: text('条文原文', ENTRY_TEXT_LIMITS.basisText),
    unverified: z.boolean().optional(),
  })
  .superRefine((e, ctx) => {
    const hasFine = e.penalties.includes('fine')
    if (hasFine && !e.fine) {
      ctx.addIssue({ code: 'custom', path: ['fine'], message: '处罚种类含罚款，请填写罚款方式' })
    }
    if (!hasFine && e.fine) {
      ctx.addIssue({ code: 'custom', path: ['fine'], message: '填写了罚款方式，处罚种类应含罚款' })
    }
    const range = e.fine ? fineRuleRangeProblem(e.fine) : undefined
    if (range) ctx.addIssue({ code: 'custom', path: ['fine'], message: range })
  })

/** Zod schema of a list of entries whose ids are unique. */
export const ViolationEntryListSchema = z
  .array(ViolationEntrySchema)
  .max(5000, '裁量基准不能超过5000条')
  .superRefine((list, ctx) => {
    const seen = new Set<string>()
    list.forEach((e, i) => {
      if (seen.has(e.id)) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `编号“${e.id}”重复` })
      }
      seen.add(e.id)
    })
  })

const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  name: '违法行为名称',
  field: '领域',
  violates: '违反条款',
  basis: '处罚依据',
  penalties: '处罚种类',
  fine: '罚款规则',
  correctionMandatory: '必须责令改正',
  fineOnlyIfNotCorrected: '拒不改正才罚款',
  firstOffenceMayBeExempt: '可首违不罚',
  exemptionListItem: '免罚清单事项',
  source: '来源',
  basisText: '条文原文',
  unverified: '条文未核实',
}

/**
 * A Chinese message for one issue of {@link ViolationEntrySchema} or
 * {@link ViolationEntryListSchema}: the schema's own message when it is Chinese, otherwise the
 * field that is malformed (zod's generic messages, e.g. of the fine-rule union, are English).
 */
export function entryIssueMessage(issue: {
  path: readonly PropertyKey[]
  message: string
}): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message
  const field = issue.path.find((p) => typeof p === 'string' && p in FIELD_LABELS)
  const label = typeof field === 'string' ? FIELD_LABELS[field] : undefined
  if (label === '罚款规则') return '罚款规则格式不符（金额应为不小于 0 的整数分，倍数不能为负）'
  return label ? `${label}格式不符` : '格式不符'
}
