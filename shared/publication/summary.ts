// 行政处罚信息摘要 (市场监督管理行政处罚信息公示规定 Art. 4 para 3: 决定书文号, 当事人基本情况,
// 违法行为类型, 行政处罚内容, 作出决定的机关名称和日期) and the redaction of natural persons'
// personal data in published text (same rule, Art. 7; docs/domain/statistics.md).
import {
  BUSINESS_RESTRICTIONS,
  LICENCE_ACTIONS,
  type ActOf,
  type CaseFacts,
  type Party,
  type Penalty,
} from '../domain/case'
import { maskIdNo, maskMobile } from '../domain/settings/mask'
import { formatFenAsYuan } from '../money'
import { formatChineseDate } from '../util/date'

/** What replaces a natural person's address in published text. */
export const ADDRESS_HIDDEN = '（住址已隐去）'

/** One 信息摘要, ready to print or to put in a batch file. */
export interface PublicationSummary {
  caseId: string
  documentNo: string
  /** 当事人基本情况 as label/value pairs, natural persons' data masked. */
  party: [string, string][]
  violationType: string
  penaltyContent: string
  authority: string
  decisionDate: string
}

/** 当事人基本情况: organisations in full; natural persons' ID masked and address hidden. */
export function partyBasics(p: Party): [string, string][] {
  if (p.kind === 'organisation') {
    return [
      ['名称', p.name],
      ['统一社会信用代码', p.uscc ?? p.licenceNo ?? ''],
      [p.representativeTitle ?? '法定代表人', p.legalRepresentative],
      ['住所', p.address],
    ]
  }
  if (p.kind === 'soleTrader') {
    return [
      ['名称', p.name],
      ['统一社会信用代码', p.uscc ?? ''],
      ['经营者', p.operatorName],
      ['经营者身份证件号码', maskIdNo(p.operatorIdNo)],
      ['经营场所', p.address],
    ]
  }
  return [
    ['姓名', p.name],
    ['身份证件号码', maskIdNo(p.idNo)],
    ['住址', ADDRESS_HIDDEN],
  ]
}

/** 行政处罚内容 in words: 警告；罚款人民币5,000.00元；没收违法所得人民币200.00元… */
export function penaltyContent(p: Penalty): string {
  const out: string[] = []
  if (p.warning) out.push('警告')
  if (p.circulatedCriticism) out.push('通报批评')
  if (p.fineFen > 0) out.push(`罚款人民币${formatFenAsYuan(p.fineFen)}元`)
  if (p.confiscatedGainsFen > 0)
    out.push(`没收违法所得人民币${formatFenAsYuan(p.confiscatedGainsFen)}元`)
  if (p.confiscatedPropertyValueFen > 0) {
    out.push(`没收非法财物（价值人民币${formatFenAsYuan(p.confiscatedPropertyValueFen)}元）`)
  }
  if (p.licenceAction !== 'none') out.push(LICENCE_ACTIONS[p.licenceAction])
  if (p.businessRestriction !== 'none') out.push(BUSINESS_RESTRICTIONS[p.businessRestriction])
  if (p.other) out.push(p.other)
  return out.join('；')
}

/** The 违法行为类型 from the 案由: 涉嫌销售过期食品案 → 销售过期食品. */
export function violationType(cause: string): string {
  return cause
    .trim()
    .replace(/^涉嫌/, '')
    .replace(/一?案$/, '')
}

/** The 信息摘要 of `decision` in case `c`, made by `authority` (the office's full name). */
export function publicationSummary(
  c: CaseFacts,
  decision: ActOf<'penaltyDecision'>,
  authority: string,
): PublicationSummary {
  return {
    caseId: c.id,
    documentNo: decision.payload.documentNo ?? '',
    party: partyBasics(c.party),
    violationType: violationType(c.cause),
    penaltyContent: penaltyContent(decision.payload.penalty),
    authority,
    decisionDate: formatChineseDate(decision.occurredOn),
  }
}

