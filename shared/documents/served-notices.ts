/**
 * The notices whose service a 送达回证 proves, besides the decisions (CPL Arts. 87–89; SAMR-PR
 * Art. 82 applies them to market-supervision documents): the act that records the notice's
 * service → the notice's document kind. docs/domain/visit-and-service.md, docs/domain/case-file.md.
 */
import type { ActType } from '../domain/case'
import type { DocumentKind } from './kinds'

export const SERVED_NOTICES = {
  penaltyNoticeServed: 'penaltyNotice',
  hearingNoticeServed: 'hearingNotice',
  correctionOrderServed: 'correctionOrder',
  interviewNoticeServed: 'interviewNotice',
  inquiryNoticeServed: 'inquiryNotice',
  materialsRequested: 'materialsRequest',
  administrativeReminder: 'reminderLetter',
} as const satisfies Partial<Record<ActType, DocumentKind>>

/** An act type recording the service of a notice. */
export type NoticeServiceType = keyof typeof SERVED_NOTICES

/** The act types of {@link SERVED_NOTICES}, in their order. */
export const SERVED_NOTICE_ACTS = Object.keys(SERVED_NOTICES) as NoticeServiceType[]

/** Whether `type` records the service of a notice (so it has a 送达回证). */
export function isNoticeService(type: string | undefined): type is NoticeServiceType {
  return type !== undefined && Object.hasOwn(SERVED_NOTICES, type)
}
