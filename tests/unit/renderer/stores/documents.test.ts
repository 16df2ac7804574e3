// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db } from '@renderer/db/db'
import type { DocumentRecord } from '@renderer/db/documents-records'
import { carriedFromVoided, useDocumentsStore } from '@renderer/stores/documents'
import { quotaError, storeDb } from './store-db'

// The 文书 store decides what may be issued, voided and logged (docs/domain/documents.md):
// numbers are never reused, a 作废 needs its reason and is audited, nothing is deleted.

/** An issued 行政处罚决定书 as the repository stores it (the PDF bytes are not needed here). */
function issuedDoc(over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: 'doc-1',
    caseId: 'case-1',
    kind: 'penaltyDecision',
    title: '行政处罚决定书',
    docNo: '鄂汉阳市监处罚〔2026〕3号',
    code: '市监处罚',
    year: 2026,
    serial: 3,
    status: 'issued',
    issuedOn: '2026-03-10',
    issuedAt: '2026-03-10T08:00:00.000Z',
    issuedBy: 'test-user',
    partyName: '武汉市汉阳区鑫源商贸有限公司',
    caseNo: '鄂汉阳市监案〔2026〕1号',
    templateVersion: 1,
    sha256: 'b'.repeat(64),
    snapshot: { input: {}, ctx: {} as DocumentRecord['snapshot']['ctx'] },
    sourceActIds: ['act-1'],
    ...over,
  }
}

beforeEach(async () => {
  await storeDb()
  setActivePinia(createPinia())
})
afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

describe('documents store', () => {
  it('nothing is prepared or issued before a case is open', async () => {
    const store = useDocumentsStore()
    expect(await store.prepare('penaltyDecision', 'act-1')).toBe('请先打开案件。')
  })

  it('a 作废 without a reason is refused; the document stays issued and nothing is audited', async () => {
    await db.documents.put(issuedDoc())
    const store = useDocumentsStore()
    const auditBefore = await db.audit.count()
    expect(await store.voidDocument(issuedDoc(), '  ')).toBe('请填写作废理由。')
    expect((await db.documents.get('doc-1'))?.status).toBe('issued')
    expect(await db.audit.count()).toBe(auditBefore)
  })

  it('a 作废 with its reason keeps the number, is audited, and cannot be done twice', async () => {
    await db.documents.put(issuedDoc())
    const store = useDocumentsStore()
    expect(await store.voidDocument(issuedDoc(), '当事人名称有误')).toBe('')
    const stored = await db.documents.get('doc-1')
    expect(stored).toMatchObject({
      status: 'voided',
      docNo: '鄂汉阳市监处罚〔2026〕3号',
      voided: { reason: '当事人名称有误' },
    })
    expect(await db.audit.orderBy('seq').last()).toMatchObject({
      action: 'void',
      entity: 'documents',
      entityId: 'doc-1',
      before: { status: 'issued' },
      after: { status: 'voided' },
    })
    expect(await store.voidDocument(issuedDoc(), '再次作废')).toBe('该文书已作废。')
  })

  it('the 文书 page finds a document by its number and by status', async () => {
    await db.documents.put(issuedDoc())
    await db.documents.put(
      issuedDoc({ id: 'doc-2', docNo: '鄂汉阳市监处罚〔2026〕4号', serial: 4 }),
    )
    const store = useDocumentsStore()
    store.query = { text: '〔2026〕4号', kind: '', status: '' }
    await store.search()
    expect(store.rows.map((d) => d.id)).toEqual(['doc-2'])
    await store.voidDocument(issuedDoc(), '日期有误')
    store.query = { text: '', kind: '', status: 'voided' }
    await store.search()
    expect(store.rows.map((d) => d.id)).toEqual(['doc-1'])
  })

  it('a full disk during a 作废 says so in Chinese; the document stays issued', async () => {
    await db.documents.put(issuedDoc())
    const store = useDocumentsStore()
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw quotaError()
    })
    expect(await store.voidDocument(issuedDoc(), '当事人名称有误')).toMatch(/^存储空间不足/)
    vi.restoreAllMocks()
    expect((await db.documents.get('doc-1'))?.status).toBe('issued')
  })

  it('re-issuing after a 作废 starts from no answers when no document of the kind was voided', () => {
    expect(carriedFromVoided([issuedDoc()], 'penaltyDecision', 'act-1', [])).toBeUndefined()
  })
})
