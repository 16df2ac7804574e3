/**
 * The 回访 form: its model and how it becomes a FollowUpVisitPayload (shared/domain/case
 * payloads-execution). The payload has one text for what was found (`findings`) and one for
 * the next step (`followUpAction`): the party's opinions are kept in `findings` under their
 * own heading and the chosen next action leads `followUpAction`, so nothing typed is dropped.
 */
import type { ActPayload, Party } from '@shared/domain/case'
import { phonePattern, type FieldErrors } from '@shared/domain/settings'
import { normaliseTime } from '@renderer/features/cases/detail/act-form-model'

type VisitPayload = ActPayload<'followUpVisit'>

/** Next actions offered after a visit. */
export const NEXT_ACTIONS = {
  none: '无需后续',
  guidance: '继续指导',
  revisit: '再次回访',
  investigate: '立案查处',
} as const
export type NextAction = keyof typeof NEXT_ACTIONS

export const METHODS: [VisitPayload['method'], string][] = [
  ['phone', '电话'],
  ['online', '网络'],
  ['onSite', '实地'],
]
export const RECTIFICATION: [VisitPayload['rectification'], string][] = [
  ['rectified', '已整改'],
  ['partlyRectified', '部分整改'],
  ['notRectified', '未整改'],
]
export const SATISFACTION: [VisitPayload['satisfaction'], string][] = [
  ['satisfied', '满意'],
  ['basicallySatisfied', '基本满意'],
  ['dissatisfied', '不满意'],
]

/** Heading under which the party's opinions are kept in `findings`. */
export const OPINIONS_HEADING = '当事人意见建议：'

export interface VisitForm {
  occurredOn: string
  /** 回访时间 'HH:mm', printed on the 回访记录表 ('' = not stated; asked when issuing). */
  time: string
  method: VisitPayload['method']
  visitorIds: string[]
  contactPerson: string
  contactPhone: string
  rectification: VisitPayload['rectification'] | ''
  rightsExplained: boolean | null
  conductProper: boolean | null
  integrityIssue: boolean | null
  needsGuidance: boolean | null
  satisfaction: VisitPayload['satisfaction'] | ''
  findings: string
  opinions: string
  nextAction: NextAction
  nextActionNote: string
}

/** A blank form for a case: the party's contact person and phone and the case officers prefilled. */
export function blankVisit(today: string, party?: Party, officerIds: string[] = []): VisitForm {
  const person = !party
    ? ''
    : party.kind === 'organisation'
      ? party.legalRepresentative
      : party.kind === 'soleTrader'
        ? party.operatorName
        : party.name
  return {
    occurredOn: today,
    time: '',
    method: 'phone',
    visitorIds: [...officerIds],
    contactPerson: person,
    contactPhone: party?.phone ?? '',
    rectification: '',
    rightsExplained: null,
    conductProper: null,
    integrityIssue: null,
    needsGuidance: null,
    satisfaction: '',
    findings: '',
    opinions: '',
    nextAction: 'none',
    nextActionNote: '',
  }
}

/** Errors the form checks before the payload schema (which has no 实地 rule and no today). */
export function visitErrors(f: VisitForm, today: string): FieldErrors {
  const e: FieldErrors = {}
  if (!f.occurredOn) e.occurredOn = '请选择回访日期'
  else if (f.occurredOn > today) e.occurredOn = '回访日期不能晚于今天'
  if (f.visitorIds.length === 0) e.visitorIds = '请选择回访人员'
  else if (f.method === 'onSite' && f.visitorIds.length < 2) {
    e.visitorIds = '实地回访应有两名以上执法人员'
  }
  const time = f.time.trim() ? normaliseTime(f.time.trim()) : ''
  if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
    e.time = '请填写有效时间（24小时制 HH:mm，如 09:30）'
  if (!f.contactPerson.trim()) e.contactPerson = '请填写被回访人'
  const phone = f.contactPhone.replace(/\s/g, '')
  if (phone && !phonePattern.test(phone))
    e.contactPhone = '联系电话格式不正确，请填写手机号或固定电话，如 13812345678、027-84851234'
  if (!f.rectification) e.rectification = '请选择整改情况'
  if (f.rightsExplained === null) e.rightsExplained = '请选择是否告知了权利和救济途径'
  if (f.conductProper === null) e.conductProper = '请选择执法人员是否文明规范执法'
  if (f.integrityIssue === null) e.integrityIssue = '请选择是否存在吃拿卡要等廉洁问题'
  if (f.needsGuidance === null) e.needsGuidance = '请选择是否需要行政指导'
  if (!f.satisfaction) e.satisfaction = '请选择满意度'
  if (!f.findings.trim()) e.findings = '请填写回访情况'
  if (f.nextAction === 'revisit' && !f.nextActionNote.trim()) {
    e.nextActionNote = '请写明再次回访的时间或安排'
  }
  return e
}

/** The payload of a valid form. */
export function visitPayload(f: VisitForm): VisitPayload {
  const opinions = f.opinions.trim()
  const note = f.nextActionNote.trim()
  return {
    method: f.method,
    visitorIds: [...f.visitorIds],
    contactPerson: f.contactPerson.trim(),
    contactPhone: f.contactPhone.trim() || undefined,
    ...(f.time.trim() ? { time: normaliseTime(f.time.trim()) } : {}),
    rectification: f.rectification as VisitPayload['rectification'],
    conductProper: f.conductProper === true,
    rightsExplained: f.rightsExplained === true,
    integrityIssue: f.integrityIssue === true,
    needsGuidance: f.needsGuidance === true,
    satisfaction: f.satisfaction as VisitPayload['satisfaction'],
    findings: opinions ? `${f.findings.trim()}\n${OPINIONS_HEADING}${opinions}` : f.findings.trim(),
    followUpAction: note ? `${NEXT_ACTIONS[f.nextAction]}：${note}` : NEXT_ACTIONS[f.nextAction],
  }
}
