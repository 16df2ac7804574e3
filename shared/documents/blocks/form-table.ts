/**
 * Internal forms (审批表, 笔录, 报告, 记录表): a bordered table of label and value cells, in the
 * layout of the 2021 model set. Labels use the 黑体 heading face; values are body text at 4号.
 */
import type { Content, ContentObject, TableCell } from '../pdf-types'
import type { Opinion } from '../schemas'
import { formatChineseDate } from '../../util/date'
import { LINE_PITCH, TABLE_SIZE, TYPE_AREA } from '../layout'
import { emWidth, runs } from './text'

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

const VALUE_WIDTH = (TYPE_AREA.width - 2 * LABEL_WIDTH) / 2 - 16
const CELL_PADDING = { x: 4, y: 3 }
/** Line pitch of table text (styles.ts: 4号 at 1.45). */
const TABLE_PITCH = TABLE_SIZE * 1.45

/**
 * The tallest block that is kept together on one page: five body lines (docs/documents-layout.md).
 * A taller block that moved whole to the next page would leave more than five empty lines at the
 * foot of the page before it.
 */
export const KEEP_TOGETHER_MAX = 5 * LINE_PITCH

/** Estimated lines of a text in a cell of `width` points at 4号. */
function textLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 2 * CELL_PADDING.x) / TABLE_SIZE))
  return text
    .split(/\r?\n/)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(emWidth(line) / perLine)), 0)
}

/** Estimated height in table lines of a value given as content (text, stacks; others: three). */
function contentLines(value: Content, width: number): number {
  if (typeof value === 'string') return textLines(value, width)
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + contentLines(item, width), 0)
  const margin = Array.isArray(value.margin) && value.margin.length === 4 ? value.margin : null
  const extra = margin ? (margin[1] + margin[3]) / TABLE_PITCH : 0
  if (value.stack) return contentLines(value.stack, width) + extra
  if (typeof value.text === 'string') return textLines(value.text, width) + extra
  return 3
}

/** Estimated height of a field in table lines (label lines or value lines, the larger). */
function fieldLines(field: FormField, width: number): number {
  const label = field.label ? labelBreaks(field.label).length : 0
  return Math.max(label, contentLines(field.value, width))
}

/**
 * Estimated printed height of a row in points; with `content: true` the height of its text only
 * (a tall blank box is not a reason to let a row break).
 */
export function estimatedRowHeight(row: FormRow, opts: { content?: boolean } = {}): number {
  const full = TYPE_AREA.width - (row[0].label ? LABEL_WIDTH : 0)
  const lines =
    row.length === 1
      ? fieldLines(row[0], full)
      : Math.max(fieldLines(row[0], VALUE_WIDTH), fieldLines(row[1], VALUE_WIDTH))
  const height = lines * TABLE_PITCH + 2 * CELL_PADDING.y + 1
  if (opts.content) return height
  return Math.max(height, row.length === 1 && row[0].minHeight ? row[0].minHeight : 0)
}

function tablePart(rows: FormRow[], dontBreakRows: boolean): ContentObject {
  return {
    table: {
      widths: [LABEL_WIDTH, VALUE_WIDTH, LABEL_WIDTH, '*'],
      body: rows.map(rowCells),
      // A row that may break has no fixed height: pdfmake draws the rest of a fixed-height row
      // that breaks after the rows below it. Such a row's text is taller than its minimum anyway.
      heights: rows.map((row) =>
        dontBreakRows && row.length === 1 && row[0].minHeight
          ? row[0].minHeight
          : ('auto' as const),
      ),
      dontBreakRows,
    },
    layout: {
      paddingLeft: () => CELL_PADDING.x,
      paddingRight: () => CELL_PADDING.x,
      paddingTop: () => CELL_PADDING.y,
      paddingBottom: () => CELL_PADDING.y,
    },
  }
}

/**
 * Rows as table parts: runs of short rows are never split across pages; a row taller than
 * {@link KEEP_TOGETHER_MAX} gets a part of its own that may continue on the next page, so it
 * does not leave a gap by moving whole.
 */
function tableParts(rows: FormRow[]): ContentObject[] {
  const parts: ContentObject[] = []
  let run: FormRow[] = []
  for (const row of rows) {
    if (estimatedRowHeight(row, { content: true }) <= KEEP_TOGETHER_MAX) {
      run.push(row)
      continue
    }
    if (run.length) parts.push(tablePart(run, true))
    run = []
    parts.push(tablePart([row], false))
  }
  if (run.length) parts.push(tablePart(run, true))
  return parts
}

/**
 * How many rows at the end of a form stay together: the closing rows (signatures, the reader's
 * confirmation) plus the row before them, and at least the last two rows — so a page never holds
 * only a signature or a single approval box. Rows are dropped from the front of that tail while
 * it is taller than {@link KEEP_TOGETHER_MAX} (a long opinion box is not moved whole to keep the
 * signature under it; the closing rows themselves always stay together).
 */
export function keptTogetherTail(rows: readonly FormRow[]): number {
  let closing = 0
  while (closing < rows.length && rows[rows.length - 1 - closing]?.[0].closing) closing += 1
  let tail = Math.min(rows.length, Math.max(2, closing + 1))
  const height = (n: number) =>
    rows.slice(rows.length - n).reduce((sum, row) => sum + estimatedRowHeight(row), 0)
  while (tail > Math.max(closing, 1) && height(tail) > KEEP_TOGETHER_MAX) tail -= 1
  return tail
}

/**
 * The form table: columns label | value | label | value. Short rows never split across pages,
 * and the tail ({@link keptTogetherTail}) is one unbreakable block: it moves to the next page as
 * a whole.
 */
export function formTable(rows: FormRow[]): ContentObject {
  const tail = keptTogetherTail(rows)
  const head = rows.slice(0, rows.length - tail)
  const kept: ContentObject = {
    stack: [tablePart(rows.slice(rows.length - tail), true)],
    unbreakable: true,
  }
  return head.length ? { stack: [...tableParts(head), kept] } : kept
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

/**
 * The row where the person recorded writes by hand that they have read the record and that it
 * matches what they said. The sentence is not pre-printed: a printed “以上笔录我已看过…” proves
 * nothing (docs/documents-layout.md); the row is left blank, two lines high, for the writing.
 */
export function confirmationRow(label: string): FormRow {
  return [{ label, value: '', minHeight: TABLE_SIZE * 1.45 * 2 + 10, closing: true }]
}

/** A full-width text row without a label (e.g. the reader's confirmation on a record). */
export function noteRow(text: string): FormRow {
  return [{ label: '', value: text, closing: true }]
}
