/**
 * The document registry (docs/conventions.md): kind → title, 文号 code, party-facing flag, template version,
 * zod input schema and builder. Callers look a kind up here, validate the input with its schema
 * and build; the kind and version go into the PDF metadata and must be stored with every issued
 * document so a print can be traced to its template.
 */
import type { z } from 'zod'
import type { TDocumentDefinitions } from './pdf-types'
import type { DocumentContext } from './context'
import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS, resolveDocCode, type DocumentKind } from './kinds'
import { DOCUMENT_FIELD_LABELS } from './field-labels'
import { chineseIssueMessage, labelOfPath } from '../validation/zod-chinese'
import { buildInterviewNoticeDoc, interviewNoticeInputSchema } from './templates/interview-notice'
import { buildInterviewRecordDoc, interviewRecordInputSchema } from './templates/interview-record'
import { buildGuidanceLetterDoc, guidanceLetterInputSchema } from './templates/guidance-letter'
import { buildCorrectionOrderDoc, correctionOrderInputSchema } from './templates/correction-order'
import {
  buildRectificationCheckDoc,
  rectificationCheckInputSchema,
} from './templates/rectification-check'
import { buildFilingApprovalDoc, filingApprovalInputSchema } from './templates/filing-approval'
import { buildOnSiteRecordDoc, onSiteRecordInputSchema } from './templates/on-site-record'
import { buildInquiryNoticeDoc, inquiryNoticeInputSchema } from './templates/inquiry-notice'
import { buildInquiryRecordDoc, inquiryRecordInputSchema } from './templates/inquiry-record'
import {
  buildNonFilingApprovalDoc,
  nonFilingApprovalInputSchema,
} from './templates/non-filing-approval'
import { buildHearingRecordDoc, hearingRecordInputSchema } from './templates/hearing-record'
import { buildHearingReportDoc, hearingReportInputSchema } from './templates/hearing-report'
import {
  buildInvestigationReportDoc,
  investigationReportInputSchema,
} from './templates/investigation-report'
import { buildCaseReviewDoc, caseReviewInputSchema } from './templates/case-review'
import { buildPenaltyNoticeDoc, penaltyNoticeInputSchema } from './templates/penalty-notice'
import { buildStatementRecordDoc, statementRecordInputSchema } from './templates/statement-record'
import { buildHearingNoticeDoc, hearingNoticeInputSchema } from './templates/hearing-notice'
import {
  buildCollectiveDiscussionDoc,
  collectiveDiscussionInputSchema,
} from './templates/collective-discussion'
import { buildPenaltyDecisionDoc, penaltyDecisionInputSchema } from './templates/penalty-decision'
import {
  buildOnTheSpotDecisionDoc,
  onTheSpotDecisionInputSchema,
} from './templates/on-the-spot-decision'
import {
  buildNoPenaltyDecisionDoc,
  noPenaltyDecisionInputSchema,
} from './templates/no-penalty-decision'
import { buildServiceReceiptDoc, serviceReceiptInputSchema } from './templates/service-receipt'
import { buildPaymentReminderDoc, paymentReminderInputSchema } from './templates/payment-reminder'
import {
  buildPaymentArrangementDoc,
  paymentArrangementInputSchema,
} from './templates/payment-arrangement'
import { buildClosingApprovalDoc, closingApprovalInputSchema } from './templates/closing-approval'
import { buildFollowUpVisitDoc, followUpVisitInputSchema } from './templates/follow-up-visit'
import {
  buildCautionLetterDoc,
  buildWarningLetterDoc,
  softMeasureLetterInputSchema,
} from './templates/soft-measure-letter'
import {
  buildComplianceCommitmentDoc,
  complianceCommitmentInputSchema,
} from './templates/compliance-commitment'
import { buildServiceFeedbackDoc, serviceFeedbackInputSchema } from './templates/service-feedback'
import * as measures from './templates/measure-documents'
import * as disposal from './templates/advance-disposal'
import {
  buildCaseSourceRegisterDoc,
  caseSourceRegisterInputSchema,
} from './templates/case-source-register'
import {
  buildDecisionApprovalDoc,
  buildMatterApprovalDoc,
  decisionApprovalInputSchema,
  matterApprovalInputSchema,
} from './templates/approval-forms'
import {
  assistanceLetterInputSchema,
  buildAssistanceLetterDoc,
  buildIdentificationRequestDoc,
  buildMaterialsRequestDoc,
  identificationRequestInputSchema,
  materialsRequestInputSchema,
} from './templates/investigation-requests'
import {
  buildTestingCommissionDoc,
  buildTestingPeriodNoticeDoc,
  buildTestingResultNoticeDoc,
  testingCommissionInputSchema,
  testingPeriodNoticeInputSchema,
  testingResultNoticeInputSchema,
} from './templates/testing-notices'
import { buildRefundOrderDoc, refundOrderInputSchema } from './templates/refund-order'
import {
  assignmentNoticeInputSchema,
  buildAssignmentNoticeDoc,
  buildCaseTransferLetterDoc,
  buildCrimeTransferLetterDoc,
  buildDesignationNoticeDoc,
  caseTransferLetterInputSchema,
  crimeTransferLetterInputSchema,
  designationNoticeInputSchema,
} from './templates/jurisdiction-letters'
import {
  buildEnforcementApplicationDoc,
  buildServicePublicNoticeDoc,
  enforcementApplicationInputSchema,
  servicePublicNoticeInputSchema,
} from './templates/enforcement-forms'
import {
  buildServiceAddressConfirmationDoc,
  serviceAddressConfirmationInputSchema,
} from './templates/service-address'
import {
  buildEnforcementSuggestionLetterDoc,
  buildReminderLetterDoc,
  policyLetterInputSchema,
} from './templates/policy-letters'
import {
  buildCaseFileCoverDoc,
  buildCaseFileNotesDoc,
  buildCaseFileTocDoc,
  caseFileCoverInputSchema,
  caseFileNotesInputSchema,
  caseFileTocInputSchema,
} from './templates/case-file-parts'

