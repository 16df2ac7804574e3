// Font metrics and identity read from the bytes (GB/T 9704 line pitch needs the face's own
// hhea/head values) and the office PC's font set (“on Windows prefer the installed
// 仿宋/宋体/黑体”), tested on the bundled Noto fonts and on a .ttc built here from two of them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUNDLED_FONT_SET, BUNDLED_FONT_SOURCES } from '@shared/documents/fonts/font-set'
import { readFaceInfo } from '@shared/documents/fonts/metrics'
import {
  faceIndexByPostscriptName,
  faceOffsets,
  isCollection,
  postscriptNameOf,
} from '@shared/documents/fonts/sfnt'
import {
  WINDOWS_SPEC_HEI,
  WINDOWS_SPEC_XBS,
  fontSetFromBytes,
  isSystemFontSetId,
  specFiles,
  windowsSpecFor,
  type FontSetSpec,
} from '@shared/documents/fonts/windows-font-set'
import { SYSTEM_FONT_FILES, isSystemFontFileName, systemFontLabel } from '@shared/ipc/system-fonts'

function bundled(file: string): Uint8Array {
  const source = BUNDLED_FONT_SOURCES[file]
  if (!source) throw new Error(file)
  return new Uint8Array(readFileSync(require.resolve(source)))
}

const serifRegular = bundled('NotoSerifSC_400Regular.ttf')
const serifBold = bundled('NotoSerifSC_700Bold.ttf')
const sansRegular = bundled('NotoSansSC_400Regular.ttf')
const sansBold = bundled('NotoSansSC_700Bold.ttf')

/**
 * A TrueType collection holding `fonts` in order: a 'ttcf' header, then each font copied with its
 * table offsets moved by where it now starts (offsets in a .ttc count from the collection start).
 */
function collectionOf(fonts: Uint8Array[]): Uint8Array {
  const header = 12 + 4 * fonts.length
  const starts: number[] = []
  let at = header
  for (const font of fonts) {
    starts.push(at)
    at += Math.ceil(font.byteLength / 4) * 4
  }
  const out = new Uint8Array(at)
  const view = new DataView(out.buffer)
  out.set([0x74, 0x74, 0x63, 0x66]) // 'ttcf'
  view.setUint32(4, 0x00010000)
  view.setUint32(8, fonts.length)
  fonts.forEach((font, i) => {
    const base = starts[i] ?? 0
    view.setUint32(12 + 4 * i, base)
    out.set(font, base)
    const tables = view.getUint16(base + 4)
    for (let t = 0; t < tables; t += 1) {
      const record = base + 12 + 16 * t + 8
      view.setUint32(record, view.getUint32(record) + base)
    }
  })
  return out
}

const ttc = collectionOf([serifRegular, sansBold])

describe('readFaceInfo: metrics from the bytes equal the known metrics of the bundled set', () => {
  it.each([
    ['NotoSerifSC_400Regular.ttf', serifRegular, BUNDLED_FONT_SET.faces.body.normal.metrics],
    ['NotoSerifSC_700Bold.ttf', serifBold, BUNDLED_FONT_SET.faces.body.bold.metrics],
    ['NotoSansSC_400Regular.ttf', sansRegular, BUNDLED_FONT_SET.faces.heading.normal.metrics],
    ['NotoSansSC_700Bold.ttf', sansBold, BUNDLED_FONT_SET.faces.heading.bold.metrics],
  ])('%s', (_file, bytes, metrics) => {
    const info = readFaceInfo(bytes)
    expect(info.metrics).toEqual(metrics)
    expect(info.faceIndex).toBe(0)
    expect(info.checksum).toMatch(/^[0-9a-f]{8}$/)
    expect(info.revision).toMatch(/^2\.00\d$/)
  })

  it('reads the PostScript name (name ID 6) and checks it for a plain font', () => {
    expect(readFaceInfo(serifRegular).postscriptName).toBe('NotoSerifSC-Regular')
    expect(readFaceInfo(sansBold, 'NotoSansSC-Bold').postscriptName).toBe('NotoSansSC-Bold')
    expect(() => readFaceInfo(sansBold, 'SimHei')).toThrow('字体文件中没有名为“SimHei”的字体。')
  })
})

