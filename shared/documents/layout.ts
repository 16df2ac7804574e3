/**
 * GB/T 9704-2012 page geometry (docs/documents-layout.md) in PDF points. A4; margins top 37, bottom 35,
 * left (binding) 28, right 26 mm; type area 156 × 225 mm; 22 lines × 28 characters.
 */
import type { FaceMetrics } from './fonts/font-set'
import { lineHeightForPitch } from './fonts/font-set'

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4

/** Millimetres to points, rounded to 1/100 pt. */
export function mm(value: number): number {
  return Math.round(value * PT_PER_MM * 100) / 100
}

/** Page margins [left, top, right, bottom] in points. */
export const PAGE_MARGINS: [number, number, number, number] = [mm(28), mm(37), mm(26), mm(35)]

/** Type-area width (156 mm) and height (225 mm) in points. */
export const TYPE_AREA = { width: mm(156), height: mm(225) }

/** Lines per page and characters per line of the body grid. */
export const GRID = { lines: 22, chars: 28 }

/**
 * Line pitch of the body grid: 225 mm / 22 ≈ 10.23 mm ≈ 28.99 pt (docs/documents-layout.md rounds it to 28.95),
 * rounded down to 1/100 pt so that 22 lines never exceed the type area.
 */
export const LINE_PITCH = Math.floor((TYPE_AREA.height / GRID.lines) * 100) / 100

/**
 * Body font size. 3号 is 16 pt, but 28 glyphs of 16 pt are 158 mm, wider than the 156 mm type
 * area: Word closes the gap with a character grid. pdfmake measures CJK text one character per
 * "word" and ignores `characterSpacing` between words, so the grid is met by a 15.79 pt size
 * (28 × 15.79 pt = 156 mm). The 1.3 % difference is not visible in print.
 */
export const BODY_SIZE = Math.floor((TYPE_AREA.width / GRID.chars) * 100) / 100

/** Title size: 2号 = 22 pt. */
export const TITLE_SIZE = 22

/** Page-number size: 4号 = 14 pt. */
export const PAGE_NUMBER_SIZE = 14

/** Smaller text on internal tables: 4号 14 pt (tables hold more text than the body grid). */
export const TABLE_SIZE = 14

/** First-line indent of body paragraphs: two characters. */
export const PARAGRAPH_INDENT = BODY_SIZE * 2

/** The pdfmake lineHeight multiplier that gives the grid pitch for a face at the body size. */
export function bodyLineHeight(metrics: FaceMetrics): number {
  return lineHeightForPitch(metrics, BODY_SIZE, LINE_PITCH)
}

/**
 * Records (笔录/记录) carry a signature strip at the foot of every page (docs/domain/documents.md items 9 and
 * 14: signatures on every page with the page count; docs/documents-layout.md): one line per
 * signer and a “第X页 共Y页” line at 4号, at this pitch, below a gap of SIGNATURE_STRIP_GAP.
 */
export const SIGNATURE_STRIP_PITCH = TABLE_SIZE * 1.6

/** Gap between the body and the signature strip, in points. */
export const SIGNATURE_STRIP_GAP = 8

/** Height the strip takes from the type area for `signers` signature lines. */
export function signatureStripHeight(signers: number): number {
  return SIGNATURE_STRIP_GAP + (signers + 1) * SIGNATURE_STRIP_PITCH
}