/** A registered template. */
export interface DocumentTemplate<Input = unknown> {
  kind: DocumentKind
  title: string
  defaultCode: string | null
  partyFacing: boolean
  version: number
  inputSchema: z.ZodType<unknown, Input>
  build: (input: Input, ctx: DocumentContext) => TDocumentDefinitions
}

function entry<K extends DocumentKind, Input>(
  kind: K,
  inputSchema: z.ZodType<unknown, Input>,
  build: (input: Input, ctx: DocumentContext) => TDocumentDefinitions,
): DocumentTemplate<Input> & { kind: K } {
  const info = DOCUMENT_KIND_INFO[kind]
  return {
    kind,
    title: info.title,
    defaultCode: info.defaultCode,
    partyFacing: info.partyFacing,
    version: info.version,
    inputSchema,
    build,
  }
}

/** Every template, by kind. */
export const DOCUMENT_REGISTRY = {
  interviewNotice: entry('interviewNotice', interviewNoticeInputSchema, buildInterviewNoticeDoc),
  interviewRecord: entry('interviewRecord', interviewRecordInputSchema, buildInterviewRecordDoc),
  guidanceLetter: entry('guidanceLetter', guidanceLetterInputSchema, buildGuidanceLetterDoc),
  correctionOrder: entry('correctionOrder', correctionOrderInputSchema, buildCorrectionOrderDoc),
  rectificationCheck: entry(
    'rectificationCheck',
    rectificationCheckInputSchema,
    buildRectificationCheckDoc,
  ),
  onSiteRecord: entry('onSiteRecord', onSiteRecordInputSchema, buildOnSiteRecordDoc),
  inquiryNotice: entry('inquiryNotice', inquiryNoticeInputSchema, buildInquiryNoticeDoc),
  inquiryRecord: entry('inquiryRecord', inquiryRecordInputSchema, buildInquiryRecordDoc),
  filingApproval: entry('filingApproval', filingApprovalInputSchema, buildFilingApprovalDoc),
  nonFilingApproval: entry(
    'nonFilingApproval',
    nonFilingApprovalInputSchema,
    buildNonFilingApprovalDoc,
  ),
  evidencePreservationNotice: entry(
    'evidencePreservationNotice',
    measures.evidencePreservationNoticeInputSchema,
    measures.buildEvidencePreservationNoticeDoc,
  ),
  preservationReleaseNotice: entry(
    'preservationReleaseNotice',
    measures.preservationReleaseNoticeInputSchema,
    measures.buildPreservationReleaseNoticeDoc,
  ),
  coerciveMeasureDecision: entry(
    'coerciveMeasureDecision',
    measures.coerciveMeasureDecisionInputSchema,
    measures.buildCoerciveMeasureDecisionDoc,
  ),
  coerciveMeasureExtension: entry(
    'coerciveMeasureExtension',
    measures.coerciveMeasureExtensionInputSchema,
    measures.buildCoerciveMeasureExtensionDoc,
  ),
  coerciveMeasureRelease: entry(
    'coerciveMeasureRelease',
    measures.coerciveMeasureReleaseInputSchema,
    measures.buildCoerciveMeasureReleaseDoc,
  ),
  propertyList: entry(
    'propertyList',
    measures.propertyListInputSchema,
    measures.buildPropertyListDoc,
  ),
  sealStrip: entry('sealStrip', measures.sealStripInputSchema, measures.buildSealStripDoc),
  custodyEntrustment: entry(
    'custodyEntrustment',
    measures.custodyEntrustmentInputSchema,
    measures.buildCustodyEntrustmentDoc,
  ),
  evidenceExtraction: entry(
    'evidenceExtraction',
    measures.evidenceExtractionInputSchema,
    measures.buildEvidenceExtractionDoc,
  ),
  electronicDataRecord: entry(
    'electronicDataRecord',
    measures.electronicDataRecordInputSchema,
    measures.buildElectronicDataRecordDoc,
  ),
  samplingRecord: entry(
    'samplingRecord',
    measures.samplingRecordInputSchema,
    measures.buildSamplingRecordDoc,
  ),
  handledItemsRecord: entry(
    'handledItemsRecord',
    measures.handledItemsRecordInputSchema,
    measures.buildHandledItemsRecordDoc,
  ),
  advanceDisposalConfirmation: entry(
    'advanceDisposalConfirmation',
    disposal.advanceDisposalConfirmationInputSchema,
    disposal.buildAdvanceDisposalConfirmationDoc,
  ),
  advanceDisposalNotice: entry(
    'advanceDisposalNotice',
    disposal.advanceDisposalNoticeInputSchema,
    disposal.buildAdvanceDisposalNoticeDoc,
  ),
  investigationReport: entry(
    'investigationReport',
    investigationReportInputSchema,
    buildInvestigationReportDoc,
  ),
  caseReview: entry('caseReview', caseReviewInputSchema, buildCaseReviewDoc),
  penaltyNotice: entry('penaltyNotice', penaltyNoticeInputSchema, buildPenaltyNoticeDoc),
  statementRecord: entry('statementRecord', statementRecordInputSchema, buildStatementRecordDoc),
  hearingNotice: entry('hearingNotice', hearingNoticeInputSchema, buildHearingNoticeDoc),
  hearingRecord: entry('hearingRecord', hearingRecordInputSchema, buildHearingRecordDoc),
  hearingReport: entry('hearingReport', hearingReportInputSchema, buildHearingReportDoc),
  collectiveDiscussion: entry(
    'collectiveDiscussion',
    collectiveDiscussionInputSchema,
    buildCollectiveDiscussionDoc,
  ),
  penaltyDecision: entry('penaltyDecision', penaltyDecisionInputSchema, buildPenaltyDecisionDoc),
  onTheSpotDecision: entry(
    'onTheSpotDecision',
    onTheSpotDecisionInputSchema,
    buildOnTheSpotDecisionDoc,
  ),
  noPenaltyDecision: entry(
    'noPenaltyDecision',
    noPenaltyDecisionInputSchema,
    buildNoPenaltyDecisionDoc,
  ),
  serviceReceipt: entry('serviceReceipt', serviceReceiptInputSchema, buildServiceReceiptDoc),
  paymentArrangement: entry(
    'paymentArrangement',
    paymentArrangementInputSchema,
    buildPaymentArrangementDoc,
  ),
  paymentReminder: entry('paymentReminder', paymentReminderInputSchema, buildPaymentReminderDoc),
  closingApproval: entry('closingApproval', closingApprovalInputSchema, buildClosingApprovalDoc),
  followUpVisit: entry('followUpVisit', followUpVisitInputSchema, buildFollowUpVisitDoc),
  warningLetter: entry('warningLetter', softMeasureLetterInputSchema, buildWarningLetterDoc),
  cautionLetter: entry('cautionLetter', softMeasureLetterInputSchema, buildCautionLetterDoc),
  complianceCommitment: entry(
    'complianceCommitment',
    complianceCommitmentInputSchema,
    buildComplianceCommitmentDoc,
  ),
  serviceFeedback: entry('serviceFeedback', serviceFeedbackInputSchema, buildServiceFeedbackDoc),
  caseSourceRegister: entry(
    'caseSourceRegister',
    caseSourceRegisterInputSchema,
    buildCaseSourceRegisterDoc,
  ),
  designationNotice: entry(
    'designationNotice',
    designationNoticeInputSchema,
    buildDesignationNoticeDoc,
  ),
  assignmentNotice: entry(
    'assignmentNotice',
    assignmentNoticeInputSchema,
    buildAssignmentNoticeDoc,
  ),
  matterApproval: entry('matterApproval', matterApprovalInputSchema, buildMatterApprovalDoc),
  serviceAddressConfirmation: entry(
    'serviceAddressConfirmation',
    serviceAddressConfirmationInputSchema,
    buildServiceAddressConfirmationDoc,
  ),
  materialsRequest: entry(
    'materialsRequest',
    materialsRequestInputSchema,
    buildMaterialsRequestDoc,
  ),
  identificationRequest: entry(
    'identificationRequest',
    identificationRequestInputSchema,
    buildIdentificationRequestDoc,
  ),
  assistanceLetter: entry(
    'assistanceLetter',
    assistanceLetterInputSchema,
    buildAssistanceLetterDoc,
  ),
  testingCommission: entry(
    'testingCommission',
    testingCommissionInputSchema,
    buildTestingCommissionDoc,
  ),
  testingPeriodNotice: entry(
    'testingPeriodNotice',
    testingPeriodNoticeInputSchema,
    buildTestingPeriodNoticeDoc,
  ),
  testingResultNotice: entry(
    'testingResultNotice',
    testingResultNoticeInputSchema,
    buildTestingResultNoticeDoc,
  ),
  refundOrder: entry('refundOrder', refundOrderInputSchema, buildRefundOrderDoc),
  decisionApproval: entry(
    'decisionApproval',
    decisionApprovalInputSchema,
    buildDecisionApprovalDoc,
  ),
  caseTransferLetter: entry(
    'caseTransferLetter',
    caseTransferLetterInputSchema,
    buildCaseTransferLetterDoc,
  ),
  crimeTransferLetter: entry(
    'crimeTransferLetter',
    crimeTransferLetterInputSchema,
    buildCrimeTransferLetterDoc,
  ),
  enforcementApplication: entry(
    'enforcementApplication',
    enforcementApplicationInputSchema,
    buildEnforcementApplicationDoc,
  ),
  servicePublicNotice: entry(
    'servicePublicNotice',
    servicePublicNoticeInputSchema,
    buildServicePublicNoticeDoc,
  ),
  reminderLetter: entry('reminderLetter', policyLetterInputSchema, buildReminderLetterDoc),
  enforcementSuggestionLetter: entry(
    'enforcementSuggestionLetter',
    policyLetterInputSchema,
    buildEnforcementSuggestionLetterDoc,
  ),
  caseFileCover: entry('caseFileCover', caseFileCoverInputSchema, buildCaseFileCoverDoc),
  caseFileToc: entry('caseFileToc', caseFileTocInputSchema, buildCaseFileTocDoc),
  caseFileNotes: entry('caseFileNotes', caseFileNotesInputSchema, buildCaseFileNotesDoc),
} satisfies { [K in DocumentKind]: { kind: K; title: string } }

