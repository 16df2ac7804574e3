/**
 * Document kinds and their fixed metadata: Chinese title, default 文号 code, whether the document
 * is handed to the party (then it carries the contact block), and the template version. Codes
 * marked [U] in docs/domain/numbering.md are defaults an office can override (DocumentContext.docCodeOverrides).
 */

/** Every document type CaseDesk can print. */
export type DocumentKind =
  | 'caseSourceRegister'
  | 'designationNotice'
  | 'assignmentNotice'
  | 'matterApproval'
  | 'serviceAddressConfirmation'
  | 'interviewNotice'
  | 'interviewRecord'
  | 'guidanceLetter'
  | 'correctionOrder'
  | 'rectificationCheck'
  | 'onSiteRecord'
  | 'inquiryNotice'
  | 'inquiryRecord'
  | 'materialsRequest'
  | 'identificationRequest'
  | 'assistanceLetter'
  | 'testingCommission'
  | 'testingPeriodNotice'
  | 'testingResultNotice'
  | 'refundOrder'
  | 'filingApproval'
  | 'nonFilingApproval'
  | 'evidencePreservationNotice'
  | 'preservationReleaseNotice'
  | 'coerciveMeasureDecision'
  | 'coerciveMeasureExtension'
  | 'coerciveMeasureRelease'
  | 'propertyList'
  | 'sealStrip'
  | 'custodyEntrustment'
  | 'handledItemsRecord'
  | 'advanceDisposalConfirmation'
  | 'advanceDisposalNotice'
  | 'samplingRecord'
  | 'evidenceExtraction'
  | 'electronicDataRecord'
  | 'investigationReport'
  | 'caseReview'
  | 'penaltyNotice'
  | 'statementRecord'
  | 'hearingNotice'
  | 'hearingRecord'
  | 'hearingReport'
  | 'collectiveDiscussion'
  | 'penaltyDecision'
  | 'onTheSpotDecision'
  | 'noPenaltyDecision'
  | 'decisionApproval'
  | 'caseTransferLetter'
  | 'crimeTransferLetter'
  | 'serviceReceipt'
  | 'paymentArrangement'
  | 'paymentReminder'
  | 'enforcementApplication'
  | 'servicePublicNotice'
  | 'closingApproval'
  | 'followUpVisit'
  | 'warningLetter'
  | 'cautionLetter'
  | 'complianceCommitment'
  | 'serviceFeedback'
  | 'reminderLetter'
  | 'enforcementSuggestionLetter'
  | 'caseFileCover'
  | 'caseFileToc'
  | 'caseFileNotes'

/** Fixed metadata of a kind. */
export interface DocumentKindInfo {
  title: string
  /** Default form code of the 文号, or null for internal forms without a number. */
  defaultCode: string | null
  /** Whether the code is confirmed [C]/[S] or an unconfirmed default [U] (docs/domain/numbering.md). */
  codeConfidence: 'S' | 'U' | null
  partyFacing: boolean
  /** Bumped whenever the printed output of the template changes. */
  version: number
}