describe('.ttc collections: the face is chosen by PostScript name', () => {
  it('the synthetic collection has both faces at the right offsets', () => {
    expect(isCollection(ttc)).toBe(true)
    expect(isCollection(serifRegular)).toBe(false)
    expect(faceOffsets(ttc)).toEqual([20, 20 + Math.ceil(serifRegular.byteLength / 4) * 4])
    expect(postscriptNameOf(ttc, 0)).toBe('NotoSerifSC-Regular')
    expect(postscriptNameOf(ttc, 1)).toBe('NotoSansSC-Bold')
  })

  it.each([
    ['NotoSerifSC-Regular', 0, { unitsPerEm: 1000, ascent: 1151, descent: -286 }],
    ['NotoSansSC-Bold', 1, { unitsPerEm: 1000, ascent: 1160, descent: -288 }],
  ])('%s → face %i with its own metrics', (name, index, metrics) => {
    expect(faceIndexByPostscriptName(ttc, name)).toBe(index)
    const info = readFaceInfo(ttc, name)
    expect(info).toMatchObject({ faceIndex: index, postscriptName: name, metrics })
    expect(info.checksum).toBe(readFaceInfo(index === 0 ? serifRegular : sansBold).checksum)
  })

  it('an unknown name, or no name for a collection, is refused in Chinese', () => {
    expect(faceIndexByPostscriptName(ttc, 'SimSun')).toBeNull()
    expect(() => readFaceInfo(ttc, 'SimSun')).toThrow('字体文件中没有名为“SimSun”的字体。')
    expect(() => readFaceInfo(ttc)).toThrow('必须指明其中字体的 PostScript 名称')
  })
})

describe('damaged files are refused with a Chinese message, never read out of bounds', () => {
  it.each([
    ['empty', new Uint8Array(0), undefined, '字体文件不完整或已损坏'],
    ['not a font', new TextEncoder().encode('%PDF-1.7 not a font'), undefined, '不是 TrueType'],
    ['truncated directory', serifRegular.slice(0, 40), undefined, '字体文件不完整或已损坏'],
    ['truncated tables', serifRegular.slice(0, 400), undefined, '字体文件不完整或已损坏'],
    ['collection cut short', ttc.slice(0, 64), 'NotoSansSC-Bold', '字体文件不完整或已损坏'],
  ])('%s', (_label, bytes, name, message) => {
    expect(() => readFaceInfo(bytes, name)).toThrow(message)
  })
})

/** A spec over the allowlisted names, with bundled bytes standing in for the PC's files. */
const ttcSpec: FontSetSpec = {
  idPrefix: 'windows-test',
  label: '测试',
  faces: {
    body: { normal: { file: 'simfang.ttf' }, bold: { file: 'simhei.ttf' } },
    title: {
      normal: { file: 'simsun.ttc', postscriptName: 'NotoSerifSC-Regular' },
      bold: { file: 'simsun.ttc', postscriptName: 'NotoSansSC-Bold' },
    },
    heading: { normal: { file: 'simhei.ttf' }, bold: { file: 'simhei.ttf' } },
  },
}

