/**
 * Case-file parts (forms 54–56): 卷宗封面, 卷内文件目录, 卷内备考表. Each is a standalone template;
 * buildCaseFileDoc (case-file.ts) reuses their content builders and fills the page numbers in
 * automatically.
 */
import { z } from 'zod'
import type { Content, ContentObject, Inline, TableCell, TDocumentDefinitions } from '../pdf-types'
import type { DocumentContext } from '../context'
import { legalDateSchema, partySchema, requiredText } from '../schemas'
import { documentFrame } from '../blocks/frame'
import { partySummary } from '../blocks/party'
import { runs } from '../blocks/text'
import { formatChineseDate } from '../../util/date'
import { LINE_PITCH, TABLE_SIZE } from '../layout'

export const caseFileCoverInputSchema = z.object({
  caseNumber: requiredText('案件编号'),
  cause: requiredText('案由'),
  party: partySchema,
  decisionNumber: z.string().trim().default(''),
  outcome: requiredText('处理结果'),
  /** Absent when the matter was closed without a filing (e.g. 约谈/责令改正 then 复查合格). */
  filedOn: legalDateSchema.optional(),
  closedOn: legalDateSchema,
  /**
   * 保管期限 under 机关文件材料归档范围和文书档案保管期限规定 (国家档案局令第8号, 2006) Art. 6:
   * 永久 or 定期 (30年 / 10年); the 1987 terms 长期/短期 are no longer used (docs/domain/case-file.md).
   */
  retention: z.enum(['永久', '定期30年', '定期10年']),
  /** 正卷 or 副卷 (SAMR-PR Art. 78); printed in the cover's title. Absent: one volume. */
  volume: z.enum(['正卷', '副卷']).optional(),
  archiveNumber: z.string().trim().default(''),
  /** Number of pages; buildCaseFileDoc fills it from the layout, standalone covers give it. */
  pageCount: z.number().int().positive().optional(),
  documentCount: z.number().int().nonnegative(),
})
export type CaseFileCoverInput = z.input<typeof caseFileCoverInputSchema>

export const tocEntrySchema = z.object({
  title: requiredText('文件题名'),
  number: z.string().trim().default(''),
  responsible: z.string().trim().default(''),
  date: legalDateSchema,
  /** Start page ('3') or range ('12-14'); filled from the layout inside buildCaseFileDoc. */
  pages: z.string().trim().default(''),
  remark: z.string().trim().default(''),
})
export const caseFileTocInputSchema = z.object({
  entries: z.array(tocEntrySchema).min(1, { message: '卷内文件目录至少应有一份文件。' }),
})
export type CaseFileTocInput = z.input<typeof caseFileTocInputSchema>

export const caseFileNotesInputSchema = z.object({
  notes: z.string().trim().default(''),
  compiler: requiredText('立卷人'),
  compiledOn: legalDateSchema,
  checker: requiredText('检查人'),
  checkedOn: legalDateSchema,
})
export type CaseFileNotesInput = z.input<typeof caseFileNotesInputSchema>

function cell(text: string | Inline[], opts: Partial<ContentObject> = {}): TableCell {
  return { text: typeof text === 'string' ? runs(text) : text, style: 'cell', ...opts }
}

/**
 * TOC cells are 小五 (9 pt) so that seven columns fit the type area with a whole 文号 on one line
 * (a 文号 is never split; docs/documents-layout.md) and about eleven characters of 题名 a line.
 */
const TOC_SIZE = 9

/** Column widths of the TOC (pt, cell padding excluded; 题名 takes the rest). */
const TOC_WIDTHS = [22, 120, 64, '*', 42, 30, 22] as const

/** Characters of 责任者 per line in the TOC. */
const RESPONSIBLE_CHARS = Math.floor(TOC_WIDTHS[2] / TOC_SIZE)

/**
 * Breaks an office name into lines of at most `max` characters at administrative boundaries
 * (after 省/市/区/县/州/旗/镇/乡), so that 武汉市汉阳区市场监督管理局 prints as
 * 武汉市汉阳区 / 市场监督管理局 instead of splitting 市场. A part longer than a line is left for
 * the layout to wrap.
 */
export function breakOfficeName(name: string, max: number): string {
  const parts = name.match(/.+?(?:省|自治区|市|区|县|州|旗|镇|乡)(?=.)|.+$/gu) ?? [name]
  const lines: string[] = []
  for (const part of parts) {
    const last = lines.at(-1)
    if (last !== undefined && Array.from(last + part).length <= max)
      lines[lines.length - 1] = last + part
    else lines.push(part)
  }
  return lines.join('\n')
}

/**
 * Separates a party summary's parenthetical (统一社会信用代码, 经营者, 证件号码) onto its own line
 * so that a long code is never split across lines.
 */
function partyLines(summary: string): string {
  const at = summary.indexOf('（')
  return at > 0 ? `${summary.slice(0, at)}\n${summary.slice(at)}` : summary
}

/** Archival 8-digit date (DA/T 22): 2026-01-10 → 20260110. */
function archiveDate(date: string): string {
  return date.replace(/-/g, '')
}

