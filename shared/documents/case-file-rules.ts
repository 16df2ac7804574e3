/**
 * When a case file (案卷) may be compiled and in which order its documents are filed.
 *
 * - The volume is compiled after closing: docs/domain/case-file.md (结案 → 卷宗封面/卷内文件目录/卷内备考表)
 *   and 市场监督管理行政处罚程序规定 (SAMR-PR) Art. 78 (“案件结案后…立卷归档”).
 * - Order (SAMR-PR Art. 78): 正卷 — 立案审批表; 处罚决定书 and its 送达回证; other documents of
 *   the procedure; (evidence, 听证笔录, property receipts: not produced by CaseDesk); 副卷 — 案源材料;
 *   调查终结报告; 审核意见; 听证报告; 结案审批表; other material. Within a group, by document date.
 */
import { effectiveActs, type Act } from '../domain/case'
import type { DocumentKind } from './kinds'
import { isNoticeService, SERVED_NOTICES } from './served-notices'

/** 正卷 (the part shown to the party / courts) or 副卷 (internal deliberation). */
export type CaseFileVolume = '正卷' | '副卷'

/** Where a kind is filed: volume and position in the Art. 78 list. */
export const CASE_FILE_PLACE: Record<DocumentKind, { volume: CaseFileVolume; group: number }> = {
  filingApproval: { volume: '正卷', group: 1 },
  nonFilingApproval: { volume: '正卷', group: 1 },
  penaltyDecision: { volume: '正卷', group: 2 },
  onTheSpotDecision: { volume: '正卷', group: 2 },
  noPenaltyDecision: { volume: '正卷', group: 2 },
  // The 送达回证 CaseDesk produces is the one of a decision (决定书送达): it follows the decision.
  serviceReceipt: { volume: '正卷', group: 3 },
  interviewNotice: { volume: '正卷', group: 4 },
  interviewRecord: { volume: '正卷', group: 4 },
  guidanceLetter: { volume: '正卷', group: 4 },
  correctionOrder: { volume: '正卷', group: 4 },
  rectificationCheck: { volume: '正卷', group: 4 },
  penaltyNotice: { volume: '正卷', group: 4 },
  statementRecord: { volume: '正卷', group: 4 },
  hearingNotice: { volume: '正卷', group: 4 },
  paymentArrangement: { volume: '正卷', group: 4 },
  paymentReminder: { volume: '正卷', group: 4 },
  warningLetter: { volume: '正卷', group: 4 },
  cautionLetter: { volume: '正卷', group: 4 },
  complianceCommitment: { volume: '正卷', group: 4 },
  serviceFeedback: { volume: '副卷', group: 16 },
  inquiryNotice: { volume: '正卷', group: 4 },
  // Records that are evidence (现场笔录, 询问笔录), then the 听证笔录 (SAMR-PR Art. 78).
  onSiteRecord: { volume: '正卷', group: 5 },
  // 先行登记保存 and 查封/扣押 papers with their lists: with the procedure's documents, the list
  // with the evidence records (SAMR-PR Art. 78: property-handling receipts follow the evidence).
  evidencePreservationNotice: { volume: '正卷', group: 4 },
  preservationReleaseNotice: { volume: '正卷', group: 4 },
  coerciveMeasureDecision: { volume: '正卷', group: 4 },
  coerciveMeasureExtension: { volume: '正卷', group: 4 },
  coerciveMeasureRelease: { volume: '正卷', group: 4 },
  propertyList: { volume: '正卷', group: 5 },
  // The 封条 is put on the property, not filed; a spare copy may be kept with the decision.
  sealStrip: { volume: '正卷', group: 4 },
  custodyEntrustment: { volume: '正卷', group: 4 },
  // Property-handling records follow the evidence and the 听证笔录 (SAMR-PR Art. 78).
  handledItemsRecord: { volume: '正卷', group: 6 },
  // 先行处置 papers are property-handling papers too (SAMR-PR Art. 78 正卷 (六) 财物处理单据).
  advanceDisposalConfirmation: { volume: '正卷', group: 6 },
  advanceDisposalNotice: { volume: '正卷', group: 6 },
  // The 抽样记录 is evidence, with the other records (SAMR-PR Art. 78).
  samplingRecord: { volume: '正卷', group: 5 },
  evidenceExtraction: { volume: '正卷', group: 5 },
  electronicDataRecord: { volume: '正卷', group: 5 },
  inquiryRecord: { volume: '正卷', group: 5 },
  hearingRecord: { volume: '正卷', group: 6 },
  hearingReport: { volume: '副卷', group: 14 },
  investigationReport: { volume: '副卷', group: 12 },
  caseReview: { volume: '副卷', group: 13 },
  closingApproval: { volume: '副卷', group: 15 },
  collectiveDiscussion: { volume: '副卷', group: 16 },
  followUpVisit: { volume: '副卷', group: 16 },
  // 案源材料 open the 副卷 (SAMR-PR Art. 78).
  caseSourceRegister: { volume: '副卷', group: 11 },
  // Outgoing requests, notices and letters of the procedure (2021 范本 forms 2–4, 10, 15–17,
  // 30–32, 34, 49, 51; 鄂市监法〔2022〕42号 items 九, 十五).
  designationNotice: { volume: '正卷', group: 4 },
  assignmentNotice: { volume: '正卷', group: 4 },
  serviceAddressConfirmation: { volume: '正卷', group: 4 },
  materialsRequest: { volume: '正卷', group: 4 },
  identificationRequest: { volume: '正卷', group: 4 },
  assistanceLetter: { volume: '正卷', group: 4 },
  testingCommission: { volume: '正卷', group: 4 },
  testingPeriodNotice: { volume: '正卷', group: 4 },
  testingResultNotice: { volume: '正卷', group: 4 },
  refundOrder: { volume: '正卷', group: 4 },
  caseTransferLetter: { volume: '正卷', group: 4 },
  crimeTransferLetter: { volume: '正卷', group: 4 },
  enforcementApplication: { volume: '正卷', group: 4 },
  servicePublicNotice: { volume: '正卷', group: 4 },
  reminderLetter: { volume: '正卷', group: 4 },
  enforcementSuggestionLetter: { volume: '正卷', group: 4 },
  // Internal approvals: the 行政处理决定审批表 is deliberation on the decision (副卷, with the
  // review and hearing report, before the 结案审批表); other approvals are 其他材料.
  decisionApproval: { volume: '副卷', group: 14 },
  matterApproval: { volume: '副卷', group: 16 },
  // The case-file parts themselves are never filed as documents of the volume.
  caseFileCover: { volume: '副卷', group: 99 },
  caseFileToc: { volume: '副卷', group: 99 },
  caseFileNotes: { volume: '副卷', group: 99 },
}

