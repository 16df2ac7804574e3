/**
 * The case file (案卷) end to end on the built web mode: a case driven from the UI along the
 * soft path (约谈 → 责令改正 → 复查合格 → 结案), its documents issued from the 文书 tab, the export
 * refused before 结案 (docs/domain/case-file.md: the volume is compiled at closing), then exported, saved
 * as a download and checked page by page with poppler: page count, TOC page numbers against the
 * pages where each document starts, continuous “— N —” numbers, cover and 备考表.
 * With CASEDESK_SHOTS_DIR set, the PDF is also kept there as case-file.pdf for visual review.
 */
import { execFileSync } from 'node:child_process'
import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'
import { foodShop, office, scenarioOfficers } from './support/data'
import { shot } from './support/shots'
import { SetupWizard } from '../pages/setup-wizard'
import { createCaseFromUi, fillInterviewNotice } from '../pages/case-page'
import { CaseDocumentsTab } from '../pages/case-documents'

test.describe.configure({ timeout: 300_000 })
test.use({ actionTimeout: 15_000 })

const party = foodShop
const cause = '涉嫌未建立食品进货查验记录制度案'

/** Text of one page (or the whole file) of a PDF, via poppler's pdftotext. */
function pageText(pdf: Buffer, page?: number, layout = false): string {
  const args = [layout ? '-layout' : '-raw', '-enc', 'UTF-8']
  if (page) args.push('-f', String(page), '-l', String(page))
  return execFileSync('pdftotext', [...args, '-', '-'], { input: pdf }).toString('utf8')
}

function pageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8')
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN)
}

const squash = (s: string) => s.replace(/\s+/g, '')

/** One TOC row as printed: its date (YYYYMMDD), 页号 ('5' or '9-10') and 备注. */
interface TocRow {
  title: string
  date: string
  from: number
  to?: number
  remark: string
}

/**
 * Reads the TOC rows from pdftotext's raw text: each row's cells come out in order, and its date
 * and 页号 share a line (“20260902 3”, the last row “20260921 10 - 11”, then the 备注). The titles
 * are expected in `titles` order.
 */
function parseToc(text: string, titles: string[]): TocRow[] {
  const rows = [...text.matchAll(/(?:^| )(\d{8}) (\d+)(?: - (\d+))?(?: (\S+))?$/gmu)]
  expect(rows.map((m) => m[1]).length, '卷内文件目录的行数').toBe(titles.length)
  const flat = squash(text)
  let at = 0
  return titles.map((title, i) => {
    const found = flat.indexOf(squash(title), at)
    expect(found, `卷内文件目录第${i + 1}项：${title}`).toBeGreaterThanOrEqual(at)
    at = found + 1
    const m = rows[i] ?? []
    return {
      title,
      date: m[1] ?? '',
      from: Number(m[2]),
      to: m[3] ? Number(m[3]) : undefined,
      remark: m[4] ?? '',
    }
  })
}

