/**
 * Layout rules a legal reviewer checks on the printed documents (docs/documents-layout.md),
 * checked on every sample document (the fixtures of `npm run documents:samples`) and on the
 * assembled case file, read back from the PDF with `pdftotext -bbox-layout`.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS, DOCUMENT_KIND_INFO, type DocumentKind } from '../../shared/documents/kinds'
import { PAGE_MARGINS } from '../../shared/documents/layout'
import { hanyangContext } from '../fixtures/documents/context'
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
  overlappingLines,
  pageNumberProblems,
  signOffProblems,
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
const stress: RenderedDoc[] = []
let caseFile: RenderedDoc

beforeAll(async () => {
  for (const kind of sampledKinds()) {
    const sample = SAMPLES[kind]
    const built = buildDocument(kind, sample.input, sample.ctx)
    if (!built.ok) throw new Error(`${kind} 样例输入无效：${built.errors.join('；')}`)
    samples.push(await rendered(kind, built.definition, UNNUMBERED.includes(kind) ? 'all' : []))
  }
  // Longer inputs than the samples: the 法制审核表 with four violation rows (the reviewer's case
  // of a violation row moving to page 2) and a 陈述申辩笔录 over several pages.
  const review = SAMPLES.caseReview
  const violations = review.input.violations ?? []
  const longReview = buildDocument(
    'caseReview',
    {
      ...review.input,
      // Rows of about a third of a page each: a row that moved whole left such a gap.
      violations: [...violations, ...violations].map((v) => ({
        ...v,
        reason: Array.from({ length: 5 }, () => v.reason).join('；'),
      })),
    },
    review.ctx,
  )
  const statement = SAMPLES.statementRecord
  const longStatement = buildDocument(
    'statementRecord',
    {
      ...statement.input,
      statement: Array.from({ length: 8 }, () => statement.input.statement).join('\n'),
    },
    statement.ctx,
  )
  for (const [name, built] of [
    ['caseReview（四项违法行为）', longReview],
    ['statementRecord（多页）', longStatement],
  ] as const) {
    if (!built.ok) throw new Error(`${name} 输入无效：${built.errors.join('；')}`)
    stress.push(await rendered(name, built.definition, []))
  }
  const file = sampleCaseFile()
  caseFile = await rendered('case-file', buildCaseFileDoc(file.input, file.ctx), [1])
}, 120_000)

const all = () => [...samples, ...stress, caseFile]

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

  it('no text runs over another (a glued 文号 or date wider than its cell)', () => {
    expect(all().flatMap(overlappingLines)).toEqual([])
  })

  it('party-facing documents with a sign-off: date four characters from the right, name centred over it, （印章） between', () => {
    const problems: string[] = []
    let checked = 0
    for (const doc of samples) {
      if (!DOCUMENT_KIND_INFO[doc.name as DocumentKind].partyFacing) continue
      const rightEdge = (doc.pages.at(-1)?.width ?? 0) - PAGE_MARGINS[2]
      const found = signOffProblems(doc, hanyangContext.officeName, rightEdge)
      // A party-facing form without the office's sign-off (a commitment the party signs) is skipped.
      if (found.some((problem) => problem.includes('找不到落款'))) continue
      checked += 1
      problems.push(...found)
    }
    expect(checked).toBeGreaterThanOrEqual(10)
    expect(problems).toEqual([])
  })

  it('page numbers are “— N —” on every numbered page, in one size', () => {
    expect(all().flatMap(pageNumberProblems)).toEqual([])
  })

  it('no page but the last ends more than five body lines above the foot of the body area', () => {
    // The case file starts every document on a new page, so only the documents are checked.
    expect([...samples, ...stress].flatMap(footGaps)).toEqual([])
  })
})

/** Records and who signs at the foot of each of their pages (docs/documents-layout.md). */
const RECORD_SIGNERS: Array<[DocumentKind, string[]]> = [
  ['interviewRecord', ['被约谈方（签名）：', '约谈人员（签名）：']],
  ['statementRecord', ['陈述申辩人（签名）：', '承办人员（签名）：']],
  ['rectificationCheck', ['被复查单位（签名）：', '复查人员（签名）：']],
  ['collectiveDiscussion', ['主持人（签名）：', '记录人（签名）：']],
  ['followUpVisit', ['被回访人（签名）：', '回访人员（签名）：']],
]

describe('records: signatures and the page count on every page', () => {
  it.each([
    ...RECORD_SIGNERS,
    ['statementRecord（多页）', ['陈述申辩人（签名）：', '承办人员（签名）：']] as [
      string,
      string[],
    ],
  ])('%s', (kind, signers) => {
    const doc = [...samples, ...stress].find((sample) => sample.name === kind)
    if (!doc) throw new Error(`${kind} 没有样例`)
    expect(doc.pages.length).toBeGreaterThan(kind.includes('多页') ? 2 : 0)
    for (const page of doc.pages) {
      const text = page.lines.map((line) => line.text.replace(/\s+/g, '')).join('')
      for (const signer of signers) expect(text, `${kind} 第${page.number}页`).toContain(signer)
      expect(text).toContain(`第${page.number}页共${doc.pages.length}页`)
      // The signature strip sits inside the page, above the page number.
      const strip = page.lines.filter((line) =>
        signers.some((signer) => line.text.replace(/\s+/g, '').startsWith(signer)),
      )
      expect(strip.length).toBeGreaterThanOrEqual(signers.length)
      for (const line of strip) expect(line.yMin).toBeGreaterThanOrEqual(doc.bodyBottom)
    }
  })

  it('the confirmation that the record matches what was said is left to be written by hand', () => {
    for (const kind of ['interviewRecord', 'statementRecord'] as const) {
      const doc = samples.find((sample) => sample.name === kind)
      const text = doc?.layoutText.join('').replace(/\s+/g, '') ?? ''
      expect(text).toContain('核对意见')
      expect(text).not.toMatch(/与我所[说述]的?一致|确认无误/)
    }
  })
})
