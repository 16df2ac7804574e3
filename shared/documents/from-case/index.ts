/**
 * From a case to its documents: which documents the case's acts can produce now, the template
 * input of each (filled from the acts; fields no act holds are reported), and the document
 * context of the document's date (office profile + the contact version in force that day).
 */
import type { Act, ActType } from '../../domain/case'
import {
  contactVersionForDocument,
  type ContactVersion,
  type OfficeProfile,
} from '../../domain/settings'
import type { DocumentContext } from '../context'
import { printedTitle, type DocumentKind } from '../kinds'
import { actsOf } from './common'
import {
  mapCorrectionOrder,
  mapFilingApproval,
  mapGuidanceLetter,
  mapInterviewNotice,
  mapInterviewRecord,
  mapRectificationCheck,
} from './map-intake'
import {
  mapCaseReview,
  mapCollectiveDiscussion,
  mapHearingNotice,
  mapInvestigationReport,
  mapPenaltyNotice,
  mapStatementRecord,
} from './map-procedure'
import {
  mapClosingApproval,
  mapFollowUpVisit,
  mapNoPenaltyDecision,
  mapOnTheSpotDecision,
  mapPaymentArrangement,
  mapPaymentReminder,
  mapPenaltyDecision,
  mapAnyServiceReceipt,
} from './map-decision'
import {
  mapHearingRecord,
  mapHearingReport,
  mapInquiryNotice,
  mapInquiryRecord,
  mapNonFilingApproval,
  mapOnSiteRecord,
} from './map-investigation'
import {
  mapCautionLetter,
  mapComplianceCommitment,
  mapServiceFeedback,
  mapWarningLetter,
} from './map-service'
import {
  formsDueTitle,
  isIdentification,
  isPublicNotice,
  isTesting,
  isTestingResult,
  mapAssignmentNotice,
  mapAssistanceLetter,
  mapCaseSourceRegister,
  mapCaseTransferLetter,
  mapCrimeTransferLetter,
  mapDecisionApproval,
  mapDesignationNotice,
  mapEnforcementApplication,
  mapEnforcementSuggestionLetter,
  mapIdentificationRequest,
  mapMaterialsRequest,
  mapMatterApproval,
  mapRefundOrder,
  mapReminderLetter,
  mapServiceAddressConfirmation,
  mapServicePublicNotice,
  mapTestingCommission,
  mapTestingPeriodNotice,
  mapTestingResultNotice,
} from './map-forms'
import {
  mapCoerciveMeasureDecision,
  mapCoerciveMeasureExtension,
  mapCoerciveMeasureRelease,
  mapEvidencePreservationNotice,
  mapPreservationReleaseNotice,
  mapPropertyList,
  mapSealStrip,
  mapCustodyEntrustment,
  mapHandledItemsRecord,
  mapAdvanceDisposalConfirmation,
  mapAdvanceDisposalNotice,
  mapSamplingRecord,
  mapEvidenceExtraction,
  mapElectronicDataRecord,
} from './map-measures'
import { SERVED_NOTICE_ACTS } from '../served-notices'
import type { CaseSource, MappedDocument } from './types'

export type { CaseSource, IssuedRef, MappedDocument, MissingField, MissingInput } from './types'
export { answersFrom, applySupplements } from './fill'
export { documentParty } from './common'

type AnyMapper = (src: CaseSource, act: never) => MappedDocument

/**
 * Where a kind comes from: the act type(s), the mapper and, when only some acts of the type
 * produce it, `when` (e.g. a 涉嫌犯罪案件移送书 only for a transfer to the judicial organs).
 */
interface DocumentSource {
  act: ActType | readonly ActType[]
  map: AnyMapper
  when?: (act: Act, src: CaseSource) => boolean
}

/**
 * Document kind → the act type(s) it is produced from and its mapper. A 送达回证 belongs to each
 * served decision and to each notice it proves was served (SERVED_NOTICES; CPL Arts. 87–89).
 */
