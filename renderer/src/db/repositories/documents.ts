/**
 * 文书: issuing, voiding and the print log. Every write is one transaction with its audit entry.
 *
 * Issuing is two short transactions because the 文号 is printed on the PDF and rendering (pdfmake,
 * async) cannot run inside an IndexedDB transaction:
 *  1. `reserve` takes the next number of `docNo:${code}:${year}`, freezes the input snapshot (with
 *     the number in it) and stores the record as 'issuing';
 *  2. the caller renders the snapshot outside any transaction;
 *  3. `complete` stores the PDF's SHA-256 and flips the record to 'issued' — or, when rendering
 *     failed, `failIssue` voids it with the reason 生成失败.
 * Either way the number stays used: numbers are never given twice and never reused, and a voided
 * document keeps its number and the reason. A record left 'issuing' (the app closed between the
 * two steps) is shown as such and can be voided like any other.
 */
import { formatDocNumber, joinDocPrefix } from '@shared/documents/format/doc-number'
import { DOCUMENT_KIND_INFO, printedTitle, type DocumentKind } from '@shared/documents/kinds'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { DocumentRecord, FrozenContext, PrintKind, PrintLogRecord } from '../documents-records'
import type { WriteContext } from '../records'
import { docNoCounterKey, numberRange, takeCounter } from './counters'
import { fail, type Failure } from './write-util'
import type { AuditAction } from '../audit-vocabulary'

/** What `reserve` needs: the mapped input (number still empty) and the resolved context. */
export interface ReserveInput {
  caseId: string
  caseNo: string
  partyName: string
  kind: DocumentKind
  /** The 文号 form code (resolveDocCode), or null for kinds without a number. */
  code: string | null
  /** Template input; its `docNumber` is set here when the kind has a number. */
  input: Record<string, unknown>
  /** The context of the document's date; `documentDate` is the document's date. */
  ctx: FrozenContext
  sourceActIds: string[]
}

type DocumentWriteResult = { ok: true; document: DocumentRecord } | Failure

/** Search of the 文书 page. */
export interface DocumentQuery {
  /** Matches 文号, party name, title or case number (substring). */
  text?: string
  kind?: DocumentKind | ''
  status?: DocumentRecord['status'] | ''
}

const yearOf = (date: string) => Number(date.slice(0, 4))

