/**
 * 检测/检验/检疫/鉴定 forms of the 2021 范本 (forms 30, 31, 32; wording [U], the legal content from
 * SAMR-PR, docs/domain/documents.md). Each prints the one of 检测/检验/检疫/鉴定 that applies (the
 * 范本's “/” means choose one) and carries the contact block:
 *
 * - 委托书 (form 30; SAMR-PR Art. 32): the office commissions a qualified institution.
 * - 期间告知书 (form 31): the party is told of the commission and its period, which is not counted
 *   in the case-handling period (SAMR-PR Art. 64 para 2; for goods under 查封/扣押 also not in
 *   the measure's period, Art. 38).
 * - 结果告知书 (form 32; SAMR-PR Art. 32: the result must be told to the party), with the party's
 *   right to object or ask for a re-test where the sector law gives one.
 */
import { z } from 'zod'
import type { Content, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { docNumberSchema, legalDateSchema, partySchema, requiredText } from '../schemas'
import { officialDocument } from '../blocks/frame'
import { bareCause, para, salutation, trimStop } from '../blocks/text'
import { partyPronoun } from '../blocks/party'
import { formatChineseDate } from '../../util/date'
import { TESTING_TITLE_WORDS, printedTitle } from '../kinds'

const testingShape = {
  docNumber: docNumberSchema.nullable(),
  testingKind: z.enum(TESTING_TITLE_WORDS),
  institution: requiredText('受托机构'),
  party: partySchema,
  cause: requiredText('案由'),
  /** The samples or matters with the items to test. */
  items: requiredText('委托事项'),
}

export const testingCommissionInputSchema = z.object({
  ...testingShape,
  requirements: z.string().trim().optional(),
  dueOn: legalDateSchema.optional(),
})
export type TestingCommissionInput = z.input<typeof testingCommissionInputSchema>

/** Builds the 检测（检验、检疫、鉴定）委托书. */
export function buildTestingCommissionDoc(
  raw: TestingCommissionInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = testingCommissionInputSchema.parse(raw)
  const k = input.testingKind
  const body: Content[] = [
    salutation(input.institution),
    para(
      `本局在调查${input.party.name}涉嫌${bareCause(input.cause)}一案中，需要对案件中的专门事项进行${k}。根据《市场监督管理行政处罚程序规定》第三十二条的规定，现委托你单位对下列事项进行${k}：`,
    ),
    para(`${trimStop(input.items)}。`),
  ]
  if (input.requirements) body.push(para(`${k}要求：${trimStop(input.requirements)}。`))
  body.push(
    para(
      `请你单位${input.dueOn ? `于${formatChineseDate(input.dueOn)}前` : '在完成后'}出具${k}报告，写明${k}依据、方法和结论，并加盖印章。`,
    ),
  )
  return officialDocument({
    kind: 'testingCommission',
    ctx,
    number: input.docNumber,
    body,
    title: printedTitle('testingCommission', input),
  })
}

export const testingPeriodNoticeInputSchema = z.object({
  ...testingShape,
  startedOn: legalDateSchema,
  /** The end of the period when the commission fixed one. */
  dueOn: legalDateSchema.optional(),
})
export type TestingPeriodNoticeInput = z.input<typeof testingPeriodNoticeInputSchema>

/** Builds the 检测（检验、检疫、鉴定）期间告知书. */
export function buildTestingPeriodNoticeDoc(
  raw: TestingPeriodNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = testingPeriodNoticeInputSchema.parse(raw)
  const k = input.testingKind
  const p = partyPronoun(input.party)
  const until = input.dueOn ? `${formatChineseDate(input.dueOn)}止` : `${k}结果作出之日止`
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `本局在调查${p}涉嫌${bareCause(input.cause)}一案中，于${formatChineseDate(input.startedOn)}委托${input.institution}对${trimStop(input.items)}进行${k}。`,
    ),
    para(
      `${k}期间自${formatChineseDate(input.startedOn)}起至${until}。根据《市场监督管理行政处罚程序规定》第六十四条第二款的规定，${k}所需时间不计入案件办理期限。`,
    ),
    para(`${k}结果作出后，本局将依法告知${p}。`),
  ]
  return officialDocument({
    kind: 'testingPeriodNotice',
    ctx,
    number: input.docNumber,
    body,
    title: printedTitle('testingPeriodNotice', input),
  })
}

export const testingResultNoticeInputSchema = z.object({
  ...testingShape,
  startedOn: legalDateSchema,
  result: requiredText('结果'),
  objectionRight: z.string().trim().optional(),
})
export type TestingResultNoticeInput = z.input<typeof testingResultNoticeInputSchema>

/** Builds the 检测（检验、检疫、鉴定）结果告知书. */
export function buildTestingResultNoticeDoc(
  raw: TestingResultNoticeInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const input = testingResultNoticeInputSchema.parse(raw)
  const k = input.testingKind
  const p = partyPronoun(input.party)
  const body: Content[] = [
    salutation(input.party.name),
    para(
      `本局在调查${p}涉嫌${bareCause(input.cause)}一案中，于${formatChineseDate(input.startedOn)}委托${input.institution}对${trimStop(input.items)}进行${k}。${k}结果为：${trimStop(input.result)}。`,
    ),
    para(`根据《市场监督管理行政处罚程序规定》第三十二条的规定，现将${k}结果告知${p}。`),
  ]
  if (input.objectionRight) body.push(para(`${trimStop(input.objectionRight)}。`))
  return officialDocument({
    kind: 'testingResultNotice',
    ctx,
    number: input.docNumber,
    body,
    title: printedTitle('testingResultNotice', input),
  })
}
