/**
 * Record types of the documents issue (schema v3): issued official documents with their frozen
 * input snapshot, and the print log.
 */
import type { DocumentKind } from '@shared/documents/kinds'
import type { DocumentContext } from '@shared/documents/context'

/**
 * 'issuing': the number is taken and the snapshot frozen, the PDF is being rendered;
 * 'issued': the PDF's hash is stored; 'voided': 作废 (the number stays used, never reused).
 */
export type DocumentStatus = 'issuing' | 'issued' | 'voided'

/** The document context as frozen in a snapshot (the font set is stored by id only). */
export type FrozenContext = Omit<DocumentContext, 'fontSet'> & { fontSetId: string }

/** One issued official document. */
export interface DocumentRecord {
  id: string
  caseId: string
  kind: DocumentKind
  /** Chinese title of the kind at issue time. */
  title: string
  /** The full 文号, e.g. 鄂汉阳市监处罚〔2026〕3号; '' for kinds without a number. */
  docNo: string
  /** The form code of the number (e.g. 市监处罚), '' without a number. */
  code: string
  /** Year of the number (year of issuedOn). */
  year: number
  /** Serial of the number, 0 without a number. */
  serial: number
  status: DocumentStatus
  /** The document's legal date ('YYYY-MM-DD'), printed on it. */
  issuedOn: string
  /** When it was issued (ISO timestamp). */
  issuedAt: string
  issuedBy: string
  /** 当事人 name, for the search on the 文书 page. */
  partyName: string
  /** Case number, shown in lists. */
  caseNo: string
  templateVersion: number
  /** SHA-256 (hex) of the PDF bytes as issued; '' while issuing or when rendering failed. */
  sha256: string
  /** Everything needed to render the same bytes again. Never changed after issuing. */
  snapshot: { input: unknown; ctx: FrozenContext }
  voided?: { reason: string; at: string; by: string }
  /** The acts the document was filled from. */
  sourceActIds: string[]
}

/** What happened to a document's PDF. */
export type PrintKind = 'print' | 'save' | 'open' | 'reprint'

/** One print-log entry. */
export interface PrintLogRecord {
  id: string
  documentId: string
  at: string
  by: string
  kind: PrintKind
  /** Whether the rendered bytes had the stored hash. */
  hashMatched: boolean
}
