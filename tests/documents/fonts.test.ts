import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import pdfmake from 'pdfmake'
import { describe, expect, it } from 'vitest'
import { commonCodePoints, subsetFont } from '../../scripts/font-subset.mjs'
import { buildDocument } from '../../shared/documents/registry'
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import { SAMPLES } from '../fixtures/documents/samples'
import { nodeDocumentRenderer } from './node-renderer'
import { codePointSetFromRanges, readCmapCodePoints } from '../../shared/documents/fonts/cmap'
import {
  collectText,
  findUnprintableCharacters,
  fontFacesUsed,
} from '../../shared/documents/fonts/glyphs'
import {
  BUNDLED_FONT_SET,
  commonSubsetOf,
  fontFilesFor,
  fontFilesOf,
  lineHeightForPitch,
  pdfmakeFontDictionary,
} from '../../shared/documents/fonts/font-set'
import {
  bundledFontBytes,
  bundledFontPath,
  cloneDefinition,
  ensureFonts,
  renderPdf,
  variantFor,
} from './render'

const serif = readCmapCodePoints(readFileSync(bundledFontPath('NotoSerifSC_400Regular.ttf')))

/** hhea ascent/descent and head unitsPerEm read straight from the file. */
function metricsOf(bytes: Buffer) {
  const tables = new Map<string, number>()
  for (let i = 0; i < bytes.readUInt16BE(4); i += 1) {
    const rec = 12 + 16 * i
    tables.set(bytes.toString('latin1', rec, rec + 4), bytes.readUInt32BE(rec + 8))
  }
  const head = tables.get('head') ?? 0
  const hhea = tables.get('hhea') ?? 0
  return {
    unitsPerEm: bytes.readUInt16BE(head + 18),
    ascent: bytes.readInt16BE(hhea + 4),
    descent: bytes.readInt16BE(hhea + 6),
  }
}

/** A minimal sfnt with only a cmap table holding one subtable; optionally wrapped in a .ttc. */
function syntheticFont(subtable: Buffer, asCollection: boolean): Uint8Array {
  const sfntAt = asCollection ? 16 : 0
  const cmapAt = sfntAt + 12 + 16
  const cmapHeader = Buffer.alloc(12)
  cmapHeader.writeUInt16BE(0, 0)
  cmapHeader.writeUInt16BE(1, 2)
  cmapHeader.writeUInt16BE(3, 4)
  cmapHeader.writeUInt16BE(subtable.readUInt16BE(0) === 12 ? 10 : 1, 6)
  cmapHeader.writeUInt32BE(12, 8)
  const dir = Buffer.alloc(28)
  dir.writeUInt32BE(0x00010000, 0)
  dir.writeUInt16BE(1, 4)
  dir.write('cmap', 12, 'latin1')
  dir.writeUInt32BE(cmapAt, 20)
  dir.writeUInt32BE(12 + subtable.length, 24)
  const ttc = Buffer.alloc(16)
  ttc.write('ttcf', 0, 'latin1')
  ttc.writeUInt32BE(0x00010000, 4)
  ttc.writeUInt32BE(1, 8)
  ttc.writeUInt32BE(16, 12)
  return new Uint8Array(Buffer.concat([...(asCollection ? [ttc] : []), dir, cmapHeader, subtable]))
}