/** The 信息摘要 as text, one item a line (what is placed before the decision text). */
export function summaryText(s: PublicationSummary): string {
  return [
    '行政处罚信息摘要',
    `行政处罚决定书文号：${s.documentNo || '（未编号）'}`,
    `当事人基本情况：${s.party.map(([k, v]) => `${k}：${v}`).join('；')}`,
    `违法行为类型：${s.violationType}`,
    `行政处罚内容：${s.penaltyContent}`,
    `作出行政处罚决定的机关名称：${s.authority}`,
    `作出行政处罚决定的日期：${s.decisionDate}`,
  ].join('\n')
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** Column headers of the batch file. */
export const SUMMARY_CSV_HEADERS = [
  '行政处罚决定书文号',
  '当事人名称（姓名）',
  '当事人基本情况',
  '违法行为类型',
  '行政处罚内容',
  '作出行政处罚决定机关名称',
  '作出行政处罚决定日期',
] as const

/** Several 信息摘要 as CSV (RFC 4180; a UTF-8 BOM first so spreadsheet programs read Chinese). */
export function summariesCsv(rows: readonly PublicationSummary[]): string {
  const lines = [SUMMARY_CSV_HEADERS.join(',')]
  for (const s of rows) {
    lines.push(
      [
        s.documentNo,
        s.party[0]?.[1] ?? '',
        s.party.map(([k, v]) => `${k}：${v}`).join('；'),
        s.violationType,
        s.penaltyContent,
        s.authority,
        s.decisionDate,
      ]
        .map(csvCell)
        .join(','),
    )
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

const RESIDENT_ID =
  /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g

/**
 * Published text with natural persons' personal data masked: the party's own ID number and phone
 * (natural person or 个体工商户 operator), a natural person's address, and any other resident ID
 * or mobile number in the text (witnesses, agents). Organisations' names, USCCs and addresses
 * stay, as does a natural person's name (docs/domain/statistics.md says why).
 */
export function redactPersonalData(text: string, party: Party): string {
  let out = text
  const replaceAll = (value: string | undefined, by: string) => {
    const v = value?.trim()
    if (v && v.length >= 4) out = out.split(v).join(by)
  }
  if (party.kind === 'naturalPerson') {
    replaceAll(party.idNo, maskIdNo(party.idNo))
    replaceAll(party.address, ADDRESS_HIDDEN)
    replaceAll(party.phone, maskMobile(party.phone ?? ''))
  } else if (party.kind === 'soleTrader') {
    replaceAll(party.operatorIdNo, maskIdNo(party.operatorIdNo))
    replaceAll(party.phone, maskMobile(party.phone ?? ''))
  }
  return out.replace(RESIDENT_ID, (m) => maskIdNo(m)).replace(MOBILE, (m) => maskMobile(m))
}

/**
 * The plain text of a pdfmake document definition (content only; headers, footers and images
 * left out): inline `text` runs joined, block elements (stack, columns, table rows) on new lines.
 */
export function definitionText(definition: unknown): string {
  const content = (definition as { content?: unknown } | null)?.content
  return blocks(content)
    .map((l) => l.trimEnd())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim()
}

function inline(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(inline).join('')
  if (node && typeof node === 'object' && 'text' in node)
    return inline((node as { text: unknown }).text)
  return ''
}

function blocks(node: unknown): string[] {
  if (node === null || node === undefined) return []
  if (typeof node === 'string' || typeof node === 'number') return [String(node)]
  if (Array.isArray(node)) return node.flatMap(blocks)
  if (typeof node !== 'object') return []
  const n = node as Record<string, unknown>
  if ('text' in n) return [inline(n.text)]
  if (Array.isArray(n.stack)) return n.stack.flatMap(blocks)
  if (Array.isArray(n.columns)) return [n.columns.map((c) => blocks(c).join(' ')).join('  ')]
  if (Array.isArray(n.ul)) return n.ul.flatMap(blocks)
  if (Array.isArray(n.ol)) return n.ol.flatMap(blocks)
  const table = n.table as { body?: unknown[][] } | undefined
  if (table && Array.isArray(table.body)) {
    return table.body.map((row) =>
      Array.isArray(row) ? row.map((c) => blocks(c).join(' ')).join('  ') : '',
    )
  }
  return []
}
