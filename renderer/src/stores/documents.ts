/**
 * 文书: the 文书 page (search, print log), the case page's documents panel (due documents, drafts,
 * issuing, voiding, the case file) and the shared preview (print / save / open through the host;
 * every output of an issued document is logged, reprints compare the stored hash).
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { answersFrom, applySupplements, type MappedDocument } from '@shared/documents/from-case'
import type { DocumentContext } from '@shared/documents/context'
import { DOCUMENT_KIND_INFO, printedTitle, type DocumentKind } from '@shared/documents/kinds'
import { inputOrderProblems } from '@shared/documents/input-checks'
import { inputIdentifierWarnings } from '@shared/documents/identifier-warnings'
import { db } from '@renderer/db/db'
import type { DocumentRecord, PrintKind, PrintLogRecord } from '@renderer/db/documents-records'
import { documentsRepo, type DocumentQuery } from '@renderer/db/repositories/documents'
import { activeRenderer, rendererForIssued } from '@renderer/documents/font-choice-app'
import { host } from '@renderer/bridge/api'
import { todayIso, writeContext } from '@renderer/services/write-context'
import { guardResult, storageFailureMessage } from '@renderer/db/write-guard'
import {
  issueDocument,
  logOutput,
  renderIssued,
  resumeIssue,
} from '@renderer/services/documents-issue'
import {
  contextOn,
  loadCaseDocuments,
  mapDue,
  renderCaseFile,
  renderDraft,
  type CaseDocuments,
  type CaseFileForm,
} from '@renderer/services/documents-case'

/** What the preview dialog shows. */
interface Preview {
  title: string
  fileName: string
  bytes: Uint8Array
  url: string
  /** The issued document shown (outputs are logged), or null for a draft / the case file. */
  document: DocumentRecord | null
  /** Set when a reprint's hash differs from the stored one. */
  hashMismatch: {
    stored: string
    actual: string
    /** Template versions when the template changed since issue (the likely cause). */
    template: { issued: number; current: number } | null
  } | null
  matches: boolean
}

/** A due document being prepared: mapped input, context, the user's answers. */
export interface Preparation {
  kind: DocumentKind
  actId: string
  mapped: MappedDocument
  ctx: DocumentContext
  /** Shown before issuing: e.g. the date is before the first contact version (earliest used). */
  note?: string
  /** The party's USCC / ID number fails its check (shown, does not stop 出具). */
  warnings?: string[]
  /**
   * Re-issuing after a 作废: what the latest voided document of this kind answered for the fields
   * asked now; the dialog starts from it (docs/domain/capture-once.md).
   */
  carried?: { docNo: string; answers: Record<string, string> }
}

/**
 * The answers of the latest voided document of `kind` (the one of the same act first), or
 * undefined when there is none or it held nothing that is asked now.
 */