function format4(
  segments: Array<{ start: number; end: number; delta: number; glyphs?: number[] }>,
): Buffer {
  const all = [...segments, { start: 0xffff, end: 0xffff, delta: 1 }]
  const n = all.length
  const glyphArray = segments.flatMap((s) => s.glyphs ?? [])
  const b = Buffer.alloc(16 + 8 * n + 2 * glyphArray.length)
  b.writeUInt16BE(4, 0)
  b.writeUInt16BE(b.length, 2)
  b.writeUInt16BE(2 * n, 6)
  let glyphIndex = 0
  all.forEach((s, i) => {
    b.writeUInt16BE(s.end, 14 + 2 * i)
    b.writeUInt16BE(s.start, 16 + 2 * n + 2 * i)
    b.writeInt16BE(s.delta, 16 + 4 * n + 2 * i)
    const glyphs = 'glyphs' in s ? s.glyphs : undefined
    if (glyphs) {
      const rangeOffsetAt = 16 + 6 * n + 2 * i
      const glyphsAt = 16 + 8 * n + 2 * glyphIndex
      b.writeUInt16BE(glyphsAt - rangeOffsetAt, rangeOffsetAt)
      glyphs.forEach((g) => {
        b.writeUInt16BE(g, 16 + 8 * n + 2 * glyphIndex)
        glyphIndex += 1
      })
    }
  })
  return b
}

function format12(groups: Array<[number, number, number]>): Buffer {
  const b = Buffer.alloc(16 + 12 * groups.length)
  b.writeUInt16BE(12, 0)
  b.writeUInt32BE(b.length, 4)
  b.writeUInt32BE(groups.length, 12)
  groups.forEach(([s, e, g], i) => {
    b.writeUInt32BE(s, 16 + 12 * i)
    b.writeUInt32BE(e, 20 + 12 * i)
    b.writeUInt32BE(g, 24 + 12 * i)
  })
  return b
}

describe('cmap reader', () => {
  it('reads the bundled Noto Serif SC: rare name characters present, Ext-B 𠮷 absent (docs/documents-layout.md, fonts)', () => {
    for (const char of '堃淼喆珺玥镕赟犇昇㙟〔〕￥')
      expect(serif.has(char.codePointAt(0) ?? 0), char).toBe(true)
    expect(serif.has(0x20bb7)).toBe(false)
    expect(serif.size).toBeGreaterThan(30000)
  })

  it('reads format 4 with idDelta and idRangeOffset segments, also inside a .ttc', () => {
    const sub = format4([
      { start: 0x41, end: 0x43, delta: -0x40 },
      { start: 0x4e00, end: 0x4e02, delta: 0, glyphs: [7, 0, 9] },
    ])
    for (const collection of [false, true]) {
      const set = readCmapCodePoints(syntheticFont(sub, collection))
      expect([0x41, 0x42, 0x43, 0x4e00, 0x4e02].every((cp) => set.has(cp))).toBe(true)
      expect(set.has(0x4e01)).toBe(false)
      expect(set.has(0x44)).toBe(false)
    }
  })

  it('reads format 12 (full Unicode)', () => {
    const set = readCmapCodePoints(syntheticFont(format12([[0x20000, 0x20bb6, 100]]), false))
    expect(set.has(0x20000)).toBe(true)
    expect(set.has(0x20bb7)).toBe(false)
  })

  it('explains unreadable files in Chinese', () => {
    expect(() => readCmapCodePoints(new Uint8Array(4))).toThrow(/字体文件/)
  })
})

describe('glyph check before issuing (docs/architecture/overview.md §4)', () => {
  it('names the characters the font cannot print, once each, in order', () => {
    expect(findUnprintableCharacters('当事人：𠮷野家（吉𠮷）\n堃', [serif])).toEqual(['𠮷'])
    expect(findUnprintableCharacters('张喆珺 赵玥镕', [serif])).toEqual([])
  })

  it('requires every face of a set to have the character', () => {
    const onlyA = codePointSetFromRanges([[0x41, 0x41]])
    const aAndB = codePointSetFromRanges([[0x41, 0x42]])
    expect(findUnprintableCharacters('AB', [aAndB, onlyA])).toEqual(['B'])
  })

  it('collects all literal text of a definition', () => {
    const text = collectText([
      { text: ['甲', { text: '乙' }] },
      { table: { widths: ['*'], body: [[{ stack: ['丙'] }]] } },
      '丁',
    ])
    expect(text.replace(/\n/g, '')).toBe('甲乙丙丁')
  })
})

