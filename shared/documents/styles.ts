/**
 * The one style dictionary of official documents (docs/conventions.md). Sizes and line pitch follow
 * layout.ts; line-height multipliers come from the font set's metrics so the pitch stays
 * 28.95 pt whichever fonts a host supplies.
 */
import type { Style, StyleProps } from './pdf-types'
import { FONT_FAMILY, lineHeightForPitch, type FontSet } from './fonts/font-set'
import {
  BODY_SIZE,
  LINE_PITCH,
  PARAGRAPH_INDENT,
  TABLE_SIZE,
  TITLE_SIZE,
  bodyLineHeight,
} from './layout'

/** Style names used by blocks and templates. */
export type StyleName =
  | 'officeName'
  | 'title'
  | 'docNumber'
  | 'para'
  | 'plain'
  | 'heading1'
  | 'label'
  | 'cell'
  | 'cellText'
  | 'tableTitle'
  | 'caption'

/** The default style: body face, 3号 grid size and pitch. */
export function defaultStyleFor(fontSet: FontSet): StyleProps {
  return {
    font: FONT_FAMILY.body,
    fontSize: BODY_SIZE,
    lineHeight: bodyLineHeight(fontSet.faces.body.normal.metrics),
  }
}

/** The style dictionary for a font set. */
export function stylesFor(fontSet: FontSet): Record<StyleName, Style> {
  const titlePitch = LINE_PITCH * 1.25
  const tablePitch = TABLE_SIZE * 1.45
  return {
    officeName: {
      font: FONT_FAMILY.title,
      fontSize: TITLE_SIZE,
      alignment: 'center',
      lineHeight: lineHeightForPitch(fontSet.faces.title.normal.metrics, TITLE_SIZE, titlePitch),
    },
    title: {
      font: FONT_FAMILY.title,
      fontSize: TITLE_SIZE,
      alignment: 'center',
      lineHeight: lineHeightForPitch(fontSet.faces.title.normal.metrics, TITLE_SIZE, titlePitch),
      margin: [0, 0, 0, LINE_PITCH * 0.5],
    },
    docNumber: { alignment: 'center', margin: [0, 0, 0, LINE_PITCH * 0.5] },
    para: { alignment: 'justify', leadingIndent: PARAGRAPH_INDENT },
    plain: { alignment: 'justify' },
    heading1: {
      font: FONT_FAMILY.heading,
      lineHeight: lineHeightForPitch(fontSet.faces.heading.normal.metrics, BODY_SIZE, LINE_PITCH),
      leadingIndent: PARAGRAPH_INDENT,
    },
    label: {
      font: FONT_FAMILY.heading,
      fontSize: TABLE_SIZE,
      lineHeight: lineHeightForPitch(fontSet.faces.heading.normal.metrics, TABLE_SIZE, tablePitch),
      alignment: 'center',
    },
    cell: {
      fontSize: TABLE_SIZE,
      lineHeight: lineHeightForPitch(fontSet.faces.body.normal.metrics, TABLE_SIZE, tablePitch),
    },
    cellText: {
      fontSize: TABLE_SIZE,
      lineHeight: lineHeightForPitch(fontSet.faces.body.normal.metrics, TABLE_SIZE, tablePitch),
      alignment: 'justify',
      leadingIndent: TABLE_SIZE * 2,
    },
    tableTitle: {
      font: FONT_FAMILY.title,
      fontSize: TITLE_SIZE,
      alignment: 'center',
      lineHeight: lineHeightForPitch(fontSet.faces.title.normal.metrics, TITLE_SIZE, titlePitch),
      margin: [0, 0, 0, LINE_PITCH * 0.4],
    },
    caption: {
      fontSize: TABLE_SIZE,
      lineHeight: lineHeightForPitch(fontSet.faces.body.normal.metrics, TABLE_SIZE, tablePitch),
    },
  }
}