/** Cover content. `pageCountInline` replaces the page count (e.g. a page reference). */
export function caseFileCoverContent(
  raw: CaseFileCoverInput,
  ctx: DocumentContext,
  pageCountInline?: Inline,
): Content[] {
  const input = caseFileCoverInputSchema.parse(raw)
  const pages: Inline =
    pageCountInline ?? (input.pageCount ? String(input.pageCount) : '\u3000\u3000')
  const row = (label: string, value: string | Inline[]): TableCell[] => [
    { text: label, style: 'label', margin: [0, 4, 0, 4] },
    cell(value, { margin: [0, 4, 0, 4] }),
  ]
  return [
    { text: ctx.officeName, style: 'officeName', margin: [0, LINE_PITCH, 0, 0] },
    {
      text: input.volume ? `行政处罚案卷（${input.volume}）` : '行政处罚案卷',
      style: 'title',
      fontSize: 30,
      margin: [0, LINE_PITCH * 0.5, 0, LINE_PITCH],
    },
    {
      table: {
        widths: [TABLE_SIZE * 7, '*'],
        body: [
          row('案件编号', input.caseNumber),
          row('案由', input.cause),
          row('当事人', partyLines(partySummary(input.party))),
          row('处理决定文号', input.decisionNumber || '—'),
          row('处理结果', input.outcome),
          row('立案日期', input.filedOn ? formatChineseDate(input.filedOn) : '未立案'),
          row('结案日期', formatChineseDate(input.closedOn)),
          row('本卷', [`共${input.documentCount}件，共`, pages, '页']),
          row('保管期限', input.retention),
          row('档号', input.archiveNumber || '—'),
        ],
      },
    },
  ]
}

/** TOC content; `pageInline(i)` lets the case file put page references in the 页号 column. */
export function caseFileTocContent(
  raw: CaseFileTocInput,
  pageInline?: (index: number) => Inline[],
): Content[] {
  const input = caseFileTocInputSchema.parse(raw)
  const header = ['序号', '文号', '责任者', '题名', '日期', '页号', '备注'].map((h) => ({
    text: h,
    style: 'label',
    fontSize: TOC_SIZE,
  }))
  const small = { fontSize: TOC_SIZE }
  const body: TableCell[][] = [
    header,
    ...input.entries.map((e, i) => [
      cell(String(i + 1), { ...small, alignment: 'center' }),
      cell(e.number, small),
      cell(breakOfficeName(e.responsible, RESPONSIBLE_CHARS), small),
      cell(e.title, small),
      cell(archiveDate(e.date), { ...small, alignment: 'center' }),
      cell(pageInline ? pageInline(i) : e.pages, { ...small, alignment: 'center' }),
      cell(e.remark, small),
    ]),
  ]
  return [
    { text: '卷内文件目录', style: 'tableTitle' },
    {
      table: { headerRows: 1, widths: [...TOC_WIDTHS], body, dontBreakRows: true },
      layout: {
        paddingLeft: () => 3,
        paddingRight: () => 3,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
    },
  ]
}

/** 备考表 content. */
export function caseFileNotesContent(raw: CaseFileNotesInput, summary?: Inline[]): Content[] {
  const input = caseFileNotesInputSchema.parse(raw)
  const lines: ContentObject[] = []
  if (summary) {
    // The summary's text parts pass the line-breaking rules too (docs/documents-layout.md).
    const text = summary.flatMap((part) => (typeof part === 'string' ? runs(part) : [part]))
    lines.push({ text, style: 'cellText' })
  }
  for (const line of input.notes.split(/\r?\n/).filter((l) => l.trim()))
    lines.push({ text: runs(line.trim()), style: 'cellText' })
  return [
    { text: '卷内备考表', style: 'tableTitle' },
    {
      table: {
        widths: ['*'],
        heights: [380, 'auto'],
        body: [
          [
            {
              stack: [
                { text: '本卷情况说明', style: 'label', alignment: 'left', margin: [0, 0, 0, 6] },
                ...lines,
              ],
            },
          ],
          [
            {
              stack: [
                {
                  text: `立卷人：${input.compiler}\u3000\u3000${formatChineseDate(input.compiledOn)}`,
                  style: 'cell',
                  alignment: 'right',
                },
                {
                  text: `检查人：${input.checker}\u3000\u3000${formatChineseDate(input.checkedOn)}`,
                  style: 'cell',
                  alignment: 'right',
                  margin: [0, 6, 0, 0],
                },
              ],
              margin: [0, 8, 0, 8],
            },
          ],
        ],
      },
      layout: {
        paddingLeft: () => 10,
        paddingRight: () => 10,
        paddingTop: () => 8,
        paddingBottom: () => 8,
      },
    },
  ]
}

/** Builds a standalone 卷宗封面. */
export function buildCaseFileCoverDoc(
  raw: CaseFileCoverInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  const def = documentFrame('caseFileCover', ctx, caseFileCoverContent(raw, ctx))
  return { ...def, footer: () => '' }
}

/** Builds a standalone 卷内文件目录 with the given page numbers. */
export function buildCaseFileTocDoc(
  raw: CaseFileTocInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  return documentFrame('caseFileToc', ctx, caseFileTocContent(raw))
}

/** Builds a standalone 卷内备考表. */
export function buildCaseFileNotesDoc(
  raw: CaseFileNotesInput,
  ctx: DocumentContext,
): TDocumentDefinitions {
  return documentFrame('caseFileNotes', ctx, caseFileNotesContent(raw))
}
