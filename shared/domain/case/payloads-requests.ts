// Payloads of the acts that record a request, an approval or a letter of the 2021 范本 without an
// item list: 有关事项审批 (form 8), 送达地址确认 (form 10), 限期提供材料 (form 15), 协助调查
// (form 17), 指定管辖 (form 2), 案件交办 (form 3), and the policy letters 行政提醒 and 执法建议
// (鄂市监法〔2022〕42号 items 九, 十五). docs/domain/documents.md lists what each form prints.
import { z } from 'zod'
import { entityId, enumOf, legalDate, optionalText, ServiceMethodSchema, text } from './common'
import { CONTACT_METHODS } from './payloads-intake'

/**
 * 行政处罚案件有关事项审批 (form 8): a matter of the case that needs the head's approval and has no
 * form of its own (e.g. 委托检测, 延期送达, 先行处置以外的事项): the matter, the reason, the
 * handling officer's and the unit's opinions, the head's approval.
 */
export const MatterApprovedPayload = z.object({
  matter: text('审批事项'),
  reason: text('理由及依据'),
  officerOpinion: optionalText,
  unitOpinion: optionalText,
  unitHead: optionalText,
  unitHeadId: entityId.optional(),
  approver: text('批准的负责人'),
  approverId: entityId.optional(),
  approverOpinion: optionalText,
})

/** Electronic channels a party may consent to (SAMR-PR Art. 82(三); APL Art. 61 para 2). */
export const ELECTRONIC_CHANNELS = {
  sms: '手机短信',
  fax: '传真',
  email: '电子邮件',
  instantMessaging: '即时通讯账号',
} as const

/**
 * 送达地址确认 (form 10; SAMR-PR Arts. 82(三), 83; APL Art. 61 para 2; CPL Art. 90): the address
 * the party confirms for service and, when it consents, the electronic channel and address.
 */
export const ServiceAddressConfirmedPayload = z
  .object({
    /** Who confirms (the party, its representative or agent). */
    signedBy: text('确认人'),
    address: text('送达地址'),
    postcode: optionalText,
    recipient: optionalText,
    phone: optionalText,
    electronicConsent: z.boolean(),
    electronicChannel: enumOf(ELECTRONIC_CHANNELS).optional(),
    electronicAddress: optionalText,
  })
  .refine((p) => !p.electronicConsent || (p.electronicChannel && p.electronicAddress), {
    path: ['electronicAddress'],
    message: '同意电子送达的，请填写电子送达方式和地址（号码）',
  })

/** 限期提供材料 (form 15; SAMR-PR Art. 30 para 1). */
export const MaterialsRequestedPayload = z.object({
  documentNo: optionalText,
  /** Whom the notice is addressed to; blank: the party. */
  addressee: optionalText,
  materials: z.array(text('需提供的材料')).min(1, '请至少填写一项需提供的材料'),
  provideBy: legalDate,
  place: optionalText,
  serviceMethod: ServiceMethodSchema,
})

/** 协助调查 (form 17; SAMR-PR Art. 45: the assisting office answers within 15 working days). */
export const AssistanceRequestedPayload = z.object({
  documentNo: optionalText,
  recipient: text('协助单位'),
  matters: text('协助事项'),
  /** What the case is about, as the letter tells the assisting office. */
  background: optionalText,
})

/** Grounds of 指定管辖 (SAMR-PR Arts. 13–15). */
export const DESIGNATION_GROUNDS = {
  dispute: '管辖权争议协商不成（市场监督管理行政处罚程序规定第十三条）',
  transferObjection: '受移送部门对管辖权有异议（第十四条）',
  upperDesignation: '上级部门认为必要（第十五条第二款）',
  lowerRequest: '下级部门报请（第十五条第三款）',
} as const

/** 指定管辖 (form 2): this office, as the common upper office, designates who handles the case. */
export const JurisdictionDesignatedPayload = z.object({
  documentNo: optionalText,
  ground: enumOf(DESIGNATION_GROUNDS),
  designatedOffice: text('被指定管辖的部门'),
  /** Other offices told of the designation, one per entry. */
  copiedTo: z.array(text('抄送部门')).optional(),
  reason: optionalText,
})

/** 案件交办 (form 3; SAMR-PR Art. 15 para 1): this office hands its case to a lower office. */
export const CaseAssignedPayload = z.object({
  documentNo: optionalText,
  recipient: text('承办部门'),
  requirements: text('办理要求'),
  reportBy: legalDate.optional(),
})

/**
 * 行政提醒 (鄂市监法〔2022〕42号 item 九) and 执法建议 (item 十五): the soft-measure payload, with
 * the day by which the party is asked to report back.
 */
export const PolicyLetterPayload = z.object({
  method: enumOf(CONTACT_METHODS),
  content: text('内容'),
  documentNo: optionalText,
  replyBy: legalDate.optional(),
})

/**
 * 行政提醒: the policy letter with how the 行政提醒书 was served, printed on its 送达回证 (CPL
 * Arts. 87–89; absent on older acts, then the 送达回证 asks for it).
 */
export const ReminderLetterPayload = PolicyLetterPayload.extend({
  serviceMethod: ServiceMethodSchema.optional(),
})

/**
 * 转办/接手 (docs/sync.md "Assignment"): who writes the case from now on. Not a procedural act of
 * the 2021 范本 and not the 案件交办 of form 3 (which hands a case to another office): it only moves
 * the case between officers of this office, so two officers never write the same case on two PCs
 * while apart. `supersedes` names the 转办/接手 records this one replaces (the current ones when it
 * was written; two that replace the same one are a conflict for a person to decide).
 */
export const CaseHandoverPayload = z.object({
  holder: text('接手人员'),
  holderId: entityId.optional(),
  reason: text('转办原因'),
  supersedes: z.array(z.string().trim().min(1)).optional(),
})