describe('bundled font set', () => {
  it('records the real vertical metrics of each face', () => {
    for (const role of ['body', 'title', 'heading'] as const) {
      for (const face of [BUNDLED_FONT_SET.faces[role].normal, BUNDLED_FONT_SET.faces[role].bold]) {
        expect(metricsOf(readFileSync(bundledFontPath(face.file))), face.file).toEqual(face.metrics)
      }
    }
  })

  it('lists the four files and maps every role to a pdfmake family', () => {
    expect(fontFilesOf(BUNDLED_FONT_SET)).toEqual([
      'NotoSansSC_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
      'NotoSerifSC_400Regular.ttf',
      'NotoSerifSC_700Bold.ttf',
    ])
    expect(Object.keys(pdfmakeFontDictionary(BUNDLED_FONT_SET))).toHaveLength(3)
    const ttc = {
      ...BUNDLED_FONT_SET,
      faces: {
        ...BUNDLED_FONT_SET.faces,
        body: {
          normal: {
            file: 'simsun.ttc',
            postscriptName: 'SimSun',
            metrics: { unitsPerEm: 256, ascent: 220, descent: -36 },
          },
          bold: { file: 'simhei.ttf', metrics: { unitsPerEm: 256, ascent: 220, descent: -36 } },
        },
      },
    }
    expect(pdfmakeFontDictionary(ttc).CaseDeskBody?.normal).toEqual(['simsun.ttc', 'SimSun'])
  })

  it('computes lineHeight so the pitch is met whatever the face', () => {
    const m = { unitsPerEm: 1000, ascent: 1151, descent: -286 }
    const pitch = lineHeightForPitch(m, 16, 28.95) * ((1151 + 286) / 1000) * 16
    expect(pitch).toBeCloseTo(28.95, 2)
    expect(pitch).toBeLessThanOrEqual(28.95)
  })
})

describe('common subset of the bundled fonts (load 11 MB, not 50.7 MB)', () => {
  const subsets = BUNDLED_FONT_SET.commonSubset?.files ?? {}

  it('has a subset for every file, with the same vertical metrics (GB/T 9704 line pitch)', async () => {
    expect(Object.keys(subsets).sort()).toEqual(fontFilesOf(BUNDLED_FONT_SET))
    const common = commonSubsetOf(BUNDLED_FONT_SET)
    for (const role of ['body', 'title', 'heading'] as const) {
      for (const face of [common.faces[role].normal, common.faces[role].bold]) {
        const bytes = Buffer.from(await bundledFontBytes(face.file))
        expect(bytes.length, face.file).toBeLessThan(4_000_000)
        expect(metricsOf(bytes), face.file).toEqual(face.metrics)
      }
    }
  })

  it('covers GB 2312 and the punctuation of documents, not the rarer name characters', async () => {
    const { common } = await ensureFonts()
    const text = '当事人：某某有限公司〔2026〕12号￥1,000.00元（壹仟元整）“说明”——第①项№℃×÷·…'
    expect(findUnprintableCharacters(text, common.cmaps)).toEqual([])
    expect(findUnprintableCharacters('张堃 李喆珺 王玥镕', common.cmaps)).toEqual([
      '堃',
      '喆',
      '珺',
      '玥',
      '镕',
    ])
    expect(commonCodePoints().length).toBeGreaterThan(7400)
  })

  it('is the same bytes when made again from the full file (deterministic build)', async () => {
    const file = 'NotoSansSC_700Bold.ttf'
    const again = await subsetFont({
      root: process.cwd(),
      font: new Uint8Array(readFileSync(bundledFontPath(file))),
      codePoints: commonCodePoints(),
      dropTables: ['vhea', 'vmtx', 'BASE', 'STAT', 'DSIG'],
    })
    const cached = await bundledFontBytes(subsets[file] ?? '')
    expect(Buffer.from(again).equals(Buffer.from(cached))).toBe(true)
  })

  it('prints a document from the subset only when it has every character; the glyph check reads the embedded variant', async () => {
    const { common, full } = await ensureFonts()
    const doc = (name: string): TDocumentDefinitions => ({
      pageSize: 'A4',
      pageMargins: [79, 104, 74, 99],
      content: [{ text: `当事人：${name}`, font: 'CaseDeskBody' }],
    })
    expect(await variantFor(doc('张三'))).toBe(common)
    expect(await variantFor(doc('张堃'))).toBe(full)
    const renderer = nodeDocumentRenderer()
    expect(await renderer.findUnprintable(doc('张堃'))).toEqual([])
    expect(await renderer.findUnprintable(doc('吉𠮷'))).toEqual(['𠮷'])
  })

  it('lays out a common-only document exactly as the full files do (same glyph boxes)', async () => {
    const { common, full } = await ensureFonts()
    const built = buildDocument(
      'penaltyDecision',
      SAMPLES.penaltyDecision.input,
      SAMPLES.penaltyDecision.ctx,
    )
    if (!built.ok) throw new Error(built.errors.join('; '))
    expect(await variantFor(built.definition)).toBe(common)
    const boxes: string[] = []
    for (const set of [common.set, full.set]) {
      pdfmake.setFonts(pdfmakeFontDictionary(set))
      const pdf = await pdfmake.createPdf(cloneDefinition(built.definition)).getBuffer()
      boxes.push(
        execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], {
          input: pdf,
          maxBuffer: 64 << 20,
        }).toString('utf8'),
      )
    }
    expect(boxes[0]).toContain('行政处罚决定书')
    expect(boxes[0]).toBe(boxes[1])
  }, 60_000)
})

