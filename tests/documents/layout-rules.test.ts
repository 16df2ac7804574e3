/**
 * Layout rules a legal reviewer checks on the printed documents (docs/documents-layout.md),
 * checked on every sample document (the fixtures of `npm run documents:samples`) and on the
 * assembled case file, read back from the PDF with `pdftotext -bbox-layout`.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/documents/kinds'
import { buildDocument } from '../../shared/documents/registry'
import { buildCaseFileDoc } from '../../shared/documents/case-file'
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import { SAMPLES } from '../fixtures/documents/samples'
import { sampleCaseFile } from '../fixtures/documents/case-file'
import { pdfText, renderPdf } from './render'
import { pdfLines } from './pdf-lines'
import {
  footGaps,
  loneCharacterLines,
  numbersSplitFromUnits,
  pageNumberProblems,
  splitDocNumbers,
  type RenderedDoc,
} from './layout-checks'

/** Kinds printed without page numbers (the 卷宗封面). */
const UNNUMBERED: readonly DocumentKind[] = ['caseFileCover']

async function rendered(
  name: string,
  definition: TDocumentDefinitions,
  unnumbered: number[] | 'all',
) {
  const pdf = await renderPdf(definition)
  const pages = pdfLines(pdf)
  const margins = definition.pageMargins as [number, number, number, number]
  const doc: RenderedDoc = {
    name,
    pages,
    layoutText: pages.map((page) => pdfText(pdf, { page: page.number })),
    bodyBottom: (pages[0]?.height ?? 0) - margins[3],
    unnumberedPages: unnumbered === 'all' ? pages.map((page) => page.number) : unnumbered,
  }
  return doc
}

/** The kinds that have a sample (a kind being added may not have one yet). */
function sampledKinds(): DocumentKind[] {
  return DOCUMENT_KINDS.filter((kind) => (SAMPLES as Partial<typeof SAMPLES>)[kind] !== undefined)
}

const samples: RenderedDoc[] = []
let caseFile: RenderedDoc

beforeAll(async () => {
  for (const kind of sampledKinds()) {
    const sample = SAMPLES[kind]
    const built = buildDocument(kind, sample.input, sample.ctx)
    if (!built.ok) throw new Error(`${kind} 样例输入无效：${built.errors.join('；')}`)
    samples.push(await rendered(kind, built.definition, UNNUMBERED.includes(kind) ? 'all' : []))
  }
  const file = sampleCaseFile()
  caseFile = await rendered('case-file', buildCaseFileDoc(file.input, file.ctx), [1])
}, 120_000)

const all = () => [...samples, caseFile]

describe('printed layout of every sample document and the case file', () => {
  it('renders every kind', () => {
    expect(samples.map((doc) => doc.name)).toEqual(sampledKinds())
    expect(samples.length).toBeGreaterThanOrEqual(20)
    for (const doc of all()) expect(doc.pages.length).toBeGreaterThan(0)
  })

  it('no line holds a single CJK character with only punctuation (“罚。”)', () => {
    expect(all().flatMap(loneCharacterLines)).toEqual([])
  })

  it('no number is split from its unit (“2026｜年”, “31,200.00｜元”)', () => {
    expect(all().flatMap(numbersSplitFromUnits)).toEqual([])
  })

  it('no 文号 is split across lines', () => {
    expect(all().flatMap(splitDocNumbers)).toEqual([])
  })

  it('page numbers are “— N —” on every numbered page, in one size', () => {
    expect(all().flatMap(pageNumberProblems)).toEqual([])
  })

  it('no page but the last ends more than five body lines above the foot of the body area', () => {
    // The case file starts every document on a new page, so only the documents are checked.
    expect(samples.flatMap(footGaps)).toEqual([])
  })
})
