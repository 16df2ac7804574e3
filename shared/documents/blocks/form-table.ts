/**
 * Internal forms (审批表, 笔录, 报告, 记录表): a bordered table of label and value cells, in the
 * layout of the 2021 model set. Labels use the 黑体 heading face; values are body text at 4号.
 */
import type { Content, ContentObject, TableCell } from '../pdf-types'
import type { Opinion } from '../schemas'
import { formatChineseDate } from '../format/date'
import { TABLE_SIZE, TYPE_AREA } from '../layout'
import { runs } from './text'

/** A label and its value (text or content). */
export interface FormField {
  label: string
  value: string | Content
  /** Minimum height of the row in points (for opinion boxes). */
  minHeight?: number
  /** A hand-signature or reader's-confirmation row: kept on the page of the row before it. */
  closing?: boolean
}

/** A row holds one field (spanning the table) or two fields side by side. */
export type FormRow = [FormField] | [FormField, FormField]

const LABEL_WIDTH = TABLE_SIZE * 5 + 8

function valueCell(value: string | Content, colSpan?: number): TableCell {
  const content: ContentObject =
    typeof value === 'string'
      ? { stack: value.split(/\r?\n/).map((line) => ({ text: runs(line), style: 'cell' })) }
      : { stack: [value] }
  return colSpan ? { ...content, colSpan } : content
}

/** Characters of a label per line: the label column is five 14 pt characters wide. */
const LABEL_CHARS = 5

/** Words a label may break after or before (so “被约谈方签名” breaks as 被约谈方 / 签名). */
const LABEL_WORDS = [
  '被约谈方',
  '陈述申辩人',
  '受送达人',
  '办案人员',
  '办案机构',
  '审核人员',
  '审核机构',
  '出席人员',
  '列席人员',
  '复查人员',
  '回访人员',
  '承办人员',
  '执法人员',
  '执法证件',
  '处理决定',
  '告知书',
  '负责人',
  '代收人',
  '见证人',
  '记录人',
  '是否',
  '出示',
  '签名',
  '意见',
  '文号',
  '理由',
  '事由',
  '情况',
  '内容',
  '日期',
  '时间',
  '结论',
  '方式',
  '地点',
  '措施',
  '跟踪',
  '建议',
  '期限',
  '及',
]

/**
 * Splits a form label into lines of at most five characters: the fewest lines, no line of one
 * character (such as “签/名”) where any other split exists, then breaks at word boundaries, then
 * the most even lines.
 */
export function labelBreaks(label: string, perLine = LABEL_CHARS): string[] {
  const chars = [...label]
  if (chars.length <= perLine) return [label]
  const boundary = new Set<number>()
  for (const word of LABEL_WORDS) {
    for (let at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) {
      boundary.add([...label.slice(0, at)].length)
      boundary.add([...label.slice(0, at)].length + [...word].length)
    }
  }
  const lines = Math.ceil(chars.length / perLine)
  let best: { cuts: number[]; score: number } | null = null
  const search = (start: number, cuts: number[]): void => {
    if (cuts.length === lines - 1) {
      if (chars.length - start > perLine || chars.length - start < 1) return
      const all = [0, ...cuts, chars.length]
      const lengths = all.slice(1).map((end, i) => end - (all[i] ?? 0))
      const hits = cuts.filter((c) => boundary.has(c)).length
      const lone = Math.min(...lengths) === 1 ? 1000 : 0
      const score = hits * 100 - lone - (Math.max(...lengths) - Math.min(...lengths))
      if (!best || score >= best.score) best = { cuts: [...cuts], score }
      return
    }
    for (let end = start + 1; end <= Math.min(start + perLine, chars.length - 1); end += 1) {
      search(end, [...cuts, end])
    }
  }
  search(0, [])
  const cuts = (best as { cuts: number[] } | null)?.cuts ?? []
  const all = [0, ...cuts, chars.length]
  return all.slice(1).map((end, i) => chars.slice(all[i], end).join(''))
}

function labelCell(label: string): TableCell {
  return { text: runs(labelBreaks(label).join('\n')), style: 'label', margin: [0, 2, 0, 2] }
}

function rowCells(row: FormRow): TableCell[] {
  if (row.length === 1) {
    const [field] = row
    if (field.label === '') return [valueCell(field.value, 4), {}, {}, {}]
    return [labelCell(field.label), valueCell(field.value, 3), {}, {}]
  }
  const [left, right] = row
  return [
    labelCell(left.label),
    valueCell(left.value),
    labelCell(right.label),
    valueCell(right.value),
  ]
}

function tablePart(rows: FormRow[]): ContentObject {
  const valueWidth = (TYPE_AREA.width - 2 * LABEL_WIDTH) / 2 - 16
  return {
    table: {
      widths: [LABEL_WIDTH, valueWidth, LABEL_WIDTH, '*'],
      body: rows.map(rowCells),
      heights: rows.map((row) =>
        row.length === 1 && row[0].minHeight ? row[0].minHeight : ('auto' as const),
      ),
      dontBreakRows: true,
    },
    layout: {
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  }
}

/**
 * How many rows at the end of a form stay together: the closing rows (signatures, the reader's
 * confirmation) plus the row before them, and at least the last two rows — so a page never holds
 * only a signature or a single approval box.
 */
export function keptTogetherTail(rows: readonly FormRow[]): number {
  let closing = 0
  while (closing < rows.length && rows[rows.length - 1 - closing]?.[0].closing) closing += 1
  return Math.min(rows.length, Math.max(2, closing + 1))
}

/**
 * The form table: columns label | value | label | value. Rows never split across pages, and the
 * tail ({@link keptTogetherTail}) is one unbreakable block: it moves to the next page as a whole.
 */
export function formTable(rows: FormRow[]): ContentObject {
  const tail = keptTogetherTail(rows)
  if (tail >= rows.length) return { stack: [tablePart(rows)], unbreakable: true }
  return {
    stack: [
      tablePart(rows.slice(0, rows.length - tail)),
      { stack: [tablePart(rows.slice(rows.length - tail))], unbreakable: true },
    ],
  }
}

/** An opinion with the signer and date below it, right-aligned (审批表 boxes). */
export function opinionContent(opinion: Opinion, signerLabel = '签名'): Content {
  return {
    stack: [
      ...opinion.text
        .split(/\r?\n/)
        .map((line) => ({ text: runs(line), style: 'cellText' as const })),
      {
        text: `${signerLabel}：${opinion.signer}\u3000\u3000${formatChineseDate(opinion.date)}`,
        style: 'cell',
        alignment: 'right',
        margin: [0, 6, 0, 0],
      },
    ],
  }
}

/** Caption line above a form table (e.g. 案件编号, 决定书文号), left-aligned. */
export function formCaption(...parts: string[]): ContentObject {
  return {
    text: runs(parts.filter((p) => p.trim()).join('\u3000\u3000')),
    style: 'caption',
    margin: [0, 0, 0, 4],
  }
}

/**
 * A row for a hand signature with the date written in by hand (inside the table, so signatures
 * never end up alone on a page).
 */
export function signatureRow(label: string): FormRow {
  return [
    {
      label,
      value: {
        text: '年\u3000\u3000月\u3000\u3000日',
        style: 'cell',
        alignment: 'right',
        margin: [0, 12, 0, 0],
      },
      minHeight: 34,
      closing: true,
    },
  ]
}

/** A full-width text row without a label (e.g. the reader's confirmation on a record). */
export function noteRow(text: string): FormRow {
  return [{ label: '', value: text, closing: true }]
}