/**
 * Why a volume cannot be compiled because none of the case's issued documents is filed in it (a
 * Chinese message that says what the volume holds).
 */
export function emptyVolumeMessage(volume: CaseFileVolume): string {
  return volume === '副卷'
    ? '本案没有归入副卷的文书：副卷收存调查终结报告、审核表、集体讨论记录、结案审批表和回访记录表等内部文书，请先出具这些文书或只导出正卷。'
    : '本案没有归入正卷的文书：正卷收存立案审批表、处理决定书、送达回证和送达当事人的各类文书，请先出具这些文书。'
}

/** What orderForCaseFile needs of a document. */
export interface FileableDocument {
  kind: DocumentKind
  /** Legal date 'YYYY-MM-DD'. */
  date: string
  /** Tie-breaker within one day (e.g. the ISO issue timestamp). */
  sequence?: string
  /**
   * Position in the Art. 78 order when it is not the kind's: a 送达回证 of a notice (告知书,
   * 听证通知书, 责令改正通知书, 询问通知书 …, SERVED_NOTICES) files with its notice, not with the
   * decision's.
   */
  group?: number
}

/** The position of a 送达回证 that proves service of the act type `servedBy`. */
export function receiptGroup(servedBy: string | undefined): number | undefined {
  return isNoticeService(servedBy) ? CASE_FILE_PLACE[SERVED_NOTICES[servedBy]].group : undefined
}

const groupOf = (d: FileableDocument) => d.group ?? CASE_FILE_PLACE[d.kind].group

/**
 * The documents in SAMR-PR Art. 78 order (正卷 first, then 副卷; by date within a group). Returns a
 * new array; the case-file parts (caseFile*) are left out.
 */
export function orderForCaseFile<T extends FileableDocument>(docs: readonly T[]): T[] {
  return docs
    .filter((d) => CASE_FILE_PLACE[d.kind].group !== 99)
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        groupOf(a.d) - groupOf(b.d) ||
        a.d.date.localeCompare(b.d.date) ||
        (a.d.sequence ?? '').localeCompare(b.d.sequence ?? '') ||
        a.i - b.i,
    )
    .map(({ d }) => d)
}

/**
 * Why the case file cannot be compiled now (a Chinese message saying what to do), or null when it
 * can: the case must be closed (an effective 结案 act; a voided 结案 does not count) and have at
 * least one issued document. `acts` are the case's stored acts.
 */
export function caseFileRefusal(acts: readonly Act[], issuedCount: number): string | null {
  if (!effectiveActs(acts).some((a) => a.type === 'caseClosed'))
    return '案件尚未结案：案卷在结案后立卷（记录“结案”环节后再导出）。'
  if (issuedCount < 1) return '本案还没有已出具的文书，请先出具文书再导出案卷。'
  return null
}
