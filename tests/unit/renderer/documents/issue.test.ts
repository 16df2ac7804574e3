import 'fake-indexeddb/auto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Dexie } from 'dexie'
import { sha256Hex } from '@shared/crypto/sha256'
import { DOCUMENT_KIND_INFO } from '@shared/documents/kinds'
import { verifyAuditChain } from '@renderer/db/audit'
import { documentsRepo } from '@renderer/db/repositories/documents'
import {
  issueDocument,
  renderIssued,
  reservationOf,
  resumeIssue,
  type DocumentRenderer,
  type IssueRequest,
} from '@renderer/services/documents-issue'
import { freshDb, testContext } from '../db/helpers'

// The Node renderer lives with the Node document tests (tsconfig.node); loaded by path so this
// web-typed test does not pull node:fs into its type program.
const helperPath = '../../../documents/node-renderer'
const samplesPath = '../../../fixtures/documents/samples'
const renderHelperPath = '../../../documents/render'
type Helper = { nodeDocumentRenderer(o?: { failRender?: boolean }): DocumentRenderer }
type RenderHelper = { pdfText(pdf: Uint8Array): string }
const load = async () => (await import(/* @vite-ignore */ helperPath)) as Helper
type Sample = { input: unknown; ctx: IssueRequest['ctx'] }
let SAMPLES: Record<string, Sample> = {}
beforeAll(async () => {
  SAMPLES = ((await import(/* @vite-ignore */ samplesPath)) as { SAMPLES: Record<string, Sample> })
    .SAMPLES
})
const text = async (pdf: Uint8Array) =>
  ((await import(/* @vite-ignore */ renderHelperPath)) as RenderHelper).pdfText(pdf)

