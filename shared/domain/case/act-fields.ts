// The form fields of every act type, as data: the case page renders its act dialogs from this
// table and converts the entered values to payloads with formToPayload/parseActForm. Keys, enum
// options and required flags match the payload schemas (checked by tests/unit/shared/act-fields).
import { type OfficerRole } from '../settings/schemas'
import { type ActType } from './acts'
import { SERVICE_METHODS } from './common'
import {
  CASE_SOURCES,
  CONTACT_METHODS,
  CORRECTION_RESULTS,
  EXTENDABLE_RULES,
  FILING_DECLINE_GROUNDS,
} from './payloads-intake'
import {
  LEGAL_REVIEW_TRIGGERS,
  PROPOSALS,
  REVIEW_KINDS,
  REVIEW_OPINIONS,
  SUSPENSION_REASONS,
  SEXES,
  TESTING_KINDS,
  IDENTIFICATION_PURPOSES,
} from './payloads-procedure'
import { CLOSING_REASONS, PAYMENT_KINDS } from './payloads-execution'
import { DESIGNATION_GROUNDS, ELECTRONIC_CHANNELS } from './payloads-requests'
import {
  ADVANCE_DISPOSAL_GROUNDS,
  COERCIVE_MEASURES,
  COERCIVE_MEASURE_MAX_DAYS,
  ITEM_NOTE_MAX,
  ITEM_TEXT_MAX,
  ITEM_DISPOSITIONS,
  ITEM_UNIT_MAX,
  LIFT_GROUNDS,
  PERISHABLE_REASONS,
  PRESERVATION_OUTCOMES,
  PRESERVATION_STORAGE,
} from './payloads-measures'
import {
  BUSINESS_RESTRICTIONS,
  LENIENCY_GROUNDS,
  LICENCE_ACTIONS,
  NO_PENALTY_GROUNDS,
} from './penalty'
import { FOLLOW_UP_VISIT_QUESTIONS as VISIT_Q } from './visit-questions'

/**
 * How a field is entered. money: 元 typed as text, stored as integer 分; textList: one entry per
 * line; officers: officer ids; exemptionItem: an item of the office's 免罚清单; penalty/leniency:
 * the nested editors of PENALTY_FIELDS/LENIENCY_FIELDS; undertakings/schedule: row editors;
 * actRef: the id of an earlier act of this case (of `actTypes`); penaltyItems: one row per
 * violation (PenaltyItemSchema, with the live lawful range and 裁量 band); correction: the
 * 责令改正 joined to a decision (CorrectionInDecisionSchema, off unless ticked); violation: a
 * catalogue entry id, which also sets the form's `fineRule` (widget fineRule: the entry's rule
 * snapshot, shown as text, never typed); registerOfficer/registerOfficers: picked from the
 * officer register by role (`register`), filling both the name field and its id field; time: a
 * clock time 'HH:mm'; rows: the generic row editor, one typed row per entry with the columns
 * of `columns` (text, date or select cells; e.g. the items of a 场所/设施/财物清单).
 */
export type FieldWidget =
  | 'text'
  | 'textarea'
  | 'date'
  | 'money'
  | 'number'
  | 'boolean'
  | 'select'
  | 'multiselect'
  | 'officers'
  | 'exemptionItem'
  | 'penalty'
  | 'leniency'
  | 'textList'
  | 'undertakings'
  | 'schedule'
  | 'actRef'
  | 'penaltyItems'
  | 'correction'
  | 'violation'
  | 'fineRule'
  | 'registerOfficer'
  | 'registerOfficers'
  | 'time'
  | 'rows'

/** One form field of an act payload. */
export interface ActFieldSpec {
  /** Payload key. */
  key: string
  /** Chinese label shown beside the input. */
  label: string
  widget: FieldWidget
  /** The payload schema rejects the field when it is missing. */
  required: boolean
  /** Value → Chinese label, for select/multiselect (from the shared enums). */
  options?: Readonly<Record<string, string>>
  /** One-line hint under the input. */
  help?: string
  /** Initial value of a text/select/boolean field. */
  initial?: string | boolean
  /** Shown (and sent) only while another field of the same form has one of these values. */
  showWhen?: { key: string; in: readonly string[] }
  /** For actRef: which earlier acts may be chosen. */
  actTypes?: readonly ActType[]
  /**
   * For registerOfficer(s): the signer is picked from the active officers of the register holding
   * `role`; the payload gets the name(s) under `key` and the id(s) under `idKey`. With
   * `excludeCaseOfficers` the case's own officers are not offered (checkAct refuses them too).
   */
  register?: RegisterPick
  /** For rows: the columns of one row, in order (each a text, date or select cell). */
  columns?: readonly ActFieldSpec[]
  /** For text cells and fields: the most characters the schema accepts. */
  maxLength?: number
}

/** How a signer field picks from the officer register. */
export interface RegisterPick {
  /** The role the officer must hold; any active officer when absent. */
  role?: OfficerRole
  idKey: string
  excludeCaseOfficers?: boolean
  /** registerOfficers: the least number to pick. */
  min?: number
}

type Extra = Pick<ActFieldSpec, 'help' | 'initial' | 'showWhen' | 'actTypes'>
const f =
  (widget: FieldWidget, required: boolean) =>
  (key: string, label: string, extra: Extra = {}): ActFieldSpec => ({
    key,
    label,
    widget,
    required,
    ...extra,
  })
const text = f('text', true)
const optText = f('text', false)
const area = f('textarea', true)
const optArea = f('textarea', false)
const date = f('date', true)
const money = f('money', true)
const bool = f('boolean', true)
const optBool = f('boolean', false)
const list = f('textList', true)
const officers = f('officers', true)
const actRef = f('actRef', true)
const time = f('time', false)
const optList = f('textList', false)
/**
 * A signer or recorder picked from the register (any active officer unless `role`), optional:
 * what the act's documents print, captured once here (docs/domain/capture-once.md).
 */