export function carriedFromVoided(
  issued: readonly DocumentRecord[],
  kind: DocumentKind,
  actId: string,
  missing: MappedDocument['missing'],
): Preparation['carried'] {
  const voided = issued
    .filter((d) => d.kind === kind && d.status === 'voided')
    .sort(
      (a, b) =>
        Number(b.sourceActIds[0] === actId) - Number(a.sourceActIds[0] === actId) ||
        b.issuedAt.localeCompare(a.issuedAt),
    )[0]
  if (!voided) return undefined
  const answers = answersFrom(voided.snapshot.input, missing)
  return Object.keys(answers).length ? { docNo: voided.docNo || '（无文号）', answers } : undefined
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

export const useDocumentsStore = defineStore('documents', () => {
  // ---- 文书 page ----
  const query = ref<DocumentQuery>({ text: '', kind: '', status: '' })
  const rows = shallowRef<DocumentRecord[]>([])
  const loading = ref(false)
  const loadError = ref('')
  const logs = shallowRef<Map<string, PrintLogRecord[]>>(new Map())

  async function search(): Promise<void> {
    loading.value = true
    loadError.value = ''
    try {
      rows.value = await documentsRepo(db).search(query.value)
    } catch (err) {
      loadError.value = `读取文书失败，请重试。${message(err)}`
    } finally {
      loading.value = false
    }
  }

  async function loadLog(documentId: string): Promise<void> {
    const entries = await documentsRepo(db).printLogOf(documentId)
    logs.value = new Map(logs.value).set(documentId, entries)
  }

  // ---- case panel ----
  const caseDocs = shallowRef<CaseDocuments | null>(null)
  const caseError = ref('')
  const busy = ref('')

  async function loadCase(caseId: string): Promise<void> {
    caseError.value = ''
    try {
      const cd = await loadCaseDocuments(db, caseId)
      if (!cd) caseError.value = '找不到该案件，请返回案件列表刷新后重试。'
      caseDocs.value = cd ?? null
    } catch (err) {
      caseError.value = `读取本案文书失败，请重试。${message(err)}`
    }
  }

  async function prepare(kind: DocumentKind, actId: string): Promise<Preparation | string> {
    const cd = caseDocs.value
    if (!cd) return '请先打开案件。'
    const mapped = mapDue(cd, kind, actId)
    const ctx = await contextOn(db, mapped.documentDate)
    if (!ctx.ok) return ctx.message
    const warnings = inputIdentifierWarnings(mapped.input)
    const carried = carriedFromVoided(cd.issued, kind, actId, mapped.missing)
    return {
      kind,
      actId,
      mapped,
      ctx: ctx.ctx,
      ...(ctx.note ? { note: ctx.note } : {}),
      ...(warnings.length ? { warnings } : {}),
      ...(carried ? { carried } : {}),
    }
  }

  const inputOf = (p: Preparation, answers: Record<string, string>) =>
    applySupplements(p.mapped.input, p.mapped.missing, answers)

  // ---- preview ----
  const preview = shallowRef<Preview | null>(null)

  function show(p: Omit<Preview, 'url'>): void {
    closePreview()
    const url = URL.createObjectURL(new Blob([p.bytes as BlobPart], { type: 'application/pdf' }))
    preview.value = { ...p, url }
  }

  function closePreview(): void {
    if (preview.value) URL.revokeObjectURL(preview.value.url)
    preview.value = null
  }

  async function run<T>(label: string, work: () => Promise<T>): Promise<T | string> {
    busy.value = label
    try {
      return await work()
    } catch (err) {
      // A full disk or read-only database while writing says so, in words the user can act on.
      return storageFailureMessage(err) ?? `${label}失败：${message(err)}`
    } finally {
      busy.value = ''
    }
  }

  /** Draft preview: not numbered, 草稿 watermark. Returns an error message or ''. */
  async function previewDraft(p: Preparation, answers: Record<string, string>): Promise<string> {
    const order = inputOrderProblems(inputOf(p, answers))
    if (order.length) return order.join('；')
    const r = await run('生成草稿', async () =>
      renderDraft(await activeRenderer(), p.kind, inputOf(p, answers), p.ctx),
    )
    if (typeof r === 'string') return r
    if (!r.ok) return r.message
    const title = `${printedTitle(p.kind, p.mapped.input)}（草稿）`
    show({
      title,
      fileName: `${title}.pdf`,
      bytes: r.bytes,
      document: null,
      hashMismatch: null,
      matches: true,
    })
    return ''
  }

  /** 出具: allocate the number, freeze, render, hash. Returns an error message or ''. */
  async function issue(p: Preparation, answers: Record<string, string>): Promise<string> {
    const cd = caseDocs.value
    if (!cd) return '请先打开案件。'
    const order = inputOrderProblems(inputOf(p, answers))
    if (order.length) return order.join('；')
    const r = await run('出具文书', async () =>
      issueDocument(db, await activeRenderer(), writeContext, {
        caseId: cd.bundle.record.id,
        caseNo: cd.bundle.record.caseNo,
        partyName: cd.bundle.record.partyName,
        kind: p.kind,
        input: inputOf(p, answers),
        ctx: p.ctx,
        sourceActIds: p.mapped.sourceActIds,
      }),
    )
    await loadCase(cd.bundle.record.id)
    if (typeof r === 'string') return r
    if (!r.ok) return r.message
    showIssued(r)
    return ''
  }

  /** Preview a document just issued (its bytes are the ones hashed). */
  function showIssued(r: { document: DocumentRecord; bytes: Uint8Array }): void {
    show({
      title: `${r.document.title} ${r.document.docNo}`,
      fileName: fileNameOf(r.document),
      bytes: r.bytes,
      document: r.document,
      hashMismatch: null,
      matches: true,
    })
  }

  /**
   * 继续出具: finishes a document left 生成中断 (same number, same snapshot) and previews it.
   * Returns an error message or ''.
   */
  async function resume(doc: DocumentRecord): Promise<string> {
    const r = await run('继续出具', async () => {
      const chosen = await rendererForIssued(doc)
      return chosen.ok ? resumeIssue(db, chosen.renderer, writeContext, doc) : chosen
    })
    if (caseDocs.value?.bundle.record.id === doc.caseId) await loadCase(doc.caseId)
    if (rows.value.some((d) => d.id === doc.id)) await search()
    if (typeof r === 'string') return r
    if (!r.ok) return r.message
    showIssued(r)
    return ''
  }

  /**
   * Reprint preview of an issued document (logged as 'reprint'), rendered with the font set it
   * was issued with; when that set is not available on this PC the message says so (no render,
   * no false hash mismatch).
   */
  async function openIssued(doc: DocumentRecord): Promise<string> {
    const r = await run('重印', async () => {
      const chosen = await rendererForIssued(doc)
      return chosen.ok ? renderIssued(doc, chosen.renderer) : chosen
    })
    if (typeof r === 'string') return r
    if (!r.ok) return r.message
    // The reprint is shown even when its log entry could not be written; the message says so.
    const logged = await guardResult(() => logOutput(db, writeContext(), doc, 'reprint', r.matches))
    show({
      title: `${doc.title} ${doc.docNo}`,
      fileName: fileNameOf(doc),
      bytes: r.bytes,
      document: doc,
      hashMismatch: r.matches
        ? null
        : {
            stored: doc.sha256 || '（无）',
            actual: r.sha256,
            template:
              doc.templateVersion === DOCUMENT_KIND_INFO[doc.kind].version
                ? null
                : { issued: doc.templateVersion, current: DOCUMENT_KIND_INFO[doc.kind].version },
          },
      matches: r.matches,
    })
    if (!logged.ok) return logged.message
    if (logs.value.has(doc.id)) await loadLog(doc.id)
    return ''
  }

  /** Print / save / open the previewed PDF through the host; logs outputs of issued documents. */
  async function output(kind: Exclude<PrintKind, 'reprint'>): Promise<string> {
    const p = preview.value
    if (!p) return ''
    const r =
      kind === 'print'
        ? await host.printPdf(p.bytes, p.title)
        : kind === 'save'
          ? await host.savePdf(p.bytes, p.fileName)
          : await host.openPdf(p.bytes, p.fileName)
    if (!r.ok) return r.code === 'canceled' ? '' : r.message
    const issued = p.document
    if (issued) {
      const logged = await guardResult(() => logOutput(db, writeContext(), issued, kind, p.matches))
      if (!logged.ok) return logged.message
      if (logs.value.has(issued.id)) await loadLog(issued.id)
    }
    return ''
  }

  /** 作废 (the number is kept). Returns an error message or ''. */
  async function voidDocument(doc: DocumentRecord, reason: string): Promise<string> {
    const r = await guardResult(() => documentsRepo(db).void(writeContext(), doc.id, reason))
    if (caseDocs.value?.bundle.record.id === doc.caseId) await loadCase(doc.caseId)
    if (rows.value.some((d) => d.id === doc.id)) await search()
    return r.ok ? '' : r.message
  }

  // ---- case file ----
  const caseFileProgress = ref<{ done: number; total: number; label: string } | null>(null)

  async function exportCaseFile(
    caseId: string,
    form: Omit<CaseFileForm, 'compiledOn'>,
  ): Promise<string> {
    caseFileProgress.value = { done: 0, total: 1, label: '读取文书…' }
    try {
      const r = await renderCaseFile(
        db,
        await activeRenderer(),
        caseId,
        { ...form, compiledOn: todayIso() },
        (done, total, label) => (caseFileProgress.value = { done, total, label }),
      )
      if (!r.ok) return r.message
      show({
        title: r.fileName.replace(/\.pdf$/, ''),
        fileName: r.fileName,
        bytes: r.bytes,
        document: null,
        hashMismatch: null,
        matches: true,
      })
      return ''
    } catch (err) {
      return `生成案卷失败：${message(err)}`
    } finally {
      caseFileProgress.value = null
    }
  }

  return {
    query,
    rows,
    loading,
    loadError,
    logs,
    search,
    loadLog,
    caseDocs,
    caseError,
    busy,
    loadCase,
    prepare,
    preview,
    closePreview,
    previewDraft,
    issue,
    openIssued,
    resume,
    output,
    voidDocument,
    caseFileProgress,
    exportCaseFile,
  }
})

function fileNameOf(doc: DocumentRecord): string {
  return `${doc.title}${doc.docNo ? `（${doc.docNo}）` : ''}.pdf`
}