/** Input type of a kind's builder. */
export type DocumentInput<K extends DocumentKind> = Parameters<
  (typeof DOCUMENT_REGISTRY)[K]['build']
>[0]

/**
 * Validates `input` with the kind's schema and builds the definition. Returns the Chinese
 * validation messages instead of throwing when the input is incomplete.
 */
export function buildDocument<K extends DocumentKind>(
  kind: K,
  input: unknown,
  ctx: DocumentContext,
): { ok: true; definition: TDocumentDefinitions } | { ok: false; errors: string[] } {
  const template = DOCUMENT_REGISTRY[kind] as unknown as DocumentTemplate<unknown>
  const parsed = template.inputSchema.safeParse(input)
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) =>
        chineseIssueMessage(issue, labelOfPath(issue.path, DOCUMENT_FIELD_LABELS, '文书内容')),
      ),
    }
  }
  return { ok: true, definition: template.build(input, ctx) }
}

/** The list shown in menus and written to samples' index.json. */
export function listDocumentKinds(): Array<{
  kind: DocumentKind
  title: string
  partyFacing: boolean
  code: string | null
  version: number
}> {
  return DOCUMENT_KINDS.map((kind) => ({
    kind,
    title: DOCUMENT_KIND_INFO[kind].title,
    partyFacing: DOCUMENT_KIND_INFO[kind].partyFacing,
    code: resolveDocCode(kind, undefined),
    version: DOCUMENT_KIND_INFO[kind].version,
  }))
}