export const DOCUMENT_SOURCES: Partial<Record<DocumentKind, DocumentSource>> = {
  interviewNotice: { act: 'interviewNoticeServed', map: mapInterviewNotice },
  interviewRecord: { act: 'interviewHeld', map: mapInterviewRecord },
  guidanceLetter: { act: 'administrativeGuidance', map: mapGuidanceLetter },
  correctionOrder: { act: 'correctionOrderServed', map: mapCorrectionOrder },
  rectificationCheck: { act: 'correctionReviewed', map: mapRectificationCheck },
  onSiteRecord: { act: 'onSiteInspection', map: mapOnSiteRecord },
  inquiryNotice: { act: 'inquiryNoticeServed', map: mapInquiryNotice },
  inquiryRecord: { act: 'inquiryHeld', map: mapInquiryRecord },
  evidencePreservationNotice: { act: 'evidencePreserved', map: mapEvidencePreservationNotice },
  preservationReleaseNotice: {
    act: 'evidencePreservationLifted',
    map: mapPreservationReleaseNotice,
  },
  coerciveMeasureDecision: { act: 'coerciveMeasureTaken', map: mapCoerciveMeasureDecision },
  // The list goes with the preservation notice and with the 查封/扣押 decision.
  propertyList: { act: ['evidencePreserved', 'coerciveMeasureTaken'], map: mapPropertyList },
  sealStrip: { act: 'coerciveMeasureTaken', map: mapSealStrip },
  // Only sealed property may be entrusted to a third party (AEL Art. 26 para 2).
  custodyEntrustment: {
    act: 'coerciveMeasureTaken',
    map: mapCustodyEntrustment,
    when: (a) =>
      a.type === 'coerciveMeasureTaken' &&
      a.payload.measure === 'seal' &&
      Boolean(a.payload.custodian?.trim()),
  },
  handledItemsRecord: { act: 'seizedItemsHandled', map: mapHandledItemsRecord },
  // 先行处置 (SAMR-PR Art. 41 para 3): the rights holder's 确认书, or the 公告 when it is not known.
  advanceDisposalConfirmation: {
    act: 'advanceDisposal',
    map: mapAdvanceDisposalConfirmation,
    when: (a) => a.type === 'advanceDisposal' && a.payload.ground === 'consent',
  },
  advanceDisposalNotice: {
    act: 'advanceDisposal',
    map: mapAdvanceDisposalNotice,
    when: (a) => a.type === 'advanceDisposal' && a.payload.ground === 'publicNotice',
  },
  samplingRecord: { act: 'samplingDone', map: mapSamplingRecord },
  // The 证据提取单 lists the items of one 证据登记: the evidence is typed once.
  evidenceExtraction: { act: 'evidenceRecorded', map: mapEvidenceExtraction },
  electronicDataRecord: { act: 'electronicDataExtracted', map: mapElectronicDataRecord },
  coerciveMeasureExtension: { act: 'coerciveMeasureExtended', map: mapCoerciveMeasureExtension },
  coerciveMeasureRelease: { act: 'coerciveMeasureLifted', map: mapCoerciveMeasureRelease },
  filingApproval: { act: 'caseFiled', map: mapFilingApproval },
  nonFilingApproval: { act: 'filingDeclined', map: mapNonFilingApproval },
  investigationReport: { act: 'investigationConcluded', map: mapInvestigationReport },
  caseReview: { act: 'caseReviewed', map: mapCaseReview },
  penaltyNotice: { act: 'penaltyNoticeServed', map: mapPenaltyNotice },
  statementRecord: { act: 'statementDefence', map: mapStatementRecord },
  hearingNotice: { act: 'hearingNoticeServed', map: mapHearingNotice },
  hearingRecord: { act: 'hearingHeld', map: mapHearingRecord },
  hearingReport: { act: 'hearingHeld', map: mapHearingReport },
  collectiveDiscussion: { act: 'collectiveDiscussion', map: mapCollectiveDiscussion },
  // The approval of the decision (form 43) comes before the decision it approves.
  decisionApproval: { act: ['penaltyDecision', 'noPenaltyDecision'], map: mapDecisionApproval },
  penaltyDecision: { act: 'penaltyDecision', map: mapPenaltyDecision },
  onTheSpotDecision: { act: 'summaryPenalty', map: mapOnTheSpotDecision },
  noPenaltyDecision: { act: 'noPenaltyDecision', map: mapNoPenaltyDecision },
  paymentArrangement: { act: 'paymentArrangementApproved', map: mapPaymentArrangement },
  paymentReminder: { act: 'reminderServed', map: mapPaymentReminder },
  closingApproval: { act: 'caseClosed', map: mapClosingApproval },
  followUpVisit: { act: 'followUpVisit', map: mapFollowUpVisit },
  warningLetter: { act: 'warningAdmonition', map: mapWarningLetter },
  cautionLetter: { act: 'writtenCaution', map: mapCautionLetter },
  complianceCommitment: { act: 'noPenaltyDecision', map: mapComplianceCommitment },
  serviceFeedback: { act: 'followUpVisit', map: mapServiceFeedback },
  caseSourceRegister: { act: 'clueRegistered', map: mapCaseSourceRegister },
  designationNotice: { act: 'jurisdictionDesignated', map: mapDesignationNotice },
  assignmentNotice: { act: 'caseAssigned', map: mapAssignmentNotice },
  matterApproval: { act: 'matterApproved', map: mapMatterApproval },
  serviceAddressConfirmation: {
    act: 'serviceAddressConfirmed',
    map: mapServiceAddressConfirmation,
  },
  materialsRequest: { act: 'materialsRequested', map: mapMaterialsRequest },
  identificationRequest: {
    act: 'testingStarted',
    map: mapIdentificationRequest,
    when: isIdentification,
  },
  assistanceLetter: { act: 'assistanceRequested', map: mapAssistanceLetter },
  testingCommission: { act: 'testingStarted', map: mapTestingCommission, when: isTesting },
  testingPeriodNotice: { act: 'testingStarted', map: mapTestingPeriodNotice, when: isTesting },
  testingResultNotice: {
    act: 'testingConcluded',
    map: mapTestingResultNotice,
    when: (act, src) => isTestingResult(src, act),
  },
  refundOrder: { act: 'refundOrdered', map: mapRefundOrder },
  caseTransferLetter: {
    act: 'caseTransferred',
    map: mapCaseTransferLetter,
    when: (a) => a.type === 'caseTransferred' && a.payload.to === 'otherAuthority',
  },
  crimeTransferLetter: {
    act: 'caseTransferred',
    map: mapCrimeTransferLetter,
    when: (a) => a.type === 'caseTransferred' && a.payload.to === 'judicial',
  },
  enforcementApplication: { act: 'enforcementApplied', map: mapEnforcementApplication },
  servicePublicNotice: {
    act: ['decisionServed', ...SERVED_NOTICE_ACTS],
    map: mapServicePublicNotice,
    when: isPublicNotice,
  },
  reminderLetter: { act: 'administrativeReminder', map: mapReminderLetter },
  enforcementSuggestionLetter: {
    act: 'enforcementSuggestion',
    map: mapEnforcementSuggestionLetter,
  },
  // Last, so an act's 送达回证 is listed after the notice it proves was served.
  serviceReceipt: { act: ['decisionServed', ...SERVED_NOTICE_ACTS], map: mapAnyServiceReceipt },
}

