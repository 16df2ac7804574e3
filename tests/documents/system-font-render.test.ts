// A font set built from “system” files really renders (prefer the PC's 仿宋/宋体/黑体):
// the bundled Noto files stand in for simfang.ttf / simhei.ttf and a .ttc built here for
// simsun.ttc. pdfmake must embed the .ttc face named by PostScript name, not face 0.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pdfmake from 'pdfmake'
import { afterAll, describe, expect, it } from 'vitest'
import { BUNDLED_FONT_SOURCES, pdfmakeFontDictionary } from '../../shared/documents/fonts/font-set'
import { fontSetFromBytes, type FontSetSpec } from '../../shared/documents/fonts/windows-font-set'
import { buildDocument } from '../../shared/documents/registry'
import { SAMPLES } from '../fixtures/documents/samples'
import { cloneDefinition, pdfText, squash } from './render'

const bundled = (file: string) =>
  new Uint8Array(readFileSync(require.resolve(BUNDLED_FONT_SOURCES[file] ?? file)))

/** A .ttc of `fonts`: each copied after the header, its table offsets moved to the new start. */
function collectionOf(fonts: Uint8Array[]): Uint8Array {
  const starts: number[] = []
  let at = 12 + 4 * fonts.length
  for (const font of fonts) {
    starts.push(at)
    at += Math.ceil(font.byteLength / 4) * 4
  }
  const out = new Uint8Array(at)
  const view = new DataView(out.buffer)
  out.set([0x74, 0x74, 0x63, 0x66])
  view.setUint32(4, 0x00010000)
  view.setUint32(8, fonts.length)
  fonts.forEach((font, i) => {
    const base = starts[i] ?? 0
    view.setUint32(12 + 4 * i, base)
    out.set(font, base)
    for (let t = 0; t < view.getUint16(base + 4); t += 1) {
      const record = base + 12 + 16 * t + 8
      view.setUint32(record, view.getUint32(record) + base)
    }
  })
  return out
}

const files = {
  'simfang.ttf': bundled('NotoSerifSC_400Regular.ttf'),
  'simhei.ttf': bundled('NotoSansSC_400Regular.ttf'),
  'simsun.ttc': collectionOf([
    bundled('NotoSerifSC_700Bold.ttf'),
    bundled('NotoSansSC_700Bold.ttf'),
  ]),
}

const spec: FontSetSpec = {
  idPrefix: 'windows-test',
  label: '测试：本机字体',
  faces: {
    body: { normal: { file: 'simfang.ttf' }, bold: { file: 'simhei.ttf' } },
    title: {
      normal: { file: 'simsun.ttc', postscriptName: 'NotoSansSC-Bold' },
      bold: { file: 'simsun.ttc', postscriptName: 'NotoSansSC-Bold' },
    },
    heading: { normal: { file: 'simhei.ttf' }, bold: { file: 'simhei.ttf' } },
  },
}

const dir = mkdtempSync(join(tmpdir(), 'casedesk-sysfont-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('rendering with a set built from system font files', () => {
  it('embeds the .ttc face chosen by PostScript name and prints the document text', async () => {
    const built = fontSetFromBytes(spec, files)
    if (!built.ok) throw new Error(JSON.stringify(built.problems))
    for (const [file, bytes] of Object.entries(files)) pdfmake.virtualfs.writeFileSync(file, bytes)
    pdfmake.setFonts(pdfmakeFontDictionary(built.set))
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy(() => false)

    const sample = SAMPLES.correctionOrder
    const doc = buildDocument('correctionOrder', sample.input, {
      ...sample.ctx,
      fontSet: built.set,
    })
    if (!doc.ok) throw new Error(doc.errors.join('；'))
    const pdf: Buffer = await pdfmake.createPdf(cloneDefinition(doc.definition)).getBuffer()
    const path = join(dir, 'notice.pdf')
    writeFileSync(path, pdf)
    const fonts = execFileSync('pdffonts', [path]).toString('utf8')
    const embedded = [...fonts.matchAll(/[A-Z]{6}\+(\S+)/g)].map((m) => m[1]).sort()
    // Body from simfang.ttf; the title from face 1 of the .ttc (the only source of
    // NotoSansSC-Bold); face 0 of the .ttc (NotoSerifSC-Bold) is never embedded.
    expect(embedded).toContain('NotoSerifSC-Regular')
    expect(embedded).toContain('NotoSansSC-Bold')
    expect(embedded).not.toContain('NotoSerifSC-Bold')
    expect(squash(pdfText(pdf))).toContain('责令改正通知书')
  })
})