describe('faces a document uses (load only those files)', () => {
  it('resolves default style, named styles with extends, inlines and the footer', () => {
    const faces = fontFacesUsed({
      pageSize: 'A4',
      pageMargins: [0, 0, 0, 0],
      defaultStyle: { font: 'CaseDeskBody' },
      styles: { h: { font: 'CaseDeskHeading' }, hb: { extends: 'h', bold: true } },
      content: [
        '正文',
        { text: ['甲', { text: '乙', style: 'hb' }] },
        { table: { widths: ['*'], body: [[{ text: '丙', style: 'h', bold: false }]] } },
      ],
      footer: () => ({ text: '— 1 —', font: 'CaseDeskTitle' }),
    })
    expect(fontFilesFor(BUNDLED_FONT_SET, faces)).toEqual([
      'NotoSansSC_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
      'NotoSerifSC_400Regular.ttf',
      'NotoSerifSC_700Bold.ttf',
    ])
    expect(fontFilesFor(BUNDLED_FONT_SET, [{ family: 'CaseDeskBody', bold: false }])).toEqual([
      'NotoSerifSC_400Regular.ttf',
    ])
    expect(fontFilesFor(BUNDLED_FONT_SET, [{ family: 'Roboto', bold: false }])).toHaveLength(4)
  })

  it('predicts exactly the files pdfmake opens for real documents', async () => {
    await ensureFonts()
    const vfs = pdfmake.virtualfs as unknown as { readFileSync: (file: string) => unknown }
    const read = vfs.readFileSync.bind(vfs)
    const opened = new Set<string>()
    vfs.readFileSync = (file: string) => {
      opened.add(String(file))
      return read(file)
    }
    try {
      for (const kind of [
        'penaltyDecision',
        'caseReview',
        'caseFileToc',
        'interviewRecord',
      ] as const) {
        const built = buildDocument(kind, SAMPLES[kind].input, SAMPLES[kind].ctx)
        if (!built.ok) throw new Error(built.errors.join('; '))
        opened.clear()
        await renderPdf(built.definition)
        const variant = await variantFor(built.definition)
        expect([...opened].sort(), kind).toEqual(
          fontFilesFor(variant.set, fontFacesUsed(built.definition)),
        )
      }
    } finally {
      vfs.readFileSync = read
    }
  }, 60_000)
})