/** Whether an act of `type` produces a document whose source is `act`. */
function producedBy(act: ActType | readonly ActType[], type: ActType): boolean {
  return typeof act === 'string' ? act === type : act.includes(type)
}

/** One document the case can produce now. */
export interface DueDocument {
  kind: DocumentKind
  title: string
  /** The act it belongs to. */
  act: Act
  /** A non-voided document of this kind was already issued for this act. */
  issued: boolean
}

/**
 * The documents the case's effective acts can produce, in legal order of their acts: one per
 * act of the source type (e.g. every 回访 gives a 回访记录表).
 */
export function documentsDue(src: CaseSource): DueDocument[] {
  const out: DueDocument[] = []
  for (const act of actsOf(src.facts)) {
    for (const [kind, source] of Object.entries(DOCUMENT_SOURCES) as Array<
      [DocumentKind, DocumentSource]
    >) {
      if (!producedBy(source.act, act.type)) continue
      if (source.when && !source.when(act, src)) continue
      out.push({
        kind,
        title: dueTitle(kind, act, src),
        act,
        issued: src.issued.some(
          (d) => d.kind === kind && d.status !== 'voided' && d.sourceActIds[0] === act.id,
        ),
      })
    }
  }
  return out
}

/** Maps the case to the input of `kind` for `actId`; undefined when that act cannot produce it. */
export function mapDocument(
  src: CaseSource,
  kind: DocumentKind,
  actId: string,
): MappedDocument | undefined {
  const source = DOCUMENT_SOURCES[kind]
  const act = actsOf(src.facts).find((a) => a.id === actId)
  if (!source || !act || !producedBy(source.act, act.type)) return undefined
  if (source.when && !source.when(act, src)) return undefined
  return (source.map as (s: CaseSource, a: Act) => MappedDocument)(src, act)
}

/**
 * The document context on `date`: the office profile plus the contact version in force that day
 * (contactVersionForDocument). A date before the first version uses the earliest version and
 * carries `note` (Chinese, shown to the officer before issuing). Fails with the lookup's Chinese
 * message when there is no version at all or the date is invalid.
 */
export function documentContextFrom(
  profile: OfficeProfile,
  versions: readonly ContactVersion[],
  date: string,
): { ok: true; ctx: DocumentContext; note?: string } | { ok: false; message: string } {
  const found = contactVersionForDocument(versions, date)
  if (!found.ok) return { ok: false, message: found.message }
  const v = found.version
  return {
    ok: true,
    ...(found.note ? { note: found.note } : {}),
    ctx: {
      officeName: profile.fullName,
      officeCode: profile.docCode,
      contact: {
        contactPerson: v.contactPerson,
        contactPhone: v.contactPhone,
        contactAddress: v.address,
        complaintHotline: v.complaintHotline,
      },
      reviewBody: profile.reviewAuthority,
      court: profile.court,
      payment: {
        payee: profile.payment.accountName,
        bank: profile.payment.bank,
        account: profile.payment.accountNumber,
        note: profile.payment.epayNote || undefined,
      },
      documentDate: date,
      docCodeOverrides: { ...(profile.formCodes ?? {}) },
    },
  }
}

/** The printed title of a due document, from its act (form 36: 案件审核表 or 法制审核表). */
function dueTitle(kind: DocumentKind, act: Act, src?: CaseSource): string {
  const chosen = formsDueTitle(src, kind, act)
  if (chosen) return chosen
  if (kind === 'caseReview' && act.type === 'caseReviewed') {
    return printedTitle(kind, {
      reviewType: act.payload.reviewKind === 'legalReview' ? '法制审核' : '案件审核',
    })
  }
  return printedTitle(kind)
}
