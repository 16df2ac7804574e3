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

function labelCell(label: string): TableCell {
  return { text: runs(label), style: 'label', margin: [0, 2, 0, 2] }
}

/** The form table: columns label | value | label | value. */
export function formTable(rows: FormRow[]): ContentObject {
  const valueWidth = (TYPE_AREA.width - 2 * LABEL_WIDTH) / 2 - 16
  const body: TableCell[][] = rows.map((row) => {
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
  })
  const heights = rows.map((row) =>
    row.length === 1 && row[0].minHeight ? row[0].minHeight : ('auto' as const),
  )
  return {
    table: {
      widths: [LABEL_WIDTH, valueWidth, LABEL_WIDTH, '*'],
      body,
      heights,
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
    },
  ]
}

/** A full-width text row without a label (e.g. the reader's confirmation on a record). */
export function noteRow(text: string): FormRow {
  return [{ label: '', value: text }]
}