const optPick = (
  key: string,
  label: string,
  extra: Extra & { role?: OfficerRole } = {},
): ActFieldSpec => {
  const { role, ...rest } = extra
  return {
    key,
    label,
    widget: 'registerOfficer',
    required: false,
    ...rest,
    register: { idKey: `${key}Id`, ...(role ? { role } : {}) },
  }
}
/** Start and end time of a record (笔录/记录); the end must come after the start. */
const recordTimes = (extra: Extra = {}): ActFieldSpec[] => [
  time('startTime', '开始时间', extra),
  time('endTime', '结束时间', extra),
]
/** 听证主持人: an officer of the register who is not on the case (APL Art. 64(4)). */
const presider: ActFieldSpec = {
  key: 'presider',
  label: '听证主持人',
  widget: 'registerOfficer',
  required: true,
  help: '从执法人员名单中选择；听证由非本案调查人员主持（行政处罚法第六十四条第四项）',
  register: { idKey: 'presiderId', excludeCaseOfficers: true },
}
/** 负责人 who approves, picked from the register (name in `key`, id in `${key}Id`). */
const approver = (key: string, label: string): ActFieldSpec => ({
  key,
  label,
  widget: 'registerOfficer',
  required: true,
  register: { role: 'head', idKey: `${key}Id` },
})
function select(
  key: string,
  label: string,
  options: Readonly<Record<string, string>>,
  extra: Extra = {},
): ActFieldSpec {
  return { key, label, widget: 'select', required: true, options, ...extra }
}