describe('fontSetFromBytes', () => {
  it('builds every role with metrics read from the bytes, .ttc faces by PostScript name', () => {
    const built = fontSetFromBytes(ttcSpec, {
      'simfang.ttf': serifRegular,
      'simhei.ttf': sansRegular,
      'simsun.ttc': ttc,
    })
    if (!built.ok) throw new Error(JSON.stringify(built.problems))
    expect(built.set.id).toMatch(/^windows-test@[0-9a-f]{12}$/)
    expect(built.set.faces).toEqual({
      body: {
        normal: { file: 'simfang.ttf', metrics: BUNDLED_FONT_SET.faces.body.normal.metrics },
        bold: { file: 'simhei.ttf', metrics: BUNDLED_FONT_SET.faces.heading.normal.metrics },
      },
      title: {
        normal: {
          file: 'simsun.ttc',
          postscriptName: 'NotoSerifSC-Regular',
          metrics: { unitsPerEm: 1000, ascent: 1151, descent: -286 },
        },
        bold: {
          file: 'simsun.ttc',
          postscriptName: 'NotoSansSC-Bold',
          metrics: { unitsPerEm: 1000, ascent: 1160, descent: -288 },
        },
      },
      heading: {
        normal: { file: 'simhei.ttf', metrics: BUNDLED_FONT_SET.faces.heading.normal.metrics },
        bold: { file: 'simhei.ttf', metrics: BUNDLED_FONT_SET.faces.heading.normal.metrics },
      },
    })
  })

  it('the id is stable for the same files and changes when a file changes', () => {
    const files = { 'simfang.ttf': serifRegular, 'simhei.ttf': sansRegular }
    const a = fontSetFromBytes(WINDOWS_SPEC_HEI, files)
    const b = fontSetFromBytes(WINDOWS_SPEC_HEI, { ...files })
    const other = fontSetFromBytes(WINDOWS_SPEC_HEI, { ...files, 'simfang.ttf': serifBold })
    if (!a.ok || !b.ok || !other.ok) throw new Error('not built')
    expect(a.set.id).toBe(b.set.id)
    expect(a.set.id).toMatch(/^windows-fangsong-hei@/)
    expect(other.set.id).not.toBe(a.set.id)
    expect(isSystemFontSetId(a.set.id)).toBe(true)
    expect(isSystemFontSetId(BUNDLED_FONT_SET.id)).toBe(false)
    expect(a.set.licenseFiles).toEqual([])
  })

  it.each([
    [
      'simhei.ttf missing',
      { 'simfang.ttf': serifRegular },
      [{ file: 'simhei.ttf', message: '本机未安装 simhei.ttf' }],
    ],
    [
      'nothing installed',
      {},
      [
        { file: 'simfang.ttf', message: '本机未安装 simfang.ttf' },
        { file: 'simhei.ttf', message: '本机未安装 simhei.ttf' },
      ],
    ],
    [
      'a damaged file',
      { 'simfang.ttf': serifRegular.slice(0, 400), 'simhei.ttf': sansRegular },
      [{ file: 'simfang.ttf', message: expect.stringMatching(/^simfang\.ttf 无法使用：/) }],
    ],
  ])('reports every unusable file: %s', (_label, files, problems) => {
    expect(fontSetFromBytes(WINDOWS_SPEC_HEI, files)).toEqual({ ok: false, problems })
  })

  it('a .ttc without the named face is reported, not read as face 0', () => {
    const built = fontSetFromBytes(ttcSpec, {
      'simfang.ttf': serifRegular,
      'simhei.ttf': sansRegular,
      'simsun.ttc': collectionOf([serifRegular, serifBold]),
    })
    expect(built).toEqual({
      ok: false,
      problems: [
        {
          file: 'simsun.ttc',
          message: 'simsun.ttc 无法使用：字体文件中没有名为“NotoSansSC-Bold”的字体。',
        },
      ],
    })
  })
})

describe('the Windows specs (GB/T 9704: 仿宋 body, 小标宋 title, 黑体 headings)', () => {
  it.each([
    [true, WINDOWS_SPEC_XBS, ['fzxbsjw.ttf', 'simfang.ttf', 'simhei.ttf']],
    [false, WINDOWS_SPEC_HEI, ['simfang.ttf', 'simhei.ttf']],
  ] as const)('小标宋 installed: %s', (hasXbs, spec, files) => {
    expect(windowsSpecFor(hasXbs)).toBe(spec)
    expect(specFiles(spec)).toEqual(files)
    expect(spec.faces.body.normal.file).toBe('simfang.ttf')
    expect(spec.faces.heading.normal.file).toBe('simhei.ttf')
    for (const file of files) expect(isSystemFontFileName(file)).toBe(true)
  })
})

describe('system font allowlist', () => {
  it.each([
    ['simfang.ttf', true],
    ['SIMFANG.TTF', true],
    ['FZXBSJW.TTF', true],
    ['simsun.ttc', true],
    ['arial.ttf', false],
    ['..\\simfang.ttf', false],
    ['../simfang.ttf', false],
    ['C:\\Windows\\Fonts\\simfang.ttf', false],
    ['simfang.ttf ', false],
    ['__proto__', false],
    ['', false],
  ])('%j → %s', (name, allowed) => {
    expect(isSystemFontFileName(name)).toBe(allowed)
  })

  it('labels name the face in Chinese', () => {
    expect(systemFontLabel('SimFang.ttf')).toBe('仿宋')
    expect(systemFontLabel('fzxbsjw.ttf')).toBe('方正小标宋简体')
    expect(systemFontLabel('arial.ttf')).toBe('arial.ttf')
    expect(Object.keys(SYSTEM_FONT_FILES)).toHaveLength(5)
  })
})
