/**
 * The subset of pdfmake 0.3 document-definition types that CaseDesk templates use.
 *
 * pdfmake 0.3.11 ships no TypeScript declarations and `@types/pdfmake` is not installed, so the
 * definitions are declared here (type-only, nothing at runtime). They follow pdfmake's
 * documented shape; every property is optional so templates stay readable.
 */

/** Four-sided margins [left, top, right, bottom], a horizontal/vertical pair, or one value. */
export type Margin = number | [number, number] | [number, number, number, number]

/** Paragraph alignment. */
export type Alignment = 'left' | 'right' | 'center' | 'justify'

/** Style properties shared by text nodes, inlines and the style dictionary. */
export interface StyleProps {
  font?: string
  fontSize?: number
  bold?: boolean
  italics?: boolean
  color?: string
  lineHeight?: number
  alignment?: Alignment
  margin?: Margin
  characterSpacing?: number
  /** First-line indent in points (pdfmake `leadingIndent`). */
  leadingIndent?: number
  noWrap?: boolean
  decoration?: 'underline' | 'lineThrough' | 'overline'
  decorationStyle?: 'dashed' | 'dotted' | 'double' | 'wavy'
  preserveLeadingSpaces?: boolean
  fillColor?: string
}

/** A style in the style dictionary; `extends` composes named styles (pdfmake 0.3). */
export interface Style extends StyleProps {
  extends?: string | string[]
}

/** A run of text inside a paragraph. */
export type Inline = string | InlineObject

/** An inline text run with its own style. */
export interface InlineObject extends StyleProps {
  text: Inline | Inline[]
  style?: string | string[]
  /** Prints the page number on which the node with this id starts. */
  pageReference?: string
}

/** A table cell: any content plus the spanning/border options. */
export type TableCell = Content & CellOptions

/** Cell options pdfmake understands. */
export interface CellOptions {
  colSpan?: number
  rowSpan?: number
  border?: [boolean, boolean, boolean, boolean]
}

/** Table layout callbacks/values (a subset of pdfmake's). */
export interface TableLayout {
  hLineWidth?: (i: number, node: unknown) => number
  vLineWidth?: (i: number, node: unknown) => number
  hLineColor?: string | ((i: number, node: unknown) => string)
  vLineColor?: string | ((i: number, node: unknown) => string)
  paddingLeft?: (i: number, node: unknown) => number
  paddingRight?: (i: number, node: unknown) => number
  paddingTop?: (i: number, node: unknown) => number
  paddingBottom?: (i: number, node: unknown) => number
}

/** The table body and geometry. */
export interface TableDefinition {
  widths: Array<number | '*' | 'auto' | string>
  body: TableCell[][]
  heights?: number | Array<number | 'auto'> | ((row: number) => number | 'auto')
  headerRows?: number
  dontBreakRows?: boolean
  keepWithHeaderRows?: number
}

/** A canvas vector element (lines and rectangles only). */
export interface CanvasElement {
  type: 'line' | 'rect'
  x?: number
  y?: number
  x1?: number
  y1?: number
  x2?: number
  y2?: number
  w?: number
  h?: number
  lineWidth?: number
  lineColor?: string
  color?: string
}

/** Any content node. Exactly one of `text`, `stack`, `columns`, `table`, `canvas` is set. */
export interface ContentObject extends StyleProps, CellOptions {
  text?: Inline | Inline[]
  stack?: Content[]
  columns?: Content[]
  columnGap?: number
  table?: TableDefinition
  layout?: string | TableLayout
  canvas?: CanvasElement[]
  style?: string | string[]
  id?: string
  width?: number | '*' | 'auto' | string
  pageBreak?: 'before' | 'after'
  unbreakable?: boolean
  pageReference?: string
  /** Placed at this point of the page, taking no room in the flow (pdfmake). */
  absolutePosition?: { x: number; y: number }
}

/** Content: a plain string, a node, or a list of content. */
export type Content = string | ContentObject | Content[]

/** PDF metadata (pdfmake lower-cases the standard keys). */
export interface DocumentInfo {
  title?: string
  author?: string
  subject?: string
  keywords?: string
  creator?: string
  producer?: string
  creationDate?: Date
}

/** A complete pdfmake document definition. */
export interface TDocumentDefinitions {
  pageSize: 'A4'
  pageOrientation?: 'portrait' | 'landscape'
  pageMargins: [number, number, number, number]
  content: Content
  styles?: Record<string, Style>
  defaultStyle?: StyleProps
  footer?: (currentPage: number, pageCount: number) => Content
  info?: DocumentInfo
  compress?: boolean
  language?: string
}