/** Labels of the enums the payload schemas declare inline. */
export const INLINE_OPTIONS = {
  approval: { head: '负责人批准', collective: '负责人集体讨论' },
  correctionMode: { immediate: '立即改正', byDate: '限期改正' },
  statementForm: { written: '书面', oral: '口头' },
  recheckOutcome: { adopted: '采纳', partlyAdopted: '部分采纳', notAdopted: '不予采纳' },
  discussionPurpose: { decision: '作出处理决定', extension: '延长办案期限', other: '其他事项' },
  transferTo: { otherAuthority: '其他行政机关', judicial: '司法机关' },
  arrangementKind: { deferral: '延期缴纳', instalments: '分期缴纳' },
  remedyKind: { review: '行政复议', litigation: '行政诉讼' },
  remedyResult: { upheld: '维持', changed: '变更', annulled: '撤销', withdrawn: '撤回申请/起诉' },
  visitMethod: { phone: '电话', online: '网络', onSite: '实地' },
  rectification: { rectified: '已整改', partlyRectified: '部分整改', notRectified: '未整改' },
  satisfaction: { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' },
  voidKind: { revoked: '撤销', voided: '作废' },
  leniencyKind: { lighter: '从轻', mitigated: '减轻' },
} as const
const O = INLINE_OPTIONS

/** The fields of PenaltySchema (处罚内容, APL Art. 9). */
export const PENALTY_FIELDS: readonly ActFieldSpec[] = [
  f('penaltyItems', false)('items', '逐项裁量（违法行为）', {
    help: '每个违法行为分别裁量，合计后为本案处罚；有逐项裁量时，警告、罚款和没收金额按各项合计',
  }),
  bool('warning', '警告'),
  optBool('circulatedCriticism', '通报批评'),
  money('fineFen', '罚款（元）', { initial: '0' }),
  money('confiscatedGainsFen', '没收违法所得（元）', { initial: '0' }),
  money('confiscatedPropertyValueFen', '没收非法财物价值（元）', { initial: '0' }),
  select('licenceAction', '资格资质类处罚', LICENCE_ACTIONS, { initial: 'none' }),
  select('businessRestriction', '行为限制类处罚', BUSINESS_RESTRICTIONS, { initial: 'none' }),
  optText('other', '其他处罚'),
  text('legalBasis', '处罚依据', { help: '法律、法规、规章名称及条款' }),
]
/** The fields of LeniencySchema (从轻/减轻, APL Art. 32). */
export const LENIENCY_FIELDS: readonly ActFieldSpec[] = [
  select('kind', '从轻或减轻', O.leniencyKind),
  { ...f('multiselect', true)('grounds', '法定依据'), options: LENIENCY_GROUNDS },
  area('explanation', '从轻、减轻的理由'),
]
/** The fields of CorrectionInDecisionSchema (责令改正 joined to a decision, APL Art. 28). */
export const CORRECTION_FIELDS: readonly ActFieldSpec[] = [
  select('mode', '改正方式', O.correctionMode, { initial: 'byDate' }),
  f('date', false)('dueOn', '改正期限', { showWhen: { key: 'mode', in: ['byDate'] } }),
  area('requirement', '改正要求'),
]
/** The fields of one undertaking row (约谈 承诺事项). */
export const UNDERTAKING_FIELDS: readonly ActFieldSpec[] = [
  text('content', '承诺内容'),
  f('date', false)('dueOn', '完成期限'),
]
/** The fields of one payment-plan row. */
export const SCHEDULE_FIELDS: readonly ActFieldSpec[] = [
  date('dueOn', '缴纳期限'),
  money('amountFen', '金额（元）'),
]

/**
 * The columns of one item of a 场所/设施/财物清单 (ItemRowSchema): 名称, 规格, 数量, 单位, 生产日期/
 * 批号, 备注. The quantity is typed as text and stored as that string (never a float).
 */
export const ITEM_COLUMNS: readonly ActFieldSpec[] = [
  { ...text('name', '名称'), maxLength: ITEM_TEXT_MAX },
  { ...optText('spec', '规格'), maxLength: ITEM_TEXT_MAX },
  { ...text('quantity', '数量', { help: '整数或小数，如 12 或 2.5' }), maxLength: 13 },
  { ...text('unit', '单位', { help: '如 盒、千克' }), maxLength: ITEM_UNIT_MAX },
  { ...optText('batch', '生产日期/批号'), maxLength: ITEM_TEXT_MAX },
  { ...optText('note', '备注'), maxLength: ITEM_NOTE_MAX },
]
/** The columns of one handled item (涉案物品处理): the item as listed, and what was done with it. */
export const HANDLED_ITEM_COLUMNS: readonly ActFieldSpec[] = [
  { ...text('name', '名称'), maxLength: ITEM_TEXT_MAX },
  { ...text('quantity', '数量', { help: '整数或小数，如 12 或 2.5' }), maxLength: 13 },
  { ...text('unit', '单位'), maxLength: ITEM_UNIT_MAX },
  select('disposition', '处理方式', ITEM_DISPOSITIONS),
  { ...optText('note', '备注'), maxLength: ITEM_NOTE_MAX },
]
/** The columns of one sample (抽样记录): 名称, 规格, 批号, 抽样数量, 单位, 抽样基数, 备样数量. */
export const SAMPLE_COLUMNS: readonly ActFieldSpec[] = [
  { ...text('name', '样品名称'), maxLength: ITEM_TEXT_MAX },
  { ...optText('spec', '规格型号'), maxLength: ITEM_TEXT_MAX },
  { ...optText('batch', '生产日期/批号'), maxLength: ITEM_TEXT_MAX },
  { ...text('quantity', '抽样数量'), maxLength: 13 },
  { ...text('unit', '单位'), maxLength: ITEM_UNIT_MAX },
  { ...text('base', '抽样基数', { help: '被抽样产品的总量' }), maxLength: 13 },
  { ...optText('spare', '备样数量'), maxLength: 13 },
]
/** An item list edited row by row (Tab moves through the cells, Enter adds a row). */
const itemRows = (key: string, label: string, extra: Extra = {}): ActFieldSpec => ({
  key,
  label,
  widget: 'rows',
  required: true,
  columns: ITEM_COLUMNS,
  ...extra,
})
/** The coercive measure a 延长/解除 refers to. */
const measureRef = actRef('measureActId', '查封/扣押', { actTypes: ['coerciveMeasureTaken'] })

const soft: readonly ActFieldSpec[] = [
  select('method', '方式', CONTACT_METHODS),
  area('content', '内容'),
  optText('documentNo', '文书编号'),
]
const docNo = optText('documentNo', '文书编号', { help: '可暂不填写，制作文书时生成' })
/** The approval before a decision is issued, printed on the 行政处理决定审批表 (form 43). */
const decisionApproval: readonly ActFieldSpec[] = [
  optArea('unitOpinion', '办案机构意见', { help: '印在行政处理决定审批表上' }),
  optPick('unitHead', '办案机构负责人'),
  optPick('approver', '审批的负责人', { role: 'head' }),
]
/** 行政提醒 and 执法建议 (鄂市监法〔2022〕42号 items 九, 十五). */
const policyLetter: readonly ActFieldSpec[] = [
  ...soft,
  f('date', false)('replyBy', '书面反馈期限', { help: '请当事人反馈整改落实情况的日期' }),
]
const service = select('serviceMethod', '送达方式', SERVICE_METHODS, { initial: 'direct' })
/** Why other ways failed, printed on the 行政处罚文书送达公告 (SAMR-PR Art. 82(五)). */
const publicNoticeReason = optArea('publicNoticeReason', '公告送达的原因', {
  help: '印在送达公告上，如：当事人下落不明，邮寄送达被退回',
  showWhen: { key: 'serviceMethod', in: ['publicNotice'] },
})

/** Ordered form fields per act type. */
export const ACT_FIELDS: { readonly [K in ActType]: readonly ActFieldSpec[] } = {
  clueRegistered: [
    select('source', '线索来源', CASE_SOURCES),
    area('summary', '线索内容'),
    optBool('realNameReporter', '实名投诉举报'),
    optText('reporterName', '投诉举报人姓名（名称）', {
      help: '印在案件来源登记表上；匿名的不填',
      showWhen: { key: 'source', in: ['complaint'] },
    }),
    optText('reporterPhone', '投诉举报人联系电话', {
      showWhen: { key: 'source', in: ['complaint'] },
    }),
    optPick('registrar', '登记人'),
    optArea('handlingOpinion', '处理意见', {
      help: '印在案件来源登记表上，如：建议核查，视情况决定是否立案',
    }),
    optPick('head', '负责人', { role: 'head' }),
  ],
  caseFiled: [
    approver('approver', '批准立案的负责人'),
    area('reason', '立案理由'),
    optArea('unitOpinion', '承办机构意见', { help: '印在立案审批表上，如：建议立案调查' }),
    optPick('unitHead', '承办机构负责人'),
  ],
  filingDeclined: [
    select('ground', '不予立案情形', FILING_DECLINE_GROUNDS),
    area('reason', '不予立案理由'),
    approver('approver', '批准的负责人'),
    optArea('unitOpinion', '承办机构意见', { help: '印在不予立案审批表上，如：建议不予立案' }),
    optPick('unitHead', '承办机构负责人'),
  ],
  periodExtended: [
    select('rule', '延长的期限', EXTENDABLE_RULES),
    select('approval', '批准方式', O.approval),
    f('number', true)('days', '延长天数', {
      help: '负责人批准：核查立案最多15日，办案期限最多30日',
    }),
    area('reason', '延长理由'),
  ],
  matterApproved: [
    text('matter', '审批事项', { help: '如：委托检测、延期送达、抽样检验' }),
    area('reason', '理由及依据'),
    optArea('officerOpinion', '承办人意见'),
    optArea('unitOpinion', '办案机构意见'),
    optPick('unitHead', '办案机构负责人'),
    approver('approver', '批准的负责人'),
    optArea('approverOpinion', '负责人审批意见', { help: '不填时印“同意。”' }),
  ],
  serviceAddressConfirmed: [
    text('signedBy', '确认人', { help: '当事人、法定代表人或者委托代理人' }),
    text('address', '送达地址'),
    optText('postcode', '邮政编码'),
    optText('recipient', '收件人'),
    optText('phone', '收件人联系电话'),
    bool('electronicConsent', '同意电子送达', {
      help: '行政处罚法第六十一条第二款：须当事人同意并签订确认书',
    }),
    {
      ...select('electronicChannel', '电子送达方式', ELECTRONIC_CHANNELS),
      required: false,
      showWhen: { key: 'electronicConsent', in: ['true'] },
    },
    optText('electronicAddress', '电子送达地址（号码）', {
      showWhen: { key: 'electronicConsent', in: ['true'] },
    }),
  ],
  interviewNoticeServed: [
    date('scheduledOn', '约谈日期'),
    time('time', '约谈时间', { help: '印在约谈通知书上，如 09:30' }),
    text('place', '约谈地点'),
    text('attendeeName', '被约谈人姓名'),
    text('attendeeRole', '被约谈人职务', { help: '法定代表人或主要负责人' }),
    area('reason', '约谈事由'),
    text('legalBasis', '约谈依据'),
    service,
  ],
  interviewHeld: [
    text('place', '约谈地点'),
    ...recordTimes(),
    optPick('recorder', '记录人'),
    officers('interviewerIds', '约谈执法人员', { help: '两名以上' }),
    list('attendees', '被约谈人', { help: '每行一人' }),
    area('problems', '指出的问题'),
    optArea('explanation', '当事人说明'),
    area('requirements', '整改要求'),
    f('undertakings', true)('undertakings', '当事人承诺'),
    optArea('followUp', '后续跟踪安排', { help: '印在约谈记录上，如：到期后实地复查整改情况' }),
    bool('recordSigned', '约谈记录已签字确认'),
  ],
  correctionOrderServed: [
    docNo,
    area('violation', '违法事实'),
    text('legalBasis', '责令改正依据'),
    area('requirement', '改正要求'),
    select('mode', '改正方式', O.correctionMode, { initial: 'byDate' }),
    f('date', false)('correctBy', '改正期限', { showWhen: { key: 'mode', in: ['byDate'] } }),
    service,
  ],
  correctionReviewed: [
    select('result', '复查结果', CORRECTION_RESULTS),
    optText('place', '复查地点'),
    area('findings', '复查情况'),
    optArea('nextStep', '处理意见', { help: '如：已按要求整改，不予立案' }),
  ],
  administrativeGuidance: soft,
  warningAdmonition: soft,
  writtenCaution: soft,
  educationGiven: soft,
  // The 行政提醒书 is served on the party: its 送达回证 prints the method (CPL Arts. 87–89).
  administrativeReminder: [...policyLetter, { ...service, required: false }],
  enforcementSuggestion: policyLetter,
  onSiteInspection: [
    text('place', '检查地点'),
    ...recordTimes({ help: '印在现场笔录上' }),
    officers('inspectorIds', '检查人员', { help: '两名以上执法人员' }),
    optPick('recorder', '记录人'),
    optText('presentName', '现场负责人姓名', { help: '当事人在场人员，如法定代表人、店长' }),
    optText('presentCapacity', '现场负责人身份', { help: '如 法定代表人、店长、店员' }),
    optText('presentIdNumber', '现场负责人身份证件号码'),
    optText('presentPhone', '现场负责人联系电话'),
    area('findings', '现场检查情况', { help: '检查的物品、场所及发现的情况，如实记录' }),
    optArea('partyOpinion', '当事人意见', { help: '现场负责人对检查情况的意见' }),
  ],
  inquiryNoticeServed: [
    docNo,
    date('scheduledOn', '询问日期'),
    time('time', '询问时间', { help: '印在询问通知书上，如 09:30' }),
    text('place', '询问地点'),
    area('matters', '询问事项', { help: '接受询问的事项，如：你单位经营超过保质期食品的有关情况' }),
    optList('materials', '需携带的材料', { help: '每行一项，如 营业执照副本、进货票据' }),
    service,
  ],
  inquiryHeld: [
    text('place', '询问地点'),
    ...recordTimes({ help: '印在询问笔录上' }),
    officers('inquirerIds', '询问人', { help: '两名以上执法人员' }),
    optPick('recorder', '记录人'),
    text('intervieweeName', '被询问人姓名'),
    { ...select('intervieweeSex', '被询问人性别', SEXES), required: false },
    optText('intervieweeIdNumber', '被询问人身份证件号码'),
    optText('intervieweePhone', '被询问人联系电话'),
    optText('intervieweeAddress', '被询问人住址'),
    optText('intervieweeRelation', '与当事人关系', {
      help: '如 法定代表人、店员，或 工作单位及职务',
    }),
    list('qa', '询问内容', { help: '每行一句，写作“问：……”或“答：……”' }),
  ],
  materialsRequested: [
    optText('addressee', '受送达人', {
      help: '不填为当事人；向其他单位或个人要求提供的，填写其名称',
    }),
    list('materials', '需提供的材料', { help: '每行一项，如 近三个月的进货票据' }),
    date('provideBy', '提供期限'),
    optText('place', '提供地点', { help: '不填为本局办公地址' }),
    docNo,
    service,
  ],
  assistanceRequested: [
    text('recipient', '协助单位', { help: '有关机关或者其他市场监督管理部门' }),
    area('matters', '协助事项'),
    optArea('background', '案情简介'),
    docNo,
  ],
  investigationSuspended: [
    select('reason', '中止情形', SUSPENSION_REASONS),
    area('explanation', '中止理由'),
    approver('approver', '批准的负责人'),
  ],
  investigationResumed: [area('explanation', '恢复调查的理由')],
  testingStarted: [
    select('kind', '委托事项类别', TESTING_KINDS),
    text('institution', '受托机构', { help: '权利人辨认或者鉴别的，填写权利人名称' }),
    area('items', '委托事项', { help: '样品或物品名称、数量及检测（辨认、鉴别）项目' }),
    optArea('requirements', '委托要求', { help: '如检测依据的标准；印在委托书上' }),
    f('date', false)('dueOn', '要求完成日期'),
    {
      ...select('identificationPurpose', '辨认或者鉴别', IDENTIFICATION_PURPOSES),
      required: false,
      showWhen: { key: 'kind', in: ['rightsHolderIdentification'] },
    },
    bool('partyNotified', '已告知当事人'),
    docNo,
  ],
  testingConcluded: [
    area('result', '结果'),
    bool('partyNotified', '已告知当事人'),
    optArea('objectionRight', '异议或复检权利告知', {
      help: '法律规定当事人可以申请复检、重新鉴定的，写明期限和受理机构；印在结果告知书上',
    }),
  ],
  refundOrdered: [
    money('amountFen', '应退还金额（元）'),
    area('requirement', '退款要求', { help: '退还对象、方式，如：向多收价款的消费者逐一退还' }),
    f('date', false)('refundBy', '退还期限'),
    optText('legalBasis', '责令退款的依据', { help: '法律、法规、规章名称及条款' }),
    docNo,
  ],
  refundCompleted: [optArea('note', '备注')],
  evidenceRecorded: [
    list('items', '证据', {
      help: '每行一项：证据名称、来源及证明的事实，如“现场检查笔录1份，证明当事人经营场所存放过期食品”',
    }),
    optText('provider', '证据提供人', { help: '印在证据提取单上，如 陈明（法定代表人）' }),
    optText('place', '提取地点', { help: '印在证据提取单上' }),
    { ...f('officers', false)('extractorIds', '提取人员'), help: '印在证据提取单上；两名以上' },
  ],
  evidencePreserved: [
    docNo,
    itemRows('items', '先行登记保存的物品', {
      help: '每行一项；按 Tab 在格间移动，在行内按 Enter 新增一行',
    }),
    select('storage', '保存方式', PRESERVATION_STORAGE, { initial: 'onSite' }),
    text('place', '保存地点'),
    optArea('reason', '先行登记保存的理由', {
      help: '如：证据可能灭失或者以后难以取得（行政处罚法第五十六条）',
    }),
    approver('approver', '批准的负责人'),
  ],
  evidencePreservationLifted: [
    docNo,
    actRef('preservedActId', '先行登记保存', { actTypes: ['evidencePreserved'] }),
    select('outcome', '处理情况', PRESERVATION_OUTCOMES),
    optArea('note', '说明'),
  ],
  coerciveMeasureTaken: [
    docNo,
    select('measure', '措施', COERCIVE_MEASURES, { initial: 'seize' }),
    itemRows('items', '查封、扣押的场所、设施或者财物', {
      help: '每行一项；按 Tab 在格间移动，在行内按 Enter 新增一行',
    }),
    text('place', '场所/存放地点'),
    area('reason', '实施理由'),
    text('legalBasis', '实施依据', { help: '法律、法规名称及条款' }),
    f('number', true)('days', '期限（日）', {
      initial: String(COERCIVE_MEASURE_MAX_DAYS),
      help: '不得超过三十日（行政强制法第二十五条第一款）',
    }),
    approver('approver', '批准的负责人'),
    optText('custodian', '受托保管人', {
      help: '查封的场所、设施或者财物委托第三人保管的，填写受托人（行政强制法第二十六条第二款）；印在委托保管书上',
      showWhen: { key: 'measure', in: ['seal'] },
    }),
    optText('custodianAddress', '受托保管人地址', { showWhen: { key: 'measure', in: ['seal'] } }),
    optText('custodianPhone', '受托保管人联系电话', { showWhen: { key: 'measure', in: ['seal'] } }),
  ],
  coerciveMeasureExtended: [
    docNo,
    measureRef,
    f('number', true)('days', '延长天数', {
      help: '只能延长一次，且不得超过三十日（行政强制法第二十五条第一款）',
    }),
    area('reason', '延长理由', { help: '情况复杂的具体情形' }),
    approver('approver', '批准的负责人'),
  ],
  // 先行处置 (SAMR-PR Art. 41 para 3): prints the 确认书 (form 27) or the 公告 (form 28).
  advanceDisposal: [
    docNo,
    actRef('sourceActId', '查封/扣押', {
      actTypes: ['coerciveMeasureTaken'],
      help: '其物品列入下表；只保留需要先行处置的物品，数量不得超过清单所列',
    }),
    itemRows('items', '先行处置的物品', {
      help: '每行一项；按 Tab 在格间移动，在行内按 Enter 新增一行',
    }),
    select('reason', '不宜长期保存的情形', PERISHABLE_REASONS),
    select('ground', '先行处置的依据', ADVANCE_DISPOSAL_GROUNDS, { initial: 'consent' }),
    optText('rightsHolder', '权利人', {
      help: '同意或者申请先行处置的权利人；印在先行处置物品确认书上',
      showWhen: { key: 'ground', in: ['consent'] },
    }),
    f('date', false)('claimBy', '公告期满日期', {
      help: '权利人可以在此日期前到本局办理；印在先行处置物品公告上',
      showWhen: { key: 'ground', in: ['publicNotice'] },
    }),
    text('evidenceKept', '留存证据的措施', { help: '如：拍照、录像并抽取样品' }),
    text('method', '处置方式', { help: '如：依法变卖' }),
    approver('approver', '批准的负责人'),
  ],
  seizedItemsHandled: [
    actRef('sourceActId', '处理的物品来自', {
      actTypes: ['evidencePreserved', 'coerciveMeasureTaken'],
      help: '先行登记保存或查封/扣押的记录；其物品列入下表，逐项选择处理方式',
    }),
    {
      ...itemRows('items', '处理的物品'),
      columns: HANDLED_ITEM_COLUMNS,
    },
    text('place', '处理地点'),
    officers('handlerIds', '处理人员', { help: '两名以上执法人员' }),
    optText('witness', '见证人'),
    optArea('note', '说明'),
  ],
  electronicDataExtracted: [
    text('place', '提取地点'),
    ...recordTimes({ help: '印在电子数据证据提取笔录上' }),
    officers('extractorIds', '提取人员', { help: '两名以上执法人员' }),
    optPick('recorder', '记录人'),
    optText('presentName', '电子数据持有人或在场人员', {
      help: '姓名及身份，如 陈明（法定代表人）',
    }),
    text('carrier', '电子数据载体或来源', {
      help: '如：当事人收银电脑（联想，序列号…）、网店后台、微信聊天记录',
    }),
    area('method', '提取方法', { help: '如：现场使用执法终端截屏、导出，计算哈希值后刻录光盘' }),
    list('items', '提取的电子数据', {
      help: '每行一项：文件或记录名称、格式、大小、哈希值（校验值）',
    }),
    optText('medium', '存储介质', { help: '如：一次性刻录光盘1张，已封存' }),
  ],
  samplingDone: [
    {
      ...itemRows('samples', '样品', {
        help: '每行一个样品；抽样基数为被抽样产品的总量，备样为封存留存的样品；按 Tab 在格间移动，按 Enter 新增一行',
      }),
      columns: SAMPLE_COLUMNS,
    },
    text('place', '抽样地点'),
    officers('samplerIds', '抽样人员', { help: '两名以上执法人员' }),
    optText('presentName', '被抽样单位在场人员', { help: '姓名及身份，如 陈明（法定代表人）' }),
    optArea('method', '抽样方法', { help: '如：随机抽取，现场封样' }),
    optArea('storage', '样品封存及保存情况', { help: '如：样品及备样加贴封条，备样由本局保存' }),
  ],
  coerciveMeasureLifted: [
    docNo,
    measureRef,
    select('ground', '解除理由', LIFT_GROUNDS),
    f('date', false)('returnedOn', '财物返还日期'),
    optArea('note', '说明'),
  ],
  investigationConcluded: [
    area('summary', '调查终结报告摘要'),
    select('proposal', '拟处理意见', PROPOSALS),
    f('penalty', false)('proposedPenalty', '拟处罚内容', {
      showWhen: { key: 'proposal', in: ['penalty'] },
    }),
    {
      ...f('multiselect', true)('legalReviewTriggers', '须法制审核的情形'),
      options: LEGAL_REVIEW_TRIGGERS,
      help: '行政处罚法第五十八条；不涉及的不选',
    },
    bool('complexOrMajor', '情节复杂或重大违法', { help: '须负责人集体讨论决定' }),
    optArea('characterisation', '案件性质及定性理由', {
      help: '印在调查终结报告、告知书和决定书上',
    }),
    optArea('discretionReason', '自由裁量理由', {
      help: '拟处罚内容未逐项裁量时填写；逐项裁量的理由由系统按裁量基准生成',
    }),
  ],
  investigationTerminated: [area('reason', '终止调查理由'), approver('approver', '批准的负责人')],
  reviewSubmitted: [select('reviewKind', '审核类别', REVIEW_KINDS)],
  caseReviewed: [
    select('reviewKind', '审核类别', REVIEW_KINDS),
    select('opinion', '审核意见', REVIEW_OPINIONS),
    {
      key: 'reviewer',
      label: '审核人员',
      widget: 'registerOfficer',
      required: true,
      help: '从执法人员名单中选择法制审核人员；本案办案人员不得审核（市场监督管理行政处罚程序规定第四十九条至第五十二条）',
      register: { role: 'legalReviewer', idKey: 'reviewerId', excludeCaseOfficers: true },
    },
    optArea('comments', '审核意见说明'),
    optArea('jurisdictionOpinion', '主体及管辖审核意见'),
    optArea('factsOpinion', '事实及证据审核意见'),
    optArea('characterisationOpinion', '定性审核意见'),
    optArea('legalBasisOpinion', '法律依据审核意见'),
    optArea('procedureOpinion', '程序审核意见'),
    optArea('appropriatenessOpinion', '裁量适当性审核意见'),
    optArea('headOpinion', '审核机构负责人意见'),
    optPick('head', '审核机构负责人'),
  ],
  penaltyNoticeServed: [
    docNo,
    f('penalty', true)('proposedPenalty', '拟处罚内容'),
    bool('hearingRightsTold', '已告知听证权利'),
    f('money', false)('refundAmountFen', '责令退还多收价款（元）'),
    service,
    publicNoticeReason,
  ],
  statementDefence: [
    select('form', '形式', O.statementForm),
    area('content', '陈述申辩内容'),
    ...recordTimes({ showWhen: { key: 'form', in: ['oral'] } }),
    optText('place', '地点', { showWhen: { key: 'form', in: ['oral'] } }),
    optText('speakerName', '陈述申辩人姓名', { showWhen: { key: 'form', in: ['oral'] } }),
    optText('speakerCapacity', '陈述申辩人身份', {
      help: '如 法定代表人、委托代理人',
      showWhen: { key: 'form', in: ['oral'] },
    }),
    optText('speakerIdNumber', '陈述申辩人身份证件号码', {
      showWhen: { key: 'form', in: ['oral'] },
    }),
    optPick('recorder', '记录人', { showWhen: { key: 'form', in: ['oral'] } }),
  ],
  defenceRechecked: [
    actRef('statementActId', '复核的陈述申辩', { actTypes: ['statementDefence'] }),
    select('outcome', '复核结果', O.recheckOutcome),
    area('reason', '复核理由'),
  ],
  rightsWaived: [
    bool('waivesStatement', '放弃陈述申辩'),
    bool('waivesHearing', '放弃听证'),
    text('signedBy', '签署人'),
  ],
  hearingRequested: [
    select('form', '申请形式', O.statementForm),
    list('agentNames', '委托代理人', { help: '每行一人，最多两人；没有可不填' }),
  ],
  hearingWithdrawn: [area('reason', '撤回理由')],
  hearingNoticeServed: [
    docNo,
    date('hearingOn', '听证日期', { help: '须在通知送达满7个工作日之后' }),
    time('time', '听证时间', { help: '如 09:30' }),
    text('place', '听证地点'),
    presider,
    optPick('recorder', '记录员'),
    bool('isPublic', '公开举行', { initial: true }),
    optText('nonPublicReason', '不公开举行的理由', {
      help: '涉及国家秘密、商业秘密或者个人隐私（行政处罚法第六十四条第五项）',
      showWhen: { key: 'isPublic', in: ['false'] },
    }),
    service,
    publicNoticeReason,
  ],
  hearingHeld: [
    presider,
    bool('partyAppeared', '当事人到场', { initial: true }),
    area('summary', '听证情况'),
    optArea('reportConclusion', '听证报告结论'),
    ...recordTimes({ help: '印在听证笔录上' }),
    optText('place', '听证地点'),
    optList('hearingOfficers', '听证员', { help: '每行一人；只有主持人的可不填' }),
    optPick('recorder', '记录员'),
    optList('partyAttendees', '当事人方出席人员', {
      help: '每行一人，写明姓名及身份，如“陈明（法定代表人）”',
    }),
    optArea('investigatorStatement', '调查人员提出的事实、证据和处罚建议', {
      help: '印在听证笔录和听证报告上',
    }),
    optArea('partyStatement', '当事人陈述、申辩和质证意见'),
    optArea('reportOpinion', '处理意见及建议', { help: '印在听证报告上：主持人对案件的处理意见' }),
  ],
  collectiveDiscussion: [
    select('purpose', '讨论事项', O.discussionPurpose, { initial: 'decision' }),
    {
      key: 'participants',
      label: '参加人',
      widget: 'registerOfficers',
      required: true,
      help: '从执法人员名单中选择两名以上负责人（市场监督管理行政处罚程序规定第六十条第二款）',
      register: { role: 'head', idKey: 'participantIds', min: 2 },
    },
    area('conclusion', '讨论结论'),
    ...recordTimes(),
    optText('place', '地点'),
    optPick('host', '主持人', { role: 'head' }),
    optText('hostPosition', '主持人职务', { help: '如 局长' }),
    optPick('recorder', '记录人'),
    optList('opinions', '讨论发言', { help: '每行一条，写作“发言人：意见”' }),
  ],
  penaltyDecision: [
    docNo,
    f('penalty', true)('penalty', '处罚内容'),
    f('leniency', false)('leniency', '从轻、减轻处罚'),
    optArea('aggravation', '从重情节'),
    f('correction', false)('correction', '责令改正', {
      help: '行政处罚法第二十八条第一款：实施行政处罚时，应当责令当事人改正或者限期改正违法行为',
    }),
    ...decisionApproval,
  ],
  noPenaltyDecision: [
    docNo,
    select('ground', '不予处罚的法定情形', NO_PENALTY_GROUNDS),
    area('reason', '不予处罚的理由'),
    f('exemptionItem', false)('exemptionListItem', '适用的免罚清单事项'),
    optList('commitments', '合规经营承诺事项', {
      help: '印在合规经营承诺书上，每行一项，如：严格执行进货查验制度',
    }),
    ...decisionApproval,
  ],
  summaryPenalty: [
    text('documentNo', '决定书编号', { help: '预定格式、编有号码的当场处罚决定书' }),
    f('violation', false)('violationId', '违法行为', {
      help: '从违法行为库选择；法定最低罚款超过当场处罚限额的，不能适用简易程序',
    }),
    f('fineRule', false)('fineRule', '法定罚款'),
    bool('warning', '警告'),
    money('fineFen', '罚款（元）', { initial: '0' }),
    time('time', '时间', { help: '作出决定的时间，如 10:30' }),
    text('place', '违法行为地点'),
    text('legalBasis', '处罚依据'),
    officers('officerIds', '执法人员', { help: '两名以上' }),
  ],
  caseTransferred: [
    select('to', '移送对象', O.transferTo),
    text('recipient', '接收机关'),
    area('reason', '移送理由'),
    optArea('facts', '案件基本情况', { help: '印在移送函（移送书）上；不填时取调查终结报告摘要' }),
    optText('suspectedCrime', '涉嫌罪名', { showWhen: { key: 'to', in: ['judicial'] } }),
    optList('materials', '移送材料', { help: '每行一项，如 涉嫌犯罪案件情况的调查报告' }),
    optPick('approver', '批准移送的负责人', { role: 'head' }),
    docNo,
  ],
  jurisdictionDesignated: [
    select('ground', '指定管辖情形', DESIGNATION_GROUNDS),
    text('designatedOffice', '被指定管辖的部门'),
    optList('copiedTo', '抄送部门', { help: '每行一个，如 争议的另一方市场监督管理部门' }),
    optArea('reason', '指定理由'),
    docNo,
  ],
  caseAssigned: [
    text('recipient', '承办部门', { help: '下级市场监督管理部门' }),
    area('requirements', '办理要求'),
    f('date', false)('reportBy', '报告办理结果的期限'),
    docNo,
  ],
  // 转办/接手 (docs/sync.md "Assignment"): the case page's own dialog fills `supersedes`.
  caseHandover: [
    {
      key: 'holder',
      label: '接手人员',
      widget: 'registerOfficer',
      required: true,
      help: '从执法人员名单中选择；接手后本案只能由其录入',
      register: { idKey: 'holderId' },
    },
    area('reason', '转办原因'),
    { ...list('supersedes', '所替代的转办记录'), required: false },
  ],
  summaryArchived: [optArea('note', '备注')],
  decisionServed: [
    actRef('decisionActId', '送达的决定', {
      actTypes: ['penaltyDecision', 'noPenaltyDecision', 'summaryPenalty'],
    }),
    select('method', '送达方式', SERVICE_METHODS, { initial: 'direct' }),
    text('recipient', '签收人', { help: '实际签收人姓名（他人代为签收的，按代收人打印）' }),
    optText('address', '送达地址'),
    bool('publicationNotified', '已告知处罚决定将依法公示'),
    optBool('electronicConsent', '当事人已同意电子送达并签订确认书', {
      showWhen: { key: 'method', in: ['electronic'] },
    }),
    optArea('publicNoticeReason', '公告送达的原因', {
      help: '印在送达公告上，如：当事人下落不明，邮寄送达被退回',
      showWhen: { key: 'method', in: ['publicNotice'] },
    }),
  ],
  paymentMade: [
    select('kind', '缴纳项目', PAYMENT_KINDS, { initial: 'fine' }),
    money('amountFen', '缴纳金额（元）'),
    optText('receiptNo', '缴款凭证号'),
  ],
  paymentArrangementApproved: [
    select('kind', '方式', O.arrangementKind),
    f('schedule', true)('schedule', '缴纳计划'),
    approver('approver', '批准的负责人'),
  ],
  reminderServed: [
    money('amountDueFen', '应缴金额（元）'),
    money('surchargeFen', '加处罚款（元）', { initial: '0' }),
    service,
  ],
  enforcementApplied: [
    text('court', '受理法院'),
    money('amountFen', '申请执行金额（元）'),
    optArea('partyOpinion', '当事人的意见', { help: '行政强制法第五十五条第三项；未提出的不填' }),
    optPick('head', '签名的负责人', {
      role: 'head',
      help: '行政强制法第五十五条：由行政机关负责人签名',
    }),
    docNo,
  ],
  remedyFiled: [select('kind', '类别', O.remedyKind), text('body', '复议机关或法院')],
  remedyConcluded: [select('result', '结果', O.remedyResult), optArea('note', '备注')],
  publicised: [
    optText('platform', '公示平台', { initial: '国家企业信用信息公示系统' }),
    optText('link', '公示链接', { help: '公示系统中该条信息的网址，便于核对；没有可不填' }),
    optArea('note', '备注'),
  ],
  publicationWithdrawn: [
    optText('platform', '公示平台', { initial: '国家企业信用信息公示系统' }),
    optArea('note', '备注', { help: '如：已在公示系统中撤下该条行政处罚信息' }),
  ],
  caseClosed: [
    select('reason', '结案情形', CLOSING_REASONS),
    f('money', false)('surchargePaidFen', '已缴加处罚款（元）', {
      help: '逾期缴纳罚款加处的罚款（行政处罚法第七十二条第一款第一项）；没有可不填',
    }),
    optArea('officerOpinion', '办案人员意见', {
      help: '印在结案审批表上，如：已执行完毕，建议结案',
    }),
    optArea('unitOpinion', '办案机构意见'),
    optPick('unitHead', '办案机构负责人'),
    approver('approver', '批准结案的负责人'),
    optArea('note', '备注'),
  ],
  followUpVisit: [
    select('method', '回访方式', O.visitMethod),
    officers('visitorIds', '回访人员'),
    time('time', '回访时间', { help: '如 10:00' }),
    text('contactPerson', '被回访人'),
    optText('contactPhone', '联系电话', { help: '手机号或固定电话，如 13812345678、027-84851234' }),
    select('rectification', '整改情况', O.rectification),
    // Worded as the printed 回访记录表 asks them (visit-questions.ts).
    bool('conductProper', VISIT_Q.conductProper),
    bool('rightsExplained', VISIT_Q.rightsExplained),
    bool('integrityIssue', VISIT_Q.integrityIssue),
    bool('needsGuidance', VISIT_Q.needsGuidance),
    select('satisfaction', '满意度', O.satisfaction),
    area('findings', '回访情况'),
    optArea('followUpAction', '后续措施', { help: '如需另行立案，请写明' }),
  ],
  actVoided: [
    actRef('targetActId', '撤销或作废的记录'),
    select('kind', '方式', O.voidKind, { initial: 'voided' }),
    area('reason', '撤销或作废的理由'),
  ],
}

/**
 * The nested field list of a nested widget, if it has one. A row editor (`rows`) carries its
 * own columns, so pass the spec for it.
 */
export function nestedFields(of: FieldWidget | ActFieldSpec): readonly ActFieldSpec[] | undefined {
  if (typeof of !== 'string') return of.columns ?? nestedFields(of.widget)
  const widget = of
  if (widget === 'penalty') return PENALTY_FIELDS
  if (widget === 'leniency') return LENIENCY_FIELDS
  if (widget === 'correction') return CORRECTION_FIELDS
  if (widget === 'undertakings') return UNDERTAKING_FIELDS
  if (widget === 'schedule') return SCHEDULE_FIELDS
  return undefined
}
