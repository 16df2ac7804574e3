/**
 * The item table of a 场所/设施/财物清单 and of the notices that list what is kept, sealed or
 * seized: 序号, 名称, 规格, 数量, 单位, 生产日期/批号, 备注, one row per item as the officer typed
 * it (quantities as entered, never recomputed). Cells are 五号 (10.5 pt) so seven columns fit the
 * type area (docs/documents-layout.md).
 */
import { z } from 'zod'
import type { ContentObject, TableCell } from '../pdf-types'
import { requiredText } from '../schemas'
import { runs } from './text'

/** One printed item. */
export const printedItemSchema = z.object({
  name: requiredText('物品名称'),
  spec: z.string().trim().default(''),
  quantity: requiredText('数量'),
  unit: requiredText('单位'),
  batch: z.string().trim().default(''),
  note: z.string().trim().default(''),
})
/** The items of a list: at least one. */
export const printedItemsSchema = z
  .array(printedItemSchema)
  .min(1, { message: '请至少填写一项物品。' })
export type PrintedItem = z.infer<typeof printedItemSchema>

const ITEM_SIZE = 10.5
const HEADERS = ['序号', '名称', '规格', '数量', '单位', '生产日期/批号', '备注'] as const
/** Column widths in pt (padding excluded; 名称 takes the rest). */
const WIDTHS = [24, '*', 66, 36, 30, 100, 60] as const

/** A cell of a {@link gridTable}: its text, or its text centred. */
export type GridCell = string | { center: string }

/**
 * A 五号 table of one row per listed thing (items, handled goods, samples): the header row repeats
 * on every page and no row breaks across pages.
 * @param headers - the column titles (centred)
 * @param widths - column widths in pt, '*' for the column that takes the rest
 */
export function gridTable(
  headers: readonly string[],
  widths: readonly (number | '*')[],
  rows: readonly (readonly GridCell[])[],
): ContentObject {
  const cell = (c: GridCell): TableCell => {
    const centred = typeof c !== 'string'
    return {
      text: runs(centred ? c.center : c),
      style: 'cell',
      fontSize: ITEM_SIZE,
      ...(centred ? { alignment: 'center' } : {}),
    }
  }
  const header = headers.map((h) => ({
    text: h,
    style: 'label',
    fontSize: ITEM_SIZE,
    alignment: 'center' as const,
  }))
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [...widths],
      body: [header, ...rows.map((r) => r.map(cell))],
    },
    margin: [0, 4, 0, 8],
  }
}

/** The item table; the header row repeats on every page. */
export function itemTable(items: readonly PrintedItem[]): ContentObject {
  return gridTable(
    HEADERS,
    WIDTHS,
    items.map((it, i) => [
      { center: String(i + 1) },
      it.name,
      it.spec || '—',
      { center: it.quantity },
      { center: it.unit },
      it.batch || '—',
      it.note,
    ]),
  )
}