/** Metadata of every kind. */
export const DOCUMENT_KIND_INFO: Record<DocumentKind, DocumentKindInfo> = {
  caseSourceRegister: {
    title: '案件来源登记表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  designationNotice: {
    title: '指定管辖通知书',
    defaultCode: '市监指管',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  assignmentNotice: {
    title: '案件交办通知书',
    defaultCode: '市监交办',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  matterApproval: {
    title: '行政处罚案件有关事项审批表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  serviceAddressConfirmation: {
    title: '送达地址确认书',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: true,
    version: 1,
  },
  interviewNotice: {
    title: '行政约谈通知书',
    defaultCode: '市监约谈',
    codeConfidence: 'U',
    partyFacing: true,
    version: 2,
  },
  interviewRecord: {
    title: '行政约谈记录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  guidanceLetter: {
    title: '行政指导书',
    defaultCode: '市监指导',
    codeConfidence: 'U',
    partyFacing: true,
    version: 2,
  },
  correctionOrder: {
    title: '责令改正通知书',
    defaultCode: '市监责改',
    codeConfidence: 'S',
    partyFacing: true,
    version: 3,
  },
  rectificationCheck: {
    title: '整改复查记录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  onSiteRecord: {
    title: '现场笔录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  inquiryNotice: {
    title: '询问通知书',
    defaultCode: '市监询通',
    codeConfidence: 'U',
    partyFacing: true,
    version: 2,
  },
  inquiryRecord: {
    title: '询问笔录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  materialsRequest: {
    title: '限期提供材料通知书',
    defaultCode: '市监限提',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  identificationRequest: {
    title: '协助辨认/鉴别通知书',
    defaultCode: '市监辨认',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  assistanceLetter: {
    title: '协助调查函',
    defaultCode: '市监协查',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  testingCommission: {
    title: '检测/检验/检疫/鉴定委托书',
    defaultCode: '市监检委',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  testingPeriodNotice: {
    title: '检测/检验/检疫/鉴定期间告知书',
    defaultCode: '市监检期',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  testingResultNotice: {
    title: '检测/检验/检疫/鉴定结果告知书',
    defaultCode: '市监检果',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  refundOrder: {
    title: '责令退款通知书',
    defaultCode: '市监责退',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  filingApproval: {
    title: '立案审批表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  nonFilingApproval: {
    title: '不予立案审批表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 2,
  },
  evidencePreservationNotice: {
    title: '先行登记保存证据通知书',
    defaultCode: '市监先保',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  preservationReleaseNotice: {
    title: '解除先行登记保存证据通知书',
    defaultCode: '市监解保',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  coerciveMeasureDecision: {
    title: '实施行政强制措施决定书',
    defaultCode: '市监强制',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  coerciveMeasureExtension: {
    title: '延长行政强制措施期限决定书',
    defaultCode: '市监延强',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  coerciveMeasureRelease: {
    title: '解除行政强制措施决定书',
    defaultCode: '市监解强',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  propertyList: {
    title: '场所/设施/财物清单',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  custodyEntrustment: {
    title: '实施行政强制措施场所/设施/财物委托保管书',
    defaultCode: '市监委保',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  sealStrip: {
    title: '封条',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  handledItemsRecord: {
    title: '涉案物品处理记录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  // Forms 27 and 28 (SAMR-PR Art. 41 para 3): the rights holder's signed confirmation, kept on
  // file; the notice published with 文号 and seal (default code [U], office-configurable).
  advanceDisposalConfirmation: {
    title: '先行处置物品确认书',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  advanceDisposalNotice: {
    title: '先行处置物品公告',
    defaultCode: '市监先处公',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  samplingRecord: {
    title: '抽样记录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  evidenceExtraction: {
    title: '证据提取单',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  electronicDataRecord: {
    title: '电子数据证据提取笔录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  investigationReport: {
    title: '案件调查终结报告',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  caseReview: {
    title: '案件审核表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 4,
  },
  penaltyNotice: {
    title: '行政处罚告知书',
    defaultCode: '市监罚告',
    codeConfidence: 'S',
    partyFacing: true,
    version: 3,
  },
  statementRecord: {
    title: '陈述申辩笔录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  hearingNotice: {
    title: '行政处罚听证通知书',
    defaultCode: '市监听通',
    codeConfidence: 'S',
    partyFacing: true,
    version: 2,
  },
  hearingRecord: {
    title: '听证笔录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  hearingReport: {
    title: '听证报告',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 2,
  },
  collectiveDiscussion: {
    title: '行政处罚案件集体讨论记录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  penaltyDecision: {
    title: '行政处罚决定书',
    defaultCode: '市监处罚',
    codeConfidence: 'S',
    partyFacing: true,
    version: 3,
  },
  onTheSpotDecision: {
    title: '当场行政处罚决定书',
    defaultCode: '市监当罚',
    codeConfidence: 'S',
    partyFacing: true,
    version: 2,
  },
  noPenaltyDecision: {
    title: '不予行政处罚决定书',
    defaultCode: '市监不罚',
    codeConfidence: 'U',
    partyFacing: true,
    version: 2,
  },
  decisionApproval: {
    title: '行政处理决定审批表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 1,
  },
  caseTransferLetter: {
    title: '案件移送函',
    defaultCode: '市监案移',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  crimeTransferLetter: {
    title: '涉嫌犯罪案件移送书',
    defaultCode: '市监刑移',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  serviceReceipt: {
    title: '送达回证',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 5,
  },
  paymentArrangement: {
    title: '延期（分期）缴纳罚款通知书',
    defaultCode: '市监延缴',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  paymentReminder: {
    title: '行政处罚决定履行催告书',
    defaultCode: '市监催告',
    codeConfidence: 'U',
    partyFacing: true,
    version: 3,
  },
  enforcementApplication: {
    title: '强制执行申请书',
    defaultCode: '市监强执',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  servicePublicNotice: {
    title: '行政处罚文书送达公告',
    defaultCode: '市监送公',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  closingApproval: {
    title: '结案审批表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 4,
  },
  followUpVisit: {
    title: '回访记录表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 4,
  },
  warningLetter: {
    title: '警示劝诫书',
    defaultCode: '市监警示',
    codeConfidence: 'U',
    partyFacing: true,
    version: 2,
  },
  cautionLetter: {
    title: '书面告诫书',
    defaultCode: '市监告诫',
    codeConfidence: 'U',
    partyFacing: true,
    version: 2,
  },
  complianceCommitment: {
    title: '合规经营承诺书',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: true,
    version: 2,
  },
  serviceFeedback: {
    title: '服务意见建议反馈表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: true,
    version: 2,
  },
  reminderLetter: {
    title: '行政提醒书',
    defaultCode: '市监提醒',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  enforcementSuggestionLetter: {
    title: '执法建议函',
    defaultCode: '市监建议',
    codeConfidence: 'U',
    partyFacing: true,
    version: 1,
  },
  caseFileCover: {
    title: '卷宗封面',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  caseFileToc: {
    title: '卷内文件目录',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 3,
  },
  caseFileNotes: {
    title: '卷内备考表',
    defaultCode: null,
    codeConfidence: null,
    partyFacing: false,
    version: 2,
  },
}

/** All kinds in registry order (the order of the procedure). */
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_INFO) as DocumentKind[]

/**
 * The 文号 form code for a kind in an office: the office override if one is set (null switches
 * the number off), otherwise the default; always null for a kind without a default number.
 */
export function resolveDocCode(
  kind: DocumentKind,
  overrides: Partial<Record<DocumentKind, string | null>> | undefined,
): string | null {
  // Records and internal forms carry no 文号 (docs/domain/numbering.md): an override cannot give
  // one a number, so a record never takes a number of another kind's series.
  if (DOCUMENT_KIND_INFO[kind].defaultCode === null) return null
  if (overrides && Object.prototype.hasOwnProperty.call(overrides, kind)) {
    const value = overrides[kind]
    return value === undefined ? DOCUMENT_KIND_INFO[kind].defaultCode : value
  }
  return DOCUMENT_KIND_INFO[kind].defaultCode
}

/**
 * The title a document of `kind` prints for this input, so that lists, dialogs and the stored
 * record name it exactly as the paper does. Form 36 prints 案件审核表 or 法制审核表 after its
 * review type; every other kind prints its fixed title.
 */
export function printedTitle(kind: DocumentKind, input?: unknown): string {
  if (kind === 'caseReview') {
    const type = (input as { reviewType?: unknown } | null | undefined)?.reviewType
    if (type === '法制审核' || type === '案件审核') return `${type}表`
  }
  const chosen = chosenTitle(kind, input)
  return chosen ?? DOCUMENT_KIND_INFO[kind].title
}

/** What a 检测/检验/检疫/鉴定 form is for, as its printed title names it (one of the four). */
export const TESTING_TITLE_WORDS = ['检测', '检验', '检疫', '鉴定'] as const
/** What a 协助辨认/鉴别通知书 asks for. */
export const IDENTIFICATION_TITLE_WORDS = ['辨认', '鉴别', '辨认、鉴别'] as const

/**
 * Forms whose 范本 title offers a choice (“检测/检验/检疫/鉴定委托书”, “协助辨认/鉴别通知书”) print
 * the one that applies (the 范本's “/” means choose one, docs/domain/documents.md): the input's
 * `testingKind` or `purpose`. Undefined when the kind has no choice or the input names none.
 */
function chosenTitle(kind: DocumentKind, input: unknown): string | undefined {
  const pick = (key: string, words: readonly string[]): string | undefined => {
    const value = (input as Record<string, unknown> | null | undefined)?.[key]
    return typeof value === 'string' && words.includes(value) ? value : undefined
  }
  const testing = pick('testingKind', TESTING_TITLE_WORDS)
  const purpose = pick('purpose', IDENTIFICATION_TITLE_WORDS)
  if (kind === 'testingCommission' && testing) return `${testing}委托书`
  if (kind === 'testingPeriodNotice' && testing) return `${testing}期间告知书`
  if (kind === 'testingResultNotice' && testing) return `${testing}结果告知书`
  if (kind === 'identificationRequest' && purpose) return `协助${purpose}通知书`
  return undefined
}
