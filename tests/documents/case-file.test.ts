import { describe, expect, it } from 'vitest'
import { buildCaseFileDoc } from '../../shared/documents/case-file'
import { emptyVolumeMessage } from '../../shared/documents/case-file-rules'
import { sampleCaseFile } from '../fixtures/documents/case-file'
import { pdfPageCount, pdfText, renderPdf, squash } from './render'

describe('case file (案卷): cover + TOC + documents + 备考表, continuous page numbers', () => {
  it('lists every document at the page where it starts and numbers all pages after the cover', async () => {
    const { input, ctx } = sampleCaseFile()
    const pdf = await renderPdf(buildCaseFileDoc(input, ctx))
    const pages = pdfPageCount(pdf)
    const pageTexts = Array.from({ length: pages }, (_, i) =>
      pdfText(pdf, { page: i + 1, raw: true }),
    )
    expect(squash(pageTexts[0] ?? '')).toContain('行政处罚案卷')
    expect(squash(pageTexts[0] ?? '')).toContain(`共${input.documents.length}件，共${pages}页`)
    expect(pageTexts[0]).not.toMatch(/—\s*1\s*—/)
    pageTexts.slice(1).forEach((text, i) => expect(text).toMatch(new RegExp(`—\\s*${i + 2}\\s*—`)))

    const toc = pageTexts.filter((t) => t.includes('卷内文件目录') || /^序号/m.test(t)).join('\n')
    let previous = 0
    for (const doc of input.documents) {
      const title = Array.from(doc.title).join('\\s*')
      const match = new RegExp(`${title}\\s*${doc.date.replace(/-/g, '')}\\s+(\\d+)`).exec(toc)
      expect(match, doc.title).not.toBeNull()
      const start = Number(match?.[1])
      expect(start).toBeGreaterThan(previous)
      previous = start
      expect(
        squash(pageTexts[start - 1] ?? '').startsWith(squash(`${ctx.officeName}${doc.title}`)),
        `${doc.title} on page ${start}`,
      ).toBe(true)
    }
    expect(squash(pageTexts[pages - 1] ?? '')).toContain('卷内备考表')
    expect(squash(pageTexts[pages - 1] ?? '')).toContain(`共${pages}页`)
  })

  it('does not change the documents it assembles', () => {
    const { input, ctx } = sampleCaseFile()
    const before = JSON.stringify(input.documents.map((d) => d.definition.content))
    buildCaseFileDoc(input, ctx)
    expect(JSON.stringify(input.documents.map((d) => d.definition.content))).toBe(before)
  })

  it('prints 未立案 on the cover of a matter closed without a filing, never the source date', async () => {
    const { input, ctx } = sampleCaseFile()
    const cover = { ...input.cover, filedOn: undefined }
    const pdf = await renderPdf(buildCaseFileDoc({ ...input, cover }, ctx))
    const first = squash(pdfText(pdf, { page: 1, raw: true }))
    expect(first).toContain('立案日期未立案')
    expect(first).toContain('结案日期')
  })

  it('a volume names itself on the cover, with a 保管期限 of the 2006 terms (SAMR-PR Art. 78; 国家档案局令第8号 Art. 6)', async () => {
    const { input, ctx } = sampleCaseFile()
    const cover = { ...input.cover, volume: '副卷' as const, retention: '定期10年' as const }
    const pdf = await renderPdf(buildCaseFileDoc({ ...input, cover }, ctx))
    const first = squash(pdfText(pdf, { page: 1, raw: true }))
    expect(first).toContain('行政处罚案卷（副卷）')
    expect(first).toContain('保管期限定期10年')
    expect(() =>
      buildCaseFileDoc({ ...input, cover: { ...input.cover, retention: '长期' as never } }, ctx),
    ).toThrow()
  })

  it('an empty volume is refused saying what the volume holds', () => {
    expect(emptyVolumeMessage('副卷')).toMatch(/副卷收存调查终结报告.*只导出正卷/)
    expect(emptyVolumeMessage('正卷')).toMatch(/正卷收存立案审批表/)
  })

  it('refuses an empty case file with a Chinese message', () => {
    const { input, ctx } = sampleCaseFile()
    expect(() => buildCaseFileDoc({ ...input, documents: [] }, ctx)).toThrow(/没有文书/)
  })
})