const dbs: Dexie[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

function setup() {
  const db = freshDb()
  dbs.push(db)
  const ctx = testContext()
  const wctx = () => {
    ctx.tick()
    return ctx
  }
  return { db, wctx }
}

function request(
  kind: 'penaltyDecision' | 'correctionOrder' | 'interviewRecord',
  date: string,
  over: Partial<IssueRequest> = {},
): IssueRequest {
  const sample = SAMPLES[kind]!
  const input = { ...(sample.input as Record<string, unknown>) }
  if ('docNumber' in input) input.docNumber = null
  return {
    caseId: '00000000-0000-4000-8000-00000000c001',
    caseNo: '鄂汉阳市监案〔2026〕1号',
    partyName: '武汉市汉阳区鲜之源食品有限公司',
    kind,
    input,
    ctx: { ...sample.ctx, documentDate: date },
    sourceActIds: ['00000000-0000-4000-8000-00000000a001'],
    ...over,
  }
}

describe('issuing (docs/architecture/overview.md §4: one number per office/code/year, never reused)', () => {
  it('allocates 文号 per code and year, prints it, stores the PDF hash and audits both steps', async () => {
    const { db, wctx } = setup()
    const renderer = (await load()).nodeDocumentRenderer()
    const first = await issueDocument(db, renderer, wctx, request('penaltyDecision', '2026-03-12'))
    const second = await issueDocument(db, renderer, wctx, request('penaltyDecision', '2026-03-13'))
    const order = await issueDocument(db, renderer, wctx, request('correctionOrder', '2026-03-13'))
    const nextYear = await issueDocument(
      db,
      renderer,
      wctx,
      request('penaltyDecision', '2027-01-04'),
    )
    const record = await issueDocument(db, renderer, wctx, request('interviewRecord', '2026-03-14'))
    if (!first.ok || !second.ok || !order.ok || !nextYear.ok || !record.ok)
      throw new Error('issue failed')
    expect([first, second, order, nextYear, record].map((r) => r.document.docNo)).toEqual([
      '鄂汉阳市监处罚〔2026〕1号',
      '鄂汉阳市监处罚〔2026〕2号',
      '鄂汉阳市监责改〔2026〕1号',
      '鄂汉阳市监处罚〔2027〕1号',
      '',
    ])
    expect(first.document).toMatchObject({
      status: 'issued',
      sha256: sha256Hex(first.bytes),
      templateVersion: DOCUMENT_KIND_INFO.penaltyDecision.version,
    })
    expect(first.document.snapshot.input).toMatchObject({ docNumber: { year: 2026, serial: 1 } })
    expect((await text(first.bytes)).replace(/\s+/g, '')).toContain('鄂汉阳市监处罚〔2026〕1号')
    const audit = await db.audit.orderBy('seq').toArray()
    expect(audit.filter((a) => a.entityId === first.document.id).map((a) => a.action)).toEqual([
      'reserve',
      'issue',
    ])
    expect(verifyAuditChain(audit).ok).toBe(true)
  })

  it('voiding keeps the number and the reason; the next document takes the next number', async () => {
    const { db, wctx } = setup()
    const renderer = (await load()).nodeDocumentRenderer()
    const first = await issueDocument(db, renderer, wctx, request('penaltyDecision', '2026-03-12'))
    if (!first.ok) throw new Error(first.message)
    const repo = documentsRepo(db)
    expect(await repo.void(wctx(), first.document.id, '  ')).toMatchObject({
      ok: false,
      message: '请填写作废理由。',
    })
    const voided = await repo.void(wctx(), first.document.id, '当事人名称录入错误')
    expect(voided).toMatchObject({
      ok: true,
      document: {
        status: 'voided',
        docNo: '鄂汉阳市监处罚〔2026〕1号',
        voided: { reason: '当事人名称录入错误' },
      },
    })
    const next = await issueDocument(db, renderer, wctx, request('penaltyDecision', '2026-03-12'))
    expect(next.ok && next.document.docNo).toBe('鄂汉阳市监处罚〔2026〕2号')
  })

  it('a render failure after the number was taken voids it as 生成失败; the number is not reused', async () => {
    const { db, wctx } = setup()
    const helper = await load()
    const failed = await issueDocument(
      db,
      helper.nodeDocumentRenderer({ failRender: true }),
      wctx,
      request('penaltyDecision', '2026-03-12'),
    )
    expect(failed.ok).toBe(false)
    expect(!failed.ok && failed.message).toContain('鄂汉阳市监处罚〔2026〕1号')
    const [stored] = await db.documents.toArray()
    expect(stored).toMatchObject({
      status: 'voided',
      sha256: '',
      voided: { reason: '生成失败：模拟的排版错误' },
    })
    const next = await issueDocument(
      db,
      helper.nodeDocumentRenderer(),
      wctx,
      request('penaltyDecision', '2026-03-12'),
    )
    expect(next.ok && next.document.docNo).toBe('鄂汉阳市监处罚〔2026〕2号')
  })

  it('a document left 生成中断 (app closed between the two steps) is finished with its own number and snapshot', async () => {
    const { db, wctx } = setup()
    const renderer = (await load()).nodeDocumentRenderer()
    const req = request('penaltyDecision', '2026-03-12')
    // Step 1 only, as when the app closed before the render finished.
    const reserved = await documentsRepo(db).reserve(wctx(), reservationOf(req, renderer.fontSet))
    if (!reserved.ok) throw new Error(reserved.message)
    expect(reserved.document).toMatchObject({ status: 'issuing', sha256: '' })

    const other = { ...renderer, fontSet: { ...renderer.fontSet, id: 'other-set' } }
    const refused = await resumeIssue(db, other, wctx, reserved.document)
    expect(!refused.ok && refused.message).toContain('无法继续出具')

    const r = await resumeIssue(db, renderer, wctx, reserved.document)
    if (!r.ok) throw new Error(r.message)
    expect(r.document).toMatchObject({
      status: 'issued',
      docNo: '鄂汉阳市监处罚〔2026〕1号',
      sha256: sha256Hex(r.bytes),
    })
    expect(await text(r.bytes)).toContain('鄂汉阳市监处罚〔2026〕1号')
    const again = await resumeIssue(db, renderer, wctx, r.document)
    expect(!again.ok && again.message).toContain('无需继续出具')
    // The reprint of the finished document matches its stored hash.
    const reprint = await renderIssued(r.document, renderer)
    expect(reprint.ok && reprint.matches).toBe(true)
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })

  it('refuses characters the fonts cannot print and names them, before taking a number', async () => {
    const { db, wctx } = setup()
    const req = request('penaltyDecision', '2026-03-12')
    const party = {
      ...(req.input.party as Record<string, unknown>),
      name: '武汉市\u{30EDD}食品有限公司',
    }
    const r = await issueDocument(db, (await load()).nodeDocumentRenderer(), wctx, {
      ...req,
      input: { ...req.input, party },
    })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toContain('生僻字）：\u{30EDD}。')
    expect(await db.documents.count()).toBe(0)
    expect(await db.counters.count()).toBe(0)
  })

  it('an incomplete input is refused with the template messages, no number taken', async () => {
    const { db, wctx } = setup()
    const req = request('penaltyDecision', '2026-03-12')
    const r = await issueDocument(db, (await load()).nodeDocumentRenderer(), wctx, {
      ...req,
      input: { ...req.input, facts: '' },
    })
    expect(!r.ok && r.message).toContain('请填写违法事实')
    expect(await db.counters.count()).toBe(0)
  })
})

describe('reprints render from the frozen snapshot', () => {
  it('a reprint is byte-identical (hash matches); a tampered snapshot is detected', async () => {
    const { db, wctx } = setup()
    const renderer = (await load()).nodeDocumentRenderer()
    const issued = await issueDocument(db, renderer, wctx, request('penaltyDecision', '2026-03-12'))
    if (!issued.ok) throw new Error(issued.message)
    const again = await renderIssued((await db.documents.get(issued.document.id))!, renderer)
    expect(again.ok && again.matches).toBe(true)
    expect(
      again.ok &&
        again.bytes.length === issued.bytes.length &&
        again.bytes.every((b, i) => b === issued.bytes[i]),
    ).toBe(true)

    const stored = (await db.documents.get(issued.document.id))!
    const input = {
      ...(stored.snapshot.input as Record<string, unknown>),
      facts: '被改动的违法事实。',
    }
    await db.documents.put({ ...stored, snapshot: { ...stored.snapshot, input } })
    const tampered = await renderIssued((await db.documents.get(issued.document.id))!, renderer)
    expect(tampered.ok && tampered.matches).toBe(false)
    expect(tampered.ok && tampered.sha256).not.toBe(issued.document.sha256)
  })

  it('every print/save/open/reprint is logged with whether the hash matched', async () => {
    const { db, wctx } = setup()
    const renderer = (await load()).nodeDocumentRenderer()
    const issued = await issueDocument(db, renderer, wctx, request('correctionOrder', '2026-03-12'))
    if (!issued.ok) throw new Error(issued.message)
    const repo = documentsRepo(db)
    for (const kind of ['print', 'save', 'open', 'reprint'] as const)
      expect((await repo.logPrint(wctx(), issued.document.id, kind, kind !== 'reprint')).ok).toBe(
        true,
      )
    const log = await repo.printLogOf(issued.document.id)
    expect(log.map((l) => [l.kind, l.hashMatched])).toEqual([
      ['print', true],
      ['save', true],
      ['open', true],
      ['reprint', false],
    ])
    expect((await repo.logPrint(wctx(), 'missing', 'print', true)).ok).toBe(false)
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true)
  })

  it('the 文书 search finds by 文号, party and title', async () => {
    const { db, wctx } = setup()
    const renderer = (await load()).nodeDocumentRenderer()
    await issueDocument(db, renderer, wctx, request('penaltyDecision', '2026-03-12'))
    await issueDocument(
      db,
      renderer,
      wctx,
      request('correctionOrder', '2026-03-12', { partyName: '汉阳区某超市' }),
    )
    const repo = documentsRepo(db)
    expect((await repo.search({ text: '处罚〔2026〕1' })).map((d) => d.kind)).toEqual([
      'penaltyDecision',
    ])
    expect((await repo.search({ text: '某超市' })).map((d) => d.kind)).toEqual(['correctionOrder'])
    expect((await repo.search({ text: '通知书' })).map((d) => d.kind)).toEqual(['correctionOrder'])
    expect((await repo.search({ kind: 'penaltyDecision' })).length).toBe(1)
  })
})