/** Repository for issued documents and their print log. */
export function documentsRepo(db: AppDB) {
  const tables = [db.documents, db.counters, db.meta, db.audit]

  async function update(
    ctx: WriteContext,
    id: string,
    action: AuditAction,
    change: (doc: DocumentRecord) => DocumentRecord | Failure,
  ): Promise<DocumentWriteResult> {
    return db.transaction('rw', tables, async () => {
      const before = await db.documents.get(id)
      if (!before) return fail('找不到该文书，请刷新后重试。')
      const next = change(before)
      if ('ok' in next) return next
      await db.documents.put(next)
      await appendAudit(db, ctx, {
        action,
        entity: 'documents',
        entityId: id,
        before: { status: before.status, sha256: before.sha256 },
        after: { status: next.status, sha256: next.sha256, voided: next.voided },
      })
      return { ok: true as const, document: next }
    })
  }

  return {
    /** Step 1 of issuing: allocate the number, freeze the snapshot, store as 'issuing'. */
    reserve(ctx: WriteContext, req: ReserveInput): Promise<DocumentWriteResult> {
      const date = req.ctx.documentDate
      const year = yearOf(date)
      return db.transaction('rw', tables, async () => {
        let serial = 0
        let docNo = ''
        const input = JSON.parse(JSON.stringify(req.input)) as Record<string, unknown>
        if (req.code) {
          const taken = await takeCounter(
            db,
            docNoCounterKey(req.code, year),
            await numberRange(db, 'docNo'),
          )
          if (!taken.ok) return fail(taken.message)
          serial = taken.first
          docNo = formatDocNumber({
            prefix: joinDocPrefix(req.ctx.officeCode, req.code),
            year,
            serial,
          })
          input.docNumber = { year, serial }
        }
        const doc: DocumentRecord = {
          id: ctx.newId(),
          caseId: req.caseId,
          kind: req.kind,
          title: printedTitle(req.kind, input),
          docNo,
          code: req.code ?? '',
          year,
          serial,
          status: 'issuing',
          issuedOn: date,
          issuedAt: ctx.now,
          issuedBy: ctx.actor,
          partyName: req.partyName,
          caseNo: req.caseNo,
          templateVersion: DOCUMENT_KIND_INFO[req.kind].version,
          sha256: '',
          snapshot: { input, ctx: JSON.parse(JSON.stringify(req.ctx)) as FrozenContext },
          sourceActIds: [...req.sourceActIds],
        }
        await db.documents.add(doc)
        await appendAudit(db, ctx, {
          action: 'reserve',
          entity: 'documents',
          entityId: doc.id,
          before: null,
          after: { ...doc, snapshot: undefined },
        })
        return { ok: true as const, document: doc }
      })
    },

    /** Step 3 of issuing: store the hash of the rendered PDF; the document is issued. */
    complete(ctx: WriteContext, id: string, sha256: string): Promise<DocumentWriteResult> {
      return update(ctx, id, 'issue', (doc) =>
        doc.status !== 'issuing'
          ? fail(`该文书状态为“${doc.status === 'voided' ? '已作废' : '已出具'}”，不能再次出具。`)
          : { ...doc, status: 'issued', sha256 },
      )
    },

    /** Rendering failed after the number was taken: void it (number kept, never reused). */
    failIssue(ctx: WriteContext, id: string, detail: string): Promise<DocumentWriteResult> {
      const reason = detail ? `生成失败：${detail}` : '生成失败'
      return update(ctx, id, 'void', (doc) => ({
        ...doc,
        status: 'voided',
        voided: { reason, at: ctx.now, by: ctx.actor },
      }))
    },

    /** 作废: keeps the number and records the reason. */
    void(ctx: WriteContext, id: string, reason: string): Promise<DocumentWriteResult> {
      const why = reason.trim()
      if (!why) return Promise.resolve(fail('请填写作废理由。'))
      return update(ctx, id, 'void', (doc) =>
        doc.status === 'voided'
          ? fail('该文书已作废。')
          : { ...doc, status: 'voided', voided: { reason: why, at: ctx.now, by: ctx.actor } },
      )
    },

    /** Log a print / save / open / reprint (one transaction with its audit entry). */
    logPrint(
      ctx: WriteContext,
      documentId: string,
      kind: PrintKind,
      hashMatched: boolean,
    ): Promise<{ ok: true; entry: PrintLogRecord } | Failure> {
      return db.transaction('rw', [db.documents, db.printLog, db.audit], async () => {
        if (!(await db.documents.get(documentId))) return fail('找不到该文书，请刷新后重试。')
        const entry: PrintLogRecord = {
          id: ctx.newId(),
          documentId,
          at: ctx.now,
          by: ctx.actor,
          kind,
          hashMatched,
        }
        await db.printLog.add(entry)
        await appendAudit(db, ctx, {
          action: kind,
          entity: 'printLog',
          entityId: entry.id,
          before: null,
          after: entry,
        })
        return { ok: true as const, entry }
      })
    },

    get(id: string): Promise<DocumentRecord | undefined> {
      return db.documents.get(id)
    },

    /** A case's documents in issue order. */
    async listForCase(caseId: string): Promise<DocumentRecord[]> {
      const rows = await db.documents.where('caseId').equals(caseId).toArray()
      return rows.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.id.localeCompare(b.id))
    },

    /** The 文书 page: newest first, filtered by text (文号/当事人/类型/案号), kind and status. */
    async search(q: DocumentQuery): Promise<DocumentRecord[]> {
      const text = (q.text ?? '').trim()
      const rows = await db.documents.orderBy('issuedAt').reverse().toArray()
      return rows.filter(
        (d) =>
          (!q.kind || d.kind === q.kind) &&
          (!q.status || d.status === q.status) &&
          (!text ||
            d.docNo.includes(text) ||
            d.partyName.includes(text) ||
            d.title.includes(text) ||
            d.caseNo.includes(text)),
      )
    },

    /** Print log of a document, oldest first. */
    async printLogOf(documentId: string): Promise<PrintLogRecord[]> {
      const rows = await db.printLog.where('documentId').equals(documentId).toArray()
      return rows.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    },
  }
}