test('案卷: refused before 结案, then exported with a right TOC, cover and 备考表', async ({
  app,
}, testInfo) => {
  const page = await app.open()
  await new SetupWizard(page).complete({ ...office, effectiveFrom: '2026-01-01' }, scenarioOfficers)
  const cp = await createCaseFromUi(page, {
    ...party,
    source: '监督检查',
    sourceDate: '2026-09-01',
    cause,
  })
  const caseNo = (await cp.header.locator('.case-header__no').innerText()).trim()
  expect(caseNo).not.toBe('')
  const docs = new CaseDocumentsTab(page)
  const issued: { title: string; docNo: string; date: string }[] = []
  const issue = async (title: string, date: string, answers: Record<string, string> = {}) => {
    await cp.tab(/^文书$/)
    issued.push({ title, date, docNo: await docs.issue(title, answers) })
    await cp.tab(/^办理$/)
  }

  let d = await cp.start('约谈通知送达', '2026-09-02')
  await fillInterviewNotice(d)
  await d.saveOk()
  await issue('行政约谈通知书', '2026-09-02', { '约谈时间（HH:mm）': '09:30' })

  d = await cp.start('行政约谈', '2026-09-08')
  await d.text('指出的问题', '进货查验记录缺失，无法追溯')
  await d.text('整改要求', '十日内建立进货查验台账')
  await d.root.getByRole('button', { name: '添加一行' }).click()
  await d.text('承诺内容', '建立进货查验台账')
  await d.check('约谈记录已签字确认')
  await d.saveOk()
  await issue('行政约谈记录', '2026-09-08', {
    约谈开始时间: '09:30',
    约谈结束时间: '10:30',
    记录人: '李娜',
    被约谈方陈述: '承认未建立进货查验记录，愿意立即整改',
    整改期限: '2026-09-18',
    后续跟踪安排: '整改期限届满后进行复查',
  })

  d = await cp.start('责令改正通知书送达', '2026-09-08')
  await d.text('违法事实', '未建立食品进货查验记录制度')
  await d.text('责令改正依据', '《中华人民共和国食品安全法》第一百二十六条')
  await d.text('改正要求', '建立并执行进货查验记录制度')
  await d.date('改正期限', '2026-09-18')
  await d.saveOk()
  await issue('责令改正通知书', '2026-09-08', {
    '违反的规定（法律名称及条款）': '《中华人民共和国食品安全法》第五十三条第二款',
  })

  d = await cp.start('整改复查', '2026-09-18')
  await d.select('复查结果', '已整改')
  await d.text('复查情况', '已建立进货查验台账，记录完整')
  await d.saveOk()
  await issue('整改复查记录', '2026-09-18', {
    复查地点: '武汉市汉阳区鹦鹉大道 18 号',
    处理意见: '当事人已按要求整改，建议结案。',
  })
  await cp.expectStage('待结案')

  // Before 结案 the volume cannot be compiled: the export says why and what to do.
  await cp.tab(/^文书$/)
  await docs.openCaseFile({ compiler: '张伟', checker: '李娜' })
  await docs.generate()
  await expect(docs.caseFileDialog.getByRole('alert')).toContainText(
    '案件尚未结案：案卷在结案后立卷（记录“结案”环节后再导出）。',
  )
  await shot(page, 'case-file-01-refused-before-closing')
  await docs.caseFileDialog.getByRole('button', { name: '取消' }).click()
  await cp.tab(/^办理$/)

  d = await cp.start('结案', '2026-09-21')
  await d.select('结案情形', '经约谈、责令改正，复查确认已整改（未立案）')
  await d.pick('批准结案的负责人', '王建国')
  await d.saveOk()
  await cp.expectStage('已结案')
  await issue('结案审批表', '2026-09-21', {
    处理决定内容: '责令改正，当事人已按期改正，未予立案。',
    执行情况: '经复查，当事人已建立并执行进货查验记录制度。',
    办案人员意见: '当事人已按期整改，建议结案。',
    办案机构意见: '同意结案。',
    办案机构负责人: '刘芳',
  })

  await cp.tab(/^文书$/)
  await expect(docs.issued.locator('tbody tr')).toHaveCount(issued.length)
  await docs.openCaseFile({
    volume: '正卷',
    retention: '定期30年',
    archiveNumber: '2026-汉阳-001',
    compiler: '张伟',
    checker: '李娜',
    notes: '本卷文书均为原件。',
  })
  await shot(page, 'case-file-02-export-dialog')
  const download = await docs.exportCaseFile(caseNo)
  expect(download.suggestedFilename()).toBe(`${caseNo}案卷（正卷）.pdf`)
  const file = testInfo.outputPath('case-file.pdf')
  await download.saveAs(file)
  if (process.env.CASEDESK_SHOTS_DIR)
    await copyFile(file, join(process.env.CASEDESK_SHOTS_DIR, 'case-file.pdf'))
  const pdf = await readFile(file)

  // SAMR-PR Art. 78: the 正卷 holds the procedure documents by date; the 结案审批表 is in the 副卷.
  const order = issued.filter((d) => d.title !== '结案审批表')
  const pages = pageCount(pdf)
  const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1))

  // Cover: no page number, the case's number, party and 案由, the document and page totals.
  const cover = squash(texts[0] ?? '')
  expect(cover).toContain('行政处罚案卷（正卷）')
  expect(cover).toContain(squash(office.fullName))
  expect(cover).toContain(squash(caseNo))
  expect(cover).toContain(squash(party.name))
  expect(cover).toContain(squash(cause))
  expect(cover).toContain('2026年9月21日')
  expect(cover).toContain(`共${order.length}件，共${pages}页`)
  expect(cover).toContain('立案日期未立案')
  expect(cover).toContain('定期30年')
  expect(cover).toContain('2026-汉阳-001')
  expect(texts[0]).not.toMatch(/—\s*\d+\s*—/)

  // Every later page carries its own number, continuously.
  texts
    .slice(1)
    .forEach((t, i) => expect(t, `第${i + 2}页页码`).toMatch(new RegExp(`—\\s*${i + 2}\\s*—`)))

  // The TOC: every document once, in date order, at the page where it starts.
  const tocPages = texts.filter((t) => squash(t).startsWith('卷内文件目录'))
  expect(tocPages.length).toBeGreaterThan(0)
  const toc = parseToc(
    tocPages.join('\n'),
    order.map((o) => o.title),
  )
  expect(toc.map((r) => r.remark)).toEqual(['', '', '', ''])
  const starts = toc.map((r) => r.from)
  expect(starts[0]).toBe(1 + tocPages.length + 1)
  toc.forEach((row, i) => {
    expect(row.date, row.title).toBe(order[i]?.date.replace(/-/g, ''))
    const first = squash(texts[row.from - 1] ?? '')
    expect(first, `${row.title}应从第${row.from}页开始`).toContain(squash(row.title))
    // It starts there: the page before belongs to something else.
    const before = squash(texts[row.from - 2] ?? '')
    expect(before.includes(squash(row.title)) && i > 0, `${row.title}前一页`).toBe(false)
    const docNo = order[i]?.docNo
    if (docNo) {
      expect(squash(tocPages.join('')), `${row.title}的文号`).toContain(squash(docNo))
      expect(first, `${row.title}第一页的文号`).toContain(squash(docNo))
    }
    // The next document starts right after this one ends: no page is left out or blank.
    const next = toc[i + 1]
    const end = next ? next.from - 1 : (row.to ?? row.from)
    if (next) expect(row.to, `${row.title}只在最后一项给出止页`).toBeUndefined()
    for (let p = row.from; p <= end; p++)
      expect(squash(texts[p - 1] ?? '').length, `第${p}页不应为空白页`).toBeGreaterThan(10)
  })
  const last = toc.at(-1)
  expect(last?.to ?? last?.from, '最后一份文书止于备考表前一页').toBe(pages - 1)

  // Party-facing documents keep their contact block inside the volume.
  for (const title of ['行政约谈通知书', '责令改正通知书']) {
    const row = toc.find((r) => r.title === title)
    const next = toc[toc.findIndex((r) => r.title === title) + 1]
    const body = squash(texts.slice((row?.from ?? 1) - 1, (next?.from ?? pages) - 1).join(''))
    for (const text of ['联系人', office.contactPerson, '联系电话', office.contactPhone, '12315'])
      expect(body, `${title}的联系方式：${text}`).toContain(squash(text))
  }

  // 备考表 on the last page, with the totals and the people who compiled and checked it.
  const notes = squash(texts[pages - 1] ?? '')
  expect(notes).toContain('卷内备考表')
  expect(notes).toContain(`本卷共有文件${order.length}件，共${pages}页`)
  expect(notes).toContain('本卷文书均为原件。')
  expect(notes).toContain('立卷人：张伟')
  expect(notes).toContain('检查人：李娜')

  // The 副卷: its own cover, TOC and 备考表, with the internal 结案审批表 (SAMR-PR Art. 78).
  await docs.openCaseFile({ volume: '副卷', compiler: '张伟', checker: '李娜' })
  const second = await docs.exportCaseFile(caseNo, '副卷')
  expect(second.suggestedFilename()).toBe(`${caseNo}案卷（副卷）.pdf`)
  const secondFile = testInfo.outputPath('case-file-2.pdf')
  await second.saveAs(secondFile)
  const pdf2 = await readFile(secondFile)
  const pages2 = pageCount(pdf2)
  const texts2 = Array.from({ length: pages2 }, (_, i) => pageText(pdf2, i + 1))
  expect(squash(texts2[0] ?? '')).toContain('行政处罚案卷（副卷）')
  expect(squash(texts2[0] ?? '')).toContain(`共1件，共${pages2}页`)
  const toc2 = parseToc(texts2.filter((t) => squash(t).startsWith('卷内文件目录')).join('\n'), [
    '结案审批表',
  ])
  expect(squash(texts2[toc2[0]!.from - 1] ?? '')).toContain('结案审批表')
  expect(squash(texts2[pages2 - 1] ?? '')).toContain('卷内备考表')
})
